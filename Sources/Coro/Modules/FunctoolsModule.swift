/// `functools`: partial, wraps, update_wrapper, reduce and cmp_to_key in Swift, with
/// the lru_cache machinery (`_lru_cache_wrapper`, `_CacheInfo`) that CPython has in C;
/// lru_cache, cache and total_ordering are Python (`FunctoolsModule.python`), as in
/// CPython, so that their names, signatures and closures are CPython's.
enum FunctoolsModule {
    /// What `wraps` copies from the wrapped function (WRAPPER_ASSIGNMENTS).
    static let assignments = ["__module__", "__name__", "__qualname__", "__doc__"]

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "functools")
        m.attrs["partial"] = .object(BuiltinTypes.partial)
        m.function("reduce") { vm, a in
            let p = try a.positionalOnly("reduce", min: 2, max: 3)
            return try vm.reduce(p[0], p[1], initial: p.count > 2 ? p[2] : nil)
        }
        m.function("update_wrapper") { vm, a in
            let slots = try a.bind("update_wrapper", ["wrapper", "wrapped", "assigned", "updated"], required: 2)
            let wrapper = slots[0] ?? .none, wrapped = slots[1] ?? .none
            try vm.updateWrapper(wrapper, wrapped)
            return wrapper
        }
        m.function("wraps") { vm, a in
            let slots = try a.bind("wraps", ["wrapped", "assigned", "updated"], required: 1)
            let wrapped = slots[0] ?? .none
            return .object(PyBuiltinFunction(name: "update_wrapper") { vm, a in
                let wrapper = try a.single("update_wrapper")
                try vm.updateWrapper(wrapper, wrapped)
                return wrapper
            })
        }
        m.attrs["WRAPPER_ASSIGNMENTS"] = .tuple(assignments.map { .str($0) })
        m.attrs["WRAPPER_UPDATES"] = .tuple([.str("__dict__")])
        m.function("cmp_to_key") { _, a in
            let slots = try a.bind("cmp_to_key", ["mycmp"], required: 1)
            return .object(PyKeyWrapper(compare: slots[0] ?? .none, object: nil))
        }
        m.attrs["_lru_cache_wrapper"] = .object(LRUCache.wrapperType)
        m.attrs["_CacheInfo"] = .object(PyCacheInfo.infoType)
        runPython(into: m, vm)
        return m
    }

    /// Runs the Python part in a namespace that sees the Swift part, then exports
    /// what it defines. It is fixed text: failing is a bug of coro's, reported.
    private static func runPython(into m: PyModule, _ vm: VM) {
        let g = Globals()
        g["__name__"] = .str("functools")
        for name in ["update_wrapper", "_lru_cache_wrapper", "_CacheInfo"] { g[name] = m.attrs[name] }
        vm.runModuleSource(python, file: "functools.py", in: g)
        for (name, value) in g.items where !name.hasPrefix("__") && m.attrs[name] == nil { m.attrs[name] = value }
    }

    /// lru_cache, cache and total_ordering, written against CPython 3.11's
    /// observable behaviour: the same names (the helpers' `__qualname__`s show in
    /// reprs), messages, docstrings of the methods total_ordering adds, and the
    /// same `cache_parameters` closures.
    static let python = #"""
def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less and self != other

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return less or self == other

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return not at_most or self == other

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return at_most and self != other

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return not at_most

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return not greater and self != other

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return greater or self == other

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    greater = type(self).__gt__(self, other)
    if greater is NotImplemented:
        return greater
    return not greater

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return not at_least or self == other

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return at_least and self != other

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return not at_least

# For each operation a class may define, the ones derived from it.
_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}

