/// A Python `str`. Python indexes strings by code point, so the scalars are
/// materialised on first indexed access; ASCII strings index their UTF-8 directly.
public final class PyStr: PyObject {
    /// The text.
    public let value: String
    /// Code points, built on first use by indexing, slicing or `len`.
    private var scalarCache: [Unicode.Scalar]?
    /// Cached hash (strings are immutable).
    private var hashCache: Int?

    public override var type: PyType { BuiltinTypes.str }

    public init(_ value: String) {
        self.value = value
    }

    /// The code points of the string.
    public var scalars: [Unicode.Scalar] {
        if let s = scalarCache { return s }
        let s = Array(value.unicodeScalars)
        scalarCache = s
        return s
    }

    /// `len(s)`: the number of code points.
    public var length: Int {
        if let s = scalarCache { return s.count }
        var isASCII = true
        for b in value.utf8 where b >= 0x80 { isASCII = false; break }
        if isASCII { return value.utf8.count }
        return scalars.count
    }

    /// A deterministic string hash (CPython's is randomised per process; coro's
    /// must be the same on every run). FNV-1a over the UTF-8 bytes.
    public var hashValue: Int {
        if let h = hashCache { return h }
        if value.isEmpty { hashCache = 0; return 0 }  // CPython: hash('') == 0 on every seed
        var h: UInt64 = 0xcbf29ce484222325
        for b in value.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        var r = Int(truncatingIfNeeded: h)
        if r == -1 { r = -2 }
        hashCache = r
        return r
    }

    /// Interned single-character strings for ASCII, so iterating a string does not
    /// allocate per character.
    static let asciiChars: [PyStr] = (0..<128).map { PyStr(String(Unicode.Scalar(UInt8($0)))) }

    static func char(_ s: Unicode.Scalar) -> PyStr {
        if s.value < 128 { return asciiChars[Int(s.value)] }
        return PyStr(String(s))
    }

    static let empty = PyStr("")
}

/// An `int` too large for a machine word.
public final class PyBigInt: PyObject {
    /// The value; never fits in `Int` (those are `.int`).
    public let value: BigInt

    public override var type: PyType { BuiltinTypes.int }

    public init(_ value: BigInt) {
        self.value = value
    }
}
