/// A Python value. Small immutable values are unboxed; everything else is a
/// reference to a `PyObject`. Keeping ints, floats, bools and None out of the heap
/// is what makes arithmetic and comparisons cheap in the dispatch loop.
public enum Value {
    case none
    case bool(Bool)
    /// A machine integer; results that overflow become `PyBigInt` objects.
    case int(Int)
    case float(Double)
    case object(PyObject)

    /// The object's Python type.
    @inline(__always)
    public var type: PyType {
        switch self {
        case .none: return BuiltinTypes.noneType
        case .bool: return BuiltinTypes.bool
        case .int: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .object(let o): return o.type
        }
    }

    /// The referenced object, if this is one.
    @inline(__always)
    public var object: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    @inline(__always)
    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// Python's `is`: identity for objects, value identity for unboxed values
    /// (CPython caches small ints and the singletons, so `x is 5` style checks that
    /// programs rely on behave the same for them).
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.object(a), .object(b)): return a === b
        default: return false
        }
    }

    public static func str(_ s: String) -> Value { .object(PyStr(s)) }
    public static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }
    public static func list(_ items: [Value]) -> Value { .object(PyList(items)) }
    public static let emptyTuple: Value = .object(PyTuple.empty)

    /// An int from a big integer, normalised to the machine form when it fits.
    public static func bigint(_ b: BigInt) -> Value {
        if let i = b.asInt { return .int(i) }
        return .object(PyBigInt(b))
    }
}
