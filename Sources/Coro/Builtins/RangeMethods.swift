// The methods of `range`.

enum RangeMethods {
    static func install(_ t: PyType) {
        // Machine-sized ranges and ranges past machine integers share the methods.
        let cast: (Value) -> PyObject? = { v in
            guard let o = v.object, o is PyRange || o is PyLongRange else { return nil }
            return o
        }
        t.method("count", cast) { vm, r, call in
            let x = try call.one()
            // Ints (and bools) are searched arithmetically; anything else item by item.
            if let i = vm.bigIntValue(x) { return .int(try vm.rangePosition(of: i, in: r) == nil ? 0 : 1) }
            var n = 0
            try vm.forEachItem(.object(r)) { item in if try vm.eq(item, x) { n += 1 } }
            return .int(n)
        }
        t.method("index", cast) { vm, r, call in
            let x = try call.one()
            if let i = vm.bigIntValue(x) {
                guard let k = try vm.rangePosition(of: i, in: r) else { throw valueError("\(try vm.repr(x)) is not in range") }
                return .bigint(k)
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
        let isRange: (Value) -> Bool = { cast($0) != nil }
        SpecialMethods.installComparisons(t, equalityOnly: true, accepts: isRange)
        SpecialMethods.installHash(t, cast: isRange)
        SpecialMethods.installBool(t, cast: isRange)
        SpecialMethods.installContainer(t, cast: isRange)
        t.method("__reversed__", cast) { vm, o, call in
            try call.noArgs()
            if let r = o as? PyRange {
                let n = r.count
                let last = r.start &+ (n &- 1) &* r.step
                return .object(PySeqIter(.range(next: last, step: -r.step, remaining: n), typeName: "range_iterator"))
            }
            guard let shape = vm.rangeShape(o) else { return .none }
            let last = shape.start + (shape.count - BigInt(1)) * shape.step
            return vm.longRangeIterator(PyLongRange(start: last, stop: last - shape.count * shape.step, step: -shape.step))
        }
    }
}
