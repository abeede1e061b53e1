// MARK: - A compact S-expression dump of the tree

/// Renders trees as short S-expressions for tests and debugging:
/// `x = a + f(1, k=2)` is `(= x (+ a (call f 1 (kw k 2))))`.
/// Statement lists are in brackets: `(if c [pass] [(return x)])`.
public enum ASTDump {
    /// One line per top-level statement.
    public static func dump(_ module: Module) -> String {
        module.body.map(dump).joined(separator: "\n")
    }

    public static func dump(_ stmt: Stmt) -> String {
        switch stmt.kind {
        case .expr(let e): return "(expr \(dump(e)))"
        case .assign(let targets, let value): return list("=", (targets + [value]).map(dump))
        case .augAssign(let target, let op, let value): return "(\(op.rawValue)= \(dump(target)) \(dump(value)))"
        case .annAssign(let target, let annotation, let value):
            return list("ann", [dump(target), dump(annotation)] + optional(value))
        case .if(let test, let body, let orelse): return list("if", [dump(test), block(body)] + elseBlock(orelse))
        case .while(let test, let body, let orelse): return list("while", [dump(test), block(body)] + elseBlock(orelse))
        case .for(let target, let iter, let body, let orelse, let isAsync):
            return list(isAsync ? "async-for" : "for", [dump(target), dump(iter), block(body)] + elseBlock(orelse))
        case .break: return "break"
        case .continue: return "continue"
        case .pass: return "pass"
        case .functionDef(let def):
            let decorators = def.decorators.isEmpty ? [] : [list("@", def.decorators.map(dump))]
            return list(def.isAsync ? "async-def" : "def", [def.name, dump(def.args), block(def.body)] + decorators)
        case .classDef(let def):
            let bases = list("bases", def.bases.map(dump) + def.keywords.map(dump))
            let decorators = def.decorators.isEmpty ? [] : [list("@", def.decorators.map(dump))]
            return list("class", [def.name, bases, block(def.body)] + decorators)
        case .return(let value): return list("return", optional(value))
        case .delete(let targets): return list("del", targets.map(dump))
        case .global(let names): return list("global", names)
        case .nonlocal(let names): return list("nonlocal", names)
        case .try(let body, let handlers, let orelse, let finalbody):
            var parts = [block(body)] + handlers.map(dump)
            if !orelse.isEmpty { parts.append(list("else", [block(orelse)])) }
            if !finalbody.isEmpty { parts.append(list("finally", [block(finalbody)])) }
            return list("try", parts)
        case .raise(let exc, let cause):
            return list("raise", optional(exc) + (cause.map { [list("from", [dump($0)])] } ?? []))
        case .assert(let test, let msg): return list("assert", [dump(test)] + optional(msg))
        case .with(let items, let body, let isAsync):
            let rendered = items.map { list("item", [dump($0.context)] + optional($0.target)) }
            return list(isAsync ? "async-with" : "with", rendered + [block(body)])
        case .import(let names): return list("import", names.map(dump))
        case .importFrom(let module, let names, let level):
            return list("from", [String(repeating: ".", count: level) + module] + names.map(dump))
        }
    }

