// Argument checking for built-in functions, worded exactly as CPython words it:
// `METH_O` functions, `_PyArg_CheckPositional`, and Argument Clinic's
// `_PyArg_UnpackKeywords`. Each built-in picks the form CPython uses for it, so
// `len()` and `hasattr(1)` fail with the same text as in Python.

extension CallArgs {
    /// A `METH_O` function's one argument: "len() takes exactly one argument (2 given)".
    func single(_ name: String) throws -> Value {
        try noKeywords(name)
        guard positional.count == 1 else {
            throw typeError("\(name)() takes exactly one argument (\(positional.count) given)")
        }
        return positional[0]
    }

    /// METH_NOARGS: "time() takes no arguments (1 given)".
    func noArguments(_ name: String) throws {
        try noKeywords(name)
        if !positional.isEmpty { throw typeError("\(name)() takes no arguments (\(positional.count) given)") }
    }

    /// "list() takes no keyword arguments".
    func noKeywords(_ name: String) throws {
        if !keywords.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
    }

    /// `_PyArg_CheckPositional`: "hasattr expected 2 arguments, got 1".
    func checkPositional(_ name: String, min: Int, max: Int) throws {
        let n = positional.count
        if n < min {
            let atLeast = min == max ? "" : "at least "
            throw typeError("\(name) expected \(atLeast)\(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        if n > max {
            let atMost = min == max ? "" : "at most "
            throw typeError("\(name) expected \(atMost)\(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }

    /// Positional arguments only, counted as `_PyArg_CheckPositional` does.
    func positionalOnly(_ name: String, min: Int, max: Int) throws -> [Value] {
        try noKeywords(name)
        try checkPositional(name, min: min, max: max)
        return positional
    }

    /// Argument Clinic's binding: `names` are the parameters in order, the last
    /// `keywordOnly` of them keyword-only, the first `positionalOnly` of them
    /// positional-only; the first `required` are required. Returns one slot per
    /// name, nil where the argument was not given.
    func bind(_ fname: String, _ names: [String], required: Int, positionalOnly: Int = 0, keywordOnly: Int = 0) throws -> [Value?] {
        let maxArgs = names.count
        let maxPos = maxArgs - keywordOnly
        let nargs = positional.count
        if nargs + keywords.count > maxArgs {
            let kw = nargs == 0 ? "keyword " : ""
            throw typeError("\(fname)() takes at most \(maxArgs) \(kw)argument\(maxArgs == 1 ? "" : "s") (\(nargs + keywords.count) given)")
        }
        if nargs > maxPos {
            if maxPos == 0 { throw typeError("\(fname)() takes no positional arguments") }
            let how = required < maxPos ? "at most" : "exactly"
            throw typeError("\(fname)() takes \(how) \(maxPos) positional argument\(maxPos == 1 ? "" : "s") (\(nargs) given)")
        }
        let minPositionalOnly = Swift.min(required, positionalOnly)
        if nargs < minPositionalOnly {
            let how = minPositionalOnly < maxPos ? "at least" : "exactly"
            throw typeError("\(fname)() takes \(how) \(minPositionalOnly) positional argument\(minPositionalOnly == 1 ? "" : "s") (\(nargs) given)")
        }
        var slots = [Value?](repeating: nil, count: maxArgs)
        for i in 0..<nargs { slots[i] = positional[i] }
        // CPython's order (`_PyArg_UnpackKeywords`): a missing required argument
        // first, then a keyword naming a positional argument, then an unknown keyword.
        var byPosition: Int? = nil
        var unknown: String? = nil
        for (k, v) in keywords {
            guard let i = names.firstIndex(of: k), i >= positionalOnly else {
                if unknown == nil { unknown = k }
                continue
            }
            if i < nargs {
                byPosition = Swift.min(byPosition ?? i, i)
                continue
            }
            slots[i] = v
        }
        for i in 0..<required where slots[i] == nil {
            throw typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        if let i = byPosition {
            throw typeError("argument for \(fname)() given by name ('\(names[i])') and position (\(i + 1))")
        }
        if let k = unknown { throw typeError("'\(k)' is an invalid keyword argument for \(fname)()") }
        return slots
    }

    /// Keyword arguments restricted to `allowed` (for functions taking `*args`
    /// plus a few keywords, like `print` and `max`).
    func onlyKeywords(_ fname: String, _ allowed: [String]) throws {
        for (k, _) in keywords where !allowed.contains(k) {
            throw typeError("'\(k)' is an invalid keyword argument for \(fname)()")
        }
    }
}

extension Value {
    /// The value unless it is None (optional parameters that accept None).
    var nonNone: Value? { isNone ? nil : self }
}

extension VM {
    /// `operator.index(v)`: an int (machine or big) from an int, bool or an
    /// object with `__index__`; "'float' object cannot be interpreted as an integer".
    func integerIndex(_ v: Value) throws -> Value {
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .object(let o):
            if o is PyBigInt { return v }
            if let m = o.type.lookupUser("__index__") {
                let r = try call(m, [v])
                switch r {
                case .int: return r
                case .object(let ro) where ro is PyBigInt: return r
                default: throw typeError("__index__ returned non-int (type \(r.type.name))")
                }
            }
        default: break
        }
        throw typeError("'\(v.type.name)' object cannot be interpreted as an integer")
    }

    /// `integerIndex` as a BigInt.
    func bigIndex(_ v: Value) throws -> BigInt {
        switch try integerIndex(v) {
        case .int(let i): return BigInt(i)
        case .object(let o): return (o as? PyBigInt)?.value ?? .zero
        default: return .zero
        }
    }

    /// `integerIndex` as a machine int; big values raise CPython's OverflowError.
    func intIndex(_ v: Value, overflow: String = "Python int too large to convert to C ssize_t") throws -> Int {
        if case .int(let i) = try integerIndex(v) { return i }
        throw overflowError(overflow)
    }

    /// The text of a `str` argument, or CPython's "<what> must be str, not int".
    func requireString(_ v: Value, _ what: String) throws -> String {
        if case .object(let o) = v, let s = o as? PyStr { return s.value }
        throw typeError("\(what) must be str, not \(v.type.name)")
    }

    /// Registers a built-in function under `name`.
    func define(_ name: String, _ fn: @escaping (VM, CallArgs) throws -> Value) {
        builtins[name] = .object(PyBuiltinFunction(name: name, fn))
    }
}
