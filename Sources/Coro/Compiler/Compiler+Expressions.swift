extension Compiler {
    // MARK: - Expressions

    func expr(_ e: Expr) throws {
        try nested(e.loc) { try exprKind(e) }
    }

    private func exprKind(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            load(n)
        case .constant(let c):
            b.emit(.loadConst, b.constant(try constantValue(c, e.loc)))
        case .joinedStr(let parts):
            try fstring(parts)
        case .tuple(let items):
            try sequence(items, build: .buildTuple)
        case .list(let items):
            try sequence(items, build: .buildList)
        case .set(let items):
            try sequence(items, build: .buildSet)
        case .dict(let pairs):
            try dictDisplay(pairs)
        case .starred:
            throw error("can't use starred expression here", e.loc)
        case .attribute(let o, let name):
            try expr(o)
            setLine(e.loc)
            b.emit(.loadAttr, b.name(name))
        case .subscript(let o, let k):
            try expr(o)
            try expr(k)
            setLine(e.loc)
            b.emit(.binarySubscr)
        case .slice(let lo, let hi, let step):
            for part in [lo, hi] {
                if let part { try expr(part) } else { b.emit(.loadConst, b.constant(.none)) }
            }
            if let step {
                try expr(step)
                b.emit(.buildSlice, 3)
            } else {
                b.emit(.buildSlice, 2)
            }
        case .call(let f, let args, let keywords):
            try call(f, args, keywords, e.loc)
        case .unary(let op, let x):
            try expr(x)
            let i: Int
            switch op {
            case .neg: i = 0
            case .pos: i = 1
            case .not: i = 2
            case .invert: i = 3
            }
            b.emit(.unaryOp, i)
        case .binary(let op, let l, let r):
            try expr(l)
            try expr(r)
            setLine(e.loc)
            b.emitBinary(op.index)
        case .boolOp(let kind, let values):
            let end = b.newLabel()
            for (i, v) in values.enumerated() {
                try expr(v)
                if i < values.count - 1 { b.emitJump(kind == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end) }
            }
            b.bind(end)
        case .compare(let left, let rest):
            try compare(left, rest, e.loc)
        case .ifExp(let test, let body, let orelse):
            let elseL = b.newLabel(), end = b.newLabel()
            try condition(test, jumpIfFalse: elseL)
            try expr(body)
            b.emitJump(.jump, end)
            b.bind(elseL)
            try expr(orelse)
            b.bind(end)
        case .lambda(let args, let body):
            let child = try nextChild()
            try makeFunction(child, args: args, name: "<lambda>", loc: e.loc) { c in
                // Even a lambda whose body yields returns its body's value (CPython 3.11).
                try c.expr(body)
                c.b.emit(.returnValue)
            }
        case .listComp(let elt, let gens):
            try comprehension(gens, e.loc, kind: .list) { c, depth in
                try c.expr(elt)
                c.b.emit(.listAppend, depth)
            }
        case .setComp(let elt, let gens):
            try comprehension(gens, e.loc, kind: .set) { c, depth in
                try c.expr(elt)
                c.b.emit(.setAdd, depth)
            }
        case .dictComp(let k, let v, let gens):
            try comprehension(gens, e.loc, kind: .dict) { c, depth in
                try c.expr(k)
                try c.expr(v)
                c.b.emit(.mapAdd, depth)
            }
        case .generatorExp(let elt, let gens):
            try comprehension(gens, e.loc, kind: .generator) { c, _ in
                try c.expr(elt)
                c.b.emit(.yieldValue)
                c.b.emit(.popTop)
            }
        case .await(let x):
            guard scope.kind == .function || scope.kind == .comprehension else {
                throw error("'await' outside function", e.loc)
            }
            if !scope.isAsync { throw error("'await' outside async function", e.loc) }
            try expr(x)
            setLine(e.loc)
            b.emit(.getAwaitable)
            emitAwaitLoop()
        case .yield(let v):
            guard scope.kind == .function || scope.kind == .comprehension else { throw error("'yield' outside function", e.loc) }
            if let v { try expr(v) } else { b.emit(.loadConst, b.constant(.none)) }
            setLine(e.loc)
            b.emit(.yieldValue)
        case .yieldFrom(let v):
            guard scope.kind == .function || scope.kind == .comprehension else { throw error("'yield' outside function", e.loc) }
            if scope.isAsync { throw error("'yield from' inside async function", e.loc) }
            try expr(v)
            setLine(e.loc)
            b.emit(.getYieldFromIter)
            emitAwaitLoop()
        case .namedExpr(let target, let value):
            try expr(value)
            b.emit(.copy, 1)
            store(target)
        }
    }

    func constantValue(_ c: Constant, _ loc: SourceLocation) throws -> Value {
        switch c {
        case .none: return .none
        case .bool(let v): return .bool(v)
        case .int(let i): return .int(i)
        case .bigInt(let digits, let radix):
            guard let big = BigInt(text: Substring(digits), radix: radix) else { throw error("invalid integer literal", loc) }
            if radix == 10 && big.hasMoreDecimalDigits(than: BigInt.maxStrDigits) {
                throw error(BigInt.fromStrLimitMessage(digits: digits.count), loc)
            }
            return .bigint(big)
        case .float(let d): return .float(d)
        case .imaginary: throw error("complex numbers are not supported by coro", loc)
        case .string(let s): return .str(s)
        case .bytes: throw error("bytes literals are not supported by coro", loc)
        case .ellipsis: return ellipsis
        }
    }

    private func sequence(_ items: [Expr], build: Opcode) throws {
        let hasStar = items.contains { if case .starred = $0.kind { return true } else { return false } }
        if build == .buildSet, !hasStar, items.count >= 3, let folded = try foldedNumberSet(items) {
            // CPython 3.11 folds a display of 3+ constants into a frozenset constant
            // and merges it into a new set, which decides the iteration order.
            b.emit(.buildSet, 0)
            b.emit(.loadConst, b.constant(.object(folded)))
            b.emit(.setUpdate, 1)
            return
        }
        if !hasStar {
            for i in items { try expr(i) }
            b.emit(build, items.count)
            return
        }
        // With unpacking: build incrementally.
        if build == .buildSet { b.emit(.buildSet, 0) } else { b.emit(.buildList, 0) }
        for i in items {
            if case .starred(let inner) = i.kind {
                try expr(inner)
                b.emit(build == .buildSet ? .setUpdate : .listExtend, 1)
            } else {
                try expr(i)
                b.emit(build == .buildSet ? .setAdd : .listAppend, 1)
            }
        }
        if build == .buildTuple { b.emit(.listToTuple) }
    }

    private func dictDisplay(_ pairs: [(key: Expr?, value: Expr)]) throws {
        if !pairs.contains(where: { $0.key == nil }) {
            for p in pairs {
                if let k = p.key { try expr(k) }
                try expr(p.value)
            }
            b.emit(.buildMap, pairs.count)
            return
        }
        b.emit(.buildMap, 0)
        for p in pairs {
            if let k = p.key {
                try expr(k)
                try expr(p.value)
                b.emit(.mapAdd, 1)
            } else {
                try expr(p.value)
                b.emit(.dictUpdate, 1)
            }
        }
    }

    private func fstring(_ parts: [FStringPart]) throws {
        var count = 0
        for p in parts {
            switch p {
            case .literal(let s):
                if s.isEmpty { continue }
                b.emit(.loadConst, b.constant(.str(s)))
            case .formatted(let x, let conv, let spec, let debugText):
                if let debugText {
                    b.emit(.loadConst, b.constant(.str(debugText)))
                    count += 1
                }
                try expr(x)
                var flags = 0
                switch conv {
                case "s": flags = 1
                case "r": flags = 2
                case "a": flags = 3
                default: flags = (debugText != nil && spec == nil) ? 2 : 0
                }
                if let spec {
                    try fstring(spec)
                    flags |= 4
                }
                b.emit(.formatValue, flags)
            }
            count += 1
        }
        if count == 0 { b.emit(.loadConst, b.constant(.str(""))) } else if count > 1 { b.emit(.buildString, count) }
    }

    private func compare(_ left: Expr, _ rest: [(op: CompareOp, right: Expr)], _ loc: SourceLocation) throws {
        try expr(left)
        if rest.count == 1 {
            try expr(rest[0].right)
            setLine(loc)
            emitCompare(rest[0].op)
            return
        }
        let cleanup = b.newLabel(), end = b.newLabel()
        for (i, r) in rest.enumerated() {
            try expr(r.right)
            if i < rest.count - 1 {
                b.emit(.swap, 2)
                b.emit(.copy, 2)
                emitCompare(r.op)
                b.emitJump(.jumpIfFalseOrPop, cleanup)
            } else {
                emitCompare(r.op)
            }
        }
        b.emitJump(.jump, end)
        b.bind(cleanup)
        b.depth += 1
        b.emit(.swap, 2)
        b.emit(.popTop)
        b.bind(end)
    }

    private func emitCompare(_ op: CompareOp) {
        switch op {
        case .eq: b.emit(.compareOp, 0)
        case .ne: b.emit(.compareOp, 1)
        case .lt: b.emit(.compareOp, 2)
        case .le: b.emit(.compareOp, 3)
        case .gt: b.emit(.compareOp, 4)
        case .ge: b.emit(.compareOp, 5)
        case .in: b.emit(.containsOp, 0)
        case .notIn: b.emit(.containsOp, 1)
        case .is: b.emit(.isOp, 0)
        case .isNot: b.emit(.isOp, 1)
        }
    }

    /// Jumps to `label` when `e` is false, without materialising `not`/`and`/`or` values.
    func condition(_ e: Expr, jumpIfFalse label: Int) throws {
        if case .constant(let c) = e.kind, let truth = constantTruth(c) {
            // `while True:` tests nothing, as in CPython.
            if !truth { b.emitJump(.jump, label) }
            return
        }
        switch e.kind {
        case .unary(.not, let x):
            try condition(x, jumpIfTrue: label)
        case .boolOp(.and, let xs):
            for x in xs { try condition(x, jumpIfFalse: label) }
        case .boolOp(.or, let xs):
            let ok = b.newLabel()
            for x in xs.dropLast() { try condition(x, jumpIfTrue: ok) }
            if let last = xs.last { try condition(last, jumpIfFalse: label) }
            b.bind(ok)
        default:
            try expr(e)
            b.emitJump(.popJumpIfFalse, label)
        }
    }

    func condition(_ e: Expr, jumpIfTrue label: Int) throws {
        if case .constant(let c) = e.kind, let truth = constantTruth(c) {
            if truth { b.emitJump(.jump, label) }
            return
        }
        switch e.kind {
        case .unary(.not, let x):
            try condition(x, jumpIfFalse: label)
        case .boolOp(.or, let xs):
            for x in xs { try condition(x, jumpIfTrue: label) }
        case .boolOp(.and, let xs):
            let fail = b.newLabel()
            for x in xs.dropLast() { try condition(x, jumpIfFalse: fail) }
            if let last = xs.last { try condition(last, jumpIfTrue: label) }
            b.bind(fail)
        default:
            try expr(e)
            b.emitJump(.popJumpIfTrue, label)
        }
    }

    /// The truth of a constant whose truth needs no code (numbers, bools, None, strings).
    private func constantTruth(_ c: Constant) -> Bool? {
        switch c {
        case .none: return false
        case .bool(let v): return v
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .bigInt: return true
        default: return nil
        }
    }

    // MARK: - Calls

    private func call(_ f: Expr, _ args: [Expr], _ keywords: [Keyword], _ loc: SourceLocation) throws {
        let starred = args.contains { if case .starred = $0.kind { return true } else { return false } }
        let doubleStar = keywords.contains { $0.name == nil }
        if case .name("super") = f.kind, args.isEmpty, keywords.isEmpty, scope.kind == .function,
           scope.frees.contains("__class__"), let first = scope.params.first {
            // Zero-argument super(): the class cell and the first argument.
            load("super")
            b.emit(.loadDeref, cellIndex("__class__"))
            load(first)
            setLine(loc)
            b.emit(.call, 2)
            return
        }
        if starred || doubleStar {
            try expr(f)
            b.emit(.buildList, 0)
            for a in args {
                if case .starred(let inner) = a.kind {
                    try expr(inner)
                    b.emit(.listExtend, 1 | 0x100)
                } else {
                    try expr(a)
                    b.emit(.listAppend, 1)
                }
            }
            b.emit(.listToTuple)
            if keywords.isEmpty {
                setLine(loc)
                b.emit(.callEx, 0)
                return
            }
            b.emit(.buildMap, 0)
            // Keywords after a `**` are merged as a group, as CPython does, so
            // `f(**{'a': 1}, a=2)` reports the repeated keyword.
            var merged = false
            var group = 0
            func flushGroup() {
                if group > 0 { b.emit(.buildMap, group); b.emit(.dictMerge, 1) }
                group = 0
            }
            for k in keywords {
                if let name = k.name {
                    b.emit(.loadConst, b.constant(.str(name)))
                    try expr(k.value)
                    if merged { group += 1 } else { b.emit(.mapAdd, 1) }
                } else {
                    flushGroup()
                    merged = true
                    try expr(k.value)
                    b.emit(.dictMerge, 1)
                }
            }
            flushGroup()
            setLine(loc)
            b.emit(.callEx, 1)
            return
        }
        if !keywords.isEmpty {
            try expr(f)
            for a in args { try expr(a) }
            var names: [Value] = []
            for k in keywords {
                try expr(k.value)
                names.append(.str(k.name ?? ""))
            }
            b.emit(.loadConst, b.constant(.tuple(names)))
            setLine(loc)
            b.emit(.callKw, args.count + keywords.count)
            return
        }
        if case .attribute(let o, let name) = f.kind {
            try expr(o)
            setLine(f.loc)
            b.emit(.loadMethod, b.name(name))
            for a in args { try expr(a) }
            setLine(loc)
            b.emit(.callMethod, args.count)
            return
        }
        try expr(f)
        for a in args { try expr(a) }
        setLine(loc)
        b.emit(.call, args.count)
    }

    // MARK: - Comprehensions

    enum ComprehensionKind { case list, set, dict, generator }

    /// Compiles a comprehension as a nested function called with the first iterator.
    private func comprehension(_ gens: [Comprehension], _ loc: SourceLocation, kind: ComprehensionKind,
                               element: @escaping (Compiler, Int) throws -> Void) throws {
        guard let first = gens.first else { return }
        // The first iterable is evaluated here, before the comprehension's scope.
        try iterable(first.iter)
        if first.isAsync { b.emit(.getAiter) } else { b.emit(.getIter) }
        let child = try nextChild()
        if child.isAsync && kind != .generator && scope.kind != .comprehension && !(scope.kind == .function && scope.isAsync) {
            throw error("asynchronous comprehension outside of an asynchronous function", loc)
        }
        let name: String
        switch kind {
        case .list: name = "<listcomp>"
        case .set: name = "<setcomp>"
        case .dict: name = "<dictcomp>"
        case .generator: name = "<genexpr>"
        }
        let c = Compiler(scope: child, source: source, interactive: false, firstLine: Int(loc.line))
        c.nesting = nesting
        c.b.line = loc.line
        switch kind {
        case .list: c.b.emit(.buildList, 0)
        case .set: c.b.emit(.buildSet, 0)
        case .dict: c.b.emit(.buildMap, 0)
        case .generator: break
        }
        try c.comprehensionLoop(gens, 0, depth: kind == .generator ? 0 : 1, element: element)
        if kind == .generator { c.b.emit(.loadConst, c.b.constant(.none)) }
        c.b.emit(.returnValue)
        var flags: CodeFlags = []
        if child.isAsync && kind == .generator { flags.insert(.asyncGenerator) }
        else if child.isAsync { flags.insert(.coroutine) }
        else if kind == .generator { flags.insert(.generator) }
        let code = c.finish(name: name, qualname: child.qualname, flags: flags, argcount: 1, posonly: 0, kwonly: 0)
        try emitClosure(child)
        b.emit(.loadConst, b.constant(.object(PyCode(code))))
        b.emit(.makeFunction, child.frees.isEmpty ? 0 : 8)
        b.emit(.swap, 2)
        setLine(loc)
        b.emit(.call, 1)
        if child.isAsync && kind != .generator {
            b.emit(.getAwaitable)
            emitAwaitLoop()
        }
    }

    /// One `for` clause (and the rest nested inside it). `depth` counts the
    /// iterators on the stack above the result container.
    private func comprehensionLoop(_ gens: [Comprehension], _ i: Int, depth: Int, element: (Compiler, Int) throws -> Void) throws {
        let g = gens[i]
        let top = b.newLabel(), end = b.newLabel()
        if i == 0 {
            b.emit(.loadFast, localIndex(".0"))
        } else {
            try iterable(g.iter)
            b.emit(g.isAsync ? .getAiter : .getIter)
        }
        b.bind(top)
        if g.isAsync {
            b.pushHandler(end, depth: b.depth)
            b.emit(.getAnext)
            emitAwaitLoop()
            b.popHandler()
        } else {
            b.emitJump(.forIter, end)
        }
        try assign(g.target)
        for cond in g.ifs { try condition(cond, jumpIfFalse: top) }
        if i + 1 < gens.count {
            try comprehensionLoop(gens, i + 1, depth: depth + 1, element: element)
        } else {
            try element(self, depth + 1)
        }
        b.emitJump(.jump, top)
        b.bind(end)
        if g.isAsync { b.emit(.endAsyncFor) }
    }
}


