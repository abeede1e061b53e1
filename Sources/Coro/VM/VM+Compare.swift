extension VM {
    // MARK: - Truth

    /// `bool(v)`.
    public func truthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            switch o {
            case let s as PyStr: return !s.value.isEmpty
            case let l as PyList: return !l.items.isEmpty
            case let t as PyTuple: return !t.items.isEmpty
            case let d as PyDict: return d.table.count > 0
            case let s as PySet: return s.count > 0
            case let r as PyRange: return r.count > 0
            case let r as PyLongRange: return !r.count.isZero
            case let v as PyDictView: return v.dict.table.count > 0
            case is PyBigInt: return true
            case let d as PyDeque: return !d.items.isEmpty
            default: break
            }
            if let m = o.type.lookupUser("__bool__") {
                let r = try call(m, [v])
                guard case .bool(let b) = r else {
                    throw typeError("__bool__ should return bool, returned \(r.type.name)")
                }
                return b
            }
            if o.type.lookupUser("__len__") != nil { return try length(v) > 0 }
            return true
        }
    }

    // MARK: - Hashing

    /// `hash(v)`: CPython's values for numbers and tuples of them (set order
    /// depends on it), deterministic values for everything else.
    public func hash(_ v: Value) throws -> Int {
        switch v {
        case .none: return 0x5f3759df
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return pythonHash(int: i)
        case .float(let d): return pythonHash(double: d, identity: 0)
        case .object(let o):
            switch o {
            case let s as PyStr: return s.hashValue
            case let b as PyBigInt: return b.value.pythonHash
            case let t as PyTuple:
                var hs: [Int] = []
                hs.reserveCapacity(t.items.count)
                for item in t.items { hs.append(try hash(item)) }
                return pythonTupleHash(hs)
            case let s as PySet where s.isFrozen:
                return try frozensetHash(s)
            case let r as PyRange:
                // CPython's range_hash: hash((len, start, step)), None where they do not matter.
                let n = r.count
                return pythonTupleHash([pythonHash(int: n), n == 0 ? try hash(.none) : pythonHash(int: r.start),
                                        n <= 1 ? try hash(.none) : pythonHash(int: r.step)])
            case let r as PyLongRange:
                let n = r.count
                return pythonTupleHash([n.pythonHash, n.isZero ? try hash(.none) : r.start.pythonHash,
                                        n <= BigInt(1) ? try hash(.none) : r.step.pythonHash])
            case is PyList, is PyDict, is PySet:
                throw typeError("unhashable type: '\(o.type.name)'")
            case let v as PyDictView where v.isSetLike:
                throw typeError("unhashable type: '\(o.type.name)'")
            default:
                break
            }
            let t = o.type
            if !t.isBuiltin {
                if let h = t.lookupUser("__hash__") {
                    if h.isNone { throw typeError("unhashable type: '\(t.name)'") }
                    let r = try call(h, [v])
                    switch r {
                    case .int(let i): return i == -1 ? -2 : i
                    case .bool(let b): return b ? 1 : 0
                    case .object(let bo) where bo is PyBigInt: return (bo as? PyBigInt)?.value.pythonHash ?? 0
                    default: throw typeError("__hash__ method should return an integer")
                    }
                }
                // A class that defines __eq__ without __hash__ is unhashable.
                if t.lookupUser("__eq__") != nil { throw typeError("unhashable type: '\(t.name)'") }
            }
            return identityHash(o)
        }
    }

    /// `object.__hash__`: derived from the object's id.
    func identityHash(_ o: PyObject) -> Int {
        serial(of: o) &* 0x9e3779b1
    }

    private func frozensetHash(_ s: PySet) throws -> Int {
        // CPython's frozenset hash: order-independent mix of the element hashes.
        // The table keeps each element's hash (as CPython's entries do), so nested
        // frozensets are not hashed again at every level.
        var h: UInt = 0
        var pos = 0
        while let (_, itemHash, next) = s.table.nextInInsertionOrder(from: pos) {
            let x = UInt(bitPattern: itemHash)
            h ^= ((x ^ (x << 16)) ^ 89869747) &* 3644798167
            pos = next
        }
        h ^= (UInt(s.count) &+ 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        var r = Int(bitPattern: h)
        if r == -1 { r = 590923713 }
        return r
    }

    // MARK: - Equality and ordering

    /// `a == b` as a Swift Bool.
    public func eq(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y
        case let (.int(x), .float(y)): return Double(exactly: x).map { $0 == y } ?? (BigInt(x).compare(toDouble: y) == 0)
        case let (.float(x), .int(y)): return Double(exactly: y).map { $0 == x } ?? (BigInt(y).compare(toDouble: x) == 0)
        case let (.bool(x), .bool(y)): return x == y
        case let (.bool(x), .int(y)), let (.int(y), .bool(x)): return (x ? 1 : 0) == y
        case let (.bool(x), .float(y)), let (.float(y), .bool(x)): return (x ? 1.0 : 0.0) == y
        case (.none, .none): return true
        case (.none, _), (_, .none): break
        case let (.object(x), .object(y)):
            if let s = x as? PyStr, let t = y as? PyStr { return s === t || s.value == t.value }
            if x === y, !(x.type.lookupUser("__eq__") != nil) { return true }
        default: break
        }
        return try truthy(try richCompare(a, b, 0))
    }

    /// Rich comparison; `op` indexes == != < <= > >=.
    public func richCompare(_ a: Value, _ b: Value, _ op: Int) throws -> Value {
        if let r = try builtinCompare(a, b, op) { return .bool(r) }
        let names = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
        let reflected = [0, 1, 4, 5, 2, 3]
        let ta = a.type, tb = b.type
        // A subclass's reflected method goes first, as in CPython.
        let subclassFirst = ta !== tb && tb.isSubtype(of: ta) && tb.lookupUser(names[reflected[op]]) != nil
        if !subclassFirst, let m = ta.lookupUser(names[op]) {
            let r = try call(m, [a, b])
            if !r.isIdentical(to: notImplemented) { return r }
        }
        if let m = tb.lookupUser(names[reflected[op]]) {
            let r = try call(m, [b, a])
            if !r.isIdentical(to: notImplemented) { return r }
        }
        if subclassFirst, let m = ta.lookupUser(names[op]) {
            let r = try call(m, [a, b])
            if !r.isIdentical(to: notImplemented) { return r }
        }
        if op == 1, ta.lookupUser("__eq__") != nil || tb.lookupUser("__eq__") != nil {
            // __ne__ defaults to the inverse of __eq__.
            let r = try richCompare(a, b, 0)
            return .bool(!(try truthy(r)))
        }
        switch op {
        case 0: return .bool(a.isIdentical(to: b))
        case 1: return .bool(!a.isIdentical(to: b))
        default:
            let sym = ["==", "!=", "<", "<=", ">", ">="][op]
            throw typeError("'\(sym)' not supported between instances of '\(ta.name)' and '\(tb.name)'")
        }
    }

    /// Comparison of built-in values; nil when neither side is a built-in that
    /// knows the other (user methods or identity decide then).
    private func builtinCompare(_ a: Value, _ b: Value, _ op: Int) throws -> Bool? {
        if let c = numericCompare(a, b) {
            guard let c else { return op == 1 } // NaN: only != is true
            return applyOrder(c, op)
        }
        guard case .object(let x) = a, case .object(let y) = b else {
            if op < 2 && (a.isNone || b.isNone) { return (op == 0) == a.isIdentical(to: b) }
            return nil
        }
        if x.type.lookupUser(["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"][op]) != nil { return nil }
        if x is PyDictView || y is PyDictView { return try dictViewCompare(x, y, op) }
        switch (x, y) {
        case let (s as PyStr, t as PyStr):
            return applyOrder(s.value == t.value ? 0 : (s.value.unicodeScalars.lexicographicallyPrecedes(t.value.unicodeScalars) ? -1 : 1), op)
        case let (s as PyList, t as PyList):
            return try sequenceCompare(s.items, t.items, op)
        case let (s as PyTuple, t as PyTuple):
            return try sequenceCompare(s.items, t.items, op)
        case let (s as PyDict, t as PyDict):
            guard op < 2 else { return nil }
            return try dictEquals(s, t) == (op == 0)
        case let (s as PySet, t as PySet):
            return try setCompare(s, t, op)
        case let (s as PyRange, t as PyRange):
            guard op < 2 else { return nil }
            let same = s.count == t.count && (s.count == 0 || (s.start == t.start && (s.count == 1 || s.step == t.step)))
            return same == (op == 0)
        case (is PyLongRange, is PyRange), (is PyRange, is PyLongRange), (is PyLongRange, is PyLongRange):
            guard op < 2, let s = rangeShape(x), let t = rangeShape(y) else { return nil }
            let same = s.count == t.count && (s.count.isZero || (s.start == t.start && (s.count == BigInt(1) || s.step == t.step)))
            return same == (op == 0)
        case let (m as PyBoundMethod, n as PyBoundMethod):
            // Bound methods are equal when they bind the same function to the same object.
            guard op < 2 else { return nil }
            let same = m.receiver.isIdentical(to: n.receiver) && m.function.isIdentical(to: n.function)
            return same == (op == 0)
        default:
            return nil
        }
    }

    private func applyOrder(_ c: Int, _ op: Int) -> Bool {
        switch op {
        case 0: return c == 0
        case 1: return c != 0
        case 2: return c < 0
        case 3: return c <= 0
        case 4: return c > 0
        default: return c >= 0
        }
    }

    /// -1, 0, 1 for two numbers; `.some(nil)` when unordered (NaN); nil when not both numbers.
    func numericCompare(_ a: Value, _ b: Value) -> Int?? {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y ? -1 : (x == y ? 0 : 1)
        case let (.float(x), .float(y)):
            if x.isNaN || y.isNaN { return .some(nil) }
            return x < y ? -1 : (x == y ? 0 : 1)
        case let (.float(x), _):
            guard let y = bigIntValue(b) else { return nil }
            guard let c = y.compare(toDouble: x) else { return .some(nil) }
            return -c
        case let (_, .float(y)):
            guard let x = bigIntValue(a) else { return nil }
            guard let c = x.compare(toDouble: y) else { return .some(nil) }
            return c
        default:
            guard let x = bigIntValue(a), let y = bigIntValue(b) else { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        }
    }

    /// Nested containers compare recursively: each level counts toward the
    /// recursion limit, as CPython's `PyObject_RichCompare` does.
    private func nestedCompare<T>(_ body: () throws -> T) throws -> T {
        if depth >= recursionLimit {
            throw pyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded in comparison")
        }
        depth += 1
        defer { depth -= 1 }
        return try body()
    }

    private func sequenceCompare(_ a: [Value], _ b: [Value], _ op: Int) throws -> Bool {
        if op < 2 && a.count != b.count { return op == 1 }
        return try nestedCompare { try sequenceCompareItems(a, b, op) }
    }

    private func sequenceCompareItems(_ a: [Value], _ b: [Value], _ op: Int) throws -> Bool {
        var i = 0
        while i < a.count && i < b.count {
            if !a[i].isIdentical(to: b[i]), !(try eq(a[i], b[i])) { break }
            i += 1
        }
        if i >= a.count || i >= b.count {
            return applyOrder(a.count < b.count ? -1 : (a.count == b.count ? 0 : 1), op)
        }
        if op == 0 { return false }
        if op == 1 { return true }
        return try truthy(try richCompare(a[i], b[i], op))
    }

    private func dictEquals(_ a: PyDict, _ b: PyDict) throws -> Bool {
        guard a.table.count == b.table.count else { return false }
        return try nestedCompare {
            for e in a.table.live {
                guard let v = try dictGet(b, e.key) else { return false }
                if !(try eq(e.value, v)) { return false }
            }
            return true
        }
    }

    private func setCompare(_ a: PySet, _ b: PySet, _ op: Int) throws -> Bool {
        func subset(_ x: PySet, _ y: PySet) throws -> Bool {
            guard x.count <= y.count else { return false }
            for item in x.orderedItems where !(try setContains(y, item)) { return false }
            return true
        }
        switch op {
        case 0: return try a.count == b.count && subset(a, b)
        case 1: return try !(a.count == b.count && subset(a, b))
        case 2: return try a.count < b.count && subset(a, b)
        case 3: return try subset(a, b)
        case 4: return try b.count < a.count && subset(b, a)
        default: return try subset(b, a)
        }
    }
}
