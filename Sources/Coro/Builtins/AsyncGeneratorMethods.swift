// Async generators: `__anext__`, `asend`, `athrow` and `aclose` return awaitables
// that step the generator (CPython's async_generator_asend / _athrow objects).
// CPython tells an async generator's own `yield` from an `await` passing through
// it by a wrapper on the yielded value; coro derives it from the frame instead:
// a generator suspended inside a `send` loop (`delegate(of:)`) is awaiting.

enum AsyncGeneratorMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PyGenerator? = { $0.object as? PyGenerator }
        t.method("__aiter__", cast) { _, g, call in
            try call.noArgs()
            return .object(g)
        }
        t.method("__anext__", cast) { vm, g, call in
            try call.noArgs()
            try vm.initAsyncgenHooks(g)
            return .object(PyAsyncGenAwaitable(g, .send(.none)))
        }
        t.method("asend", cast) { vm, g, call in
            let value = try call.one()
            try vm.initAsyncgenHooks(g)
            return .object(PyAsyncGenAwaitable(g, .send(value)))
        }
        t.method("athrow", cast) { vm, g, call in
            // METH_VARARGS: the arguments are counted only when the awaitable
            // first runs (`PyArg_UnpackTuple`), as CPython 3.11 does.
            let args = try call.varargs()
            try vm.initAsyncgenHooks(g)
            return .object(PyAsyncGenAwaitable(g, .throwIn(args)))
        }
        t.method("aclose", cast) { vm, g, call in
            try call.noArgs()
            try vm.initAsyncgenHooks(g)
            return .object(PyAsyncGenAwaitable(g, .close))
        }
    }
}

/// The awaitable of one `asend`/`__anext__` (kind `.send`) or `athrow`/`aclose`.
final class PyAsyncGenAwaitable: PyObject {
    enum Kind {
        /// `asend(value)`; `__anext__()` sends None.
        case send(Value)
        /// `athrow(typ[, val[, tb]])`, its arguments not yet counted.
        case throwIn([Value])
        /// `aclose()`: GeneratorExit thrown in, and it must not yield again.
        case close
    }
    enum State { case initial, iterating, closed }

    /// The async generator stepped.
    let generator: PyGenerator
    /// What the awaitable does.
    let kind: Kind
    /// CPython's `ags_state` / `agt_state`.
    var state: State = .initial

    override var type: PyType {
        if case .send = kind { return PyAsyncGenAwaitable.asendType }
        return PyAsyncGenAwaitable.athrowType
    }

    init(_ generator: PyGenerator, _ kind: Kind) {
        self.generator = generator
        self.kind = kind
    }

    static let asendType = makeType("async_generator_asend")
    static let athrowType = makeType("async_generator_athrow")

    private static func makeType(_ name: String) -> PyType {
        let t = PyType(name: name, base: BuiltinTypes.object)
        t.isSubclassable = false
        let cast: (Value) -> PyAsyncGenAwaitable? = { $0.object as? PyAsyncGenAwaitable }
        for selfName in ["__await__", "__iter__"] {
            t.method(selfName, cast) { _, a, call in
                try call.noArgs()
                return .object(a)
            }
        }
        t.method("__next__", cast) { vm, a, call in
            try call.noArgs()
            return try vm.stepAsyncGen(a, sending: .none)
        }
        t.method("send", cast) { vm, a, call in
            try vm.stepAsyncGen(a, sending: try call.one())
        }
        t.method("throw", cast) { vm, a, call in
            try call.noKeywords()
            return try vm.throwIntoAsyncGen(a, call)
        }
        t.method("close", cast) { _, a, call in
            try call.noArgs()
            a.state = .closed
            return .none
        }
        return t
    }
}

extension VM {
    /// One `send` into an asend/athrow awaitable.
    func stepAsyncGen(_ a: PyAsyncGenAwaitable, sending arg: Value) throws -> Value {
        switch a.kind {
        case .send(let value): return try asendSend(a, value, arg)
        case .throwIn(let exc): return try athrowSend(a, exc, arg)
        case .close: return try athrowSend(a, nil, arg)
        }
    }

    /// `async_gen_asend_send`.
    private func asendSend(_ a: PyAsyncGenAwaitable, _ value: Value, _ arg: Value) throws -> Value {
        let g = a.generator
        if a.state == .closed { throw runtimeError("cannot reuse already awaited __anext__()/asend()") }
        var sent = arg
        if a.state == .initial {
            if g.runningAsync { throw runtimeError("anext(): asynchronous generator is already running") }
            if arg.isNone { sent = value }
            a.state = .iterating
        }
        g.runningAsync = true
        do {
            return try unwrapAsyncGenResult(g, try resume(g, sending: sent))
        } catch {
            a.state = .closed
            throw error
        }
    }

