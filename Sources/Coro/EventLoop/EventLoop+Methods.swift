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
            try loop.runUntilComplete(try call.one())
        }
        t.method("run_forever", cast) { _, loop, call in
            try call.noArgs()
            try loop.runForever()
            return .none
        }
        t.method("stop", cast) { _, loop, call in
            try call.noArgs()
            loop.stop()
            return .none
        }
        t.method("close", cast) { _, loop, call in
            try call.noArgs()
            try loop.close()
            return .none
        }
        t.method("is_running", cast) { _, loop, call in
            try call.noArgs()
            return .bool(loop.isRunning)
        }
        t.method("is_closed", cast) { _, loop, call in
            try call.noArgs()
            return .bool(loop.isClosed)
        }
        t.method("time", cast) { vm, _, call in
            try call.noArgs()
            return .float(vm.clock)
        }
        for name in ["call_soon", "call_soon_threadsafe"] {
            t.method(name, cast) { _, loop, call in
                let (fn, args) = try callbackArguments(call, after: 0)
                try loop.checkClosed()
                return .object(loop.callSoon(.call(fn, args)))
            }
        }
        t.method("call_later", cast) { vm, loop, call in
            let (fn, args) = try callbackArguments(call, after: 1)
            if call[0].isNone { throw typeError("delay must not be None") }
            let delay = try vm.asyncio.seconds(call[0], operation: "+", left: "float")
            try loop.checkClosed()
            return .object(loop.callAt(vm.clock + delay, .call(fn, args)))
        }
        t.method("call_at", cast) { vm, loop, call in
            let (fn, args) = try callbackArguments(call, after: 1)
            if call[0].isNone { throw typeError("when cannot be None") }
            let when = try vm.asyncio.seconds(call[0], operation: "<", left: "float")
            try loop.checkClosed()
            return .object(loop.callAt(when, given: call[0], .call(fn, args)))
        }
        t.method("create_task", cast) { vm, loop, call in
            let slots = try call.bind(["coro", "name", "context"], required: 1, positionalMax: 1)
            try loop.checkClosed()
            let name = slots[1].flatMap { $0.isNone ? nil : $0 }
            return .object(try vm.asyncio.newTask(slots[0] ?? .none, loop: loop, name: name))
        }
        t.fastMethod("create_future", arity: 0, cast) { _, loop, _ in .object(PyFuture(loop: loop)) }
        t.method("get_debug", cast) { _, loop, call in
            try call.noArgs()
            return .bool(loop.debug)
        }
        t.method("set_debug", cast) { vm, loop, call in
            loop.debug = try vm.truthy(try call.one())
            return .none
        }
        t.method("get_exception_handler", cast) { _, loop, call in
            try call.noArgs()
            return loop.exceptionHandler
        }
        t.method("set_exception_handler", cast) { vm, loop, call in
            let handler = try call.one()
            if !handler.isNone && !vm.isCallable(handler) {
                throw typeError("A callable object or None is expected, got \(try vm.repr(handler))")
            }
            loop.exceptionHandler = handler
            return .none
        }
        t.method("call_exception_handler", cast) { vm, loop, call in
            loop.callExceptionHandler(try contextEntries(vm, try call.one()))
            return .none
        }
        t.method("default_exception_handler", cast) { vm, loop, call in
            vm.asyncio.defaultExceptionHandler(try contextEntries(vm, try call.one()))
            return .none
        }
        t.method("shutdown_asyncgens", cast) { vm, loop, call in
            try call.noArgs()
            return try vm.asyncio.preludeCall("_shutdown_asyncgens", [.object(loop)])
        }
        t.method("shutdown_default_executor", cast) { vm, loop, call in
            try call.noArgs()
            return try vm.asyncio.preludeCall("_shutdown_default_executor", [.object(loop)])
        }
        t.method("get_task_factory", cast) { _, _, call in
            try call.noArgs()
            return .none
        }
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

    /// `(callback, *args, context=None)` after `after` leading parameters.
    private static func callbackArguments(_ call: MethodCall, after: Int) throws -> (Value, [Value]) {
        for (k, _) in call.keywords where k != "context" {
            throw typeError("\(call.qualname)() got an unexpected keyword argument '\(k)'")
        }
        guard call.count > after else {
            let names = after == 0 ? ["callback"] : [call.name == "call_at" ? "when" : "delay", "callback"]
            let missing = Array(names.dropFirst(call.count))
            let list = missing.count == 1 ? "'\(missing[0])'" : "'\(missing[0])' and '\(missing[1])'"
            throw typeError("\(call.qualname)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return (call[after], Array(call.args.dropFirst(after + 1)))
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
            try call.noArgs()
            h.cancel()
            return .none
        }
        t.method("cancelled", cast) { _, h, call in
            try call.noArgs()
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
            try call.noArgs()
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
