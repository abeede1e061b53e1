/// A Python `tuple`.
public final class PyTuple: PyObject {
    /// The items.
    public let items: [Value]

    public override var type: PyType { BuiltinTypes.tuple }

    public init(_ items: [Value]) {
        self.items = items
    }

    static let empty = PyTuple([])
}

/// A Python `list`.
public final class PyList: PyObject {
    /// The items.
    public var items: [Value]

    public override var type: PyType { BuiltinTypes.list }

    public init(_ items: [Value] = []) {
        self.items = items
    }
}

/// A Python `slice` object.
public final class PySlice: PyObject {
    public let start: Value
    public let stop: Value
    public let step: Value

    public override var type: PyType { BuiltinTypes.slice }

    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }
}

/// A Python `range`.
public final class PyRange: PyObject {
    public let start: Int
    public let stop: Int
    public let step: Int

    public override var type: PyType { BuiltinTypes.range }

    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    /// Whether a machine range over these bounds keeps all of its arithmetic
    /// (`count`, indexing, membership) free of overflow: `stop - start` must fit.
    public static func fits(start: Int, stop: Int) -> Bool {
        let (span, overflow) = stop.subtractingReportingOverflow(start)
        return !overflow && span != Int.min
    }

    /// Number of items, as `len(range)`.
    public var count: Int {
        if step > 0 {
            return start < stop ? (stop - start - 1) / step + 1 : 0
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
}

// MARK: - Hash tables

/// One live entry of a dict: key, value and the key's hash.
public struct DictEntry {
    public var key: Value
    public var value: Value
    public var hash: Int
}

/// An insertion-ordered hash table keyed by Python values with Python equality.
/// Positions live in a Swift dictionary keyed by the Python hash — never iterated,
/// so Swift's per-process hash seed cannot leak into output.
public struct ValueTable {
    /// Entries in insertion order; nil marks a deleted one.
    public private(set) var entries: [DictEntry?] = []
    /// Python hash → positions in `entries` with that hash.
    private var index: [Int: [Int]] = [:]
    /// Live entries.
    public private(set) var count = 0

    public init() {}

    /// Position of the entry equal to `key`, if any. `eq` is Python `==`.
    public func find(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Int? {
        guard let positions = index[hash] else { return nil }
        for p in positions {
            guard let e = entries[p] else { continue }
            if e.key.isIdentical(to: key) { return p }
            if try eq(e.key, key) { return p }
        }
        return nil
    }

    public func entry(at p: Int) -> DictEntry? { entries[p] }

    public mutating func setValue(_ v: Value, at p: Int) {
        entries[p]?.value = v
    }

    /// Appends a new entry (the caller checked the key is absent).
    public mutating func append(_ key: Value, _ value: Value, hash: Int) {
        entries.append(DictEntry(key: key, value: value, hash: hash))
        index[hash, default: []].append(entries.count - 1)
        count += 1
    }

    public mutating func remove(at p: Int) {
        guard let e = entries[p] else { return }
        entries[p] = nil
        if var ps = index[e.hash] {
            ps.removeAll { $0 == p }
            index[e.hash] = ps.isEmpty ? nil : ps
        }
        count -= 1
        if entries.count > 32 && count * 2 < entries.count { compact() }
    }

    public mutating func removeAll() {
        entries = []
        index = [:]
        count = 0
    }

    private mutating func compact() {
        let live = entries.compactMap { $0 }
        removeAll()
        for e in live { append(e.key, e.value, hash: e.hash) }
    }

    /// Live entries in insertion order.
    public var live: [DictEntry] { entries.compactMap { $0 } }

    /// The last live entry's position (for `popitem`).
    public var lastPosition: Int? {
        var i = entries.count - 1
        while i >= 0 {
            if entries[i] != nil { return i }
            i -= 1
        }
        return nil
    }
}

/// A Python `dict`.
public final class PyDict: PyObject {
    /// The table.
    public var table = ValueTable()

    public override var type: PyType { BuiltinTypes.dict }

    public override init() {}
}
