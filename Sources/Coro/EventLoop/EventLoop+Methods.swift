// The Python methods of the event loop and its handles, with asyncio's argument
// checks and messages (`base_events.py`, `events.py`).

enum EventLoopMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> EventLoop? = { $0.object as? EventLoop }
        t.constructor = { vm, a in
            if !a.positional.isEmpty || !a.keywords.isEmpty {
                _ = try MethodCall(name: "__init__", qualname: "__init__", args: a.positional, keywords: a.keywords)
                    .bind(["selector"], positionalMax: 1)
            }
            return .object(EventLoop(vm: vm))
        }
        t.method("run_until_complete", cast) { _, loop, call in
            try loop.runUntilComplete(try call.bind(method("run_until_complete", ["future"]))[0] ?? .none)
        }
        t.method("run_forever", cast) { _, loop, call in
            _ = try call.bind(method("run_forever"))
            try loop.runForever()
            return .none
        }
        t.method("stop", cast) { _, loop, call in
            _ = try call.bind(method("stop"))
            loop.stop()
            return .none
        }
        t.method("close", cast) { _, loop, call in
            _ = try call.bind(PythonSignature(qualname: "_UnixSelectorEventLoop.close", isMethod: true))
            try loop.close()
            return .none
        }
        t.method("is_running", cast) { _, loop, call in
            _ = try call.bind(method("is_running"))
            return .bool(loop.isRunning)
        }
        t.method("is_closed", cast) { _, loop, call in
            _ = try call.bind(method("is_closed"))
            return .bool(loop.isClosed)
        }
        t.method("time", cast) { vm, _, call in
            _ = try call.bind(method("time"))
            return .float(vm.clock)
        }
        for name in ["call_soon", "call_soon_threadsafe"] {
            t.method(name, cast) { _, loop, call in
                let (_, fn, args) = try callbackArguments(call, before: [])
                try loop.checkClosed()
                return .object(loop.callSoon(.call(fn, args)))
            }
        }
        t.method("call_later", cast) { vm, loop, call in
            let (given, fn, args) = try callbackArguments(call, before: ["delay"])
            if given.isNone { throw typeError("delay must not be None") }
            let delay = try vm.asyncio.seconds(given, operation: "+", left: "float")
            try loop.checkClosed()
            return .object(loop.callAt(vm.clock + delay, .call(fn, args)))
        }
        t.method("call_at", cast) { vm, loop, call in
            let (given, fn, args) = try callbackArguments(call, before: ["when"])
            if given.isNone { throw typeError("when cannot be None") }
            let when = try vm.asyncio.seconds(given, operation: "<", left: "float")
            try loop.checkClosed()
            return .object(loop.callAt(when, given: given, .call(fn, args)))
        }
        t.method("create_task", cast) { vm, loop, call in
            let slots = try call.bind(method("create_task", ["coro"], keywordOnly: ["name", "context"]))
            try loop.checkClosed()
            let name = slots[1].flatMap { $0.isNone ? nil : $0 }
            return try vm.asyncio.createTask(slots[0] ?? .none, loop: loop, name: name)
        }
        t.fastMethod("create_future", arity: 0, python: "BaseEventLoop.create_future", cast) { _, loop, _ in .object(PyFuture(loop: loop)) }
        t.method("get_debug", cast) { _, loop, call in
            _ = try call.bind(method("get_debug"))
            return .bool(loop.debug)
        }
        t.method("set_debug", cast) { vm, loop, call in
            loop.debug = try vm.truthy(try call.bind(method("set_debug", ["enabled"]))[0] ?? .none)
            return .none
        }
        t.method("get_exception_handler", cast) { _, loop, call in
            _ = try call.bind(method("get_exception_handler"))
            return loop.exceptionHandler
        }
        t.method("set_exception_handler", cast) { vm, loop, call in
            let handler = try call.bind(method("set_exception_handler", ["handler"]))[0] ?? .none
            if !handler.isNone && !vm.isCallable(handler) {
                throw typeError("A callable object or None is expected, got \(try vm.repr(handler))")
            }
            loop.exceptionHandler = handler
            return .none
        }
        t.method("call_exception_handler", cast) { vm, loop, call in
            let context = try call.bind(method("call_exception_handler", ["context"]))[0] ?? .none
            loop.callExceptionHandler(try contextEntries(vm, context))
            return .none
        }
        t.method("default_exception_handler", cast) { vm, loop, call in
            let context = try call.bind(method("default_exception_handler", ["context"]))[0] ?? .none
            vm.asyncio.defaultExceptionHandler(try contextEntries(vm, context))
            return .none
        }
        t.method("shutdown_asyncgens", cast) { vm, loop, call in
            _ = try call.bind(method("shutdown_asyncgens"))
            return try vm.asyncio.preludeCall("_shutdown_asyncgens", [.object(loop)])
        }
        t.method("shutdown_default_executor", cast) { vm, loop, call in
            _ = try call.bind(method("shutdown_default_executor"))
            return try vm.asyncio.preludeCall("_shutdown_default_executor", [.object(loop)])
        }
        t.method("get_task_factory", cast) { _, loop, call in
            _ = try call.bind(method("get_task_factory"))
            return loop.taskFactory ?? .none
        }
        t.method("set_task_factory", cast) { vm, loop, call in
            let factory = try call.bind(method("set_task_factory", ["factory"]))[0] ?? .none
            if !factory.isNone && !vm.isCallable(factory) {
                throw typeError("task factory must be a callable or None")
            }
            loop.taskFactory = factory.isNone ? nil : factory
            return .none
        }
        // base_events.py's class attribute (coro has no debug mode to use it).
        t.attribute("slow_callback_duration") { _, _ in .float(0.1) }
        t.method("_take_asyncgens", cast) { _, loop, call in
            try call.noArgs()
            loop.asyncgensShutdownCalled = true
            let live = loop.asyncgens.compactMap(\.generator)
            loop.asyncgens = []
            return .list(live.map { .object($0) })
        }
        t.attribute("_ready") { _, v in
            let d = PyDeque()
            if let loop = v.object as? EventLoop { d.items.append(contentsOf: loop.ready.map { .object($0) }) }
            return .object(d)
        }
        t.attribute("_scheduled") { _, v in
            guard let loop = v.object as? EventLoop else { return .list([]) }
            return .list(loop.scheduled.unordered.sorted().map { .object($0.handle) })
        }
        t.attribute("_stopping") { _, v in .bool((v.object as? EventLoop)?.stopping ?? false) }
        t.attribute("_closed") { _, v in .bool((v.object as? EventLoop)?.isClosed ?? false) }
        t.method("__repr__", cast) { _, loop, call in
            try call.noArgs()
            let flag = { (b: Bool) in b ? "True" : "False" }
            return .str("<\(loop.type.name) running=\(flag(loop.isRunning)) closed=\(flag(loop.isClosed)) debug=\(flag(loop.debug))>")
        }
    }

    /// A method of `BaseEventLoop` (base_events.py), as Python binds its arguments.
    private static func method(_ name: String, _ positional: [String] = [],
                               keywordOnly: [String] = []) -> PythonSignature {
        PythonSignature(qualname: "BaseEventLoop.\(name)", isMethod: true, positional: positional,
                        required: positional.count, keywordOnly: keywordOnly)
    }

    /// `(time, callback, *args, context=None)` or `(callback, *args, context=None)`:
    /// the time (None when the method takes none), the callback and its arguments.
    private static func callbackArguments(_ call: MethodCall, before: [String]) throws -> (Value, Value, [Value]) {
        var signature = method(call.name, before + ["callback"], keywordOnly: ["context"])
        signature.varargs = true
        let bound = try call.bind(signature)
        return (before.isEmpty ? .none : bound[0] ?? .none, bound[before.count] ?? .none, bound.extra)
    }

    /// A context dict's entries, for the exception handlers.
    private static func contextEntries(_ vm: VM, _ v: Value) throws -> [(String, ContextValue)] {
        guard case .object(let o) = v, let d = o as? PyDict else {
            throw typeError("'\(v.type.name)' object is not a mapping")
        }
        var out: [(String, ContextValue)] = []
        for e in d.table.live {
            let key = try (e.key.object as? PyStr)?.value ?? vm.str(e.key)
            out.append((key, .value(e.value)))
        }
        return out
    }
}