def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # The operations the class has other than object's own.
    defined = [op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # '__lt__' sorts last, so it is preferred, then '__le__', '__gt__', '__ge__'.
    for name, method in _convert[max(defined)]:
        if name not in defined:
            method.__name__ = name
            setattr(cls, name, method)
    return cls

def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    maxsize=None makes the cache unbounded; typed=True caches arguments of
    different types separately. The wrapped function has cache_info(),
    cache_clear(), cache_parameters() and __wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: maxsize is the function.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda : {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda : {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function

def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)
"""#
}

extension BuiltinTypes {
    /// `functools.partial`.
    public static let partial = PyType(name: "partial", base: object, module: "functools")
}

extension VM {
    /// `functools.update_wrapper(wrapper, wrapped)`: copies the name, qualname,
    /// doc and module, merges `__dict__`, then sets `__wrapped__`.
    func updateWrapper(_ wrapper: Value, _ wrapped: Value) throws {
        for name in FunctoolsModule.assignments {
            let v: Value
            do { v = try getAttr(wrapped, name) } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.attributeError) { continue }
            try setAttr(wrapper, name, v)
        }
        let attrs: Value
        do { attrs = try getAttr(wrapped, "__dict__") } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.attributeError) { attrs = .none }
        if case .object(let o) = attrs, let dict = o as? PyDict {
            for e in dict.table.live {
                guard case .object(let k) = e.key, let key = k as? PyStr else { continue }
                // The merged dict holds what the slots above already set; keep those.
                if FunctoolsModule.assignments.contains(key.value) { continue }
                try setAttr(wrapper, key.value, e.value)
            }
        }
        try setAttr(wrapper, "__wrapped__", wrapped)
    }

    /// `functools.reduce(function, iterable[, initial])`.
    func reduce(_ fn: Value, _ iterable: Value, initial: Value?) throws -> Value {
        let it: Value
        do {
            it = try getIter(iterable)
        } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.typeError) {
            throw typeError("reduce() arg 2 must support iteration")
        }
        var acc = initial
        while let v = try next(it) {
            acc = try acc.map { try call(fn, [$0, v]) } ?? v
        }
        guard let acc else { throw typeError("reduce() of empty iterable with no initial value") }
        return acc
    }
}

// MARK: - lru_cache

/// The cache of one `functools._lru_cache_wrapper` (CPython's lru_cache_object).
/// The wrapper is an instance with a `__dict__` for `update_wrapper` to fill, of a
/// class that cannot be subclassed; the cache is the instance's `native` state.
final class LRUCache {
    /// The cached function.
    let function: Value
    /// The most results kept: nil for no bound, 0 for none at all.
    let maxsize: Int?
    /// Whether arguments of different types are cached apart (`typed=True`).
    let typed: Bool
    /// What `cache_info()` calls to make its result.
    let infoType: Value
    /// Key → result (unbounded), or key → `LRULink` (bounded): a dict as
    /// CPython's, which decides how often keys are compared.
    var table = OrderedTable<Value, Value>()
    /// The sentinel of the recency list: `next` is the least recently used.
    let root = LRULink(key: .none, hash: 0, result: .none)
    var hits = 0
    var misses = 0

    init(function: Value, maxsize: Int?, typed: Bool, infoType: Value) {
        self.function = function
        self.maxsize = maxsize
        self.typed = typed
        self.infoType = infoType
        root.previous = root
        root.next = root
    }

    static func of(_ wrapper: PyInstance) -> LRUCache? {
        wrapper.native as? LRUCache
    }

    /// Separates keyword arguments from positional ones in keys (CPython's kwd_mark):
    /// equal only to itself, with a fixed hash so that hashing a key numbers no
    /// object (the numbers `id()` and reprs show are per session).
    private static let keywordMark: Value = {
        let t = PyType(name: "_kwd_mark", base: BuiltinTypes.object, module: "functools", isBuiltin: false, layout: .builtin)
        t.method("__hash__") { _, _ in .int(0x6b77_645f_6d61_726b) }
        return .object(PyInstance(cls: t))
    }()

    // MARK: Calls

    func call(_ vm: VM, _ args: CallArgs) throws -> Value {
        // CPython calls the wrapper through tp_call, which counts toward the
        // recursion limit as the function's own frame does.
        if vm.depth >= vm.recursionLimit {
            throw pyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while calling a Python object")
        }
        vm.depth += 1
        defer { vm.depth -= 1 }
        guard let maxsize else { return try unboundedCall(vm, args) }
        if maxsize == 0 {
            misses += 1
            return try vm.call(function, args.positional, keywords: args.keywords)
        }
        return try boundedCall(vm, args, maxsize)
    }

    private func unboundedCall(_ vm: VM, _ args: CallArgs) throws -> Value {
        let key = makeKey(args)
        let hash = try vm.hash(key)
        if let result = try table.value(hash: hash, eq: matching(key, vm)) {
            hits += 1
            return result
        }
        misses += 1
        let result = try vm.call(function, args.positional, keywords: args.keywords)
        try table.updateValue(result, forKey: key, hash: hash, eq: matching(key, vm))
        return result
    }

    /// CPython's bounded_lru_cache_wrapper, step for step: the same table
    /// lookups, so a key's `__eq__` runs as often as in CPython.
    private func boundedCall(_ vm: VM, _ args: CallArgs, _ maxsize: Int) throws -> Value {
        let key = makeKey(args)
        let hash = try vm.hash(key)
        if let link = try table.value(hash: hash, eq: matching(key, vm))?.object as? LRULink {
            extract(link)
            append(link)
            hits += 1
            return link.result
        }
        misses += 1
        let result = try vm.call(function, args.positional, keywords: args.keywords)
        // The call may have cached this key itself (recursion): keep that entry.
        if try table.contains(hash: hash, eq: matching(key, vm)) { return result }
        if table.count < maxsize || root.next === root {
            let link = LRULink(key: key, hash: hash, result: result)
            try table.updateValue(.object(link), forKey: key, hash: hash, eq: matching(key, vm))
            append(link)
            return result
        }
        // Full: the least recently used link is reused for the new result.
        guard let oldest = root.next else { return result }
        extract(oldest)
        // Not found: the call cleared the cache, and the link is an orphan now.
        guard try table.removeValue(hash: oldest.hash, eq: matching(oldest.key, vm)) != nil else { return result }
        oldest.key = key
        oldest.hash = hash
        oldest.result = result
        try table.updateValue(.object(oldest), forKey: key, hash: hash, eq: matching(key, vm))
        append(oldest)
        return result
    }

    /// The table's key comparison: identity, then the stored key's `==`.
    private func matching(_ key: Value, _ vm: VM) -> (Value) throws -> Bool {
        { stored in try stored.isIdentical(to: key) || vm.eq(stored, key) }
    }

    /// CPython's lru_cache_make_key: the one argument itself for a lone str or
    /// int, else a tuple of the arguments, the keyword mark and keyword pairs,
    /// then (typed) the arguments' types.
    private func makeKey(_ args: CallArgs) -> Value {
        if !typed && args.keywords.isEmpty {
            if args.count == 1 {
                switch args[0] {
                case .int: return args[0]
                case .object(let o) where o is PyStr || o is PyBigInt: return args[0]
                default: break
                }
            }
            return .tuple(args.positional)
        }
        var items = args.positional
        if !args.keywords.isEmpty {
            items.append(LRUCache.keywordMark)
            for (k, v) in args.keywords {
                items.append(.str(k))
                items.append(v)
            }
        }
        if typed {
            items += args.positional.map { .object($0.type) }
            items += args.keywords.map { .object($0.1.type) }
        }
        return .tuple(items)
    }

    // MARK: The recency list

    private func extract(_ link: LRULink) {
        link.previous?.next = link.next
        link.next?.previous = link.previous
    }

    private func append(_ link: LRULink) {
        let last = root.previous
        last?.next = link
        link.previous = last
        link.next = root
        root.previous = link
    }

    // MARK: cache_info, cache_clear

    func info(_ vm: VM) throws -> Value {
        let values: [Value] = [.int(hits), .int(misses), maxsize.map { .int($0) } ?? .none, .int(table.count)]
        if case .object(let o) = infoType, o === PyCacheInfo.infoType { return .object(PyCacheInfo(values)) }
        return try vm.call(infoType, values)
    }

    func clear() {
        root.previous = root
        root.next = root
        hits = 0
        misses = 0
        table.removeAll()
    }

    // MARK: The wrapper type

    static let wrapperType: PyType = {
        let t = PyType(name: "_lru_cache_wrapper", base: BuiltinTypes.object, module: "functools", isBuiltin: false, layout: .builtin)
        t.dict["__new__"] = .object(PyBuiltinFunction(name: "__new__") { vm, a in try newWrapper(vm, a) })
        t.dict["__init__"] = .object(PyBuiltinFunction(name: "__init__", owner: t) { _, _ in .none })
        let cast: (Value) -> LRUCache? = { v in (v.object as? PyInstance).flatMap { LRUCache.of($0) } }
        t.method("__call__", cast) { vm, c, call in try c.call(vm, CallArgs(call.args, keywords: call.keywords)) }
        t.method("cache_info", cast) { vm, c, call in
            try call.noArgs()
            return try c.info(vm)
        }
        t.method("cache_clear", cast) { _, c, call in
            try call.noArgs()
            c.clear()
            return .none
        }
        // A descriptor, so that a cached method binds (once the VM asks for `__get__`).
        t.method("__get__", { $0.object as? PyInstance }) { _, w, call in
            let p = try call.positional(1, 2)
            if p[0].isNone { return .object(w) }
            return .object(PyBoundMethod(receiver: p[0], function: .object(w)))
        }
        return t
    }()

    /// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
    private static func newWrapper(_ vm: VM, _ a: CallArgs) throws -> Value {
        let names = ["user_function", "maxsize", "typed", "cache_info_type"]
        let slots = try CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords).bind("lru_cache", names, required: 4)
        let function = slots[0] ?? .none
        guard vm.isCallable(function) else { throw typeError("the first argument must be callable") }
        let maxsize = try maxsizeArgument(vm, slots[1] ?? .none)
        let wrapper = PyInstance(cls: wrapperType)
        wrapper.native = LRUCache(function: function, maxsize: maxsize, typed: try vm.truthy(slots[2] ?? .none),
                             infoType: slots[3] ?? .none)
        return .object(wrapper)
    }

    /// None (no bound), or an index clamped at 0.
    private static func maxsizeArgument(_ vm: VM, _ v: Value) throws -> Int? {
        switch v {
        case .none: return nil
        case .int, .bool: break
        case .object(let o) where o is PyBigInt || o.type.lookupUser("__index__") != nil: break
        default: throw typeError("maxsize should be integer or None")
        }
        guard case .int(let n) = try vm.integerIndex(v) else {
            throw overflowError("cannot fit 'int' into an index-sized integer")
        }
        return Swift.max(n, 0)
    }
}

/// One cached result of a bounded cache (CPython's lru_list_elem): the table maps
/// its key to it, and it has a place in the recency list.
final class LRULink: PyObject {
    var key: Value
    /// The key's hash, kept for removing it.
    var hash: Int
    var result: Value
    weak var previous: LRULink?
    weak var next: LRULink?

    init(key: Value, hash: Int, result: Value) {
        self.key = key
        self.hash = hash
        self.result = result
    }
}

// MARK: - CacheInfo

/// `functools._CacheInfo`: the named tuple `cache_info()` returns, a `tuple` to
/// `isinstance` and everything a named tuple of four fields does.
final class PyCacheInfo: PyObject, WritableAttributes {
    static let fields = ["hits", "misses", "maxsize", "currsize"]
    /// hits, misses, maxsize, currsize.
    let items: [Value]

    override var type: PyType { PyCacheInfo.infoType }

    init(_ items: [Value]) {
        self.items = items
    }

    /// Fields are read-only; any other name is missing.
    func setAttribute(_ name: String, _ value: Value, vm: VM) throws -> Bool {
        if PyCacheInfo.fields.contains(name) { throw attributeError("can't set attribute") }
        return false
    }

    static let infoType: PyType = {
        let t = PyType(name: "CacheInfo", base: BuiltinTypes.tuple, module: "functools", isBuiltin: false, layout: .builtin)
        t.dict["__new__"] = .object(PyBuiltinFunction(name: "__new__") { _, a in
            .object(PyCacheInfo(try pythonArguments("CacheInfo.__new__", fields, CallArgs(Array(a.positional.dropFirst()), keywords: a.keywords))))
        })
        t.dict["__init__"] = .object(PyBuiltinFunction(name: "__init__", owner: t) { _, _ in .none })
        t.dict["_fields"] = .tuple(fields.map { .str($0) })
        for (i, name) in fields.enumerated() {
            t.attribute(name) { _, v in (v.object as? PyCacheInfo)?.items[i] ?? .none }
        }
        let cast: (Value) -> PyCacheInfo? = { $0.object as? PyCacheInfo }
        t.method("__repr__", cast) { vm, c, call in
            try call.noArgs()
            let parts = try zip(fields, c.items).map { "\($0)=\(try vm.repr($1))" }
            return .str("CacheInfo(" + parts.joined(separator: ", ") + ")")
        }
        for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            t.method(name, cast) { vm, c, call in
                let other = try call.one()
                guard case .object(let o) = other else { return notImplemented }
                guard let items = (o as? PyTuple)?.items ?? (o as? PyCacheInfo)?.items else { return notImplemented }
                return try vm.richCompare(.tuple(c.items), .tuple(items), op)
            }
        }
        t.method("__hash__", cast) { vm, c, call in
            try call.noArgs()
            return .int(try vm.hash(.tuple(c.items)))
        }
        t.method("__len__", cast) { _, c, call in
            try call.noArgs()
            return .int(c.items.count)
        }
        t.method("__iter__", cast) { vm, c, call in
            try call.noArgs()
            return try vm.getIter(.tuple(c.items))
        }
        t.method("__getitem__", cast) { vm, c, call in try vm.getItem(.tuple(c.items), try call.one()) }
        t.method("__contains__", cast) { vm, c, call in .bool(try vm.contains(.tuple(c.items), try call.one())) }
        for name in ["count", "index"] {
            t.method(name, cast) { vm, c, call in try vm.callMethod(.tuple(c.items), name, call.args) }
        }
        t.method("_asdict", cast) { vm, c, call in
            try call.noArgs()
            let d = PyDict()
            for (k, v) in zip(fields, c.items) { try vm.dictSet(d, .str(k), v) }
            return .object(d)
        }
        return t
    }()

    /// The arguments of a Python function `qualname(_cls, names...)` without
    /// defaults, refused with the messages CPython gives for one.
    private static func pythonArguments(_ qualname: String, _ names: [String], _ a: CallArgs) throws -> [Value] {
        if a.count > names.count {
            throw typeError("\(qualname)() takes \(names.count + 1) positional arguments but \(a.count + 1) were given")
        }
        var slots: [Value?] = a.positional.map { $0 } + Array(repeating: nil, count: names.count - a.count)
        for (k, v) in a.keywords {
            guard let i = names.firstIndex(of: k) else { throw typeError("\(qualname)() got an unexpected keyword argument '\(k)'") }
            if slots[i] != nil { throw typeError("\(qualname)() got multiple values for argument '\(k)'") }
            slots[i] = v
        }
        let missing = names.indices.filter { slots[$0] == nil }.map { "'\(names[$0])'" }
        if let last = missing.last {
            let list = missing.count == 1 ? last
                : missing.count == 2 ? "\(missing[0]) and \(last)"
                : missing.dropLast().joined(separator: ", ") + ", and " + last
            let s = missing.count == 1 ? "" : "s"
            throw typeError("\(qualname)() missing \(missing.count) required positional argument\(s): \(list)")
        }
        return slots.compactMap { $0 }
    }
}

// MARK: - cmp_to_key

/// `functools.KeyWrapper`: what `cmp_to_key(mycmp)` returns, and what calling
/// that returns — an object whose comparisons call `mycmp`.
final class PyKeyWrapper: PyObject, WritableAttributes {
    /// The three-way comparison function.
    let compare: Value
    /// The wrapped object (`obj`); nil for the one cmp_to_key made.
    var object: Value?

    override var type: PyType { PyKeyWrapper.keyType }

    init(compare: Value, object: Value?) {
        self.compare = compare
        self.object = object
    }

    func setAttribute(_ name: String, _ value: Value, vm: VM) throws -> Bool {
        guard name == "obj" else { return false }
        object = value
        return true
    }

    static let keyType: PyType = {
        let t = PyType(name: "KeyWrapper", base: BuiltinTypes.object, module: "functools", isBuiltin: false, layout: .builtin)
        t.dict["__new__"] = .object(PyBuiltinFunction(name: "__new__") { _, _ in
            throw typeError("cannot create 'functools.KeyWrapper' instances")
        })
        let cast: (Value) -> PyKeyWrapper? = { $0.object as? PyKeyWrapper }
        t.method("__call__", cast) { _, k, call in
            let slots = try CallArgs(call.args, keywords: call.keywords).bind("K", ["obj"], required: 1)
            return .object(PyKeyWrapper(compare: k.compare, object: slots[0]))
        }
        // Every comparison calls mycmp(a, b) and compares its result with 0.
        for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            t.method(name, cast) { vm, k, call in
                guard let other = try call.one().object as? PyKeyWrapper else {
                    throw typeError("other argument must be K instance")
                }
                guard let x = k.object, let y = other.object else { throw attributeError("object") }
                return try vm.richCompare(try vm.call(k.compare, [x, y]), .int(0), op)
            }
        }
        t.unhashable()
        t.attribute("obj") { _, v in (v.object as? PyKeyWrapper)?.object ?? .none }
        return t
    }()
}
