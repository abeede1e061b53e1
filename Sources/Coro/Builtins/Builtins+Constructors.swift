// The constructors of the built-in types: what `int(x)`, `list(it)`, `dict(...)`
// and friends do when the type is called (`VM.callType` runs `PyType.constructor`).

/// Installs the constructors on the shared built-in types, once per process
/// (a static initialiser is thread-safe; the closures take the VM as a parameter).
enum BuiltinConstructors {
    static let installed: Void = {
        BuiltinTypes.int.constructor = { vm, a in try vm.constructInt(a) }
        BuiltinTypes.float.constructor = { vm, a in try vm.constructFloat(a) }
        BuiltinTypes.str.constructor = { vm, a in try vm.constructStr(a) }
        BuiltinTypes.bool.constructor = { vm, a in
            let p = try a.positionalOnly("bool", min: 0, max: 1)
            return .bool(try p.first.map(vm.truthy) ?? false)
        }
        BuiltinTypes.list.constructor = { vm, a in
            let p = try a.positionalOnly("list", min: 0, max: 1)
            return .list(try p.first.map { try vm.iterateToArray($0) } ?? [])
        }
        BuiltinTypes.tuple.constructor = { vm, a in
            let p = try a.positionalOnly("tuple", min: 0, max: 1)
            if let v = p.first, case .object(let o) = v, o is PyTuple { return v }
            return .tuple(try p.first.map { try vm.iterateToArray($0) } ?? [])
        }
        BuiltinTypes.set.constructor = { vm, a in
            let p = try a.positionalOnly("set", min: 0, max: 1)
            return .object(try vm.makeSet(try p.first.map { try vm.iterateToArray($0) } ?? []))
        }
        BuiltinTypes.frozenset.constructor = { vm, a in
            let p = try a.positionalOnly("frozenset", min: 0, max: 1)
            if let v = p.first, case .object(let o) = v, let s = o as? PySet, s.isFrozen { return v }
            return .object(try vm.makeSet(try p.first.map { try vm.iterateToArray($0) } ?? [], frozen: true))
        }
        BuiltinTypes.dict.constructor = { vm, a in try vm.constructDict(a) }
        BuiltinTypes.range.constructor = { vm, a in try vm.constructRange(a) }
        BuiltinTypes.slice.constructor = { _, a in
            let p = try a.positionalOnly("slice", min: 1, max: 3)
            if p.count == 1 { return .object(PySlice(start: .none, stop: p[0], step: .none)) }
            return .object(PySlice(start: p[0], stop: p[1], step: p.count > 2 ? p[2] : .none))
        }
        BuiltinTypes.type.constructor = { vm, a in try vm.constructType(a) }
        BuiltinTypes.partial.constructor = { vm, a in try vm.constructPartial(a) }
        BuiltinTypes.property.constructor = { vm, a in try vm.constructProperty(a) }
        BuiltinTypes.classmethod.constructor = { vm, a in
            let p = try a.positionalOnly("classmethod", min: 1, max: 1)
            return .object(PyMethodWrapper(kind: .classMethod, function: p[0]))
        }
        BuiltinTypes.staticmethod.constructor = { vm, a in
            let p = try a.positionalOnly("staticmethod", min: 1, max: 1)
            return .object(PyMethodWrapper(kind: .staticMethod, function: p[0]))
        }
        BuiltinTypes.superType.constructor = { vm, a in try vm.constructSuper(a) }
    }()
}

extension VM {
    // MARK: - int

    func constructInt(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("int", ["x", "base"], required: 0, positionalOnly: 1)
        guard let base = slots[1] else { return try slots[0].map(intFromValue) ?? .int(0) }
        guard let x = slots[0] else { throw typeError("int() missing string argument") }
        let b = try intIndex(base, overflow: "int() base must be >= 2 and <= 36, or 0")
        if b != 0 && !(2...36).contains(b) { throw valueError("int() base must be >= 2 and <= 36, or 0") }
        guard case .object(let o) = x, let s = o as? PyStr else {
            throw typeError("int() can't convert non-string with explicit base")
        }
        return try parseInt(s.value, base: b)
    }

