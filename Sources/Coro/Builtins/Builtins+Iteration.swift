// Built-ins that consume or make iterators: iter, next, enumerate, zip, map,
// filter, reversed, sorted, sum, min, max, any, all. Lazy ones return a
// `PySeqIter` with a custom step; every call back into Python goes through
// `call`/`next`, which count toward the recursion limit.

extension VM {
    func installIterationBuiltins() {
        define("iter") { vm, a in try vm.builtinIter(a) }
        define("next") { vm, a in
            let p = try a.positionalOnly("next", min: 1, max: 2)
            return try vm.builtinNext(p[0], default: p.count > 1 ? p[1] : nil)
        }
        define("enumerate") { vm, a in try vm.builtinEnumerate(a) }
        define("zip") { vm, a in try vm.builtinZip(a) }
        define("map") { vm, a in try vm.builtinMap(a) }
        define("filter") { vm, a in try vm.builtinFilter(a) }
        define("reversed") { vm, a in
            let p = try a.positionalOnly("reversed", min: 1, max: 1)
            return try vm.reversedIterator(p[0])
        }
        define("sorted") { vm, a in try vm.builtinSorted(a) }
        define("sum") { vm, a in try vm.builtinSum(a) }
        define("min") { vm, a in try vm.minMax(a, name: "min", op: 2) }
        define("max") { vm, a in try vm.minMax(a, name: "max", op: 4) }
        define("any") { vm, a in
            let it = try vm.getIter(try a.single("any"))
            while let v = try vm.next(it) { if try vm.truthy(v) { return .bool(true) } }
            return .bool(false)
        }
        define("all") { vm, a in
            let it = try vm.getIter(try a.single("all"))
            while let v = try vm.next(it) { if !(try vm.truthy(v)) { return .bool(false) } }
            return .bool(true)
        }
    }

    // MARK: - iter and next

    private func builtinIter(_ a: CallArgs) throws -> Value {
        let p = try a.positionalOnly("iter", min: 1, max: 2)
        guard p.count == 2 else { return try getIter(p[0]) }
        let callable = p[0], sentinel = p[1]
        guard isCallable(callable) else { throw typeError("iter(v, w): v must be callable") }
        return .object(PySeqIter(.custom { [unowned self] in
            let v = try self.call(callable, [])
            return try self.eq(v, sentinel) ? nil : v
        }, typeName: "callable_iterator"))
    }

    /// `next(it[, default])`. A generator's return value travels in the
    /// StopIteration, as in CPython.
    func builtinNext(_ it: Value, default d: Value?) throws -> Value {
        guard case .object(let o) = it else { throw typeError("'\(it.type.name)' object is not an iterator") }
        if let g = o as? PyGenerator, g.kind == .generator {
            switch try resume(g) {
            case .yielded(let v): return v
            case .returned(let r):
                if let d { return d }
                throw stopIteration(r)
            case .raised(let e):
                if let d, e.isInstance(of: BuiltinTypes.stopIteration) { return d }
                throw e
            }
        }
        if o is PySeqIter {
            if let v = try next(it) { return v }
            if let d { return d }
            throw PyBaseException(BuiltinTypes.stopIteration, args: [])
        }
        guard !(o is PyGenerator), let m = o.type.lookup("__next__") else {
            throw typeError("'\(it.type.name)' object is not an iterator")
        }
        do {
            return try call(m, [it])
        } catch let e as PyBaseException where d != nil && e.isInstance(of: BuiltinTypes.stopIteration) {
            return d ?? .none
        }
    }

    // MARK: - Lazy iterators

    private func builtinEnumerate(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("enumerate", ["iterable", "start"], required: 1)
        let it = try getIter(slots[0] ?? .none)
        var count = try slots[1].map(integerIndex) ?? .int(0)
        return .object(PySeqIter(.custom { [unowned self] in
            guard let v = try self.next(it) else { return nil }
            let index = count
            if case .int(let i) = count, i < Int.max { count = .int(i + 1) } else { count = try self.binaryOp(.add, count, .int(1)) }
            return .tuple([index, v])
        }, typeName: "enumerate"))
    }

    private func builtinZip(_ a: CallArgs) throws -> Value {
        try a.onlyKeywords("zip", ["strict"])
        let strict = try a.keyword("strict").map(truthy) ?? false
        let its = try a.positional.map(getIter)
        var done = its.isEmpty
        return .object(PySeqIter(.custom { [unowned self] in
            if done { return nil }
            var items: [Value] = []
            items.reserveCapacity(its.count)
            for (i, it) in its.enumerated() {
                guard let v = try self.next(it) else {
                    done = true
                    if strict { try self.zipStrictCheck(its, exhausted: i) }
                    return nil
                }
                items.append(v)
            }
            return .tuple(items)
        }, typeName: "zip"))
    }

    /// `zip(strict=True)`: iterator `i` ran out; the others must have too.
    private func zipStrictCheck(_ its: [Value], exhausted i: Int) throws {
        func plural(_ n: Int) -> String { n == 1 ? " 1" : "s 1-\(n)" }
        if i > 0 { throw valueError("zip() argument \(i + 1) is shorter than argument\(plural(i))") }
        for j in 1..<max(its.count, 1) where try next(its[j]) != nil {
            throw valueError("zip() argument \(j + 1) is longer than argument\(plural(j))")
        }
    }

    private func builtinMap(_ a: CallArgs) throws -> Value {
        try a.noKeywords("map")
        guard a.count >= 2 else { throw typeError("map() must have at least two arguments.") }
        let fn = a[0]
        let its = try a.positional.dropFirst().map(getIter)
        return .object(PySeqIter(.custom { [unowned self] in
            var args: [Value] = []
            args.reserveCapacity(its.count)
            for it in its {
                guard let v = try self.next(it) else { return nil }
                args.append(v)
            }
            return try self.call(fn, args)
        }, typeName: "map"))
    }

