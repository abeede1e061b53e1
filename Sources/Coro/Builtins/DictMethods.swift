// The methods of `dict`.

enum DictMethods {
    static func install(_ t: PyType) {
        installLookups(t)
        installMutators(t)
        installProtocol(t)
        t.classMethod("fromkeys") { vm, _, call in
            let a = try call.positional(1, 2)
            let value = a.count > 1 ? a[1] : .none
            let d = PyDict()
            try vm.forEachItem(a[0]) { try vm.dictSet(d, $0, value) }
            return .object(d)
        }
    }

    /// Registers a method of `dict` objects.
    static func def(_ t: PyType, _ name: String, _ body: @escaping (VM, PyDict, MethodCall) throws -> Value) {
        t.method(name, { $0.object as? PyDict }, body)
    }

    static func isDict(_ v: Value) -> Bool { v.object is PyDict }

    private static func installLookups(_ t: PyType) {
        def(t, "get") { vm, d, call in
            let a = try call.positional(1, 2)
            return try vm.dictGet(d, a[0]) ?? (a.count > 1 ? a[1] : .none)
        }
        def(t, "keys") { _, d, call in
            try call.noArgs()
            return .object(PyDictView(.keys, of: d))
        }
        def(t, "values") { _, d, call in
            try call.noArgs()
            return .object(PyDictView(.values, of: d))
        }
        def(t, "items") { _, d, call in
            try call.noArgs()
            return .object(PyDictView(.items, of: d))
        }
        def(t, "copy") { _, d, call in
            try call.noArgs()
            let c = PyDict()
            c.table = d.table
            return .object(c)
        }
    }

    private static func installMutators(_ t: PyType) {
        def(t, "pop") { vm, d, call in
            let a = try call.positional(1, 2)
            if let v = try vm.dictDelete(d, a[0]) { return v }
            if a.count > 1 { return a[1] }
            throw keyError(a[0])
        }
        def(t, "popitem") { _, d, call in
            try call.noArgs()
            guard let p = d.table.lastPosition, let e = d.table.entry(at: p) else {
                throw keyError(.str("popitem(): dictionary is empty"))
            }
            d.table.remove(at: p)
            return .tuple([e.key, e.value])
        }
        def(t, "setdefault") { vm, d, call in
            let a = try call.positional(1, 2)
            if let v = try vm.dictGet(d, a[0]) { return v }
            let v = a.count > 1 ? a[1] : .none
            try vm.dictSet(d, a[0], v)
            return v
        }
        def(t, "update") { vm, d, call in
            if call.count > 1 { throw typeError("update expected at most 1 argument, got \(call.count)") }
            if let source = call.optional(0) { try vm.dictUpdate(d, from: source) }
            for (k, v) in call.keywords { try vm.dictSet(d, .str(k), v) }
            return .none
        }
        def(t, "clear") { _, d, call in
            try call.noArgs()
            d.table.removeAll()
            return .none
        }
    }

    private static func installProtocol(_ t: PyType) {
        t.unhashable()
        SpecialMethods.installComparisons(t, equalityOnly: true, accepts: isDict)
        SpecialMethods.installContainer(t, cast: isDict)
        def(t, "__setitem__") { vm, d, call in
            let a = try call.positional(2, 2)
            try vm.dictSet(d, a[0], a[1])
            return .none
        }
        def(t, "__delitem__") { vm, d, call in
            let k = try call.one()
            if try vm.dictDelete(d, k) == nil { throw keyError(k) }
            return .none
        }
        def(t, "__reversed__") { vm, d, call in
            try call.noArgs()
            return .object(vm.dictIterator(d, .keys, reversed: true))
        }
        def(t, "__or__") { vm, d, call in
            let other = try call.one()
            guard isDict(other) else { return notImplemented }
            return try vm.binaryOp(.bitOr, .object(d), other)
        }
        def(t, "__ior__") { vm, d, call in
            try vm.binaryOp(.bitOr, .object(d), try call.one(), inplace: true)
        }
    }
}
