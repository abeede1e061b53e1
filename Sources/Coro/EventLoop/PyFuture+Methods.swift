// The Python methods of Future, Task and FutureIter, with the argument checks and
// messages of CPython's C implementation (`_asynciomodule.c`).

enum FutureMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PyFuture? = { $0.object as? PyFuture }
        t.constructor = { vm, a in
            let call = MethodCall(name: "Future", qualname: "Future", args: a.positional, keywords: a.keywords)
            let slots = try call.bind(["loop"], positionalMax: 0)
            let loop = try vm.asyncio.loopArgument(slots[0])
            return .object(PyFuture(loop: loop))
        }
        t.method("result", cast) { _, f, call in
            try call.noArgs()
            return try f.resultValue()
        }
        t.method("exception", cast) { _, f, call in
            try call.noArgs()
            return try f.exceptionValue()
        }
        t.fastMethod("set_result", arity: 1, cast) { _, f, v in
            if f is PyTask { throw runtimeError("Task does not support set_result operation") }
            try f.setResult(v)
            return .none
        }
        t.method("set_exception", cast) { vm, f, call in
            let v = try call.one()
            if f is PyTask { throw runtimeError("Task does not support set_exception operation") }
            try f.setException(v, vm: vm)
            return .none
        }
        t.method("add_done_callback", cast) { _, f, call in
            // Argument Clinic: `fn, /, *, context=None`.
            if call.count != 1 {
                throw typeError("add_done_callback() takes exactly 1 positional argument (\(call.count) given)")
            }
            let slots = try call.bind(["fn", "context"], required: 1, positionalMax: 1)
            let fn = slots[0] ?? .none
            if f.state != .pending { try f.loop.checkClosed() }
            f.addDoneCallback(.python(fn))
            return .none
        }
        t.method("remove_done_callback", cast) { vm, f, call in
            .int(try f.removeDoneCallback(try call.one(), vm: vm))
        }
        t.method("cancel", cast) { _, f, call in
            let slots = try call.bind(["msg"])
            return .bool(f.cancel(message: slots[0] ?? .none))
        }
        t.fastMethod("cancelled", arity: 0, cast) { _, f, _ in .bool(f.state == .cancelled) }
        t.fastMethod("done", arity: 0, cast) { _, f, _ in .bool(f.state != .pending) }
        t.method("get_loop", cast) { _, f, call in
            try call.noArgs()
            return .object(f.loop)
        }
        for name in ["__await__", "__iter__"] {
            t.method(name, cast) { _, f, call in
                try call.noArgs()
                return .object(PyFutureIter(f))
            }
        }
        t.attribute("_state") { _, v in .str((v.object as? PyFuture)?.state.name ?? "PENDING") }
        t.attribute("_result") { _, v in (v.object as? PyFuture)?.result ?? .none }
        t.attribute("_exception") { _, v in
            guard let e = (v.object as? PyFuture)?.exception else { return .none }
            return .object(e)
        }
        t.attribute("_loop") { _, v in
            guard let f = v.object as? PyFuture else { return .none }
            return .object(f.loop)
        }
        t.attribute("_asyncio_future_blocking") { _, v in .bool((v.object as? PyFuture)?.blocking ?? false) }
        t.attribute("_log_traceback") { _, v in .bool((v.object as? PyFuture)?.logTraceback ?? false) }
        t.attribute("_source_traceback") { _, _ in .none }
        t.attribute("_cancel_message") { _, v in (v.object as? PyFuture)?.cancelMessage ?? .none }
        t.attribute("_callbacks") { vm, v in
            // None while there are none, as the C Future reports it.
            guard let f = v.object as? PyFuture, !f.callbacks.isEmpty else { return .none }
            return .list(f.callbacks.map { cb in .tuple([vm.callbackValue(cb), .none]) })
        }
        installRepr(t)
    }

    /// `__repr__`, on each future type's own dictionary (reprs look there).
    static func installRepr(_ t: PyType) {
        t.method("__repr__", { $0.object as? PyFuture }) { vm, f, call in
            try call.noArgs()
            return .str(try vm.futureRepr(f))
        }
    }
}

extension PyFuture: WritableAttributes {
    func setAttribute(_ name: String, _ value: Value, vm: VM) throws -> Bool {
        switch name {
        case "_asyncio_future_blocking":
            blocking = try vm.truthy(value)
        case "_log_traceback":
            if try vm.truthy(value) { throw valueError("_log_traceback can only be set to False") }
            logTraceback = false
        case "_cancel_message":
            cancelMessage = value
        case "_log_destroy_pending":
            guard let task = self as? PyTask else { return false }
            task.logDestroyPending = try vm.truthy(value)
        default:
            return false
        }
        return true
    }
}

