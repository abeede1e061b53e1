/// The iterator of built-in sequences and of built-in iterator functions
/// (`map`, `zip`, …). Sequence cases are stepped inline by `forIter`.
public final class PySeqIter: PyObject {
    enum Source {
        case list(PyList)
        case values([Value])
        case range(next: Int, step: Int, remaining: Int)
        case scalars([Unicode.Scalar])
        /// A built-in iterator's step function; nil means exhausted.
        case custom(() throws -> Value?)
        case exhausted
    }
    /// What is being iterated.
    var source: Source
    /// Next index for list, values and scalars.
    var index = 0
    /// The type name shown by `type(it)` (`list_iterator`, `map`, …).
    let typeName: String

    public override var type: PyType { PySeqIter.iteratorType(typeName) }

    init(_ source: Source, typeName: String) {
        self.source = source
        self.typeName = typeName
    }

    /// The next item of a sequence source; nil when exhausted (custom sources are
    /// stepped by `VM.next`, which can throw).
    @inline(__always)
    func next() -> Value? {
        switch source {
        case .list(let l):
            if index < l.items.count {
                index += 1
                return l.items[index - 1]
            }
            source = .exhausted
            return nil
        case .values(let vs):
            if index < vs.count {
                index += 1
                return vs[index - 1]
            }
            source = .exhausted
            return nil
        case .range(let n, let step, let remaining):
            if remaining > 0 {
                source = .range(next: n &+ step, step: step, remaining: remaining - 1)
                return .int(n)
            }
            return nil
        case .scalars(let s):
            if index < s.count {
                index += 1
                return .object(PyStr.char(s[index - 1]))
            }
            return nil
        case .custom, .exhausted:
            return nil
        }
    }

    @inline(__always)
    var isCustom: Bool {
        if case .custom = source { return true }
        return false
    }

    nonisolated(unsafe) private static var types: [String: PyType] = [:]

    /// One shared type object per iterator kind.
    static func iteratorType(_ name: String) -> PyType {
        if let t = types[name] { return t }
        let t = PyType(name: name, base: BuiltinTypes.object)
        t.isSubclassable = false
        IteratorMethods.install(t)
        types[name] = t
        return t
    }
}

extension VM {
    // MARK: - Iteration

