/// The base of every heap-allocated Python object. The Python type is a computed
/// property so that objects of built-in types carry no type pointer of their own.
open class PyObject {
    /// The object's Python type.
    open var type: PyType { BuiltinTypes.object }
    /// Per-session number shown by `id()` and default reprs (0 until first asked).
    public final var serial: Int = 0

    public init() {}
}

// MARK: - Attribute dictionaries

/// An insertion-ordered string-keyed dictionary for namespaces (instance and class
/// attributes). Small ones are searched linearly; an index is built past 8 entries.
/// Insertion order keeps every listing deterministic.
public struct AttrDict {
    /// Keys in insertion order; a removed key leaves a nil hole.
    public private(set) var keys: [String?] = []
    /// Values parallel to `keys`.
    public private(set) var values: [Value] = []
    /// Key → position, built lazily once the dictionary grows.
    private var index: [String: Int]? = nil
    /// Live entries.
    public private(set) var count = 0

    public init() {}

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        for i in 0..<keys.count where keys[i] == key { return i }
        return nil
    }

    public subscript(key: String) -> Value? {
        get {
            guard let i = position(of: key) else { return nil }
            return values[i]
        }
        set {
            if let i = position(of: key) {
                if let newValue { values[i] = newValue } else { remove(at: i) }
                return
            }
            guard let newValue else { return }
            keys.append(key)
            values.append(newValue)
            count += 1
            if index != nil {
                index?[key] = keys.count - 1
            } else if keys.count > 8 {
                rebuildIndex()
            }
        }
    }

    private mutating func remove(at i: Int) {
        if let k = keys[i] { index?[k] = nil }
        keys[i] = nil
        values[i] = .none
        count -= 1
        if keys.count > 16 && count * 2 < keys.count { compact() }
    }

    private mutating func compact() {
        var newKeys: [String?] = []
        var newValues: [Value] = []
        for (i, k) in keys.enumerated() where k != nil {
            newKeys.append(k)
            newValues.append(values[i])
        }
        keys = newKeys
        values = newValues
        index = nil
        if keys.count > 8 { rebuildIndex() }
    }

    private mutating func rebuildIndex() {
        var idx: [String: Int] = [:]
        for (i, k) in keys.enumerated() { if let k { idx[k] = i } }
        index = idx
    }

    /// Live (key, value) pairs in insertion order.
    public var items: [(String, Value)] {
        var out: [(String, Value)] = []
        out.reserveCapacity(count)
        for (i, k) in keys.enumerated() { if let k { out.append((k, values[i])) } }
        return out
    }
}

// MARK: - Types

/// How instances of a type are laid out, decided by its nearest built-in base.
public enum InstanceLayout {
    /// Plain `object` subclasses: a `PyInstance` with an attribute dictionary.
    case instance
    /// `BaseException` and its subclasses: a `PyBaseException`.
    case exception
    /// A built-in type whose instances only its own constructor makes.
    case builtin
}

/// A Python class, built-in or user-defined. Single inheritance only.
public final class PyType: PyObject {
    /// `__name__`.
    public var name: String
    /// `__qualname__`.
    public var qualname: String
    /// `__module__` ("builtins" for built-in types).
    public var module: String
    /// The single base class (nil only for `object`).
    public let base: PyType?
    /// Class attributes and methods defined directly on this class. Any change
    /// makes every type's lookup cache stale.
    public var dict = AttrDict() {
        didSet { PyType.dictVersion &+= 1 }
    }
    /// Bumped by every change to any type's dictionary.
    static var dictVersion = 0
    /// Recent MRO lookups (`lookupCache`), made on first use.
    private var cache: [LookupCacheEntry] = []
    /// Whether this is a built-in type (attributes cannot be set on it).
    public let isBuiltin: Bool
    /// How instances are represented.
    public let layout: InstanceLayout
    /// Built-in constructor, used when the type is called (`int(x)`, `list(it)`).
    public var constructor: ((VM, CallArgs) throws -> Value)?
    /// Whether user code may subclass this built-in type.
    public var isSubclassable: Bool = true

