// The argument checks of built-in methods. CPython checks arguments in one of a
// few calling conventions (METH_NOARGS, METH_O, Argument Clinic with or without
// keywords, PyArg_ParseTuple), each with its own error wording; every method
// declares the convention CPython 3.11 uses for it, so errors match word for word.

/// The arguments of one call of a built-in method, after its receiver.
struct MethodCall {
    /// The method's name (`pop`).
    let name: String
    /// Type-qualified name (`list.pop`), used by the method-descriptor errors.
    let qualname: String
    /// Positional arguments after `self`.
    let args: [Value]
    /// Keyword arguments in call order.
    let keywords: [(String, Value)]

    var count: Int { args.count }
    subscript(i: Int) -> Value { args[i] }

    /// The argument at `i`, or nil when not given.
    func optional(_ i: Int) -> Value? { i < args.count ? args[i] : nil }

    /// A method that takes no keyword arguments at all.
    func noKeywords() throws {
        if !keywords.isEmpty { throw typeError("\(qualname)() takes no keyword arguments") }
    }

    /// METH_NOARGS; for a unary slot (`__next__`, `__len__`, ...) CPython's slot
    /// wrapper (`wrap_unaryfunc`), which words its errors differently.
    func noArgs() throws {
        if args.isEmpty && keywords.isEmpty { return }
        if MethodCall.unarySlots.contains(name) {
            if !keywords.isEmpty { throw typeError("wrapper \(name)() takes no keyword arguments") }
            if !args.isEmpty { throw typeError("expected 0 arguments, got \(args.count)") }
            return
        }
        try noKeywords()
        if !args.isEmpty { throw typeError("\(qualname)() takes no arguments (\(args.count) given)") }
    }

    /// The dunders that built-in types expose as unary slot wrappers.
    static let unarySlots: Set<String> = [
        "__iter__", "__next__", "__await__", "__aiter__", "__anext__", "__len__", "__hash__",
        "__repr__", "__str__", "__bool__", "__neg__", "__pos__", "__abs__", "__invert__",
        "__int__", "__float__", "__index__",
    ]

    /// METH_O: exactly one positional argument.
    func one() throws -> Value {
        try noKeywords()
        guard args.count == 1 else {
            throw typeError("\(qualname)() takes exactly one argument (\(args.count) given)")
        }
        return args[0]
    }

    /// METH_VARARGS without keywords (`set.union(*others)`).
    func varargs() throws -> [Value] {
        try noKeywords()
        return args
    }

