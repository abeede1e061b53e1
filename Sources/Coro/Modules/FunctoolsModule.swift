/// `functools`: partial, wraps, update_wrapper, reduce.
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
        return m
    }
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