extension Compiler {
    /// The iterable of a `for` statement or a comprehension: a list display without
    /// a starred item is built as a tuple, as CPython 3.11's AST optimizer
    /// (`fold_iter`) rewrites it — visible in a genexpr's `.0` (a tuple_iterator)
    /// and in "'async for' requires ... got tuple".
    func iterable(_ e: Expr) throws {
        if case .list(let items) = e.kind, !items.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
            try expr(Expr(.tuple(items), e.loc))
        } else {
            try expr(e)
        }
    }

    /// The frozenset a display of constant numbers (or tuples of them) folds to;
    /// nil when any item is not such a constant.
    func foldedNumberSet(_ items: [Expr]) throws -> PySet? {
        var values: [(element: Value, hash: Int)] = []
        for e in items {
            guard let v = try foldableConstant(e) else { return nil }
            values.append((v, constantHash(v)))
        }
        let set = PySet(frozen: true)
        set.table = SetTable.constantDisplay(values, eq: constantEquals)
        return set
    }

    private func foldableConstant(_ e: Expr) throws -> Value? {
        switch e.kind {
        case .constant(let c):
            switch c {
            case .int, .float, .bool, .bigInt: return try constantValue(c, e.loc)
            default: return nil
            }
        case .unary(.neg, let inner):
            guard let v = try foldableConstant(inner), let n = Numeric(v) else { return nil }
            switch n {
            case .int(let i): return i == Int.min ? .bigint(-BigInt(i)) : .int(-i)
            case .big(let b): return .bigint(-b)
            case .float(let d): return .float(-d)
            }
        case .binary(let op, let l, let r):
            guard let a = try foldableConstant(l), let b = try foldableConstant(r),
                  let x = Numeric(a), let y = Numeric(b) else { return nil }
            return foldBinary(op, x, y)
        case .tuple(let xs):
            var out: [Value] = []
            for x in xs {
                guard let v = try foldableConstant(x) else { return nil }
                out.append(v)
            }
            return .tuple(out)
        default:
            return nil
        }
    }

    /// CPython's compile-time arithmetic on constants (`ast_opt.c`), within its
    /// size limits (results of at most 128 bits); nil when it would not fold.
    private func foldBinary(_ op: BinaryOp, _ x: Numeric, _ y: Numeric) -> Value? {
        let limit = 128
        switch (x, y) {
        case (.float, _), (_, .float):
            guard let a = x.double, let b = y.double else { return nil }
            switch op {
            case .add: return .float(a + b)
            case .sub: return .float(a - b)
            case .mul: return .float(a * b)
            case .div: return b == 0 ? nil : .float(a / b)
            default: return nil
            }
        default:
            guard let a = x.big, let b = y.big else { return nil }
            switch op {
            case .add: return .bigint(a + b)
            case .sub: return .bigint(a - b)
            case .mul:
                if !a.isZero && !b.isZero && a.bitLength + b.bitLength > limit { return nil }
                return .bigint(a * b)
            case .floorDiv, .mod:
                guard let (q, r) = a.floorDivMod(b) else { return nil }
                return .bigint(op == .floorDiv ? q : r)
            case .pow:
                guard !b.isNegative, let e = b.asInt else { return nil }
                if !a.isZero && a.bitLength > 1 && a.bitLength * e > limit { return nil }
                if a.bitLength <= 1 && e > limit { return nil }
                return .bigint(a.power(e))
            case .lshift:
                guard !b.isNegative, let n = b.asInt, n <= limit, a.bitLength + n <= limit else { return nil }
                return .bigint(a.shiftedLeft(n))
            case .rshift:
                guard !b.isNegative, let n = b.asInt else { return nil }
                return .bigint(a.shiftedRight(n))
            case .bitAnd: return .bigint(a & b)
            case .bitOr: return .bigint(a | b)
            case .bitXor: return .bigint(a ^ b)
            default: return nil
            }
        }
    }

    private func constantHash(_ v: Value) -> Int {
        switch v {
        case .int(let i): return pythonHash(int: i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return pythonHash(double: d, identity: 0)
        case .object(let o):
            if let b = o as? PyBigInt { return b.value.pythonHash }
            if let t = o as? PyTuple { return pythonTupleHash(t.items.map(constantHash)) }
            return 0
        case .none: return 0
        }
    }

    private func constantEquals(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case let (.object(x as PyTuple), .object(y as PyTuple)):
            return x.items.count == y.items.count && zip(x.items, y.items).allSatisfy(constantEquals)
        case (.object(let x), .object(let y)):
            if let p = x as? PyBigInt, let q = y as? PyBigInt { return p.value == q.value }
            return false
        default:
            guard let x = Numeric(a), let y = Numeric(b) else { return false }
            switch (x, y) {
            case let (.int(i), .int(j)): return i == j
            case let (.float(p), .float(q)): return p == q
            case let (.int(i), .float(q)), let (.float(q), .int(i)): return Double(exactly: i) == q
            default: return false
            }
        }
    }
}