    public static func dump(_ e: Expr) -> String {
        switch e.kind {
        case .name(let name): return name
        case .constant(let c): return dump(c)
        case .joinedStr(let parts): return list("f", parts.map(dump))
        case .tuple(let elements): return list("tuple", elements.map(dump))
        case .list(let elements): return list("list", elements.map(dump))
        case .set(let elements): return list("set", elements.map(dump))
        case .dict(let entries):
            return list("dict", entries.map { entry in
                entry.key.map { "(\(dump($0)) \(dump(entry.value)))" } ?? "(** \(dump(entry.value)))"
            })
        case .starred(let value): return "(* \(dump(value)))"
        case .attribute(let value, let name): return "(. \(dump(value)) \(name))"
        case .subscript(let value, let index): return "([] \(dump(value)) \(dump(index)))"
        case .slice(let lower, let upper, let step):
            return list("slice", [lower, upper, step].map { $0.map(dump) ?? "_" })
        case .call(let function, let args, let keywords):
            return list("call", [dump(function)] + args.map(dump) + keywords.map(dump))
        case .unary(let op, let operand): return "(\(dump(op)) \(dump(operand)))"
        case .binary(let op, let left, let right): return "(\(op.rawValue) \(dump(left)) \(dump(right)))"
        case .boolOp(let op, let values): return list(op == .and ? "and" : "or", values.map(dump))
        case .compare(let left, let rest):
            return list("compare", [dump(left)] + rest.flatMap { [$0.op.rawValue, dump($0.right)] })
        case .ifExp(let test, let body, let orelse): return list("if", [dump(test), dump(body), dump(orelse)])
        case .lambda(let args, let body): return list("lambda", [dump(args), dump(body)])
        case .listComp(let element, let generators): return list("listcomp", [dump(element)] + generators.map(dump))
        case .setComp(let element, let generators): return list("setcomp", [dump(element)] + generators.map(dump))
        case .generatorExp(let element, let generators): return list("genexp", [dump(element)] + generators.map(dump))
        case .dictComp(let key, let value, let generators):
            return list("dictcomp", [dump(key), dump(value)] + generators.map(dump))
        case .await(let value): return "(await \(dump(value)))"
        case .yield(let value): return list("yield", optional(value))
        case .yieldFrom(let value): return "(yield-from \(dump(value)))"
        case .namedExpr(let target, let value): return "(:= \(target) \(dump(value)))"
        }
    }

    // MARK: - Pieces

    public static func dump(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let digits, let radix): return "(bigint \(digits) \(radix))"
        case .float(let d): return "\(d)"
        case .imaginary(let d): return "\(d)j"
        case .string(let s): return quote(s)
        case .bytes(let b): return "b" + quote(String(decoding: b, as: UTF8.self))
        case .ellipsis: return "..."
        }
    }

    static func dump(_ part: FStringPart) -> String {
        switch part {
        case .literal(let text):
            return quote(text)
        case .formatted(let expr, let conversion, let spec, let debugText):
            var items = [dump(expr)]
            if let debugText { items.append("(debug \(quote(debugText)))") }
            if let conversion { items.append("!\(conversion)") }
            if let spec { items.append(list("spec", spec.map(dump))) }
            return list("fv", items)
        }
    }

    static func dump(_ args: Arguments) -> String {
        var items = args.posOnly.map(dump)
        if !args.posOnly.isEmpty { items.append("/") }
        items += args.args.map(dump)
        if let vararg = args.vararg { items.append("*" + vararg) } else if !args.kwOnly.isEmpty { items.append("*") }
        items += args.kwOnly.map(dump)
        if let kwarg = args.kwarg { items.append("**" + kwarg) }
        return list("params", items)
    }

    static func dump(_ arg: Arg) -> String {
        arg.defaultValue.map { "(\(arg.name) \(dump($0)))" } ?? arg.name
    }

    static func dump(_ keyword: Keyword) -> String {
        keyword.name.map { "(kw \($0) \(dump(keyword.value)))" } ?? "(** \(dump(keyword.value)))"
    }

    static func dump(_ generator: Comprehension) -> String {
        let ifs = generator.ifs.map { "(if \(dump($0)))" }
        return list(generator.isAsync ? "async-for" : "for", [dump(generator.target), dump(generator.iter)] + ifs)
    }

    static func dump(_ handler: ExceptHandler) -> String {
        list("except", optional(handler.type) + (handler.name.map { ["as", $0] } ?? []) + [block(handler.body)])
    }

    static func dump(_ alias: ImportAlias) -> String {
        alias.asName.map { "(\(alias.name) as \($0))" } ?? alias.name
    }

    static func dump(_ op: UnaryOp) -> String {
        switch op {
        case .neg: return "-"
        case .pos: return "+"
        case .not: return "not"
        case .invert: return "~"
        }
    }

    static func list(_ head: String, _ items: [String]) -> String {
        items.isEmpty ? "(\(head))" : "(\(head) \(items.joined(separator: " ")))"
    }

    static func block(_ body: [Stmt]) -> String {
        "[" + body.map(dump).joined(separator: " ") + "]"
    }

    static func elseBlock(_ orelse: [Stmt]) -> [String] {
        orelse.isEmpty ? [] : [block(orelse)]
    }

    static func optional(_ e: Expr?) -> [String] {
        e.map { [dump($0)] } ?? []
    }

    /// A double-quoted literal with `\n`, `\t`, `\\`, `\"` and `\u{…}` for other controls.
    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out += "\\u{\(String(c.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