    /// `iter(v)`.
    public func getIter(_ v: Value) throws -> Value {
        guard case .object(let o) = v else { throw notIterable(v) }
        switch o {
        case let l as PyList: return .object(PySeqIter(.list(l), typeName: "list_iterator"))
        case let t as PyTuple: return .object(PySeqIter(.values(t.items), typeName: "tuple_iterator"))
        case let r as PyRange: return .object(PySeqIter(.range(next: r.start, step: r.step, remaining: r.count), typeName: "range_iterator"))
        case let r as PyLongRange: return longRangeIterator(r)
        case let s as PyStr: return .object(PySeqIter(.scalars(s.scalars), typeName: "str_ascii_iterator"))
        case let d as PyDict: return .object(dictIterator(d, .keys))
        case let v as PyDictView: return .object(dictIterator(v.dict, v.kind))
        case let s as PySet: return .object(setIterator(s))
        case is PySeqIter: return v
        case let g as PyGenerator:
            if g.kind == .generator { return v }
        case let d as PyDeque:
            return .object(PySeqIter(.values(Array(d.items)), typeName: "_deque_iterator"))
        default: break
        }
        // Built-in iterator objects (itertools.count, coroutine wrappers) are their own iterators.
        if o.type.isBuiltin, o.type.lookup("__next__") != nil { return v }
        if let m = o.type.lookupUser("__iter__") {
            if m.isNone { throw notIterable(v) }
            let it = try call(m, [v])
            if it.type.lookup("__next__") == nil {
                throw typeError("iter() returned non-iterator of type '\(it.type.name)'")
            }
            return it
        }
        // Built-in iterables with an `__iter__` of their own (asyncio's Future).
        if o.type.isBuiltin, let m = o.type.lookup("__iter__") { return try call(m, [v]) }
        if let gi = o.type.lookupUser("__getitem__") {
            // The old sequence protocol: index from 0 until IndexError.
            var i = 0
            return .object(PySeqIter(.custom { [unowned self] in
                do {
                    let x = try self.call(gi, [v, .int(i)])
                    i += 1
                    return x
                } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.indexError) || e.isInstance(of: BuiltinTypes.stopIteration) {
                    return nil
                }
            }, typeName: "iterator"))
        }
        throw notIterable(v)
    }

    /// Whether `iter(v)` can work (CPython: a `tp_iter` slot or the sequence protocol).
    func isIterable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyStr, is PyList, is PyTuple, is PyDict, is PySet, is PyRange, is PyLongRange, is PySeqIter: return true
        case let g as PyGenerator: return g.kind == .generator
        default: return o.type.lookup("__iter__") != nil || o.type.lookupUser("__getitem__") != nil
        }
    }

    func notIterable(_ v: Value) -> PyBaseException {
        typeError("'\(v.type.name)' object is not iterable")
    }

    /// `next(it)`; nil when exhausted.
    public func next(_ it: Value) throws -> Value? {
        guard case .object(let o) = it else { throw typeError("'\(it.type.name)' object is not an iterator") }
        if let s = o as? PySeqIter {
            try chargeNativeItem()
            if case .custom(let step) = s.source {
                if let v = try step() { return v }
                s.source = .exhausted
                return nil
            }
            return s.next()
        }
        if let g = o as? PyGenerator, g.kind == .generator {
            switch try resume(g) {
            case .yielded(let v): return v
            case .returned: return nil
            case .raised(let e): throw e
            }
        }
        guard !(o is PyGenerator), let m = o.type.lookup("__next__") else {
            throw typeError("'\(it.type.name)' object is not an iterator")
        }
        do {
            return try call(m, [it])
        } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.stopIteration) {
            return nil
        }
    }

    /// All items of an iterable.
    public func iterateToArray(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            switch o {
            case let l as PyList: return l.items
            case let t as PyTuple: return t.items
            case let s as PyStr: return s.scalars.map { .object(PyStr.char($0)) }
            case let d as PyDict: return d.table.live.map { $0.key }
            case let s as PySet: return s.orderedItems
            case let dv as PyDictView: return dv.elements()
            // CPython preallocates from the length hint: MemoryError at once.
            case let r as PyRange: try requireBuildable(r.count)
            default: break
            }
        }
        let it = try getIter(v)
        var out: [Value] = []
        while let x = try next(it) { out.append(x) }
        return out
    }

    /// `unpackSequence`: exactly `count` items.
    func unpack(_ v: Value, count: Int) throws -> [Value] {
        if case .object(let o) = v {
            var items: [Value]? = nil
            if let t = o as? PyTuple { items = t.items } else if let l = o as? PyList { items = l.items }
            if let items {
                if items.count < count { throw valueError("not enough values to unpack (expected \(count), got \(items.count))") }
                if items.count > count { throw valueError("too many values to unpack (expected \(count))") }
                return items
            }
        }
        guard case .object = v else { throw typeError("cannot unpack non-iterable \(v.type.name) object") }
        let it: Value
        do { it = try getIter(v) } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.typeError) {
            throw typeError("cannot unpack non-iterable \(v.type.name) object")
        }
        var out: [Value] = []
        while let x = try next(it) {
            if out.count == count { throw valueError("too many values to unpack (expected \(count))") }
            out.append(x)
        }
        if out.count < count { throw valueError("not enough values to unpack (expected \(count), got \(out.count))") }
        return out
    }

    // MARK: - Length and membership

    /// `len(v)`.
    public func length(_ v: Value) throws -> Int {
        if case .object(let o) = v {
            switch o {
            case let s as PyStr: return s.length
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.table.count
            case let s as PySet: return s.count
            case let r as PyRange: return r.count
            case let r as PyLongRange: return try longRangeLength(r)
            case let v as PyDictView: return v.dict.table.count
            case let d as PyDeque: return d.items.count
            default: break
            }
            if let m = o.type.lookupUser("__len__") {
                let r = try call(m, [v])
                // `slot_sq_length`: an int via __index__, its sign checked before its size.
                let index = try integerIndex(r)
                guard case .int(let n) = index else {
                    if (index.object as? PyBigInt)?.value.isNegative == true {
                        throw valueError("__len__() should return >= 0")
                    }
                    throw overflowError("cannot fit 'int' into an index-sized integer")
                }
                if n < 0 { throw valueError("__len__() should return >= 0") }
                return n
            }
        }
        throw typeError("object of type '\(v.type.name)' has no len()")
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                for x in l.items { if try x.isIdentical(to: item) || eq(x, item) { return true } }
                return false
            case let t as PyTuple:
                for x in t.items { if try x.isIdentical(to: item) || eq(x, item) { return true } }
                return false
            case let d as PyDeque:
                for x in d.items { if try x.isIdentical(to: item) || eq(x, item) { return true } }
                return false
            case let d as PyDict:
                return try dictGet(d, item) != nil
            case let s as PySet:
                return try setContains(s, item)
            case let v as PyDictView:
                return try dictViewContains(v, item)
            case let s as PyStr:
                guard case .object(let io) = item, let sub = io as? PyStr else {
                    throw typeError("'in <string>' requires string as left operand, not \(item.type.name)")
                }
                return sub.value.isEmpty || s.value.contains(sub.value)
            case let r as PyRange:
                if case .int(let i) = item {
                    if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
                    return (i - r.start) % r.step == 0
                }
                if item.object is PyBigInt { return false }
            case let r as PyLongRange:
                if let b = bigIntValue(item) { return r.contains(b) }
            default:
                if let m = o.type.lookupUser("__contains__") { return try truthy(try call(m, [container, item])) }
            }
        }
        let it: Value
        do { it = try getIter(container) } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.typeError) {
            throw typeError("argument of type '\(container.type.name)' is not iterable")
        }
        while let x = try next(it) {
            if try x.isIdentical(to: item) || eq(x, item) { return true }
        }
        return false
    }

    // MARK: - Subscripts

    /// An index for sequence subscripts (`__index__`).
    func index(_ v: Value, _ what: @autoclosure () -> String) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o is PyBigInt:
            throw indexError("cannot fit 'int' into an index-sized integer")
        default:
            throw typeError(what())
        }
    }

    /// `o[k]`.
    public func getItem(_ o: Value, _ k: Value) throws -> Value {
        guard case .object(let obj) = o else { throw notSubscriptable(o) }
        switch obj {
        case let l as PyList:
            if case .object(let so) = k, let s = so as? PySlice { return .list(try sliceItems(l.items, s)) }
            let i = try index(k, "list indices must be integers or slices, not \(k.type.name)")
            return try element(l.items, i, "list index out of range")
        case let t as PyTuple:
            if case .object(let so) = k, let s = so as? PySlice { return .tuple(try sliceItems(t.items, s)) }
            let i = try index(k, "tuple indices must be integers or slices, not \(k.type.name)")
            return try element(t.items, i, "tuple index out of range")
        case let s as PyStr:
            if case .object(let so) = k, let sl = so as? PySlice {
                var out = String.UnicodeScalarView()
                out.append(contentsOf: try sliceItems(s.scalars, sl))
                return .str(String(out))
            }
            let i = try index(k, "string indices must be integers, not '\(k.type.name)'")
            return .object(PyStr.char(try element(s.scalars, i, "string index out of range")))
        case let d as PyDict:
            if let v = try dictGet(d, k) { return v }
            if !d.type.isBuiltin, let m = d.type.lookupUser("__missing__") { return try call(m, [o, k]) }
            throw keyError(k)
        case let r as PyLongRange:
            return try longRangeItem(r, k)
        case let r as PyRange:
            if case .object(let so) = k, let s = so as? PySlice {
                let (start, stop, step, _) = try sliceIndices(s, r.count)
                let (a, b, c) = (BigInt(r.start), BigInt(r.step), BigInt(step))
                return .object(PyLongRange.make(start: a + BigInt(start) * b, stop: a + BigInt(stop) * b, step: b * c))
            }
            var i = try index(k, "range indices must be integers or slices, not \(k.type.name)")
            if i < 0 { i += r.count }
            guard i >= 0 && i < r.count else { throw indexError("range object index out of range") }
            return .int(r.start + i * r.step)
        case let t as PyType:
            if let m = t.lookupUser("__class_getitem__") { return try call(m, [k]) }
            if t.isBuiltin { return o }
        default:
            break
        }
        if let m = obj.type.lookupUser("__getitem__") { return try call(m, [o, k]) }
        throw notSubscriptable(o)
    }

    func notSubscriptable(_ o: Value) -> PyBaseException {
        if case .object(let obj) = o, let t = obj as? PyType {
            return typeError("type '\(t.name)' is not subscriptable")
        }
        return typeError("'\(o.type.name)' object is not subscriptable")
    }

    private func element<T>(_ items: [T], _ i: Int, _ message: String) throws -> T {
        let j = i < 0 ? i + items.count : i
        guard j >= 0 && j < items.count else { throw indexError(message) }
        return items[j]
    }

    /// `slice.indices(length)`: start, stop, step and the number of items.
    func sliceIndices(_ s: PySlice, _ length: Int) throws -> (Int, Int, Int, Int) {
        func idx(_ v: Value) throws -> Int? {
            switch v {
            case .none: return nil
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .object(let o):
                if let b = o as? PyBigInt { return b.value.isNegative ? Int.min / 2 : Int.max / 2 }
                if let m = o.type.lookupUser("__index__") { return try idx(try call(m, [v])) }
                throw typeError("slice indices must be integers or None or have an __index__ method")
            default:
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
        }
        let step = try idx(s.step) ?? 1
        if step == 0 { throw valueError("slice step cannot be zero") }
        var start: Int, stop: Int
        if let st = try idx(s.start) {
            start = st < 0 ? st + length : st
            if start < 0 { start = step < 0 ? -1 : 0 }
            if start >= length { start = step < 0 ? length - 1 : length }
        } else {
            start = step < 0 ? length - 1 : 0
        }
        if let sp = try idx(s.stop) {
            stop = sp < 0 ? sp + length : sp
            if stop < 0 { stop = step < 0 ? -1 : 0 }
            if stop >= length { stop = step < 0 ? length - 1 : length }
        } else {
            stop = step < 0 ? -1 : length
        }
        var n = 0
        if step > 0 {
            if start < stop { n = (stop - start - 1) / step + 1 }
        } else if stop < start {
            // -Int.min overflows; CPython clamps the step to -PY_SSIZE_T_MAX here.
            n = (start - stop - 1) / (-max(step, -Int.max)) + 1
        }
        return (start, stop, step, n)
    }

    func sliceItems<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let (start, _, step, n) = try sliceIndices(s, items.count)
        if step == 1 { return Array(items[start..<(start + n)]) }
        var out: [T] = []
        out.reserveCapacity(n)
        var i = start
        for _ in 0..<n {
            out.append(items[i])
            i &+= step  // past the last item it may wrap; it is not read again
        }
        return out
    }

    /// `o[k] = v`.
    public func setItem(_ o: Value, _ k: Value, _ v: Value) throws {
        guard case .object(let obj) = o else { throw typeError("'\(o.type.name)' object does not support item assignment") }
        switch obj {
        case let l as PyList:
            if case .object(let so) = k, let s = so as? PySlice {
                try assignSlice(l, s, v)
                return
            }
            let i = try index(k, "list indices must be integers or slices, not \(k.type.name)")
            let j = i < 0 ? i + l.items.count : i
            guard j >= 0 && j < l.items.count else { throw indexError("list assignment index out of range") }
            l.items[j] = v
            return
        case let d as PyDict:
            try dictSet(d, k, v)
            return
        default:
            break
        }
        if let m = obj.type.lookupUser("__setitem__") {
            _ = try call(m, [o, k, v])
            return
        }
        throw typeError("'\(o.type.name)' object does not support item assignment")
    }

    private func assignSlice(_ l: PyList, _ s: PySlice, _ value: Value) throws {
        let (start, stop, step, n) = try sliceIndices(s, l.items.count)
        // `PySequence_Fast`: a value that cannot be iterated gets the slice's message.
        var new: [Value]
        if case .object(let o) = value, let items = (o as? PyList)?.items ?? (o as? PyTuple)?.items {
            new = items
        } else {
            let it: Value
            do {
                it = try getIter(value)
            } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.typeError) {
                throw typeError(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
            }
            new = []
            while let x = try next(it) { new.append(x) }
        }
        if step == 1 {
            let end = max(start, stop)
            l.items.replaceSubrange(start..<end, with: new)
            return
        }
        guard new.count == n else {
            throw valueError("attempt to assign sequence of size \(new.count) to extended slice of size \(n)")
        }
        var i = start
        for x in new {
            l.items[i] = x
            i &+= step
        }
    }

    /// `del o[k]`.
    public func deleteItem(_ o: Value, _ k: Value) throws {
        guard case .object(let obj) = o else { throw typeError("'\(o.type.name)' object doesn't support item deletion") }
        switch obj {
        case let l as PyList:
            if case .object(let so) = k, let s = so as? PySlice {
                let (start, _, step, n) = try sliceIndices(s, l.items.count)
                var drop = Set<Int>()
                var i = start
                for _ in 0..<n { drop.insert(i); i &+= step }
                l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
                return
            }
            let i = try index(k, "list indices must be integers or slices, not \(k.type.name)")
            let j = i < 0 ? i + l.items.count : i
            guard j >= 0 && j < l.items.count else { throw indexError("list assignment index out of range") }
            l.items.remove(at: j)
            return
        case let d as PyDict:
            if try dictDelete(d, k) == nil { throw keyError(k) }
            return
        default:
            break
        }
        if let m = obj.type.lookupUser("__delitem__") {
            _ = try call(m, [o, k])
            return
        }
        throw typeError("'\(o.type.name)' object doesn't support item deletion")
    }
}