    /// `async_gen_athrow_send`; `exc` is nil for `aclose()`.
    private func athrowSend(_ a: PyAsyncGenAwaitable, _ exc: [Value]?, _ arg: Value) throws -> Value {
        let g = a.generator
        let isClose = exc == nil
        if a.state == .closed { throw runtimeError("cannot reuse already awaited aclose()/athrow()") }
        if g.state == .closed {
            a.state = .closed
            throw PyBaseException(BuiltinTypes.stopIteration, args: [])
        }
        let result: SendResult
        if a.state == .initial {
            if g.runningAsync {
                a.state = .closed
                throw runtimeError("\(isClose ? "aclose" : "athrow")(): asynchronous generator is already running")
            }
            if g.asyncClosed {
                a.state = .closed
                throw PyBaseException(BuiltinTypes.stopAsyncIteration, args: [])
            }
            if !arg.isNone { throw runtimeError("can't send non-None value to a just-started coroutine") }
            a.state = .iterating
            g.runningAsync = true
            // GeneratorExit does not close a delegate here: the generator may
            // still await while it cleans up (`close_on_genexit` off).
            if let exc {
                // Counted only now, the awaitable iterating and the generator
                // marked running — an error here leaves both so (CPython 3.11).
                if exc.isEmpty || exc.count > 3 {
                    let n = exc.count
                    throw typeError("athrow expected \(n == 0 ? "at least 1 argument" : "at most 3 arguments"), got \(n)")
                }
                result = try throwInto(g, ThrowArguments(exc), closeOnGeneratorExit: false)
            } else {
                g.asyncClosed = true
                result = try throwInto(g, PyBaseException(BuiltinTypes.generatorExit, args: []), closeOnGeneratorExit: false)
            }
        } else {
            result = try resume(g, sending: arg)
            // CPython 3.11 leaves a running athrow() awaitable in its iterating state
            // whatever the generator does next (only the first step and aclose()
            // close it): it stays usable, and a later send resumes the generator.
            if !isClose { return try unwrapAsyncGenResult(g, result) }
        }
        return try finishAthrowStep(a, result, isClose: isClose)
    }

    /// `athrow.throw(...)`, and `asend.throw(...)`: the awaitable's state is
    /// checked before the arguments, and a wrong count is an error of the
    /// generator's `throw` (closing an asend, ending an athrow's run).
    func throwIntoAsyncGen(_ a: PyAsyncGenAwaitable, _ call: MethodCall) throws -> Value {
        let g = a.generator
        if case .send = a.kind {
            if a.state == .closed { throw runtimeError("cannot reuse already awaited __anext__()/asend()") }
            let exc: ThrowArguments
            do {
                exc = ThrowArguments(try call.positional(1, 3))
            } catch {
                g.runningAsync = false
                a.state = .closed
                throw error
            }
            do {
                return try unwrapAsyncGenResult(g, try throwInto(g, exc, closeOnGeneratorExit: true))
            } catch {
                a.state = .closed
                throw error
            }
        }
        if a.state == .closed { throw runtimeError("cannot reuse already awaited aclose()/athrow()") }
        let exc: ThrowArguments
        do {
            exc = ThrowArguments(try call.positional(1, 3))
        } catch {
            if case .throwIn = a.kind { g.runningAsync = false }
            throw error
        }
        let result = try throwInto(g, exc, closeOnGeneratorExit: true)
        guard case .close = a.kind else { return try unwrapAsyncGenResult(g, result) }
        // `async_gen_athrow_throw` in aclose() mode: only an ignored GeneratorExit
        // closes the awaitable; an error leaves it (and `ag_running_async`) as it was.
        switch result {
        case .yielded(let v):
            if delegate(of: g) != nil { return v }
            g.runningAsync = false
            a.state = .closed
            throw runtimeError("async generator ignored GeneratorExit")
        case .returned:
            throw PyBaseException(BuiltinTypes.stopIteration, args: [])
        case .raised(let e):
            if e.isInstance(of: BuiltinTypes.stopAsyncIteration) || e.isInstance(of: BuiltinTypes.generatorExit) {
                throw PyBaseException(BuiltinTypes.stopIteration, args: [])
            }
            throw e
        }
    }

    /// The end of an athrow/aclose step: `aclose()` must not see another
    /// `yield`, and it completes when the generator stops.
    private func finishAthrowStep(_ a: PyAsyncGenAwaitable, _ result: SendResult, isClose: Bool) throws -> Value {
        let g = a.generator
        do {
            if isClose, case .yielded(let v) = result {
                if delegate(of: g) != nil { return v }
                g.runningAsync = false
                a.state = .closed
                throw runtimeError("async generator ignored GeneratorExit")
            }
            return try unwrapAsyncGenResult(g, result)
        } catch let e as PyBaseException {
            g.runningAsync = false
            a.state = .closed
            if isClose && (e.isInstance(of: BuiltinTypes.stopAsyncIteration) || e.isInstance(of: BuiltinTypes.generatorExit)) {
                throw PyBaseException(BuiltinTypes.stopIteration, args: [])
            }
            throw e
        }
    }

    /// `async_gen_unwrap_value`: a value yielded while awaiting passes through; the
    /// generator's own `yield` completes the awaitable with StopIteration(value);
    /// a return is StopAsyncIteration.
    private func unwrapAsyncGenResult(_ g: PyGenerator, _ r: SendResult) throws -> Value {
        switch r {
        case .yielded(let v):
            if delegate(of: g) != nil { return v }
            g.runningAsync = false
            throw stopIteration(v)
        case .returned:
            g.asyncClosed = true
            g.runningAsync = false
            throw PyBaseException(BuiltinTypes.stopAsyncIteration, args: [])
        case .raised(let e):
            if e.isInstance(of: BuiltinTypes.stopAsyncIteration) || e.isInstance(of: BuiltinTypes.generatorExit) {
                g.asyncClosed = true
            }
            g.runningAsync = false
            throw e
        }
    }
}
