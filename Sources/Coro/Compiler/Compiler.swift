/// Compiles a parsed module to bytecode.
public enum Compile {
    /// Compiles a module (a program file or one session input). With
    /// `interactive`, top-level expression statements echo their value.
    public static func module(_ m: Module, source: SourceText, interactive: Bool = false) throws -> CodeObject {
        let root = try SymbolTableBuilder.build(m)
        let c = Compiler(scope: root, source: source, interactive: interactive, firstLine: 1)
        return try c.compileModule(m.body)
    }
}

/// A control structure that `return`, `break` and `continue` must unwind.
enum FBlock {
    /// A loop; `isFor` loops keep their iterator on the stack.
    case loop(continueLabel: Int, breakLabel: Int, isFor: Bool, isAsyncFor: Bool)
    /// The body of a `try` with `except` clauses: only its handler to leave.
    case tryExcept
    /// A `try` with a `finally` body, copied inline on early exits.
    case tryFinally(body: [Stmt], at: SourceLocation, handlers: Int)
    /// Inside `except`: the previous handled exception is on the stack.
    case handler(name: String?)
    /// Inside the exceptional path of `finally`: `[prev, exc]` on the stack.
    case finallyExit
    /// Inside `with`: `__exit__` is on the stack.
    case with(isAsync: Bool)
}

/// Compiles one scope (module, function, class body, comprehension).
final class Compiler {
    /// The scope being compiled.
    let scope: Scope
    /// Where code goes.
    let b = CodeBuilder()
    /// The source, for code objects and tracebacks.
    let source: SourceText
    /// Echo expression statements (session input at top level).
    let interactive: Bool
    /// Line of the scope's definition.
    let firstLine: Int
    /// Control structures around the current point, innermost last.
    var fblocks: [FBlock] = []
    /// Nesting depth of compiler recursion, bounded to stay off the Swift stack's end.
    var nesting = 0

    init(scope: Scope, source: SourceText, interactive: Bool, firstLine: Int) {
        self.scope = scope
        // A scope inside a `finally` body is compiled once per copy of that body.
        scope.childCursor = 0
        self.source = source
        self.interactive = interactive
        self.firstLine = firstLine
        b.line = Int32(firstLine)
    }

    // MARK: - Entry points

    func compileModule(_ body: [Stmt]) throws -> CodeObject {
        for s in body { try statement(s) }
        if !b.unreachable {
            b.emit(.loadConst, b.constant(.none))
            b.emit(.returnValue)
        }
        return finish(name: "<module>", qualname: "<module>", flags: .module, argcount: 0, posonly: 0, kwonly: 0)
    }

    /// Builds the code object from what was emitted.
    func finish(name: String, qualname: String, flags: CodeFlags, argcount: Int, posonly: Int, kwonly: Int) -> CodeObject {
        let varnames = scope.varnames
        let cells = scope.cells
        var cellParams: [(cell: Int, local: Int)] = []
        for (ci, n) in cells.enumerated() {
            if let li = scope.params.firstIndex(of: n) { cellParams.append((ci, li)) }
        }
        var f = flags
        if scope.kind == .classBody { f.insert(.classBody) }
        return CodeObject(
            name: name, qualname: qualname, filename: source.filename, firstLine: firstLine,
            instructions: b.resolvedInstructions(), lines: b.lines, constants: b.constants, names: b.names,
            varnames: varnames, cellvars: cells, freevars: scope.frees, cellParameters: cellParams,
            argcount: argcount, posonlyargcount: posonly, kwonlyargcount: kwonly, flags: f,
            stackSize: b.maxDepth + 2, exceptionTable: b.exceptionTable(), source: source)
    }

    /// The next nested scope, in the order the symbol table builder found them.
    func nextChild() throws -> Scope {
        guard scope.childCursor < scope.children.count else {
            throw SyntaxErrorInfo("internal error: scope mismatch", at: .unknown)
        }
        let s = scope.children[scope.childCursor]
        scope.childCursor += 1
        return s
    }

    func setLine(_ loc: SourceLocation) {
        if loc.line > 0 { b.line = loc.line }
    }

