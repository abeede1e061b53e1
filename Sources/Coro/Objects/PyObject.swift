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
        for i in 0..<keys.count {
            if let k = keys[i], sameName(k, key) { return i }
        }
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

    /// The value of `key`, looking at position `hint` first and leaving there the
    /// position it was found at: objects of one class keep their attributes in the
    /// same order, so a caller that remembers the position rarely searches.
    public func value(_ key: String, hint: inout Int) -> Value? {
        if hint < keys.count, let k = keys[hint], sameName(k, key) { return values[hint] }
        guard let i = position(of: key) else { return nil }
        hint = i
        return values[i]
    }

    /// Replaces the value of an existing `key` (false when there is none), with a
    /// position hint as `value(_:hint:)`.
    public mutating func replace(_ key: String, with v: Value, hint: inout Int) -> Bool {
        if hint < keys.count, let k = keys[hint], sameName(k, key) {
            values[hint] = v
            return true
        }
        guard let i = position(of: key) else { return false }
        hint = i
        values[i] = v
        return true
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
    /// Recent `lookup` and `lookupUser` results, made on first use.
    private var cache = LookupCache()
    private var userCache = LookupCache()
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
        if let hit = cache.find(name) { return hit }
        let v = lookupUncached(name)
        cache.store(name, v)
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
        if isBuiltin { return nil }
        if let hit = userCache.find(name) { return hit }
        var t: PyType? = self
        var found: Value?
        while let c = t, !c.isBuiltin {
            if let v = c.dict[name] {
                found = v
                break
            }
            t = c.base
        }
        userCache.store(name, found)
        return found
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
    /// The attributes, in coro's own string-keyed table: read without hashing.
    /// Empty once `dictObject` exists.
    public var attrs = AttrDict()
    /// `__dict__` once a program has asked for it: from then on the attributes
    /// live in this dict, so writing into it (or into `vars(obj)`) changes the
    /// instance, as in CPython.
    var dictObject: PyDict?
    /// The Swift state behind an instance of a built-in class that Swift
    /// implements with an instance dictionary (`functools._lru_cache_wrapper`).
    var native: AnyObject?

    public override var type: PyType { cls }

    public init(cls: PyType) {
        self.cls = cls
    }
}

/// Recent attribute lookups of one type: 64 sets of two entries, keyed by the
/// name's string representation, valid until any type dictionary changes
/// (`PyType.dictVersion`). Attribute names come from code objects, so the same
/// name arrives as the same string and is found without hashing its characters.
struct LookupCache {
    /// One remembered lookup: the name, what it found (nil: nothing), and the
    /// dictionary version it is valid for.
    struct Entry {
        var words: NameWords
        var version: Int
        var value: Value?
        /// The name itself, kept alive so that its words stay its own.
        var name: String
    }

    /// Two entries per set, the most recently stored first.
    private var entries: [Entry] = []
    private static let sets = 64

    /// The cached result: `.some(nil)` for a remembered miss, nil when unknown.
    @inline(__always)
    func find(_ name: String) -> Value?? {
        guard !entries.isEmpty else { return nil }
        let kw = NameWords(name)
        let i = LookupCache.set(of: kw) &* 2
        let version = PyType.dictVersion
        if entries[i].version == version, entries[i].words.matches(kw) ?? (entries[i].name == name) {
            return .some(entries[i].value)
        }
        if entries[i + 1].version == version, entries[i + 1].words.matches(kw) ?? (entries[i + 1].name == name) {
            return .some(entries[i + 1].value)
        }
        return nil
    }

    mutating func store(_ name: String, _ value: Value?) {
        if entries.isEmpty {
            entries = Array(repeating: Entry(words: .hole, version: -1, value: nil, name: ""), count: LookupCache.sets * 2)
        }
        let kw = NameWords(name)
        let i = LookupCache.set(of: kw) &* 2
        entries[i + 1] = entries[i]
        entries[i] = Entry(words: kw, version: PyType.dictVersion, value: value, name: name)
    }

    /// The set of a name, from the string's two machine words (its bytes for short
    /// names, its storage otherwise) — no hashing of the characters.
    @inline(__always)
    private static func set(of words: NameWords) -> Int {
        var h = (words.w0 &* 0x9E37_79B9_7F4A_7C15) ^ (words.w1 &* 0xC2B2_AE3D_27D4_EB4F)
        h ^= h >> 29
        return Int(truncatingIfNeeded: h & UInt64(sets - 1))
    }
}

/// A string's two machine words (`String` is two words on 64-bit platforms):
/// for a short string (up to 15 UTF-8 bytes, stored inline) its bytes and length,
/// for a longer one its length, flags and storage. Attribute names come from code
/// objects, so the same name usually arrives as the same words.
struct NameWords: Equatable {
    let w0: UInt64
    let w1: UInt64

    /// No string has these words (removed `AttrDict` entries).
    static let hole = NameWords(w0: 0, w1: 0)

    private init(w0: UInt64, w1: UInt64) {
        self.w0 = w0
        self.w1 = w1
    }

    @inline(__always)
    init(_ s: String) {
        #if (arch(x86_64) || arch(arm64)) && !os(Windows)
        let w = unsafeBitCast(s, to: (UInt64, UInt64).self)
        self.init(w0: w.0, w1: w.1)
        #else
        self.init(w0: 0, w1: 0)
        #endif
    }

    /// Whether the strings are equal, when the words alone tell: equal words are
    /// equal strings; two short strings with different words differ (their form is
    /// canonical), and so do strings of different lengths. Nil: compare the strings.
    @inline(__always)
    func matches(_ other: NameWords) -> Bool? {
        #if (arch(x86_64) || arch(arm64)) && !os(Windows)
        if self == other { return w0 != 0 || w1 != 0 }
        // Bit 61 of the second word marks a short string, whose UTF-8 count is in
        // bits 56-59 of that word; a longer one's count is the low 48 bits of the
        // first word.
        let small = w1 & (1 << 61) != 0, otherSmall = other.w1 & (1 << 61) != 0
        if small && otherSmall { return false }
        if self == .hole || other == .hole { return false }
        let count = small ? (w1 >> 56) & 0xF : w0 & 0xFFFF_FFFF_FFFF
        let otherCount = otherSmall ? (other.w1 >> 56) & 0xF : other.w0 & 0xFFFF_FFFF_FFFF
        return count == otherCount ? nil : false
        #else
        return nil
        #endif
    }
}

/// String equality for attribute names, cheap when they differ (see `NameWords`).
@inline(__always)
func sameName(_ a: String, _ b: String) -> Bool {
    NameWords(a).matches(NameWords(b)) ?? (a == b)
}