    private func builtinFilter(_ a: CallArgs) throws -> Value {
        try a.noKeywords("filter")
        try a.checkPositional("filter", min: 2, max: 2)
        let predicate = a[0]
        let it = try getIter(a[1])
        return .object(PySeqIter(.custom { [unowned self] in
            while let v = try self.next(it) {
                let keep = predicate.isNone ? v : try self.call(predicate, [v])
                if try self.truthy(keep) { return v }
            }
            return nil
        }, typeName: "filter"))
    }

    /// `reversed(seq)`: built-in sequences, `__reversed__`, or the sequence protocol.
    func reversedIterator(_ v: Value) throws -> Value {
        guard case .object(let o) = v else { throw typeError("'\(v.type.name)' object is not reversible") }
        switch o {
        case let l as PyList:
            // Reads the live list, as CPython's list_reverseiterator does.
            var i = l.items.count - 1
            return .object(PySeqIter(.custom {
                guard i >= 0, i < l.items.count else { i = -1; return nil }
                i -= 1
                return l.items[i + 1]
            }, typeName: "list_reverseiterator"))
        case let t as PyTuple:
            return .object(PySeqIter(.values(t.items.reversed()), typeName: "reversed"))
        case let s as PyStr:
            return .object(PySeqIter(.values(s.scalars.reversed().map { .object(PyStr.char($0)) }), typeName: "reversed"))
        case let r as PyRange:
            let n = r.count
            return .object(PySeqIter(.range(next: r.start + (n - 1) * r.step, step: -r.step, remaining: n), typeName: "range_iterator"))
        case let d as PyDict:
            return .object(PySeqIter(.values(d.table.live.reversed().map { $0.key }), typeName: "dict_reversekeyiterator"))
        default:
            break
        }
        if let m = o.type.lookup("__reversed__") {
            if m.isNone { throw typeError("'\(v.type.name)' object is not reversible") }
            return try call(m, [v])
        }
        guard let getitem = o.type.lookupUser("__getitem__"), o.type.lookupUser("__len__") != nil else {
            throw typeError("'\(v.type.name)' object is not reversible")
        }
        var i = try length(v) - 1
        return .object(PySeqIter(.custom { [unowned self] in
            guard i >= 0 else { return nil }
            i -= 1
            do {
                return try self.call(getitem, [v, .int(i + 1)])
            } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.indexError) || e.isInstance(of: BuiltinTypes.stopIteration) {
                i = -1
                return nil
            }
        }, typeName: "reversed"))
    }

    // MARK: - Reductions

    private func builtinSorted(_ a: CallArgs) throws -> Value {
        guard a.count == 1 else { throw typeError("sorted expected 1 argument, got \(a.count)") }
        let (key, reverse) = try sortKeywords(a.keywords)
        var items = try iterateToArray(a[0])
        try timsort(&items, key: key, reverse: reverse)
        return .list(items)
    }

    /// `key=` and `reverse=` of `sorted`, with CPython's messages (they name `sort()`).
    private func sortKeywords(_ keywords: [(String, Value)]) throws -> (key: Value?, reverse: Bool) {
        if keywords.count > 2 { throw typeError("sort() takes at most 2 keyword arguments (\(keywords.count) given)") }
        var key: Value? = nil
        var reverse = false
        for (k, v) in keywords {
            switch k {
            case "key": key = v.nonNone
            case "reverse":
                if case .int(let i) = try integerIndex(v) { reverse = i != 0 } else { reverse = true }
            default: throw typeError("'\(k)' is an invalid keyword argument for sort()")
            }
        }
        return (key, reverse)
    }

    private func builtinSum(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("sum", ["iterable", "start"], required: 1, positionalOnly: 1)
        var total = slots[1] ?? .int(0)
        if case .object(let o) = total, o is PyStr {
            throw typeError("sum() can't sum strings [use ''.join(seq) instead]")
        }
        let it = try getIter(slots[0] ?? .none)
        while let v = try next(it) {
            if case .int(let x) = total, case .int(let y) = v {
                let (s, overflow) = x.addingReportingOverflow(y)
                if !overflow { total = .int(s); continue }
            } else if case .float(let x) = total, case .float(let y) = v {
                total = .float(x + y)
                continue
            }
            total = try binaryOp(.add, total, v)
        }
        return total
    }

    /// `min`/`max`: `op` is the comparison that makes an item the new best
    /// (`<` for min, `>` for max); the first of equal items wins.
    func minMax(_ a: CallArgs, name: String, op: Int) throws -> Value {
        if a.keywords.count > 2 { throw typeError("\(name)() takes at most 2 keyword arguments (\(a.keywords.count) given)") }
        try a.onlyKeywords(name, ["key", "default"])
        if a.count == 0 { throw typeError("\(name) expected at least 1 argument, got 0") }
        let key = a.keyword("key")?.nonNone
        let dflt = a.keyword("default")
        if a.count > 1 && dflt != nil {
            throw typeError("Cannot specify a default for \(name)() with multiple positional arguments")
        }
        let it = a.count == 1 ? try getIter(a[0]) : .object(PySeqIter(.values(a.positional), typeName: "tuple_iterator"))
        var best: Value? = nil
        var bestKey: Value = .none
        while let v = try next(it) {
            let k = try key.map { try call($0, [v]) } ?? v
            if best == nil {
                best = v
                bestKey = k
            } else if try truthy(try richCompare(k, bestKey, op)) {
                best = v
                bestKey = k
            }
        }
        if let best { return best }
        if let dflt { return dflt }
        throw valueError("\(name)() arg is an empty sequence")
    }
}