    /// Argument Clinic, positional-only parameters (`_PyArg_CheckPositional`).
    func positional(_ min: Int, _ max: Int) throws -> [Value] {
        try noKeywords()
        let n = args.count
        if n < min {
            throw typeError("\(name) expected \(min == max ? "" : "at least ")\(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        if n > max {
            throw typeError("\(name) expected \(min == max ? "" : "at most ")\(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
        return args
    }

    /// PyArg_ParseTuple-style methods (`str.find`, `str.startswith`).
    func parseTuple(_ min: Int, _ max: Int) throws -> [Value] {
        try noKeywords()
        let n = args.count
        if n < min || n > max {
            let bound = n < min ? min : max
            let which = min == max ? "exactly" : (n < min ? "at least" : "at most")
            throw typeError("\(name)() takes \(which) \(bound) argument\(bound == 1 ? "" : "s") (\(n) given)")
        }
        return args
    }

    /// Argument Clinic with keyword parameters (`_PyArg_UnpackKeywords`): one slot
    /// per name, nil when not given. Parameters from `positionalMax` on are
    /// keyword-only; the first `required` are required.
    func bind(_ names: [String], required: Int = 0, positionalMax: Int? = nil) throws -> [Value?] {
        let maxPos = positionalMax ?? names.count
        let n = args.count
        let total = n + keywords.count
        if total > names.count {
            throw typeError("\(name)() takes at most \(names.count) \(n == 0 ? "keyword " : "")argument\(names.count == 1 ? "" : "s") (\(total) given)")
        }
        if n > maxPos {
            if maxPos == 0 { throw typeError("\(name)() takes no positional arguments") }
            throw typeError("\(name)() takes \(required < maxPos ? "at most" : "exactly") \(maxPos) positional argument\(maxPos == 1 ? "" : "s") (\(n) given)")
        }
        var out: [Value?] = args.map { $0 }
        var remaining = keywords.count
        for i in n..<names.count {
            let given = keywords.first { $0.0 == names[i] }?.1
            out.append(given)
            if given != nil {
                remaining -= 1
            } else if i < required {
                throw typeError("\(name)() missing required argument '\(names[i])' (pos \(i + 1))")
            }
        }
        if remaining > 0 {
            for i in 0..<n where keywords.contains(where: { $0.0 == names[i] }) {
                throw typeError("argument for \(name)() given by name ('\(names[i])') and position (\(i + 1))")
            }
            for (k, _) in keywords where !names.contains(k) {
                throw typeError("'\(k)' is an invalid keyword argument for \(name)()")
            }
        }
        return out
    }
}

// MARK: - Registration

extension PyType {
    /// Registers a method whose receiver `cast` accepts; called through the type
    /// with anything else it raises CPython's descriptor error.
    func method<Receiver>(_ name: String, _ cast: @escaping (Value) -> Receiver?,
                          _ body: @escaping (VM, Receiver, MethodCall) throws -> Value) {
        let typeName = self.name
        let qualname = "\(typeName).\(name)"
        method(name) { vm, a in
            guard let first = a.positional.first else {
                throw typeError("unbound method \(qualname)() needs an argument")
            }
            guard let receiver = cast(first) else {
                throw typeError("descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(first.type.name)' object")
            }
            let call = MethodCall(name: name, qualname: qualname, args: Array(a.positional.dropFirst()), keywords: a.keywords)
            return try body(vm, receiver, call)
        }
    }

    /// Registers a read-only attribute computed from the instance (`int.real`).
    func attribute(_ name: String, _ get: @escaping (VM, Value) throws -> Value) {
        let getter = PyBuiltinFunction(name: name) { vm, a in
            guard let first = a.positional.first else { return .none }
            return try get(vm, first)
        }
        dict[name] = .object(PyMethodWrapper(kind: .property, function: .object(getter)))
    }

    /// Registers a class method (`dict.fromkeys`); the body receives the class.
    func classMethod(_ name: String, _ body: @escaping (VM, PyType, MethodCall) throws -> Value) {
        let qualname = "\(self.name).\(name)"
        let fn = PyBuiltinFunction(name: name) { vm, a in
            guard case .object(let o)? = a.positional.first, let cls = o as? PyType else {
                throw typeError("descriptor '\(name)' needs a type")
            }
            return try body(vm, cls, MethodCall(name: name, qualname: qualname, args: Array(a.positional.dropFirst()), keywords: a.keywords))
        }
        dict[name] = .object(PyMethodWrapper(kind: .classMethod, function: .object(fn)))
    }

    /// Registers a static method (`str.maketrans`).
    func staticMethod(_ name: String, _ body: @escaping (VM, MethodCall) throws -> Value) {
        let qualname = "\(self.name).\(name)"
        let fn = PyBuiltinFunction(name: name) { vm, a in
            try body(vm, MethodCall(name: name, qualname: qualname, args: a.positional, keywords: a.keywords))
        }
        dict[name] = .object(PyMethodWrapper(kind: .staticMethod, function: .object(fn)))
    }

    /// Marks instances unhashable (`list.__hash__ is None`).
    func unhashable() {
        dict["__hash__"] = Value.none
    }
}

// MARK: - Converting arguments

extension VM {
    /// An integer argument (`_PyNumber_Index` then `PyLong_AsSsize_t`).
    func indexArgument(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if o is PyBigInt { throw overflowError("Python int too large to convert to C ssize_t") }
            if !o.type.isBuiltin, let m = o.type.lookupUser("__index__") {
                let r = try call(m, [v])
                guard Numeric(r) != nil, !isFloat(r) else {
                    throw typeError("__index__ returned non-int (type \(r.type.name))")
                }
                return try indexArgument(r)
            }
        default: break
        }
        throw typeError("'\(v.type.name)' object cannot be interpreted as an integer")
    }

    /// A slice bound argument (`_PyEval_SliceIndex`): big ints clamp, None is nil
    /// when `allowNone`.
    func sliceIndexArgument(_ v: Value, allowNone: Bool) throws -> Int? {
        let message = allowNone
            ? "slice indices must be integers or None or have an __index__ method"
            : "slice indices must be integers or have an __index__ method"
        switch v {
        case .none:
            if allowNone { return nil }
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let b = o as? PyBigInt { return b.value.isNegative ? Int.min : Int.max }
            if !o.type.isBuiltin, let m = o.type.lookupUser("__index__") {
                return try sliceIndexArgument(try call(m, [v]), allowNone: false)
            }
        default: break
        }
        throw typeError(message)
    }

    /// A `str` argument; `what` builds the TypeError message from the type name.
    func stringArgument(_ v: Value, _ what: (String) -> String) throws -> PyStr {
        if case .object(let o) = v, let s = o as? PyStr { return s }
        throw typeError(what(v.type.name))
    }

    private func isFloat(_ v: Value) -> Bool {
        if case .float = v { return true }
        return false
    }
}

/// Refuses to build a string or sequence of more than `formatSpecMaximumFieldSize`
/// elements: CPython would try and most likely die with MemoryError; coro fails
/// early instead of exhausting memory (`"a".center(10**10)`, `"ab" * 10**12`).
func requireBuildable(_ count: Int, times n: Int = 1) throws {
    let (total, overflow) = count.multipliedReportingOverflow(by: max(n, 0))
    if overflow || total > formatSpecMaximumFieldSize { throw pyError(BuiltinTypes.memoryError, "") }
}

/// CPython's ADJUST_INDICES: slice-style `start`/`end` clamped into a sequence of
/// `length` items (start may stay past the end).
func adjustIndices(_ start: Int?, _ end: Int?, length: Int) -> (Int, Int) {
    var s = start ?? 0, e = end ?? Int.max
    if e > length {
        e = length
    } else if e < 0 {
        e += length
        if e < 0 { e = 0 }
    }
    if s < 0 {
        s += length
        if s < 0 { s = 0 }
    }
    return (s, e)
}
