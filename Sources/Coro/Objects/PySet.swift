/// A Python `set` or `frozenset`, stored in CPython's own table layout so that
/// sets of numbers iterate in CPython's order; sets holding anything whose
/// CPython hash is randomised per process (strings, None, objects) iterate in
/// insertion order instead (PRODUCT.md §1, Determinism).
public final class PySet: PyObject {
    /// The elements.
    var table = SetTable<Value>()
    /// `frozenset` rather than `set`.
    public let isFrozen: Bool
    /// How many elements have a per-process hash in CPython.
    private var randomisedCount = 0

    public override var type: PyType { isFrozen ? BuiltinTypes.frozenset : BuiltinTypes.set }

    public init(frozen: Bool = false) {
        isFrozen = frozen
    }

    public var count: Int { table.count }

    /// Elements in iteration order.
    public var orderedItems: [Value] {
        var out: [Value] = []
        out.reserveCapacity(table.count)
        var pos = 0
        if randomisedCount > 0 {
            while let (e, _, next) = table.nextInInsertionOrder(from: pos) { out.append(e); pos = next }
        } else {
            while let (e, _, next) = table.nextInTableOrder(from: pos) { out.append(e); pos = next }
        }
        return out
    }

    /// Whether CPython's hash of v changes from process to process.
    static func isRandomised(_ v: Value) -> Bool {
        switch v {
        case .none: return true
        case .bool, .int, .float: return false
        case .object(let o):
            switch o {
            case is PyBigInt: return false
            case let t as PyTuple: return t.items.contains(where: isRandomised)
            case let s as PySet: return s.randomisedCount > 0
            default: return true
            }
        }
    }

    func insert(_ v: Value, hash: Int, eq: (Value) throws -> Bool) throws {
        if try table.insert(v, hash: hash, eq: eq), PySet.isRandomised(v) { randomisedCount += 1 }
    }

    func contains(_ v: Value, hash: Int, eq: (Value) throws -> Bool) throws -> Bool {
        try table.contains(hash: hash, eq: eq)
    }

    func remove(_ v: Value, hash: Int, eq: (Value) throws -> Bool) throws -> Bool {
        guard let removed = try table.remove(hash: hash, eq: eq) else { return false }
        if PySet.isRandomised(removed) { randomisedCount -= 1 }
        return true
    }

    /// `set.pop()`: CPython's order for numbers, the oldest element otherwise.
    func pop() -> Value? {
        let v = randomisedCount > 0 ? table.popInsertionOrder() : table.popTableOrder()
        if let v, PySet.isRandomised(v) { randomisedCount -= 1 }
        return v
    }

    func removeAll() {
        table.removeAll()
        randomisedCount = 0
    }

    func copy(frozen: Bool) -> PySet {
        let s = PySet(frozen: frozen)
        s.table = table.copy()
        s.randomisedCount = randomisedCount
        return s
    }

    private func recount() {
        randomisedCount = orderedItemsIgnoringOrder.filter(PySet.isRandomised).count
    }

    private var orderedItemsIgnoringOrder: [Value] {
        var out: [Value] = []
        var pos = 0
        while let (e, _, next) = table.nextInInsertionOrder(from: pos) { out.append(e); pos = next }
        return out
    }

    private func made(_ t: SetTable<Value>) -> PySet {
        let s = PySet(frozen: isFrozen)
        s.table = t
        s.recount()
        return s
    }

    func formUnion(_ other: PySet, eq: (Value, Value) throws -> Bool) throws {
        try table.merge(other.table, eq: eq)
        recount()
    }

    func intersection(_ other: PySet, eq: (Value, Value) throws -> Bool) throws -> PySet {
        made(try table.intersection(other.table, eq: eq))
    }

    func subtracting(_ other: PySet, eq: (Value, Value) throws -> Bool) throws -> PySet {
        made(try table.subtracting(other.table, eq: eq))
    }

    func symmetricDifference(_ other: PySet, eq: (Value, Value) throws -> Bool) throws -> PySet {
        made(try table.symmetricDifference(other.table, eq: eq))
    }

    func replaceContents(with other: PySet) {
        table.replaceContents(with: other.table)
        randomisedCount = other.randomisedCount
    }

    /// `s -= t` with a set (CPython's `set_difference_update_internal`).
    func subtract(_ other: PySet, eq: (Value, Value) throws -> Bool) throws {
        try table.subtract(other.table, eq: eq)
        recount()
    }

    /// `s ^= t` with a set.
    func formSymmetricDifference(_ other: PySet, eq: (Value, Value) throws -> Bool) throws {
        try table.formSymmetricDifference(other.table, eq: eq)
        recount()
    }

    func isSubset(of other: PySet, eq: (Value, Value) throws -> Bool) throws -> Bool {
        try table.isSubset(of: other.table, eq: eq)
    }

    func isDisjoint(with other: PySet, eq: (Value, Value) throws -> Bool) throws -> Bool {
        try table.isDisjoint(with: other.table, eq: eq)
    }

    /// `set_update_dict`'s pre-sizing before adding `n` probably-new elements.
    func reserve(forAdding n: Int) {
        table.reserve(forAdding: n)
    }

    /// The dummy clean-up after removing elements one by one.
    func resizeAfterBulkRemoval() {
        table.resizeAfterBulkRemoval()
    }
}