    public override var type: PyType { BuiltinTypes.type }

    public init(name: String, base: PyType?, module: String = "builtins", isBuiltin: Bool = true, layout: InstanceLayout? = nil) {
        self.name = name
        self.qualname = name
        self.module = module
        self.base = base
        self.isBuiltin = isBuiltin
        self.layout = layout ?? base?.layout ?? .builtin
    }

    /// Method resolution order: the class, then its bases up to `object`.
    public var mro: [PyType] {
        var out: [PyType] = []
        var t: PyType? = self
        while let c = t { out.append(c); t = c.base }
        return out
    }

    /// Finds an attribute along the MRO. Results are cached per type, keyed by the
    /// name's string representation, until any type dictionary changes: attribute
    /// names come from code objects, so the same name arrives as the same string.
    public func lookup(_ name: String) -> Value? {
        let slot = LookupCacheEntry.slot(of: name)
        if slot < cache.count {
            let e = cache[slot]
            if e.version == PyType.dictVersion && e.name == name { return e.value }
        }
        let v = lookupUncached(name)
        if cache.isEmpty {
            cache = Array(repeating: LookupCacheEntry(name: "", value: nil, version: -1), count: LookupCacheEntry.slots)
        }
        cache[slot] = LookupCacheEntry(name: name, value: v, version: PyType.dictVersion)
        return v
    }

    private func lookupUncached(_ name: String) -> Value? {
        var t: PyType? = self
        while let c = t {
            if let v = c.dict[name] { return v }
            t = c.base
        }
        return nil
    }

    /// Finds an attribute along the MRO, skipping built-in classes: special methods a
    /// user class overrides take this path, built-in behaviour the fast path.
    public func lookupUser(_ name: String) -> Value? {
        var t: PyType? = self
        while let c = t, !c.isBuiltin {
            if let v = c.dict[name] { return v }
            t = c.base
        }
        return nil
    }

    public func isSubtype(of other: PyType) -> Bool {
        var t: PyType? = self
        while let c = t {
            if c === other { return true }
            t = c.base
        }
        return false
    }

    /// Registers a built-in method.
    public func method(_ name: String, _ fn: @escaping (VM, CallArgs) throws -> Value) {
        dict[name] = .object(PyBuiltinFunction(name: name, owner: self, fn))
    }
}

// MARK: - Call arguments

/// Arguments of a call into a built-in: positional values and keyword pairs.
/// For a bound built-in method, `positional[0]` is `self`.
public struct CallArgs {
    /// Positional arguments, in order.
    public var positional: [Value]
    /// Keyword arguments in call order.
    public var keywords: [(String, Value)]

    public init(_ positional: [Value], keywords: [(String, Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public var count: Int { positional.count }
    public subscript(i: Int) -> Value { positional[i] }

    /// The keyword argument `name`, if given.
    public func keyword(_ name: String) -> Value? {
        for (k, v) in keywords where k == name { return v }
        return nil
    }
}

// MARK: - Instances of user classes

/// An instance of a user-defined class deriving from `object`.
public final class PyInstance: PyObject {
    /// The instance's class.
    public var cls: PyType
    /// `__dict__`.
    public var attrs = AttrDict()

    public override var type: PyType { cls }

    public init(cls: PyType) {
        self.cls = cls
    }
}

/// One remembered `PyType.lookup`: the name, what it found (nil: nothing), and the
/// dictionary version it is valid for.
struct LookupCacheEntry {
    var name: String
    var value: Value?
    var version: Int

    /// Entries per type.
    static let slots = 64

    /// The cache slot of a name, from the string's two machine words (its bytes
    /// for short names, its storage otherwise) — no hashing of the characters.
    @inline(__always)
    static func slot(of name: String) -> Int {
        let words = unsafeBitCast(name, to: (UInt64, UInt64).self)
        let mixed = (words.0 ^ (words.1 &* 0x9E37_79B9)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 58)
    }
}