    /// `int(v)` with one argument.
    func intFromValue(_ v: Value) throws -> Value {
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try floatToInt(d)
        case .none: break
        case .object(let o):
            if o is PyBigInt { return v }
            if let s = o as? PyStr { return try parseInt(s.value, base: 10) }
            for name in ["__int__", "__index__", "__trunc__"] {
                guard let m = o.type.lookupUser(name) else { continue }
                let r = try call(m, [v])
                if case .int = r { return r }
                if case .bool(let b) = r { return .int(b ? 1 : 0) }
                if case .object(let ro) = r, ro is PyBigInt { return r }
                throw typeError("\(name) returned non-int (type \(r.type.name))")
            }
        }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(v.type.name)'")
    }

    /// Truncates a float to an int, with CPython's errors for infinities and NaN.
    func floatToInt(_ d: Double) throws -> Value {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
        if let i = Int(exactly: d.rounded(.towardZero)) { return .int(i) }
        guard let b = BigInt(truncating: d) else { throw overflowError("cannot convert float infinity to integer") }
        return .bigint(b)
    }

    // MARK: - float

    func constructFloat(_ a: CallArgs) throws -> Value {
        let p = try a.positionalOnly("float", min: 0, max: 1)
        guard let v = p.first else { return .float(0) }
        return .float(try floatFromValue(v))
    }

    /// `float(v)`.
    func floatFromValue(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .none: break
        case .object(let o):
            if let b = o as? PyBigInt {
                guard let d = b.value.toDouble() else { throw overflowError("int too large to convert to float") }
                return d
            }
            if let s = o as? PyStr {
                guard let d = parseFloat(s.value) else {
                    throw valueError("could not convert string to float: \(pythonStringRepr(s.value))")
                }
                return d
            }
            if let m = o.type.lookupUser("__float__") {
                let r = try call(m, [v])
                guard case .float(let d) = r else {
                    throw typeError("\(o.type.name).__float__ returned non-float (type \(r.type.name))")
                }
                return d
            }
            if o.type.lookupUser("__index__") != nil {
                guard let n = Numeric(try integerIndex(v)) else { break }
                return try toDouble(n)
            }
        }
        throw typeError("float() argument must be a string or a real number, not '\(v.type.name)'")
    }

    // MARK: - str

    func constructStr(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("str", ["object", "encoding", "errors"], required: 0)
        guard let v = slots[0] else { return .object(PyStr.empty) }
        if slots[1] != nil || slots[2] != nil {
            for (i, name) in [(1, "encoding"), (2, "errors")] {
                if let e = slots[i], !(e.object is PyStr) {
                    // `_PyArg_BadArgument` names None itself, other values by type.
                    throw typeError("str() argument '\(name)' must be str, not \(e.isNone ? "None" : e.type.name)")
                }
            }
            if v.object is PyStr { throw typeError("decoding str is not supported") }
            throw typeError("decoding to str: need a bytes-like object, \(v.type.name) found")
        }
        if case .object(let o) = v, o is PyStr { return v }
        return .str(try str(v))
    }

    // MARK: - dict

    func constructDict(_ a: CallArgs) throws -> Value {
        try a.checkPositional("dict", min: 0, max: 1)
        let d = PyDict()
        if let source = a.positional.first { try dictUpdate(d, from: source) }
        for (k, v) in a.keywords { try dictSet(d, .str(k), v) }
        return .object(d)
    }

    /// `d.update(source)` for a mapping or an iterable of pairs, with CPython's errors.
    func dictUpdate(_ d: PyDict, from source: Value) throws {
        if case .object(let o) = source {
            let isMapping = o is PyDict ? true : try lookupAttr(source, "keys") != nil
            if isMapping {
                try dictMergeInto(d, source, forCall: false, callee: .none)
                return
            }
        }
        let it = try getIter(source)
        var index = 0
        while let item = try next(it) {
            let pair: [Value]
            do {
                pair = try iterateToArray(item)
            } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.typeError) {
                throw typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard pair.count == 2 else {
                throw valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try dictSet(d, pair[0], pair[1])
            index += 1
        }
    }

    // MARK: - range

    func constructRange(_ a: CallArgs) throws -> Value {
        let p = try a.positionalOnly("range", min: 1, max: 3)
        if p.contains(where: { $0.object is PyBigInt }) {
            // Bounds past a machine int: a long range.
            var big: [BigInt] = []
            for v in p {
                guard let b = bigIntValue(v) else { _ = try intIndex(v); return .none }
                big.append(b)
            }
            let (start, stop, step) = big.count == 1 ? (BigInt(0), big[0], BigInt(1))
                : (big[0], big[1], big.count == 3 ? big[2] : BigInt(1))
            if step.isZero { throw valueError("range() arg 3 must not be zero") }
            return .object(PyLongRange.make(start: start, stop: stop, step: step))
        }
        let ints = try p.map { try intIndex($0) }
        let (lo, hi) = ints.count == 1 ? (0, ints[0]) : (ints[0], ints[1])
        if !PyRange.fits(start: lo, stop: hi) {
            // Machine-int bounds whose span is not: `range(-2**63, 0)`.
            let step = ints.count == 3 ? ints[2] : 1
            if step == 0 { throw valueError("range() arg 3 must not be zero") }
            return .object(PyLongRange.make(start: BigInt(lo), stop: BigInt(hi), step: BigInt(step)))
        }
        switch ints.count {
        case 1: return .object(PyRange(start: 0, stop: ints[0], step: 1))
        case 2: return .object(PyRange(start: ints[0], stop: ints[1], step: 1))
        default:
            if ints[2] == 0 { throw valueError("range() arg 3 must not be zero") }
            return .object(PyRange(start: ints[0], stop: ints[1], step: ints[2]))
        }
    }

    // MARK: - type

    /// `type(name, bases, dict)` (the one-argument form is handled by `callType`).
    func constructType(_ a: CallArgs) throws -> Value {
        guard a.keywords.isEmpty, a.count == 3 else {
            if a.count == 1 && a.keywords.isEmpty { return .object(a[0].type) }
            throw typeError("type() takes 1 or 3 arguments")
        }
        let name = try requireString(a[0], "type.__new__() argument 1")
        guard case .object(let bo) = a[1], let bases = bo as? PyTuple else {
            throw typeError("type.__new__() argument 2 must be tuple, not \(a[1].type.name)")
        }
        guard case .object(let dobj) = a[2], let ns = dobj as? PyDict else {
            throw typeError("type.__new__() argument 3 must be dict, not \(a[2].type.name)")
        }
        var base = BuiltinTypes.object
        if bases.items.count > 1 { throw typeError("multiple inheritance is not supported") }
        if let b = bases.items.first {
            guard case .object(let o) = b, let t = o as? PyType else { throw typeError("bases must be types") }
            if t.isBuiltin && !t.isSubclassable || t.layout == .builtin {
                throw typeError("type '\(t.name)' is not an acceptable base type")
            }
            base = t
        }
        let cls = PyType(name: name, base: base, module: "__main__", isBuiltin: false)
        for e in ns.table.live {
            if case .object(let k) = e.key, let s = k as? PyStr { cls.dict[s.value] = e.value }
        }
        return .object(cls)
    }

    // MARK: - functools.partial

    func constructPartial(_ a: CallArgs) throws -> Value {
        guard let function = a.positional.first else {
            throw typeError("type 'partial' takes at least one argument")
        }
        guard isCallable(function) else { throw typeError("the first argument must be callable") }
        var args = Array(a.positional.dropFirst())
        var keywords = a.keywords
        // A partial of a partial is flattened, as CPython does.
        if case .object(let o) = function, let inner = o as? PyPartial {
            args = inner.args + args
            var merged = inner.keywords
            for (k, v) in keywords {
                if let i = merged.firstIndex(where: { $0.0 == k }) { merged[i].1 = v } else { merged.append((k, v)) }
            }
            keywords = merged
            return .object(PyPartial(function: inner.function, args: args, keywords: keywords))
        }
        return .object(PyPartial(function: function, args: args, keywords: keywords))
    }

    // MARK: - property

    func constructProperty(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("property", ["fget", "fset", "fdel", "doc"], required: 0)
        let p = PyMethodWrapper(kind: .property, function: slots[0] ?? .none)
        p.setter = slots[1]?.nonNone
        p.deleter = slots[2]?.nonNone
        p.doc = slots[3]?.nonNone
        return .object(p)
    }
}
