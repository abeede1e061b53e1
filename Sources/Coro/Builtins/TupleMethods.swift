// The methods of `tuple`.

enum TupleMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PyTuple? = { $0.object as? PyTuple }
        t.method("count", cast) { vm, tup, call in
            let x = try call.one()
            var n = 0
            for item in tup.items {
                if try item.isIdentical(to: x) || vm.eq(item, x) { n += 1 }
            }
            return .int(n)
        }
        t.method("index", cast) { vm, tup, call in
            let a = try call.positional(1, 3)
            let start = try a.count > 1 ? vm.sliceIndexArgument(a[1], allowNone: false) : nil
            let stop = try a.count > 2 ? vm.sliceIndexArgument(a[2], allowNone: false) : nil
            let (lo, hi) = sequenceBounds(start, stop, length: tup.items.count)
            var i = lo
            while i < hi {
                if try tup.items[i].isIdentical(to: a[0]) || vm.eq(tup.items[i], a[0]) { return .int(i) }
                i += 1
            }
            throw valueError("tuple.index(x): x not in tuple")
        }
        let isTuple: (Value) -> Bool = { $0.object is PyTuple }
        SpecialMethods.installComparisons(t, accepts: isTuple)
        SpecialMethods.installHash(t, cast: isTuple)
        SpecialMethods.installContainer(t, cast: isTuple)
        SpecialMethods.installSequenceOperators(t, cast: isTuple)
    }

    /// `index(x, start, stop)` bounds: negatives count from the end, then clamp.
    static func sequenceBounds(_ start: Int?, _ stop: Int?, length: Int) -> (Int, Int) {
        var lo = start ?? 0, hi = stop ?? length
        if lo < 0 { lo = max(0, lo + length) }
        if hi < 0 { hi = max(0, hi + length) }
        return (lo, min(hi, length))
    }
}
