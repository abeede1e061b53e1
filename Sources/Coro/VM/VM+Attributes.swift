extension VM {
    // MARK: - Getting attributes

    /// `o.name`.
    public func getAttr(_ o: Value, _ name: String) throws -> Value {
        do {
            if let v = try lookupAttr(o, name) { return v }
        } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.attributeError) {
            // A property's getter raising AttributeError falls back to `__getattr__` too.
            guard case .object(let obj) = o, !obj.type.isBuiltin, let ga = obj.type.lookupUser("__getattr__") else { throw e }
            return try call(ga, [o, .str(name)])
        }
        if case .object(let obj) = o, !obj.type.isBuiltin, let ga = obj.type.lookupUser("__getattr__") {
            return try call(ga, [o, .str(name)])
        }
        throw noAttribute(o, name)
    }

    /// A property's value for `o`: "property 'x' of 'C' object has no getter"
    /// when it has none.
    func propertyGet(_ p: PyMethodWrapper, _ o: Value, name: String?) throws -> Value {
        if p.function.isNone {
            let what = name.map { "property '\($0)'" } ?? "property"
            throw attributeError("\(what) of '\(o.type.name)' object has no getter")
        }
        return try call(p.function, [o])
    }

    func noAttribute(_ o: Value, _ name: String) -> PyBaseException {
        if case .object(let obj) = o {
            if let t = obj as? PyType { return attributeError("type object '\(t.name)' has no attribute '\(name)'") }
            if let m = obj as? PyModule { return attributeError("module '\(m.name)' has no attribute '\(name)'") }
        }
        return attributeError("'\(o.type.name)' object has no attribute '\(name)'")
    }

    /// `o.name`, or nil when there is no such attribute (no `__getattr__` hook).
    func lookupAttr(_ o: Value, _ name: String) throws -> Value? {
        guard case .object(let obj) = o else { return try classAttribute(o, o.type, name) }
        switch obj {
        case let inst as PyInstance:
            if let d = inst.cls.lookup(name), case .object(let w) = d, let p = w as? PyMethodWrapper, p.kind == .property {
                return try propertyGet(p, o, name: name)
            }
            if let v = try instanceAttribute(inst, name) { return v }
            if name == "__dict__", inst.cls !== BuiltinTypes.object { return .object(try instanceDict(inst)) }
        case let t as PyType:
            return try typeAttribute(t, name)
        case let m as PyModule:
            if let v = m.attrs[name] { return v }
            if name == "__name__" { return .str(m.name) }
            return nil
        case let e as PyBaseException:
            if let v = exceptionAttribute(e, name) { return v }
        case let f as PyFunction:
            if let v = functionAttribute(f, name) { return v }
        case let g as PyGenerator:
            if let v = try generatorAttribute(g, name) { return v }
        case let m as PyBoundMethod:
            switch name {
            case "__self__": return m.receiver
            case "__func__": return m.function
            case "__name__", "__qualname__", "__doc__", "__module__": return try getAttr(m.function, name)
            default: break
            }
        case let b as PyBuiltinFunction:
            if name == "__name__" || name == "__qualname__" { return .str(b.name) }
            if name == "__self__" { return b.boundSelf ?? Value.none }
            if name == "__doc__" { return Value.none }
        case let c as PyCode:
            if let v = codeAttribute(c.code, name) { return v }
        case let fr as PyFrameObject:
            if let v = frameAttribute(fr, name) { return v }
        case let p as PyPartial:
            switch name {
            case "func": return p.function
            case "args": return .tuple(p.args)
            case "keywords":
                let d = PyDict()
                for (k, v) in p.keywords { try dictSet(d, .str(k), v) }
                return .object(d)
            default: break
            }
        case let s as PySlice:
            switch name {
            case "start": return s.start
            case "stop": return s.stop
            case "step": return s.step
            default: break
            }
        case let r as PyRange:
            switch name {
            case "start": return .int(r.start)
            case "stop": return .int(r.stop)
            case "step": return .int(r.step)
            default: break
            }
        case let w as PyMethodWrapper:
            if name == "__func__" || name == "fget" { return w.function }
            if name == "__wrapped__" { return w.function }
            if w.kind == .property {
                switch name {
                case "fset": return w.setter ?? Value.none
                case "fdel": return w.deleter ?? Value.none
                case "__doc__":
                    if let d = w.doc { return d }
                    return w.function.isNone ? Value.none : try lookupAttr(w.function, "__doc__") ?? Value.none
                default: break
                }
            }
        case let s as PySuper:
            if let v = try superAttribute(s, name) { return v }
            throw attributeError("'super' object has no attribute '\(name)'")
        case let c as PyCell:
            if name == "cell_contents" {
                guard let v = c.value else { throw valueError("Cell is empty") }
                return v
            }
        default:
            break
        }
        return try classAttribute(o, obj.type, name)
    }

    /// An attribute found on the instance's class: functions bind, wrappers unwrap.
    func classAttribute(_ o: Value, _ t: PyType, _ name: String) throws -> Value? {
        if name == "__class__" { return .object(t) }
        guard let v = t.lookup(name) else { return nil }
        guard case .object(let f) = v else { return v }
        switch f {
        case is PyFunction, is PyBuiltinFunction, is PyPartial:
            if let b = f as? PyBuiltinFunction, b.owner == nil { return v }
            if f is PyPartial { return v }
            return .object(PyBoundMethod(receiver: o, function: v))
        case let w as PyMethodWrapper:
            switch w.kind {
            case .classMethod: return .object(PyBoundMethod(receiver: .object(t), function: w.function))
            case .staticMethod: return w.function
            case .property: return try call(w.function, [o])
            }
        case let inst as PyInstance:
            // A descriptor: an instance whose class defines `__get__` (a cached
            // method is one) binds to the instance it is read through.
            if let get = inst.cls.lookupUser("__get__") { return try call(get, [v, o, .object(t)]) }
            return v
        default:
            return v
        }
    }

    func typeAttribute(_ t: PyType, _ name: String) throws -> Value? {
        switch name {
        case "__name__": return .str(t.name)
        case "__qualname__": return .str(t.qualname)
        case "__module__": return .str(t.module)
        case "__bases__": return .tuple(t.base.map { [.object($0)] } ?? [])
        case "__base__": return t.base.map { .object($0) } ?? Value.none
        case "__mro__": return .tuple(t.mro.map { .object($0) })
        case "__class__": return .object(BuiltinTypes.type)
        case "__doc__": return t.dict["__doc__"] ?? Value.none
        case "__dict__":
            var d = AttrDict()
            for (k, v) in t.dict.items { d[k] = v }
            return try attrsDict(d)
        default: break
        }
        if let v = t.lookup(name) {
            if case .object(let o) = v, let w = o as? PyMethodWrapper {
                switch w.kind {
                case .classMethod: return .object(PyBoundMethod(receiver: .object(t), function: w.function))
                case .staticMethod: return w.function
                case .property: return v
                }
            }
            // A descriptor read through the class: `__get__(None, cls)`.
            if case .object(let o) = v, let inst = o as? PyInstance, let get = inst.cls.lookupUser("__get__") {
                return try call(get, [v, .none, .object(t)])
            }
            return v
        }
        // Attributes of `type` itself (e.g. `C.mro`).
        if let v = BuiltinTypes.type.lookup(name), case .object(let o) = v, o is PyBuiltinFunction {
            return .object(PyBoundMethod(receiver: .object(t), function: v))
        }
        return nil
    }

    /// An instance's own attribute (from its `__dict__`), or nil.
    @inline(__always)
    func instanceAttribute(_ inst: PyInstance, _ name: String) throws -> Value? {
        guard let d = inst.dictObject else { return inst.attrs[name] }
        return try dictGet(d, .str(name))
    }

    func setInstanceAttribute(_ inst: PyInstance, _ name: String, _ v: Value) throws {
        if let d = inst.dictObject { try dictSet(d, .str(name), v) } else { inst.attrs[name] = v }
    }

    /// Removes an instance's own attribute; false when it has none of that name.
    func deleteInstanceAttribute(_ inst: PyInstance, _ name: String) throws -> Bool {
        if let d = inst.dictObject { return try dictDelete(d, .str(name)) != nil }
        guard inst.attrs[name] != nil else { return false }
        inst.attrs[name] = nil
        return true
    }

    /// `inst.__dict__`: made on first request from the attribute table, then the
    /// instance's storage.
    func instanceDict(_ inst: PyInstance) throws -> PyDict {
        if let d = inst.dictObject { return d }
        let d = PyDict()
        for (k, v) in inst.attrs.items { try dictSet(d, .str(k), v) }
        inst.attrs = AttrDict()
        inst.dictObject = d
        return d
    }

    func attrsDict(_ a: AttrDict) throws -> Value {
        let d = PyDict()
        for (k, v) in a.items { try dictSet(d, .str(k), v) }
        return .object(d)
    }

    func exceptionAttribute(_ e: PyBaseException, _ name: String) -> Value? {
        switch name {
        case "args": return .tuple(e.args)
        case "__cause__": return e.cause
        case "__context__": return e.context
        case "__suppress_context__": return .bool(e.suppressContext)
        case "__traceback__": return tracebackValue(.object(e))
        case "value" where e.isInstance(of: BuiltinTypes.stopIteration):
            return e.attrs["value"] ?? e.args.first ?? Value.none
        default: return e.attrs[name]
        }
    }

    func functionAttribute(_ f: PyFunction, _ name: String) -> Value? {
        if let v = f.attrs[name] { return v }
        switch name {
        case "__name__": return .str(f.name)
        case "__qualname__": return .str(f.qualname)
        case "__module__": return .str("__main__")
        case "__doc__": return f.code.docstring.map { .str($0) } ?? Value.none
        case "__code__": return codeValue(f.code)
        case "__defaults__": return f.defaults.isEmpty ? Value.none : .tuple(f.defaults)
        case "__kwdefaults__":
            guard !f.kwDefaults.isEmpty else { return Value.none }
            let d = PyDict()
            for (k, v) in f.kwDefaults { try? dictSet(d, .str(k), v) }
            return .object(d)
        case "__globals__", "__closure__", "__annotations__": return Value.none
        case "__dict__": return try? attrsDict(f.attrs)
        default: return nil
        }
    }

    /// The `code` object of `c`: the same one every time while it is referenced.
    func codeValue(_ c: CodeObject) -> Value {
        let key = ObjectIdentifier(c)
        if let w = codeWrappers[key]?.code, w.code === c { return .object(w) }
        if codeWrappers.count >= 64 && codeWrappers.count.nonzeroBitCount == 1 {
            codeWrappers = codeWrappers.filter { $0.value.code != nil }
        }
        let w = PyCode(c)
        codeWrappers[key] = WeakCode(code: w)
        return .object(w)
    }

    func codeAttribute(_ c: CodeObject, _ name: String) -> Value? {
        switch name {
        case "co_name": return .str(c.name)
        case "co_qualname": return .str(c.qualname)
        case "co_filename": return .str(c.filename)
        case "co_firstlineno": return .int(c.firstLine)
        case "co_argcount": return .int(c.argcount)
        case "co_kwonlyargcount": return .int(c.kwonlyargcount)
        case "co_posonlyargcount": return .int(c.posonlyargcount)
        case "co_varnames": return .tuple(c.varnames.map { .str($0) })
        case "co_cellvars": return .tuple(c.cellvars.map { .str($0) })
        case "co_freevars": return .tuple(c.freevars.map { .str($0) })
        case "co_flags": return .int(c.flags.rawValue & 0xffff)
        default: return nil
        }
    }

    // MARK: - Setting attributes

    /// `o.name = v`.
    public func setAttr(_ o: Value, _ name: String, _ v: Value) throws {
        guard case .object(let obj) = o else { throw readOnlyAttribute(o, name) }
        if !obj.type.isBuiltin, let sa = obj.type.lookupUser("__setattr__") {
            _ = try call(sa, [o, .str(name), v])
            return
        }
        try genericSetAttr(obj, name, v)
    }

    /// `object.__setattr__`.
    func genericSetAttr(_ obj: PyObject, _ name: String, _ v: Value) throws {
        switch obj {
        case let inst as PyInstance:
            if let d = inst.cls.lookup(name), case .object(let w) = d, let p = w as? PyMethodWrapper, p.kind == .property {
                guard let setter = p.setter else { throw attributeError("property '\(name)' of '\(inst.cls.name)' object has no setter") }
                _ = try call(setter, [.object(obj), v])
                return
            }
            // A plain `object()` has no `__dict__`.
            if inst.cls === BuiltinTypes.object { throw noAttribute(.object(obj), name) }
            if name == "__dict__" {
                guard case .object(let o) = v, let d = o as? PyDict else {
                    throw typeError("__dict__ must be set to a dictionary, not a '\(v.type.name)'")
                }
                inst.attrs = AttrDict()
                inst.dictObject = d
                return
            }
            try setInstanceAttribute(inst, name, v)
        case let t as PyType:
            if t.isBuiltin { throw typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'") }
            switch name {
            case "__name__": t.name = try expectString(v, what: "__name__")
            case "__qualname__": t.qualname = try expectString(v, what: "__qualname__")
            default: t.dict[name] = v
            }
        case let e as PyBaseException:
            switch name {
            case "__cause__":
                guard v.isNone || v.object is PyBaseException else {
                    throw typeError("exception cause must be None or derive from BaseException")
                }
                e.cause = v
                e.suppressContext = true
            case "__context__":
                guard v.isNone || v.object is PyBaseException else {
                    throw typeError("exception context must be None or derive from BaseException")
                }
                e.context = v
            case "__suppress_context__": e.suppressContext = try truthy(v)
            case "args": e.args = try iterateToArray(v)
            default: e.attrs[name] = v
            }
        case let f as PyFunction:
            switch name {
            case "__name__": f.name = try nameString(v, "__name__")
            case "__qualname__": f.qualname = try nameString(v, "__qualname__")
            default: f.attrs[name] = v
            }
        case let m as PyModule:
            m.attrs[name] = v
        case let g as PyGenerator:
            switch name {
            case "__name__": g.name = try nameString(v, "__name__")
            case "__qualname__": g.qualname = try nameString(v, "__qualname__")
            default:
                throw generatorAttributeNotWritable(g, name)
            }
        default:
            // Built-in objects with writable fields (asyncio's `_asyncio_future_blocking`).
            if let w = obj as? WritableAttributes, try w.setAttribute(name, v, vm: self) { return }
            throw readOnlyAttribute(.object(obj), name)
        }
    }

    /// A new `__name__`/`__qualname__` of a function or generator.
    private func nameString(_ v: Value, _ what: String) throws -> String {
        if case .object(let o) = v, let s = o as? PyStr { return s.value }
        throw typeError("\(what) must be set to a string object")
    }

    /// Assigning to an attribute of a built-in object: read-only when its type
    /// has it (`"s".upper = 1`), missing otherwise.
    func readOnlyAttribute(_ o: Value, _ name: String) -> PyBaseException {
        if o.type.lookup(name) != nil {
            return attributeError("'\(o.type.name)' object attribute '\(name)' is read-only")
        }
        return attributeError("'\(o.type.name)' object has no attribute '\(name)'")
    }

    /// `del o.name`.
    public func deleteAttr(_ o: Value, _ name: String) throws {
        guard case .object(let obj) = o else { throw noAttribute(o, name) }
        switch obj {
        case let inst as PyInstance:
            if let d = inst.cls.lookup(name), case .object(let w) = d, let p = w as? PyMethodWrapper, p.kind == .property {
                guard let deleter = p.deleter else { throw attributeError("property '\(name)' of '\(inst.cls.name)' object has no deleter") }
                _ = try call(deleter, [o])
                return
            }
            if !(try deleteInstanceAttribute(inst, name)) { throw noAttribute(o, name) }
        case let t as PyType where !t.isBuiltin:
            if t.dict[name] == nil { throw noAttribute(o, name) }
            t.dict[name] = nil
        case let f as PyFunction:
            if name == "__name__" || name == "__qualname__" { throw typeError("\(name) must be set to a string object") }
            if f.attrs[name] == nil { throw noAttribute(o, name) }
            f.attrs[name] = nil
        case let g as PyGenerator:
            if name == "__name__" || name == "__qualname__" { throw typeError("\(name) must be set to a string object") }
            throw generatorAttributeNotWritable(g, name)
        case let e as PyBaseException:
            if e.attrs[name] == nil { throw noAttribute(o, name) }
            e.attrs[name] = nil
        default:
            throw noAttribute(o, name)
        }
    }

    /// `loadMethod`: avoids making a bound method for `o.m(...)` calls.
    func loadMethod(_ o: Value, _ name: String) throws -> (Value, Value) {
        if case .object(let obj) = o {
            if let inst = obj as? PyInstance {
                if let v = try instanceAttribute(inst, name) { return (v, unboundValue) }
                if let v = inst.cls.lookup(name), case .object(let f) = v {
                    if f is PyFunction { return (v, o) }
                    // A built-in method on a user class (asyncio's Queue): no bound method.
                    if let b = f as? PyBuiltinFunction, b.owner != nil { return (v, o) }
                }
            } else if !(obj is PyType) && !(obj is PyModule) && !(obj is PySuper), let v = obj.type.lookup(name), case .object(let f) = v,
                      let b = f as? PyBuiltinFunction, b.owner != nil {
                return (v, o)
            }
        } else if let v = o.type.lookup(name), case .object(let f) = v, let b = f as? PyBuiltinFunction, b.owner != nil {
            return (v, o)
        }
        return (try getAttr(o, name), unboundValue)
    }

    /// Calls `o.name(args)`.
    public func callMethod(_ o: Value, _ name: String, _ args: [Value]) throws -> Value {
        let (m, s) = try loadMethod(o, name)
        if case .object(let so) = s, so === unbound { return try call(m, args) }
        return try call(m, [s] + args)
    }
}

/// A weak reference to a `code` object (`VM.codeWrappers`).
struct WeakCode {
    weak var code: PyCode?
}
