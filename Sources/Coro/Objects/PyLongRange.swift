/// A `range` whose bounds or length do not fit in a machine int
/// (`range(10**20)`). Kept apart from `PyRange` so that the common case stays
/// machine arithmetic; it supports what such ranges are used for: `len` (which
/// overflows as in CPython), indexing, `in`, iteration, truth and repr.
public final class PyLongRange: PyObject {
    public let start: BigInt
    public let stop: BigInt
    public let step: BigInt

    public override var type: PyType { BuiltinTypes.range }

    public init(start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    /// The number of items (CPython's `compute_range_length`).
    public var count: BigInt {
        let zero = BigInt(0)
        if step > zero {
            guard start < stop else { return zero }
            return ((stop - start - BigInt(1)).floorDivMod(step)?.quotient ?? zero) + BigInt(1)
        }
        guard start > stop else { return zero }
        return ((start - stop - BigInt(1)).floorDivMod(-step)?.quotient ?? zero) + BigInt(1)
    }

    /// Item `i` (negative counts from the end); nil when out of range.
    public func item(_ i: BigInt) -> BigInt? {
        let n = count
        let j = i.isNegative ? i + n : i
        guard !j.isNegative, j < n else { return nil }
        return start + j * step
    }

    /// Whether the int `v` is one of the items.
    public func contains(_ v: BigInt) -> Bool {
        let inside = step.isNegative ? (v <= start && v > stop) : (v >= start && v < stop)
        guard inside else { return false }
        return (v - start).floorDivMod(step)?.remainder.isZero ?? false
    }

    /// Makes a machine `PyRange` when everything fits, else a long one.
    public static func make(start: BigInt, stop: BigInt, step: BigInt) -> PyObject {
        let long = PyLongRange(start: start, stop: stop, step: step)
        if let s = start.asInt, let e = stop.asInt, let st = step.asInt, PyRange.fits(start: s, stop: e) {
            return PyRange(start: s, stop: e, step: st)
        }
        return long
    }
}

extension VM {
    /// Length, first item and step of any range, as big integers.
    func rangeShape(_ o: PyObject) -> (count: BigInt, start: BigInt, step: BigInt)? {
        if let r = o as? PyRange { return (BigInt(r.count), BigInt(r.start), BigInt(r.step)) }
        if let r = o as? PyLongRange { return (r.count, r.start, r.step) }
        return nil
    }

    /// The position of int `i` in range `r`, if it is an element.
    func rangePosition(of i: BigInt, in r: PyObject) throws -> BigInt? {
        guard let shape = rangeShape(r), !shape.count.isZero else { return nil }
        let offset = i - shape.start
        guard let (q, rem) = offset.floorDivMod(shape.step), rem.isZero else { return nil }
        guard !q.isNegative, q < shape.count else { return nil }
        return q
    }

    /// An int value as a big integer, or nil when it is not an int.
    func bigIntValue(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o): return (o as? PyBigInt)?.value
        default: return nil
        }
    }

    func longRangeLength(_ r: PyLongRange) throws -> Int {
        guard let n = r.count.asInt else { throw overflowError("Python int too large to convert to C ssize_t") }
        return n
    }

    func longRangeIterator(_ r: PyLongRange) -> Value {
        var next = r.start
        var remaining = r.count
        return .object(PySeqIter(.custom {
            guard !remaining.isZero else { return nil }
            let v = next
            next = next + r.step
            remaining = remaining - BigInt(1)
            return .bigint(v)
        }, typeName: "longrange_iterator"))
    }

    func longRangeItem(_ r: PyLongRange, _ k: Value) throws -> Value {
        if case .object(let so) = k, let slice = so as? PySlice {
            let (start, stop, step) = try bigSliceIndices(slice, r.count)
            return .object(PyLongRange.make(start: r.start + start * r.step, stop: r.start + stop * r.step,
                                            step: r.step * step))
        }
        guard let i = bigIntValue(k) else {
            throw typeError("range indices must be integers or slices, not \(k.type.name)")
        }
        guard let v = r.item(i) else { throw indexError("range object index out of range") }
        return .bigint(v)
    }

    /// `slice.indices(length)` without a machine-size limit: start, stop and step
    /// clamped to the sequence as CPython's `_PySlice_GetLongIndices` does.
    func bigSliceIndices(_ s: PySlice, _ length: BigInt) throws -> (BigInt, BigInt, BigInt) {
        func index(_ v: Value) throws -> BigInt? {
            if case .none = v { return nil }
            if let b = bigIntValue(v) { return b }
            if case .object(let o) = v, let m = o.type.lookupUser("__index__") {
                let r = try call(m, [v])
                if let b = bigIntValue(r) { return b }
                throw typeError("__index__ returned non-int (type \(r.type.name))")
            }
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
        let zero = BigInt(0)
        let step = try index(s.step) ?? BigInt(1)
        if step.isZero { throw valueError("slice step cannot be zero") }
        let backwards = step < zero
        let lower = backwards ? BigInt(-1) : zero
        let upper = backwards ? length + lower : length
        func clamp(_ v: Value, default d: BigInt) throws -> BigInt {
            guard var i = try index(v) else { return d }
            if i.isNegative {
                i = i + length
                if i < lower { i = lower }
            } else if i > upper {
                i = upper
            }
            return i
        }
        let start = try clamp(s.start, default: backwards ? upper : lower)
        let stop = try clamp(s.stop, default: backwards ? lower : upper)
        return (start, stop, step)
    }

    func longRangeRepr(_ r: PyLongRange) -> String {
        let step = r.step == BigInt(1) ? "" : ", \(r.step)"
        return "range(\(r.start), \(r.stop)\(step))"
    }
}