    func error(_ message: String, _ loc: SourceLocation) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message, at: loc)
    }

    /// Bounds compiler recursion (deeply nested input) with CPython's error.
    func nested<T>(_ loc: SourceLocation, _ body: () throws -> T) throws -> T {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > 800 {
            throw SyntaxErrorInfo("too many nested parentheses", at: loc)
        }
        return try body()
    }

    // MARK: - Names

    func cellIndex(_ n: String) -> Int {
        if let i = scope.cells.firstIndex(of: n) { return i }
        return scope.cells.count + (scope.frees.firstIndex(of: n) ?? 0)
    }

    func localIndex(_ n: String) -> Int {
        scope.varnameIndex(n) ?? 0
    }

    func load(_ n: String) {
        switch scope.access(n) {
        case .fast: b.emitLoadFast(localIndex(n))
        case .deref: b.emit(.loadDeref, cellIndex(n))
        case .global: b.emit(.loadGlobal, b.name(n))
        case .name: b.emit(.loadName, b.name(n))
        case .classDeref: b.emit(.loadClassDeref, cellIndex(n))
        }
    }

    func store(_ n: String) {
        switch scope.access(n) {
        case .fast: b.emitStoreFast(localIndex(n))
        case .deref, .classDeref: b.emit(.storeDeref, cellIndex(n))
        case .global: b.emit(.storeGlobal, b.name(n))
        case .name: b.emit(.storeName, b.name(n))
        }
    }

    func delete(_ n: String) {
        switch scope.access(n) {
        case .fast: b.emit(.deleteFast, localIndex(n))
        case .deref, .classDeref: b.emit(.deleteDeref, cellIndex(n))
        case .global: b.emit(.deleteGlobal, b.name(n))
        case .name: b.emit(.deleteName, b.name(n))
        }
    }

    // MARK: - Statements

    func statements(_ body: [Stmt]) throws {
        for s in body { try statement(s) }
    }

    func statement(_ s: Stmt) throws {
        setLine(s.loc)
        try nested(s.loc) { try statementKind(s) }
    }

    private func statementKind(_ s: Stmt) throws {
        switch s.kind {
        case .expr(let e):
            if interactive && scope.kind == .module {
                try expr(e)
                b.emit(.printExpr)
            } else if case .constant = e.kind {
                // A docstring or bare constant does nothing.
            } else {
                try expr(e)
                b.emit(.popTop)
            }
        case .assign(let targets, let value):
            try expr(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { b.emit(.copy, 1) }
                try assign(t)
            }
        case .augAssign(let target, let op, let value):
            try augAssign(target, op, value)
        case .annAssign(let target, _, let value):
            if let value {
                try expr(value)
                try assign(target)
            }
        case .if(let test, let body, let orelse):
            let elseL = b.newLabel(), end = b.newLabel()
            try condition(test, jumpIfFalse: elseL)
            try statements(body)
            if !orelse.isEmpty {
                if !b.unreachable { b.emitJump(.jump, end) }
                b.bind(elseL)
                try statements(orelse)
            } else {
                b.bind(elseL)
            }
            b.bind(end)
        case .while(let test, let body, let orelse):
            let top = b.newLabel(), elseL = b.newLabel(), end = b.newLabel()
            b.bind(top)
            try condition(test, jumpIfFalse: elseL)
            fblocks.append(.loop(continueLabel: top, breakLabel: end, isFor: false, isAsyncFor: false))
            try statements(body)
            fblocks.removeLast()
            if !b.unreachable { b.emitJump(.jump, top) }
            b.bind(elseL)
            try statements(orelse)
            b.bind(end)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync { try asyncFor(target, iter, body, orelse, s.loc) } else { try forLoop(target, iter, body, orelse) }
        case .break:
            try unwindFBlocks(preserveValue: false, stopAtLoop: true, loc: s.loc, isContinue: false)
        case .continue:
            try unwindFBlocks(preserveValue: false, stopAtLoop: true, loc: s.loc, isContinue: true)
        case .pass:
            b.emit(.nop)
        case .functionDef(let fd):
            try functionDef(fd, s.loc)
        case .classDef(let cd):
            try classDef(cd, s.loc)
        case .return(let v):
            guard scope.kind == .function else { throw error("'return' outside function", s.loc) }
            if let v {
                if scope.isAsync && scope.isGenerator { throw error("'return' with value in async generator", s.loc) }
                try expr(v)
            } else {
                b.emit(.loadConst, b.constant(.none))
            }
            try unwindFBlocks(preserveValue: true, stopAtLoop: false, loc: s.loc, isContinue: false)
            setLine(s.loc)
            b.emit(.returnValue)
        case .delete(let targets):
            for t in targets { try deleteTarget(t) }
        case .global, .nonlocal:
            break
        case .try(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try tryExcept(body, handlers, orelse)
            } else {
                try tryFinally(finalbody, at: s.loc) {
                    if handlers.isEmpty { try self.statements(body) } else { try self.tryExcept(body, handlers, orelse) }
                }
            }
        case .raise(let exc, let cause):
            if let exc {
                try expr(exc)
                if let cause {
                    try expr(cause)
                    b.emit(.raiseVarargs, 2)
                } else {
                    b.emit(.raiseVarargs, 1)
                }
            } else {
                b.emit(.raiseVarargs, 0)
            }
        case .assert(let test, let msg):
            let ok = b.newLabel()
            try condition(test, jumpIfTrue: ok)
            b.emit(.loadAssertionError)
            if let msg {
                try expr(msg)
                b.emit(.call, 1)
            }
            b.emit(.raiseVarargs, 1)
            b.bind(ok)
        case .with(let items, let body, let isAsync):
            try withStatement(items[...], body, isAsync: isAsync, loc: s.loc)
        case .import(let names):
            for a in names {
                b.emit(.importName, b.name(a.name))
                if let asName = a.asName {
                    for part in a.name.split(separator: ".").dropFirst() { b.emit(.loadAttr, b.name(String(part))) }
                    store(asName)
                } else {
                    store(String(a.name.split(separator: ".").first ?? ""))
                }
            }
        case .importFrom(let module, let names, _):
            b.emit(.importName, b.name(module))
            for a in names {
                if a.name == "*" { throw error("'import *' is not supported by coro", a.loc) }
                b.emit(.importFrom, b.name(a.name))
                store(a.asName ?? a.name)
            }
            b.emit(.popTop)
        }
    }

    // MARK: - Assignment

    func assign(_ t: Expr) throws {
        setLine(t.loc)
        switch t.kind {
        case .name(let n):
            store(n)
        case .attribute(let o, let name):
            try expr(o)
            b.emit(.storeAttr, b.name(name))
        case .subscript(let o, let k):
            try expr(o)
            try expr(k)
            b.emit(.storeSubscr)
        case .tuple(let items), .list(let items):
            if let star = items.firstIndex(where: { if case .starred = $0.kind { return true } else { return false } }) {
                if items.dropFirst(star + 1).contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
                    throw error("multiple starred expressions in assignment", t.loc)
                }
                b.emit(.unpackEx, star | ((items.count - star - 1) << 8))
            } else {
                b.emit(.unpackSequence, items.count)
            }
            for item in items {
                if case .starred(let inner) = item.kind { try assign(inner) } else { try assign(item) }
            }
        case .starred:
            throw error("starred assignment target must be in a list or tuple", t.loc)
        default:
            throw error("cannot assign to \(describe(t))", t.loc)
        }
    }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant(.none): return "None"
        case .constant(.bool(let v)): return v ? "True" : "False"
        case .constant: return "literal"
        case .binary, .unary: return "expression"
        case .boolOp: return "expression"
        case .compare: return "comparison"
        case .lambda: return "lambda"
        case .ifExp: return "conditional expression"
        case .await: return "await expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComp: return "list comprehension"
        case .generatorExp: return "generator expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr: return "f-string expression"
        default: return "expression"
        }
    }

    func augAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr) throws {
        switch target.kind {
        case .name(let n):
            load(n)
            try expr(value)
            b.emit(.inplaceOp, op.index)
            store(n)
        case .attribute(let o, let name):
            try expr(o)
            b.emit(.copy, 1)
            b.emit(.loadAttr, b.name(name))
            try expr(value)
            b.emit(.inplaceOp, op.index)
            b.emit(.swap, 2)
            b.emit(.storeAttr, b.name(name))
        case .subscript(let o, let k):
            try expr(o)
            try expr(k)
            b.emit(.copy, 2)
            b.emit(.copy, 2)
            b.emit(.binarySubscr)
            try expr(value)
            b.emit(.inplaceOp, op.index)
            // [o, k, v] -> storeSubscr wants [v, o, k]
            b.emit(.swap, 3)
            b.emit(.swap, 2)
            b.emit(.storeSubscr)
        default:
            throw error("'\(describe(target))' is an illegal expression for augmented assignment", target.loc)
        }
    }

    func deleteTarget(_ t: Expr) throws {
        switch t.kind {
        case .name(let n): delete(n)
        case .attribute(let o, let name):
            try expr(o)
            b.emit(.deleteAttr, b.name(name))
        case .subscript(let o, let k):
            try expr(o)
            try expr(k)
            b.emit(.deleteSubscr)
        case .tuple(let items), .list(let items):
            for i in items { try deleteTarget(i) }
        default:
            throw error("cannot delete \(describe(t))", t.loc)
        }
    }

    // MARK: - Loops

    private func forLoop(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws {
        let top = b.newLabel(), exhausted = b.newLabel(), end = b.newLabel()
        try iterable(iter)
        b.emit(.getIter)
        b.bind(top)
        b.emitJump(.forIter, exhausted)
        try assign(target)
        fblocks.append(.loop(continueLabel: top, breakLabel: end, isFor: true, isAsyncFor: false))
        try statements(body)
        fblocks.removeLast()
        if !b.unreachable { b.emitJump(.jump, top) }
        b.bind(exhausted)
        try statements(orelse)
        b.bind(end)
    }

    private func asyncFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt], _ loc: SourceLocation) throws {
        guard scope.isAsync, scope.kind == .function || scope.kind == .comprehension else {
            throw error("'async for' outside async function", loc)
        }
        let top = b.newLabel(), stop = b.newLabel(), end = b.newLabel()
        try expr(iter)
        b.emit(.getAiter)
        b.bind(top)
        b.pushHandler(stop, depth: b.depth)
        b.emit(.getAnext)
        emitAwaitLoop()
        b.popHandler()
        try assign(target)
        fblocks.append(.loop(continueLabel: top, breakLabel: end, isFor: true, isAsyncFor: true))
        try statements(body)
        fblocks.removeLast()
        if !b.unreachable { b.emitJump(.jump, top) }
        b.bind(stop)
        b.emit(.endAsyncFor)
        try statements(orelse)
        b.bind(end)
    }

    /// `[awaitable-iterator] -> [result]`: the `send`/`yield` loop of `await` and `yield from`.
    func emitAwaitLoop() {
        let loop = b.newLabel(), done = b.newLabel()
        b.emit(.loadConst, b.constant(.none))
        b.bind(loop)
        b.emitJump(.send, done)
        b.emit(.yieldValue)
        b.emitJump(.jump, loop)
        b.bind(done)
    }

    /// Emits the exits of the control structures a `return`, `break` or
    /// `continue` leaves, innermost first. Each structure's exception handlers are
    /// left before its exit code runs (CPython's POP_BLOCK), so an error raised by
    /// an inline `finally` or an `__exit__` call is not caught by the structure
    /// being left.
    private func unwindFBlocks(preserveValue: Bool, stopAtLoop: Bool, loc: SourceLocation, isContinue: Bool) throws {
        var i = fblocks.count - 1
        var handlersLeft = 0
        while i >= 0 {
            let fb = fblocks[i]
            switch fb {
            case .loop(let cont, let brk, let isFor, _):
                if stopAtLoop {
                    if isContinue {
                        b.emitJump(.jump, cont)
                    } else {
                        if isFor { b.emit(.popTop) }
                        b.emitJump(.jump, brk)
                    }
                    return
                }
                if isFor {
                    if preserveValue { b.emit(.swap, 2) }
                    b.emit(.popTop)
                }
            case .tryExcept:
                handlersLeft += 1
            case .tryFinally(let body, let at, let handlers):
                handlersLeft += handlers
                let saved = fblocks
                fblocks = Array(fblocks[0..<i])
                try b.withoutHandlers(handlersLeft) { try finallyBody(body, of: at) }
                fblocks = saved
            case .handler(let name):
                handlersLeft += 1
                if preserveValue { b.emit(.swap, 2) }
                b.emit(.popExcept)
                if let name {
                    b.emit(.loadConst, b.constant(.none))
                    store(name)
                    delete(name)
                }
            case .finallyExit:
                handlersLeft += 1
                if preserveValue {
                    b.emit(.swap, 2)
                    b.emit(.popTop)
                    b.emit(.swap, 2)
                } else {
                    b.emit(.popTop)
                }
                b.emit(.popExcept)
            case .with(let isAsync):
                handlersLeft += 1
                b.withoutHandlers(handlersLeft) {
                    if preserveValue { b.emit(.swap, 2) }
                    b.emit(.loadConst, b.constant(.none))
                    b.emit(.loadConst, b.constant(.none))
                    b.emit(.loadConst, b.constant(.none))
                    b.emit(.call, 3)
                    if isAsync { b.emit(.getAwaitable, 2); emitAwaitLoop() }
                    b.emit(.popTop)
                }
            }
            i -= 1
        }
        if stopAtLoop {
            throw error(isContinue ? "'continue' not properly in loop" : "'break' outside loop", loc)
        }
    }

    // MARK: - try

    func tryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let handlerL = b.newLabel(), elseL = b.newLabel(), end = b.newLabel(), cleanup = b.newLabel()
        let d = b.depth
        b.pushHandler(handlerL, depth: d)
        fblocks.append(.tryExcept)
        try statements(body)
        fblocks.removeLast()
        b.popHandler()
        if !b.unreachable { b.emitJump(.jump, elseL) }
        b.bind(handlerL)
        b.emit(.pushExcInfo)                       // [prev, exc]
        b.pushHandler(cleanup, depth: d + 1)
        for (i, h) in handlers.enumerated() {
            setLine(h.loc)
            let next = b.newLabel()
            if let t = h.type {
                // checkExcMatch keeps the exception under its result: no copy needed.
                try expr(t)
                b.emit(.checkExcMatch)             // [prev, exc, matched]
                b.emitJump(.popJumpIfFalse, next)
            } else if i != handlers.count - 1 {
                throw error("default 'except:' must be last", h.loc)
            }
            if let name = h.name { store(name) } else { b.emit(.popTop) }   // [prev]
            fblocks.append(.handler(name: h.name))
            try statements(h.body)
            fblocks.removeLast()
            if !b.unreachable {
                b.popHandler()
                b.emit(.popExcept)
                if let name = h.name {
                    b.emit(.loadConst, b.constant(.none))
                    store(name)
                    delete(name)
                }
                b.emitJump(.jump, end)
                b.pushHandler(cleanup, depth: d + 1)
            }
            b.bind(next)
            b.depth = d + 2
        }
        b.emit(.reraise)
        b.popHandler()
        b.bind(cleanup)                            // [prev, exc2]
        b.emit(.popExceptReraise)
        b.bind(elseL)
        b.depth = d
        try statements(orelse)
        b.bind(end)
    }

    func tryFinally(_ finalbody: [Stmt], at loc: SourceLocation, body: () throws -> Void) throws {
        let handlerL = b.newLabel(), end = b.newLabel(), cleanup = b.newLabel()
        let d = b.depth
        b.pushHandler(handlerL, depth: d)
        fblocks.append(.tryFinally(body: finalbody, at: loc, handlers: 1))
        try body()
        fblocks.removeLast()
        b.popHandler()
        if !b.unreachable {
            try finallyBody(finalbody, of: loc)
            if !b.unreachable { b.emitJump(.jump, end) }
        }
        b.bind(handlerL)
        b.depth = d + 1
        b.emit(.pushExcInfo)                       // [prev, exc]
        b.pushHandler(cleanup, depth: d + 1)
        fblocks.append(.finallyExit)
        try finallyBody(finalbody, of: loc)
        fblocks.removeLast()
        if !b.unreachable { b.emit(.reraise) }
        b.popHandler()
        b.bind(cleanup)
        b.depth = d + 2
        b.emit(.popExceptReraise)
        b.bind(end)
        b.depth = d
    }

    /// One copy of the `finally` body of the `try` at `loc`, taking its nested
    /// scopes from their fixed place among the scope's children. A copy emitted
    /// inside the `try` (an early exit) leaves the cursor where the `try` body is;
    /// the others leave it after the finally body's scopes.
    private func finallyBody(_ finalbody: [Stmt], of loc: SourceLocation) throws {
        guard let range = scope.finallyChildren[loc] else {
            try statements(finalbody)
            return
        }
        let saved = scope.childCursor
        scope.childCursor = range.lowerBound
        try statements(finalbody)
        scope.childCursor = saved < range.lowerBound ? saved : range.upperBound
    }

    // MARK: - with

    private func withStatement(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool, loc: SourceLocation) throws {
        guard let item = items.first else {
            try statements(body)
            return
        }
        if isAsync && !(scope.isAsync && (scope.kind == .function || scope.kind == .comprehension)) {
            throw error("'async with' outside async function", loc)
        }
        let handlerL = b.newLabel(), end = b.newLabel(), cleanup = b.newLabel(), suppress = b.newLabel()
        try expr(item.context)
        if isAsync {
            b.emit(.beforeAsyncWith)
            b.emit(.getAwaitable, 1)
            emitAwaitLoop()
        } else {
            b.emit(.beforeWith)                    // [exit, entered]
        }
        let d = b.depth - 1                        // depth with [exit]
        b.pushHandler(handlerL, depth: d)
        if let t = item.target { try assign(t) } else { b.emit(.popTop) }
        fblocks.append(.with(isAsync: isAsync))
        try withStatement(items.dropFirst(), body, isAsync: isAsync, loc: loc)
        fblocks.removeLast()
        b.popHandler()
        // Calling `__exit__`, on either path, belongs to the `with` line.
        setLine(loc)
        if !b.unreachable {
            b.emit(.loadConst, b.constant(.none))
            b.emit(.loadConst, b.constant(.none))
            b.emit(.loadConst, b.constant(.none))
            b.emit(.call, 3)
            if isAsync { b.emit(.getAwaitable, 2); emitAwaitLoop() }
            b.emit(.popTop)
            b.emitJump(.jump, end)
        }
        b.bind(handlerL)
        b.depth = d + 1                            // [exit, exc]
        b.emit(.pushExcInfo)                       // [exit, prev, exc]
        b.pushHandler(cleanup, depth: d + 1)
        b.emit(.withExceptStart)                   // [exit, prev, exc, result]
        if isAsync { b.emit(.getAwaitable, 2); emitAwaitLoop() }
        b.emitJump(.popJumpIfTrue, suppress)
        b.emit(.reraise)
        b.bind(suppress)
        b.depth = d + 3
        b.emit(.popTop)                            // [exit, prev]
        b.popHandler()
        b.emit(.popExcept)                         // [exit]
        b.emit(.popTop)
        b.emitJump(.jump, end)
        b.bind(cleanup)
        b.depth = d + 2
        b.emit(.popExceptReraise)
        b.bind(end)
        b.depth = d - 1                            // [exit] is gone on every path
    }

    // MARK: - Definitions

    private func functionDef(_ fd: FunctionDef, _ loc: SourceLocation) throws {
        for d in fd.decorators { try expr(d) }
        let child = try nextChild()
        // A decorated function's code starts at its first decorator (`co_firstlineno`).
        let first = fd.decorators.first.map { Int($0.loc.line) } ?? Int(loc.line)
        try makeFunction(child, args: fd.args, name: fd.name, loc: loc, firstLine: first, docstring: Compiler.docstring(fd.body)) { c in
            // A leading string constant is the docstring, not code.
            try c.statements(fd.body)
        }
        for _ in fd.decorators { b.emit(.call, 1) }
        setLine(loc)
        store(fd.name)
    }

    /// The docstring of a body: its first statement when that is a string literal.
    static func docstring(_ body: [Stmt]) -> String? {
        guard case .expr(let e)? = body.first?.kind, case .constant(.string(let s)) = e.kind else { return nil }
        return s
    }

    /// Evaluates defaults, compiles the child scope and emits `makeFunction`.
    func makeFunction(_ child: Scope, args: Arguments, name: String, loc: SourceLocation, firstLine: Int? = nil, docstring: String? = nil,
                      body: (Compiler) throws -> Void) throws {
        var flags = 0
        let positional = args.posOnly + args.args
        let defaults = positional.compactMap(\.defaultValue)
        if !defaults.isEmpty {
            for d in defaults { try expr(d) }
            b.emit(.buildTuple, defaults.count)
            flags |= 1
        }
        let kwDefaults = args.kwOnly.filter { $0.defaultValue != nil }
        if !kwDefaults.isEmpty {
            for a in kwDefaults {
                b.emit(.loadConst, b.constant(.str(a.name)))
                if let d = a.defaultValue { try expr(d) }
            }
            b.emit(.buildMap, kwDefaults.count)
            flags |= 2
        }
        let c = Compiler(scope: child, source: source, interactive: false, firstLine: firstLine ?? Int(loc.line))
        c.nesting = nesting
        c.setLine(loc)
        try body(c)
        if !c.b.unreachable {
            c.b.emit(.loadConst, c.b.constant(.none))
            c.b.emit(.returnValue)
        }
        var cflags: CodeFlags = []
        if args.vararg != nil { cflags.insert(.varargs) }
        if args.kwarg != nil { cflags.insert(.varkeywords) }
        if child.isAsync && child.isGenerator { cflags.insert(.asyncGenerator) }
        else if child.isAsync && child.kind == .function { cflags.insert(.coroutine) }
        else if child.isGenerator { cflags.insert(.generator) }
        let code = c.finish(name: name, qualname: child.qualname, flags: cflags, argcount: positional.count,
                            posonly: args.posOnly.count, kwonly: args.kwOnly.count)
        code.docstring = docstring
        try emitClosure(child)
        if !child.frees.isEmpty { flags |= 8 }
        b.emit(.loadConst, b.constant(.object(PyCode(code))))
        b.emit(.makeFunction, flags)
    }

    /// Pushes the tuple of cells a child scope closes over, if any.
    func emitClosure(_ child: Scope) throws {
        guard !child.frees.isEmpty else { return }
        for n in child.frees { b.emit(.loadClosure, cellIndex(n)) }
        b.emit(.buildTuple, child.frees.count)
    }

    private func classDef(_ cd: ClassDef, _ loc: SourceLocation) throws {
        for d in cd.decorators { try expr(d) }
        if cd.bases.count > 1 { throw error("coro supports single inheritance only", loc) }
        let child = try nextChild()
        let first = cd.decorators.first.map { Int($0.loc.line) } ?? Int(loc.line)
        let c = Compiler(scope: child, source: source, interactive: false, firstLine: first)
        c.nesting = nesting
        c.setLine(loc)
        c.b.emit(.loadConst, c.b.constant(.str("__main__")))
        c.b.emit(.storeName, c.b.name("__module__"))
        c.b.emit(.loadConst, c.b.constant(.str(child.qualname)))
        c.b.emit(.storeName, c.b.name("__qualname__"))
        if let doc = Compiler.docstring(cd.body) {
            c.b.emit(.loadConst, c.b.constant(.str(doc)))
            c.b.emit(.storeName, c.b.name("__doc__"))
        }
        try c.statements(cd.body)
        c.b.emit(.loadConst, c.b.constant(.none))
        c.b.emit(.returnValue)
        let code = c.finish(name: cd.name, qualname: child.qualname, flags: [], argcount: 0, posonly: 0, kwonly: 0)
        try emitClosure(child)
        b.emit(.loadConst, b.constant(.object(PyCode(code))))
        b.emit(.makeFunction, child.frees.isEmpty ? 0 : 8)
        b.emit(.loadConst, b.constant(.str(cd.name)))
        for base in cd.bases { try expr(base) }
        setLine(loc)
        b.emit(.buildClass, cd.bases.count)
        for _ in cd.decorators { b.emit(.call, 1) }
        store(cd.name)
    }
}
