// MARK: - Nesting depth of a parsed tree

/// Measures how deeply a tree nests, without recursion. The parser's own recursion is
/// bounded as it goes, but left-nested chains (`a + b + c …`, `a.b.c …`, `f()()() …`)
/// are built by loops, so their depth is checked here, once, for whoever walks the
/// tree recursively later.
enum ASTDepth {
    /// A statement or expression with its depth below the module.
    enum Node {
        case stmt(Stmt)
        case expr(Expr)
    }

    /// The position of the first node deeper than `limit`, and whether it is a
    /// statement; nil when the tree is within the limit.
    static func firstTooDeep(_ body: [Stmt], limit: Int) -> (SourceLocation, isStatement: Bool)? {
        var stack: [(Node, Int)] = body.reversed().map { (.stmt($0), 1) }
        while let (node, depth) = stack.popLast() {
            if depth > limit {
                switch node {
                case .stmt(let s): return (s.loc, true)
                case .expr(let e): return (e.loc, false)
                }
            }
            switch node {
            case .stmt(let s): push(children(of: s), depth + 1, &stack)
            case .expr(let e): push(children(of: e), depth + 1, &stack)
            }
        }
        return nil
    }

    /// The height of `e` (1 for a leaf), or `limit + 1` as soon as it is more than `limit`.
    static func height(of e: Expr, limit: Int) -> Int {
        var stack: [(Expr, Int)] = [(e, 1)]
        var height = 0
        while let (e, depth) = stack.popLast() {
            height = max(height, depth)
            if height > limit { return limit + 1 }
            for child in exprChildren(e) { stack.append((child, depth + 1)) }
        }
        return height
    }

    static func push(_ nodes: [Node], _ depth: Int, _ stack: inout [(Node, Int)]) {
        for node in nodes.reversed() { stack.append((node, depth)) }
    }

    // MARK: - Children

    static func children(of s: Stmt) -> [Node] {
        switch s.kind {
        case .expr(let e), .return(.some(let e)):
            return [.expr(e)]
        case .assign(let targets, let value):
            return (targets + [value]).map(Node.expr)
        case .augAssign(let target, _, let value):
            return [.expr(target), .expr(value)]
        case .annAssign(let target, let annotation, let value):
            return ([target, annotation] + (value.map { [$0] } ?? [])).map(Node.expr)
        case .if(let test, let body, let orelse), .while(let test, let body, let orelse):
            return [.expr(test)] + (body + orelse).map(Node.stmt)
        case .for(let target, let iter, let body, let orelse, _):
            return [.expr(target), .expr(iter)] + (body + orelse).map(Node.stmt)
        case .functionDef(let def):
            return (def.decorators + defaults(def.args)).map(Node.expr) + def.body.map(Node.stmt)
        case .classDef(let def):
            return (def.decorators + def.bases + def.keywords.map(\.value)).map(Node.expr) + def.body.map(Node.stmt)
        case .delete(let targets):
            return targets.map(Node.expr)
        case .try(let body, let handlers, let orelse, let finalbody):
            var nodes = body.map(Node.stmt)
            for handler in handlers {
                if let type = handler.type { nodes.append(.expr(type)) }
                nodes += handler.body.map(Node.stmt)
            }
            return nodes + (orelse + finalbody).map(Node.stmt)
        case .raise(let exc, let cause):
            return [exc, cause].compactMap { $0 }.map(Node.expr)
        case .assert(let test, let msg):
            return [test, msg].compactMap { $0 }.map(Node.expr)
        case .with(let items, let body, _):
            return items.flatMap { [$0.context, $0.target].compactMap { $0 } }.map(Node.expr) + body.map(Node.stmt)
        case .return(.none), .break, .continue, .pass, .global, .nonlocal, .import, .importFrom:
            return []
        }
    }

    static func children(of e: Expr) -> [Node] {
        exprChildren(e).map(Node.expr)
    }

    static func exprChildren(_ e: Expr) -> [Expr] {
        switch e.kind {
        case .name, .constant:
            return []
        case .joinedStr(let parts):
            return fieldExpressions(parts)
        case .tuple(let elements), .list(let elements), .set(let elements), .boolOp(_, let elements):
            return elements
        case .dict(let entries):
            return entries.flatMap { [$0.key, $0.value].compactMap { $0 } }
        case .starred(let value), .attribute(let value, _), .unary(_, let value), .await(let value),
             .yieldFrom(let value), .namedExpr(_, let value):
            return [value]
        case .subscript(let value, let index):
            return [value, index]
        case .slice(let lower, let upper, let step):
            return [lower, upper, step].compactMap { $0 }
        case .call(let function, let args, let keywords):
            return [function] + args + keywords.map(\.value)
        case .binary(_, let left, let right):
            return [left, right]
        case .compare(let left, let rest):
            return [left] + rest.map(\.right)
        case .ifExp(let test, let body, let orelse):
            return [test, body, orelse]
        case .lambda(let args, let body):
            return defaults(args) + [body]
        case .listComp(let element, let generators), .setComp(let element, let generators),
             .generatorExp(let element, let generators):
            return [element] + comprehensionExpressions(generators)
        case .dictComp(let key, let value, let generators):
            return [key, value] + comprehensionExpressions(generators)
        case .yield(let value):
            return value.map { [$0] } ?? []
        }
    }

    static func defaults(_ args: Arguments) -> [Expr] {
        (args.posOnly + args.args + args.kwOnly).compactMap(\.defaultValue)
    }

    static func comprehensionExpressions(_ generators: [Comprehension]) -> [Expr] {
        generators.flatMap { [$0.target, $0.iter] + $0.ifs }
    }

    /// The expressions of f-string fields, those of format specs included (a spec
    /// nests at most two deep).
    static func fieldExpressions(_ parts: [FStringPart]) -> [Expr] {
        parts.flatMap { part -> [Expr] in
            guard case .formatted(let expr, _, let spec, _) = part else { return [] }
            return [expr] + fieldExpressions(spec ?? [])
        }
    }
}
