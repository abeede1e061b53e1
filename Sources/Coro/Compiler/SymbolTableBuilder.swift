/// Walks the AST once to find every scope's bindings, uses and declarations.
/// Children are visited in the order the compiler generates code for them.
struct SymbolTableBuilder {
    private var current: Scope

    /// Builds and resolves the scope tree of a module.
    static func build(_ module: Module) throws -> Scope {
        let root = Scope(kind: .module, name: "<module>", parent: nil)
        var b = SymbolTableBuilder(current: root)
        for s in module.body { try b.visit(s) }
        try ScopeResolver.resolve(root)
        return root
    }

    private mutating func push(_ kind: Scope.Kind, _ name: String) -> Scope {
        let s = Scope(kind: kind, name: name, parent: current)
        current.children.append(s)
        current = s
        return s
    }

    private mutating func pop(_ parent: Scope) {
        current = parent
    }

    // MARK: - Statements

    mutating func visit(_ s: Stmt) throws {
        switch s.kind {
        case .expr(let e):
            try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try bindTarget(t) }
        case .augAssign(let target, _, let value):
            try visit(value)
            if case .name(let n) = target.kind { current.used.insert(n) }
            try bindTarget(target)
        case .annAssign(let target, _, let value):
            if let value { try visit(value) }
            if case .name = target.kind, value == nil {
                try bindTarget(target)
            } else {
                try bindTarget(target)
            }
        case .if(let test, let body, let orelse), .while(let test, let body, let orelse):
            try visit(test)
            for x in body { try visit(x) }
            for x in orelse { try visit(x) }
        case .for(let target, let iter, let body, let orelse, _):
            try visit(iter)
            try bindTarget(target)
            for x in body { try visit(x) }
            for x in orelse { try visit(x) }
        case .break, .continue, .pass:
            break
        case .functionDef(let fd):
            for d in fd.decorators { try visit(d) }
            try visitDefaults(fd.args)
            current.bind(fd.name)
            try visitFunction(name: fd.name, args: fd.args, isAsync: fd.isAsync, body: { b in for x in fd.body { try b.visit(x) } })
        case .classDef(let cd):
            for d in cd.decorators { try visit(d) }
            for b in cd.bases { try visit(b) }
            for k in cd.keywords { try visit(k.value) }
            current.bind(cd.name)
            let parent = current
            let scope = push(.classBody, cd.name)
            scope.qualname = qualify(parent, cd.name)
            for x in cd.body { try visit(x) }
            pop(parent)
        case .return(let v):
            if let v { try visit(v) }
        case .delete(let targets):
            for t in targets { try bindTarget(t) }
        case .global(let names):
            for n in names {
                if current.boundSet.contains(n) || current.used.contains(n) {
                    let what = current.used.contains(n) && !current.boundSet.contains(n) ? "used" : "assigned to"
                    throw SyntaxErrorInfo("name '\(n)' is \(what) before global declaration", at: s.loc)
                }
                current.globals.insert(n)
            }
        case .nonlocal(let names):
            if current.kind == .module { throw SyntaxErrorInfo("nonlocal declaration not allowed at module level", at: s.loc) }
            for n in names {
                if current.boundSet.contains(n) || current.used.contains(n) {
                    let what = current.used.contains(n) && !current.boundSet.contains(n) ? "used" : "assigned to"
                    throw SyntaxErrorInfo("name '\(n)' is \(what) before nonlocal declaration", at: s.loc)
                }
                current.nonlocals.insert(n)
            }
        case .try(let body, let handlers, let orelse, let finalbody):
            for x in body { try visit(x) }
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { current.bind(n) }
                for x in h.body { try visit(x) }
            }
            for x in orelse { try visit(x) }
            let start = current.children.count
            for x in finalbody { try visit(x) }
            if current.children.count > start { current.finallyChildren[s.loc] = start..<current.children.count }
        case .raise(let exc, let cause):
            if let exc { try visit(exc) }
            if let cause { try visit(cause) }
        case .assert(let test, let msg):
            try visit(test)
            if let msg { try visit(msg) }
        case .with(let items, let body, _):
            for it in items {
                try visit(it.context)
                if let t = it.target { try bindTarget(t) }
            }
            for x in body { try visit(x) }
        case .import(let names):
            for a in names { current.bind(a.asName ?? String(a.name.split(separator: ".").first ?? "")) }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { current.bind(a.asName ?? a.name) }
        }
    }

    private mutating func visitDefaults(_ args: Arguments) throws {
        for a in args.posOnly + args.args { if let d = a.defaultValue { try visit(d) } }
        for a in args.kwOnly { if let d = a.defaultValue { try visit(d) } }
    }

    private mutating func visitFunction(name: String, args: Arguments, isAsync: Bool, body: (inout SymbolTableBuilder) throws -> Void) throws {
        let parent = current
        let scope = push(.function, name)
        scope.qualname = qualify(parent, name)
        scope.isAsync = isAsync
        var params = (args.posOnly + args.args + args.kwOnly).map(\.name)
        if let v = args.vararg { params.append(v) }
        if let k = args.kwarg { params.append(k) }
        scope.params = params
        for p in params { scope.bind(p) }
        try body(&self)
        pop(parent)
    }

    /// `outer.<locals>.inner` / `C.method`; a comprehension adds no `<locals>`
    /// (`f.<locals>.<listcomp>.<genexpr>`), as CPython's `compiler_set_qualname`.
    private func qualify(_ parent: Scope, _ name: String) -> String {
        switch parent.kind {
        case .module: return name
        case .classBody, .comprehension: return "\(parent.qualname).\(name)"
        case .function: return "\(parent.qualname).<locals>.\(name)"
        }
    }

    // MARK: - Targets

    private mutating func bindTarget(_ t: Expr) throws {
        switch t.kind {
        case .name(let n): current.bind(n)
        case .tuple(let items), .list(let items): for i in items { try bindTarget(i) }
        case .starred(let e): try bindTarget(e)
        case .attribute(let o, _): try visit(o)
        case .subscript(let o, let k):
            try visit(o)
            try visit(k)
        default: try visit(t)
        }
    }

    // MARK: - Expressions

    mutating func visit(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            current.used.insert(n)
            if n == "super" && current.kind == .function { current.needsClassCell = true; current.used.insert("__class__") }
            if n == "__class__" && current.kind == .function { current.needsClassCell = true }
        case .constant:
            break
        case .joinedStr(let parts):
            try visitParts(parts)
        case .tuple(let items), .list(let items), .set(let items):
            for i in items { try visit(i) }
        case .dict(let pairs):
            for p in pairs {
                if let k = p.key { try visit(k) }
                try visit(p.value)
            }
        case .starred(let x), .await(let x):
            if case .await = e.kind { current.isAsync = current.isAsync || current.kind == .comprehension }
            try visit(x)
        case .attribute(let o, _):
            try visit(o)
        case .subscript(let o, let k):
            try visit(o)
            try visit(k)
        case .slice(let a, let b, let c):
            for x in [a, b, c] { if let x { try visit(x) } }
        case .call(let f, let args, let kws):
            try visit(f)
            for a in args { try visit(a) }
            for k in kws { try visit(k.value) }
        case .unary(_, let x):
            try visit(x)
        case .binary(_, let a, let b):
            try visit(a)
            try visit(b)
        case .boolOp(_, let xs):
            for x in xs { try visit(x) }
        case .compare(let l, let rest):
            try visit(l)
            for r in rest { try visit(r.right) }
        case .ifExp(let t, let b, let o):
            try visit(t)
            try visit(b)
            try visit(o)
        case .lambda(let args, let body):
            try visitDefaults(args)
            try visitFunction(name: "<lambda>", args: args, isAsync: false) { b in try b.visit(body) }
        case .listComp(let elt, let gens):
            try visitComprehension("<listcomp>", gens) { b in try b.visit(elt) }
        case .setComp(let elt, let gens):
            try visitComprehension("<setcomp>", gens) { b in try b.visit(elt) }
        case .dictComp(let k, let v, let gens):
            try visitComprehension("<dictcomp>", gens) { b in
                try b.visit(k)
                try b.visit(v)
            }
        case .generatorExp(let elt, let gens):
            try visitComprehension("<genexpr>", gens, isGenerator: true) { b in try b.visit(elt) }
        case .yield(let v):
            current.isGenerator = true
            if let v { try visit(v) }
            try rejectYieldInComprehension(e)
        case .yieldFrom(let v):
            current.isGenerator = true
            try visit(v)
            try rejectYieldInComprehension(e)
        case .namedExpr(let target, let value):
            if current.compIterExprDepth > 0 {
                throw SyntaxErrorInfo("assignment expression cannot be used in a comprehension iterable expression", at: e.loc)
            }
            try visit(value)
            // A walrus in a comprehension binds in the nearest enclosing function (as a
            // nonlocal, or a global where that function declares it global) or at module
            // level (a global); never in a class body or over an iteration variable
            // (CPython's symtable_extend_namedexpr_scope).
            var s: Scope? = current
            while let c = s, c.kind == .comprehension {
                if c.boundSet.contains(target) {
                    throw SyntaxErrorInfo("assignment expression cannot rebind comprehension iteration variable '\(target)'", at: e.loc)
                }
                s = c.parent
            }
            guard let owner = s, owner !== current else {
                current.bind(target)
                return
            }
            if owner.kind == .classBody {
                throw SyntaxErrorInfo("assignment expression within a comprehension cannot be used in a class body", at: e.loc)
            }
            owner.bind(target)
            current.used.insert(target)
            if owner.kind == .module || owner.globals.contains(target) {
                current.globals.insert(target)
            } else {
                current.nonlocals.insert(target)
            }
        }
    }

    /// `yield` in a comprehension's own scope is an error of the symbol table pass
    /// (so it wins over any compile-time error), as in CPython 3.11.
    private func rejectYieldInComprehension(_ e: Expr) throws {
        guard current.kind == .comprehension else { return }
        let what: String
        switch current.name {
        case "<listcomp>": what = "list comprehension"
        case "<setcomp>": what = "set comprehension"
        case "<dictcomp>": what = "dict comprehension"
        default: what = "generator expression"
        }
        throw SyntaxErrorInfo("'yield' inside \(what)", at: e.loc)
    }

    /// An iteration variable may not be a name that an earlier walrus of the same
    /// comprehension made nonlocal/global.
    private func rejectInnerLoopRebind(_ t: Expr, in scope: Scope) throws {
        switch t.kind {
        case .name(let n):
            if scope.nonlocals.contains(n) || scope.globals.contains(n) {
                throw SyntaxErrorInfo("comprehension inner loop cannot rebind assignment expression target '\(n)'", at: t.loc)
            }
        case .tuple(let items), .list(let items): for i in items { try rejectInnerLoopRebind(i, in: scope) }
        case .starred(let x): try rejectInnerLoopRebind(x, in: scope)
        default: break
        }
    }

    private mutating func visitParts(_ parts: [FStringPart]) throws {
        for p in parts {
            if case .formatted(let x, _, let spec, _) = p {
                try visit(x)
                if let spec { try visitParts(spec) }
            }
        }
    }

    private mutating func visitComprehension(_ name: String, _ gens: [Comprehension], isGenerator: Bool = false, body: (inout SymbolTableBuilder) throws -> Void) throws {
        guard let first = gens.first else { return }
        // The first iterable is evaluated in the enclosing scope.
        let parent = current
        parent.compIterExprDepth += 1
        try visit(first.iter)
        parent.compIterExprDepth -= 1
        let scope = push(.comprehension, name)
        scope.qualname = qualify(parent, name)
        scope.params = [".0"]
        scope.bind(".0")
        scope.isGenerator = isGenerator
        for (i, g) in gens.enumerated() {
            if i > 0 {
                scope.compIterExprDepth += 1
                try visit(g.iter)
                scope.compIterExprDepth -= 1
            }
            if g.isAsync { scope.isAsync = true }
            try rejectInnerLoopRebind(g.target, in: scope)
            try bindTarget(g.target)
            for c in g.ifs { try visit(c) }
        }
        try body(&self)
        pop(parent)
        // An async list/set/dict comprehension is awaited where it stands, which makes
        // an enclosing comprehension asynchronous too (CPython's symtable: a genexpr
        // holding one becomes an async generator).
        if scope.isAsync && !isGenerator && parent.kind == .comprehension { parent.isAsync = true }
    }
}
