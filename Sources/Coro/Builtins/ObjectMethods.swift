// The methods of `object`, `type` and `function` as Python code calls them
// directly (`object.__new__(cls)`, `super().__init__()`, `C.mro()`). The VM's
// protocol functions never look these up for built-in behaviour; they exist
// for explicit calls and for `super()` chains that end at `object`.

enum ObjectMethods {
    static func install(_ t: PyType) {
        t.method("__new__") { vm, a in try objectNew(vm, a) }
        t.method("__init__", { $0 }) { vm, me, call in
            try objectInit(vm, me, call)
        }
        t.method("__eq__", { $0 }) { _, me, call in
            me.isIdentical(to: try call.one()) ? .bool(true) : notImplemented
        }
        t.method("__ne__", { $0 }) { vm, me, call in
            // The inverse of the type's own __eq__, unless that is NotImplemented.
            let other = try call.one()
            guard let eq = me.type.lookup("__eq__") else { return notImplemented }
            let r = try vm.call(eq, [me, other])
            if r.isIdentical(to: notImplemented) { return r }
            return .bool(!(try vm.truthy(r)))
        }
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            t.method(name, { $0 }) { _, _, call in
                _ = try call.one()
                return notImplemented
            }
        }
        t.method("__repr__", { $0 }) { vm, me, call in
            try call.noArgs()
            guard case .object(let o) = me else { return .str(try vm.repr(me)) }
            return .str(vm.defaultRepr(o))
        }
        t.method("__str__", { $0 }) { vm, me, call in
            try call.noArgs()
            return .str(try vm.repr(me))
        }
        t.method("__hash__", { $0 }) { vm, me, call in
            try call.noArgs()
            guard case .object(let o) = me else { return .int(try vm.hash(me)) }
            return .int(vm.identityHash(o))
        }
        t.method("__format__", { $0 }) { vm, me, call in
            let spec = try call.one()
            guard case .object(let so) = spec, let s = so as? PyStr else {
                throw typeError("__format__() argument must be str, not \(spec.type.name)")
            }
            if !s.value.isEmpty { throw typeError("unsupported format string passed to \(me.type.name).__format__") }
            return .str(try vm.str(me))
        }
        t.method("__setattr__", { $0 }) { vm, me, call in
            let p = try call.positional(2, 2)
            let name = try vm.attributeName(p[0])
            guard case .object(let o) = me else { throw vm.noAttribute(me, name) }
            try vm.genericSetAttr(o, name, p[1])
            return .none
        }
        t.method("__delattr__", { $0 }) { vm, me, call in
            try vm.deleteAttr(me, try vm.attributeName(try call.one()))
            return .none
        }
        t.method("__getattribute__", { $0 }) { vm, me, call in
            let name = try vm.attributeName(try call.one())
            if let v = try vm.lookupAttr(me, name) { return v }
            throw vm.noAttribute(me, name)
        }
        t.method("__dir__", { $0 }) { vm, me, call in
            try call.noArgs()
            return .list(vm.attributeNames(me).map { .str($0) })
        }
    }

    /// `object.__new__(cls, ...)`, with CPython's excess-argument rules.
    private static func objectNew(_ vm: VM, _ a: CallArgs) throws -> Value {
        guard let first = a.positional.first else {
            throw typeError("object.__new__(): not enough arguments")
        }
        guard case .object(let o) = first, let cls = o as? PyType else {
            throw typeError("object.__new__(X): X is not a type object (\(first.type.name))")
        }
        if a.count > 1 || !a.keywords.isEmpty {
            if cls.lookupUser("__new__") != nil {
                throw typeError("object.__new__() takes exactly one argument (the type to instantiate)")
            }
            if cls.lookupUser("__init__") == nil {
                throw typeError("\(cls.name)() takes no arguments")
            }
        }
        if cls.layout == .exception {
            return .object(PyBaseException(cls, args: Array(a.positional.dropFirst())))
        }
        return try vm.allocateInstance(cls)
    }

    /// `object.__init__(self, ...)`: extra arguments are an error unless the
    /// class overrides `__new__` (and not `__init__`), as in CPython.
    private static func objectInit(_ vm: VM, _ me: Value, _ call: MethodCall) throws -> Value {
        guard call.count > 0 || !call.keywords.isEmpty else { return .none }
        let t = me.type
        if t.lookupUser("__init__") != nil {
            throw typeError("object.__init__() takes exactly one argument (the instance to initialize)")
        }
        if t.lookupUser("__new__") == nil {
            throw typeError("\(t.name).__init__() takes exactly one argument (the instance to initialize)")
        }
        return .none
    }
}

enum TypeMethods {
    static func install(_ t: PyType) {
        t.method("mro", { $0.object as? PyType }) { _, cls, call in
            try call.noArgs()
            return .list(cls.mro.map { .object($0) })
        }
    }
}

/// Functions need no methods of their own: binding happens in attribute
/// lookup, and calls go through `VM.call`.
enum FunctionMethods {
    static func install(_ t: PyType) {}
}

/// `property.setter` / `getter`: new properties with one accessor replaced
/// (the `@x.setter` decorator form).
enum PropertyMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PyMethodWrapper? = { v in
            guard let w = v.object as? PyMethodWrapper, w.kind == .property else { return nil }
            return w
        }
        t.method("setter", cast) { _, p, call in
            let copy = PyMethodWrapper(kind: .property, function: p.function)
            copy.setter = try call.one().nonNone
            copy.deleter = p.deleter
            copy.doc = p.doc
            return .object(copy)
        }
        t.method("getter", cast) { _, p, call in
            let copy = PyMethodWrapper(kind: .property, function: try call.one())
            copy.setter = p.setter
            copy.deleter = p.deleter
            copy.doc = p.doc
            return .object(copy)
        }
        t.method("deleter", cast) { _, p, call in
            let copy = PyMethodWrapper(kind: .property, function: p.function)
            copy.setter = p.setter
            copy.deleter = try call.one().nonNone
            copy.doc = p.doc
            return .object(copy)
        }
        t.method("__get__", cast) { vm, p, call in
            let args = try call.positional(1, 2)
            if args[0].isNone { return .object(p) }
            return try vm.propertyGet(p, args[0], name: nil)
        }
    }
}
