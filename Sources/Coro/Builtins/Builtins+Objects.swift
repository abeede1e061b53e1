// Built-ins about objects, types and attributes: isinstance, issubclass,
// getattr/hasattr/setattr/delattr, id, hash, callable, vars, dir.

extension VM {
    func installObjectBuiltins() {
        define("isinstance") { vm, a in
            let p = try a.positionalOnly("isinstance", min: 2, max: 2)
            return .bool(try vm.isInstance(p[0], p[1]))
        }
        define("issubclass") { vm, a in
            let p = try a.positionalOnly("issubclass", min: 2, max: 2)
            guard case .object(let o) = p[0], let cls = o as? PyType else {
                throw typeError("issubclass() arg 1 must be a class")
            }
            return .bool(try vm.isSubclass(cls, p[1]))
        }
        define("getattr") { vm, a in
            let p = try a.positionalOnly("getattr", min: 2, max: 3)
            let name = try vm.attributeName(p[1])
            guard p.count == 3 else { return try vm.getAttr(p[0], name) }
            do {
                return try vm.getAttr(p[0], name)
            } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.attributeError) {
                return p[2]
            }
        }
        define("hasattr") { vm, a in
            let p = try a.positionalOnly("hasattr", min: 2, max: 2)
            let name = try vm.attributeName(p[1])
            do {
                _ = try vm.getAttr(p[0], name)
                return .bool(true)
            } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.attributeError) {
                return .bool(false)
            }
        }
        define("setattr") { vm, a in
            let p = try a.positionalOnly("setattr", min: 3, max: 3)
            try vm.setAttr(p[0], try vm.attributeName(p[1]), p[2])
            return .none
        }
        define("delattr") { vm, a in
            let p = try a.positionalOnly("delattr", min: 2, max: 2)
            try vm.deleteAttr(p[0], try vm.attributeName(p[1]))
            return .none
        }
        define("id") { vm, a in .int(vm.identity(try a.single("id"))) }
        define("hash") { vm, a in .int(try vm.hash(try a.single("hash"))) }
        define("callable") { vm, a in .bool(vm.isCallable(try a.single("callable"))) }
        define("vars") { vm, a in
            let p = try a.positionalOnly("vars", min: 0, max: 1)
            guard let v = p.first else { throw typeError("vars() without an argument is not supported") }
            return try vm.builtinVars(v)
        }
        define("dir") { vm, a in
            let p = try a.positionalOnly("dir", min: 0, max: 1)
            guard let v = p.first else { throw typeError("dir() without an argument is not supported") }
            return .list(vm.attributeNames(v).map { .str($0) })
        }
    }

    // MARK: - Types

    /// `isinstance(v, classinfo)`: a class or a (nested) tuple of classes.
    func isInstance(_ v: Value, _ classinfo: Value) throws -> Bool {
        if case .object(let o) = classinfo {
            if let t = o as? PyType { return v.type.isSubtype(of: t) }
            if let tup = o as? PyTuple {
                for item in tup.items where try isInstance(v, item) { return true }
                return false
            }
        }
        throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }

    /// `issubclass(cls, classinfo)`.
    func isSubclass(_ cls: PyType, _ classinfo: Value) throws -> Bool {
        if case .object(let o) = classinfo {
            if let t = o as? PyType { return cls.isSubtype(of: t) }
            if let tup = o as? PyTuple {
                for item in tup.items where try isSubclass(cls, item) { return true }
                return false
            }
        }
        throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    /// `callable(v)`.
    func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyFunction, is PyBuiltinFunction, is PyBoundMethod, is PyType, is PyPartial:
            return true
        case let w as PyMethodWrapper:
            return w.kind == .staticMethod
        default:
            return o.type.lookupUser("__call__") != nil
        }
    }

    // MARK: - Attributes

    func attributeName(_ v: Value) throws -> String {
        if case .object(let o) = v, let s = o as? PyStr { return s.value }
        throw typeError("attribute name must be string, not '\(v.type.name)'")
    }

    func builtinVars(_ v: Value) throws -> Value {
        if case .object(let o) = v {
            switch o {
            case let m as PyModule: return try attrsDict(m.attrs)
            case let t as PyType: return try attrsDict(t.dict)
            default: break
            }
        }
        do {
            return try getAttr(v, "__dict__")
        } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.attributeError) {
            throw typeError("vars() argument must have __dict__ attribute")
        }
    }

    /// `dir(v)`: the attribute names of the object and its classes, sorted.
    func attributeNames(_ v: Value) -> [String] {
        var names = Set<String>(["__class__"])
        func addClasses(_ t: PyType) {
            for c in t.mro {
                for (k, _) in c.dict.items { names.insert(k) }
                if !c.isBuiltin { names.formUnion(["__dict__", "__doc__", "__module__", "__weakref__"]) }
            }
        }
        if case .object(let o) = v {
            switch o {
            case let m as PyModule:
                names = Set(m.attrs.items.map { $0.0 })
                names.formUnion(["__name__", "__doc__"])
                return names.sorted(by: scalarOrder)
            case let t as PyType:
                addClasses(t)
                return names.sorted(by: scalarOrder)
            case let i as PyInstance:
                for (k, _) in i.attrs.items { names.insert(k) }
                for e in i.dictObject?.table.live ?? [] {
                    if case .object(let k) = e.key, let s = k as? PyStr { names.insert(s.value) }
                }
            case let f as PyFunction:
                for (k, _) in f.attrs.items { names.insert(k) }
                names.formUnion(["__name__", "__qualname__", "__module__", "__doc__", "__code__", "__defaults__", "__dict__"])
            case let e as PyBaseException:
                for (k, _) in e.attrs.items { names.insert(k) }
                names.formUnion(["args", "with_traceback", "__cause__", "__context__", "__suppress_context__", "__traceback__"])
            default:
                break
            }
        }
        addClasses(v.type)
        return names.sorted(by: scalarOrder)
    }

    // MARK: - Identity

    /// `id(v)`: the per-session serial of an object; unboxed values get fixed
    /// numbers above any serial, so equal small values have equal ids, as
    /// CPython's cached small ints and singletons do.
    func identity(_ v: Value) -> Int {
        let unboxedBase = 1 << 40
        switch v {
        case .object(let o): return serial(of: o)
        case .none: return unboxedBase
        case .bool(let b): return unboxedBase + (b ? 2 : 1)
        case .int(let i): return (unboxedBase << 1) &+ i
        case .float(let d): return (unboxedBase << 4) | Int(truncatingIfNeeded: d.bitPattern >> 8)
        }
    }
}

/// Code-point order, as Python sorts strings.
func scalarOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
}