extension VM {
    /// A done-callback as Python sees it in `_callbacks`.
    func callbackValue(_ cb: FutureCallback) -> Value {
        switch cb {
        case .python(let f): return f
        case .wakeup: return .str("Task.task_wakeup")
        case .native(let n): return .str(n.name)
        }
    }
}

enum TaskMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PyTask? = { $0.object as? PyTask }
        t.constructor = { vm, a in
            let call = MethodCall(name: "Task", qualname: "Task", args: a.positional, keywords: a.keywords)
            let slots = try call.bind(["coro", "loop", "name", "context"], required: 1, positionalMax: 1)
            let loop = try vm.asyncio.loopArgument(slots[1])
            let name = slots[2].flatMap { $0.isNone ? nil : $0 }
            return .object(try vm.asyncio.newTask(slots[0] ?? .none, loop: loop, name: name))
        }
        t.method("get_name", cast) { _, task, call in
            try call.noArgs()
            return task.name
        }
        t.method("set_name", cast) { vm, task, call in
            task.customName = .str(try vm.str(try call.one()))
            return .none
        }
        t.method("get_coro", cast) { _, task, call in
            try call.noArgs()
            return task.coro
        }
        t.method("cancel", cast) { _, task, call in
            let slots = try call.bind(["msg"])
            return .bool(task.cancel(message: slots[0] ?? .none))
        }
        t.method("cancelling", cast) { _, task, call in
            try call.noArgs()
            return .int(task.numCancelsRequested)
        }
        t.method("uncancel", cast) { _, task, call in
            try call.noArgs()
            if task.numCancelsRequested > 0 { task.numCancelsRequested -= 1 }
            return .int(task.numCancelsRequested)
        }
        t.method("get_stack", cast) { _, task, call in
            _ = try call.bind(["limit"], positionalMax: 0)
            // The coroutine's frame while it has one (also before its first step).
            guard let g = task.generator, g.state == .suspended || g.state == .created else { return .list([]) }
            return .list([try taskFrame(g)])
        }
        t.attribute("_coro") { _, v in (v.object as? PyTask)?.coro ?? .none }
        t.attribute("_fut_waiter") { _, v in
            guard let w = (v.object as? PyTask)?.futWaiter else { return .none }
            return .object(w)
        }
        t.attribute("_must_cancel") { _, v in .bool((v.object as? PyTask)?.mustCancel ?? false) }
        t.attribute("_log_destroy_pending") { _, v in .bool((v.object as? PyTask)?.logDestroyPending ?? false) }
        FutureMethods.installRepr(t)
    }

    private static func taskFrame(_ g: PyGenerator) throws -> Value {
        guard let f = g.frame else { return .none }
        return .object(PyFrameObject(f))
    }
}

/// The iterator an `await` on a future drives (CPython's `FutureIter`): it yields
/// the future once, marked blocking, and returns its result when resumed.
final class PyFutureIter: PyObject {
    /// The future; nil once the iterator has finished or was closed.
    var future: PyFuture?

    override var type: PyType { AsyncioTypes.futureIter }

    init(_ future: PyFuture) {
        self.future = future
    }

    /// `FutureIter_am_send`.
    func send() throws -> SendResult {
        guard let fut = future else { throw PyBaseException(BuiltinTypes.stopIteration, args: []) }
        if fut.state == .pending {
            if !fut.blocking {
                fut.blocking = true
                return .yielded(.object(fut))
            }
            throw runtimeError("await wasn't used with future")
        }
        future = nil
        return .returned(try fut.resultValue())
    }
}

enum FutureIterMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PyFutureIter? = { $0.object as? PyFutureIter }
        t.method("__iter__", cast) { _, it, call in
            try call.noArgs()
            return .object(it)
        }
        t.method("__next__", cast) { vm, it, call in
            try call.noArgs()
            return try vm.sendResultValue(try it.send())
        }
        t.method("send", cast) { vm, it, call in
            _ = try call.one()
            return try vm.sendResultValue(try it.send())
        }
        t.method("throw", cast) { vm, it, call in
            let p = try call.positional(1, 3)
            let exc = try vm.exceptionToThrow(p[0], value: p.count > 1 && !p[1].isNone ? p[1] : nil,
                                              traceback: p.count > 2 ? p[2] : nil)
            it.future = nil
            throw exc
        }
        t.method("close", cast) { _, it, call in
            try call.noArgs()
            it.future = nil
            return .none
        }
    }
}
