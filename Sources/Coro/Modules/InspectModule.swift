/// `inspect`: the predicates and generator/coroutine introspection that
/// teaching generators needs. States come from `PyGenerator.state`.
enum InspectModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "inspect")
        for state in [GeneratorState.created, .running, .suspended, .closed] {
            for prefix in ["GEN", "CORO"] {
                let name = state.name(prefix: prefix)
                m.attrs[name] = .str(name)
            }
        }
        predicate(m, "isgeneratorfunction") { vm, v in vm.codeFlags(of: v)?.contains(.generator) ?? false }
        predicate(m, "iscoroutinefunction") { vm, v in vm.codeFlags(of: v)?.contains(.coroutine) ?? false }
        predicate(m, "isasyncgenfunction") { vm, v in vm.codeFlags(of: v)?.contains(.asyncGenerator) ?? false }
        predicate(m, "isgenerator") { _, v in (v.object as? PyGenerator)?.kind == .generator }
        predicate(m, "iscoroutine") { _, v in (v.object as? PyGenerator)?.kind == .coroutine }
        predicate(m, "isasyncgen") { _, v in (v.object as? PyGenerator)?.kind == .asyncGenerator }
        predicate(m, "isawaitable") { _, v in isAwaitable(v) }
        predicate(m, "isfunction") { _, v in v.object is PyFunction }
        predicate(m, "isclass") { _, v in v.object is PyType }
        predicate(m, "ismodule") { _, v in v.object is PyModule }
        predicate(m, "ismethod") { _, v in (v.object as? PyBoundMethod)?.function.object is PyFunction }
        predicate(m, "isbuiltin") { _, v in isBuiltin(v) }
        predicate(m, "isroutine") { _, v in
            v.object is PyFunction || v.object is PyBoundMethod || v.object is PyBuiltinFunction
        }
        predicate(m, "iscode") { _, v in v.object is PyCode }
        predicate(m, "isframe") { _, v in v.object is PyFrameObject }
        m.function("getgeneratorstate") { vm, a in
            let g = try generator(vm, try a.single("getgeneratorstate"), .generator, attribute: "gi_running")
            return .str(g.state.name(prefix: "GEN"))
        }
        m.function("getcoroutinestate") { vm, a in
            let g = try generator(vm, try a.single("getcoroutinestate"), .coroutine, attribute: "cr_running")
            return .str(g.state.name(prefix: "CORO"))
        }
        m.function("getgeneratorlocals") { vm, a in
            let v = try a.single("getgeneratorlocals")
            guard let g = v.object as? PyGenerator, g.kind == .generator else {
                throw typeError("\(try vm.repr(v)) is not a Python generator")
            }
            return try vm.frameLocals(g)
        }
        m.function("getcoroutinelocals") { vm, a in
            let v = try a.single("getcoroutinelocals")
            guard let g = v.object as? PyGenerator, g.kind == .coroutine else { return .object(PyDict()) }
            return try vm.frameLocals(g)
        }
        return m
    }

    private static func predicate(_ m: PyModule, _ name: String, _ test: @escaping (VM, Value) -> Bool) {
        m.function(name) { vm, a in .bool(test(vm, try a.single(name))) }
    }

    /// The generator of the wanted kind, or the AttributeError that CPython's
    /// duck-typed `getgeneratorstate` raises for anything else.
    private static func generator(_ vm: VM, _ v: Value, _ kind: PyGenerator.Kind, attribute: String) throws -> PyGenerator {
        guard let g = v.object as? PyGenerator, g.kind == kind else { throw vm.noAttribute(v, attribute) }
        return g
    }

    /// A coroutine, an iterable-coroutine generator, or an object whose class has `__await__`.
    private static func isAwaitable(_ v: Value) -> Bool {
        if let g = v.object as? PyGenerator {
            if g.kind == .coroutine { return true }
            if g.kind == .generator && g.code.flags.contains(.iterableCoroutine) { return true }
        }
        return v.type.lookup("__await__") != nil
    }

    private static func isBuiltin(_ v: Value) -> Bool {
        if v.object is PyBuiltinFunction { return true }
        if let m = v.object as? PyBoundMethod { return m.function.object is PyBuiltinFunction }
        return false
    }
}

extension VM {
    /// The code flags of a function, seen through bound methods and partials
    /// (as CPython's `inspect._has_code_flag` unwraps them).
    func codeFlags(of v: Value) -> CodeFlags? {
        guard case .object(let o) = v else { return nil }
        switch o {
        case let f as PyFunction: return f.code.flags
        case let m as PyBoundMethod: return codeFlags(of: m.function)
        case let p as PyPartial: return codeFlags(of: p.function)
        default: return nil
        }
    }

    /// A generator's live locals as a new dict (empty once it has finished).
    func frameLocals(_ g: PyGenerator) throws -> Value {
        let d = PyDict()
        if let frame = g.frame {
            for (k, v) in frame.boundLocals { try dictSet(d, .str(k), v) }
        }
        return .object(d)
    }
}
