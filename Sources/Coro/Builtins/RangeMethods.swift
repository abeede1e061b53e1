// The methods of `range`.

enum RangeMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PyRange? = { $0.object as? PyRange }
        t.method("count", cast) { vm, r, call in
            let x = try call.one()
            if let i = exactInt(x) { return .int(index(of: i, in: r) == nil ? 0 : 1) }
            var n = 0
            try vm.forEachItem(.object(r)) { item in if try vm.eq(item, x) { n += 1 } }
            return .int(n)
        }
        t.method("index", cast) { vm, r, call in
            let x = try call.one()
            if let i = exactInt(x) {
                guard let k = index(of: i, in: r) else { throw valueError("\(try vm.repr(x)) is not in range") }
                return .int(k)
            }
            var k = 0
            var found: Int?
            try vm.forEachItem(.object(r)) { item in
                if found == nil, try vm.eq(item, x) { found = k }
                k += 1
            }
            guard let found else { throw valueError("sequence.index(x): x not in sequence") }
            return .int(found)
        }
        let isRange: (Value) -> Bool = { $0.object is PyRange }
        SpecialMethods.installComparisons(t, equalityOnly: true, accepts: isRange)
        SpecialMethods.installHash(t, cast: isRange)
        SpecialMethods.installBool(t, cast: isRange)
        SpecialMethods.installContainer(t, cast: isRange)
        t.method("__reversed__", cast) { _, r, call in
            try call.noArgs()
            let n = r.count
            let last = r.start &+ (n &- 1) &* r.step
            return .object(PySeqIter(.range(next: last, step: -r.step, remaining: n), typeName: "range_iterator"))
        }
    }

    /// An int or bool argument (CPython searches arithmetically only for these).
    private static func exactInt(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The position of `i` in the range, if it is an element.
    private static func index(of i: Int, in r: PyRange) -> Int? {
        if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return nil }
        let offset = i - r.start
        guard offset % r.step == 0 else { return nil }
        return offset / r.step
    }
}
