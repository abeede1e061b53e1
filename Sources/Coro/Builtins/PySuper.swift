/// `super(cls, obj)`: attribute lookup that starts after `cls` in the MRO of
/// `obj`'s class and binds what it finds to `obj`. The compiler turns a
/// zero-argument `super()` into `super(__class__, <first argument>)`.
public final class PySuper: PyObject {
    /// The class whose MRO successors are searched (`__thisclass__`).
    let thisClass: PyType
    /// The object methods bind to (`__self__`); nil for the unbound one-argument form.
    let receiver: Value?
    /// The class whose MRO is walked (`__self_class__`): `type(obj)`, or `obj` itself
    /// when it is a class (inside a classmethod).
    let startType: PyType?

    public override var type: PyType { BuiltinTypes.superType }

    init(thisClass: PyType, receiver: Value?, startType: PyType?) {
        self.thisClass = thisClass
        self.receiver = receiver
        self.startType = startType
    }
}

extension VM {
    /// `super(type, obj)` with CPython's checks.
    func constructSuper(_ a: CallArgs) throws -> Value {
        try a.noKeywords("super")
        if a.count > 2 { throw typeError("super() expected at most 2 arguments, got \(a.count)") }
        guard let first = a.positional.first else { throw runtimeError("super(): no arguments") }
        guard case .object(let o) = first, let cls = o as? PyType else {
            throw typeError("super() argument 1 must be a type, not \(first.type.name)")
        }
        guard a.count == 2 else { return .object(PySuper(thisClass: cls, receiver: nil, startType: nil)) }
        let obj = a[1]
        if case .object(let oo) = obj, let t = oo as? PyType, t.isSubtype(of: cls) {
            return .object(PySuper(thisClass: cls, receiver: obj, startType: t))
        }
        guard obj.type.isSubtype(of: cls) else {
            throw typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(thisClass: cls, receiver: obj, startType: obj.type))
    }

    /// An attribute of a super object: found after `thisClass` in the MRO, then
    /// bound as attribute access on the receiver would bind it.
    func superAttribute(_ s: PySuper, _ name: String) throws -> Value? {
        switch name {
        case "__thisclass__": return .object(s.thisClass)
        case "__self__": return s.receiver ?? Value.none
        case "__self_class__": return s.startType.map { .object($0) } ?? Value.none
        case "__class__": return .object(BuiltinTypes.superType)
        default: break
        }
        guard let start = s.startType, let receiver = s.receiver else { return nil }
        let mro = start.mro
        guard let i = mro.firstIndex(where: { $0 === s.thisClass }) else { return nil }
        for t in mro[(i + 1)...] {
            guard let v = t.dict[name] else { continue }
            return try bindFromSuper(v, name: name, receiver: receiver, start: start)
        }
        return nil
    }

    private func bindFromSuper(_ v: Value, name: String, receiver: Value, start: PyType) throws -> Value {
        guard case .object(let f) = v else { return v }
        switch f {
        case is PyFunction:
            return .object(PyBoundMethod(receiver: receiver, function: v))
        case let b as PyBuiltinFunction:
            // `__new__` is a static method: `super().__new__(cls)` passes the class itself.
            if b.owner == nil || name == "__new__" { return v }
            return .object(PyBoundMethod(receiver: receiver, function: v))
        case let w as PyMethodWrapper:
            switch w.kind {
            case .classMethod: return .object(PyBoundMethod(receiver: .object(start), function: w.function))
            case .staticMethod: return w.function
            case .property: return try call(w.function, [receiver])
            }
        default:
            return v
        }
    }
}
