/// One scope of the program: module, function, lambda, comprehension or class body.
/// Built by `SymbolTableBuilder` before code generation; the compiler walks the
/// same tree in the same order, taking each scope's children in turn.
final class Scope {
    enum Kind { case module, function, classBody, comprehension }

    /// What kind of scope this is.
    let kind: Kind
    /// The function or class name (`<lambda>`, `<listcomp>`, …).
    let name: String
    /// The enclosing scope.
    weak var parent: Scope?
    /// Nested scopes in source order.
    var children: [Scope] = []
    /// Next child the compiler will take.
    var childCursor = 0
    /// Where the children of each `finally` body (keyed by its `try`) sit in
    /// `children`: the compiler emits a finally body more than once (normal exit,
    /// exceptional exit, before each `return`/`break`/`continue` leaving it) and
    /// takes the same scopes every time.
    var finallyChildren: [SourceLocation: Range<Int>] = [:]
    /// Parameter names in order.
    var params: [String] = []
    /// Names bound in this scope, in first-binding order.
    var bound: [String] = []
    /// Fast membership for `bound`.
    var boundSet: Set<String> = []
    /// Names read in this scope.
    var used: Set<String> = []
    /// `global` declarations.
    var globals: Set<String> = []
    /// `nonlocal` declarations.
    var nonlocals: Set<String> = []
    /// Inside a comprehension's iterable expression (no walrus allowed there).
    var compIterExprDepth = 0
    /// Contains `yield` or `yield from`.
    var isGenerator = false
    /// `async def` (or an async comprehension).
    var isAsync = false
    /// Reads `super` or `__class__` (a method needing the `__class__` cell).
    var needsClassCell = false
    /// Local names captured by inner scopes (filled by `resolve`).
    var cells: [String] = []
    /// Names captured from enclosing scopes (filled by `resolve`).
    var frees: [String] = []
    /// The qualified name prefix for nested definitions.
    var qualname: String = ""

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    func bind(_ name: String) {
        if boundSet.insert(name).inserted { bound.append(name) }
    }

    /// Whether `name` is a local binding of this function-like scope.
    func isLocal(_ name: String) -> Bool {
        kind != .module && kind != .classBody && boundSet.contains(name) && !globals.contains(name) && !nonlocals.contains(name)
    }

    /// How a name is accessed from this scope.
    enum Access {
        case fast
        case deref
        case global
        case name
        case classDeref
    }

    func access(_ name: String) -> Access {
        switch kind {
        case .module:
            return .global
        case .classBody:
            if globals.contains(name) { return .global }
            if frees.contains(name) && !boundSet.contains(name) { return .classDeref }
            if cells.contains(name) { return .deref }
            return .name
        case .function, .comprehension:
            if globals.contains(name) { return .global }
            if cells.contains(name) || frees.contains(name) { return .deref }
            if boundSet.contains(name) { return .fast }
            return .global
        }
    }

    /// Local variable names: parameters first, then other bindings. Read by the
    /// compiler only, once the scopes are resolved, so it is computed once.
    var varnames: [String] {
        if let cached = varnamesCache { return cached.names }
        var out: [String] = []
        if kind == .function || kind == .comprehension {
            out = params
            let paramSet = Set(params), cellSet = Set(cells)
            for n in bound where !paramSet.contains(n) && !globals.contains(n) && !nonlocals.contains(n) {
                if !cellSet.contains(n) { out.append(n) }
            }
        }
        var index: [String: Int] = [:]
        for (i, n) in out.enumerated() where index[n] == nil { index[n] = i }
        varnamesCache = (out, index)
        return out
    }

    /// The slot of local `name` in `varnames`.
    func varnameIndex(_ name: String) -> Int? {
        if varnamesCache == nil { _ = varnames }
        return varnamesCache?.index[name]
    }

    private var varnamesCache: (names: [String], index: [String: Int])?
}

/// Resolves free and cell variables once the whole tree is known.
enum ScopeResolver {
    static func resolve(_ scope: Scope) throws {
        for child in scope.children { try resolve(child) }
        if scope.kind == .function || scope.kind == .comprehension || scope.kind == .classBody {
            // Free names: used or nonlocal here, not bound here, bound in an enclosing function.
            var candidates = scope.nonlocals
            for n in scope.used where !scope.boundSet.contains(n) && !scope.globals.contains(n) { candidates.insert(n) }
            for child in scope.children { for n in child.frees where !scope.boundSet.contains(n) || scope.nonlocals.contains(n) { candidates.insert(n) } }
            for n in candidates.sorted() {
                if scope.globals.contains(n) { continue }
                if n == "__class__", scope.needsClassCell || scope.children.contains(where: { $0.frees.contains("__class__") }) {
                    if enclosingClass(scope) != nil { addFree(scope, n) }
                    continue
                }
                if let owner = enclosingFunctionBinding(scope, n) {
                    _ = owner
                    addFree(scope, n)
                } else if scope.nonlocals.contains(n) {
                    throw SyntaxErrorInfo("no binding for nonlocal '\(n)' found", at: .unknown)
                }
            }
        }
        // Cells: locals that some child captures.
        if scope.kind != .module {
            for child in scope.children {
                for n in child.frees where scope.boundSet.contains(n) && !scope.nonlocals.contains(n) && !scope.globals.contains(n) {
                    if !scope.cells.contains(n) && (scope.kind != .classBody) { scope.cells.append(n) }
                }
                if scope.kind == .classBody && child.frees.contains("__class__") && !scope.cells.contains("__class__") {
                    scope.cells.append("__class__")
                }
            }
        }
    }

    private static func addFree(_ scope: Scope, _ n: String) {
        if !scope.frees.contains(n) { scope.frees.append(n) }
    }

    /// The nearest enclosing function scope binding `name` (class scopes are skipped).
    private static func enclosingFunctionBinding(_ scope: Scope, _ name: String) -> Scope? {
        var s = scope.parent
        while let cur = s {
            if cur.kind == .module { return nil }
            if cur.kind != .classBody {
                if cur.globals.contains(name) { return nil }
                if cur.boundSet.contains(name) || cur.nonlocals.contains(name) { return cur }
            }
            s = cur.parent
        }
        return nil
    }

    private static func enclosingClass(_ scope: Scope) -> Scope? {
        var s = scope.parent
        while let cur = s {
            if cur.kind == .classBody { return cur }
            s = cur.parent
        }
        return nil
    }
}