enum HandleMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PyHandle? = { $0.object as? PyHandle }
        t.method("cancel", cast) { _, h, call in
            let owner = h is PyTimerHandle ? "TimerHandle" : "Handle"
            _ = try call.bind(PythonSignature(qualname: "\(owner).cancel", isMethod: true))
            h.cancel()
            return .none
        }
        t.method("cancelled", cast) { _, h, call in
            _ = try call.bind(PythonSignature(qualname: "Handle.cancelled", isMethod: true))
            return .bool(h.cancelled)
        }
        t.attribute("_cancelled") { _, v in .bool((v.object as? PyHandle)?.cancelled ?? false) }
        t.attribute("_callback") { vm, v in
            guard let h = v.object as? PyHandle, let action = h.action else { return .none }
            switch action {
            case .call(let f, _): return f
            default: return .str(try vm.formatHandleAction(action))
            }
        }
        t.attribute("_args") { _, v in
            guard let h = v.object as? PyHandle, let action = h.action else { return .none }
            switch action {
            case .call(_, let args): return .tuple(args)
            case .wakeup(_, let f), .native(_, let f): return .tuple([.object(f)])
            case .step: return .emptyTuple
            }
        }
        installRepr(t)
    }

    static func installTimer(_ t: PyType) {
        let cast: (Value) -> PyTimerHandle? = { $0.object as? PyTimerHandle }
        t.method("when", cast) { _, h, call in
            _ = try call.bind(PythonSignature(qualname: "TimerHandle.when", isMethod: true))
            return h.whenValue
        }
        t.attribute("_when") { _, v in (v.object as? PyTimerHandle)?.whenValue ?? .none }
        t.attribute("_scheduled") { _, v in .bool((v.object as? PyTimerHandle)?.scheduled ?? false) }
        installRepr(t)
    }

    private static func installRepr(_ t: PyType) {
        t.method("__repr__", { $0.object as? PyHandle }) { vm, h, call in
            try call.noArgs()
            return .str(try vm.handleRepr(h))
        }
    }
}
