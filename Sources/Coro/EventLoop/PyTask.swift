/// `asyncio.Task` (CPython's C `_asyncio.Task`): a future driven by stepping a
/// coroutine from loop handles. A step sends None (or throws an exception) into the
/// coroutine through the VM's one resume path and looks at what it yielded: a future
/// to wait on (the task registers its wake-up on it), None (a bare `yield`: step
/// again next iteration), or anything else (a RuntimeError thrown in next step).
public final class PyTask: PyFuture {
    /// The coroutine (`_coro`, `get_coro()`).
    public let coro: Value
    /// The same coroutine when it is a generator-like object: the fast path.
    let generator: PyGenerator?
    /// The number in the default name `Task-N`.
    let number: Int
    /// The name given (`name=`, `set_name`), else nil for `Task-N`.
    var customName: Value?
    /// A cancellation to deliver at the next step (`_must_cancel`).
    var mustCancel = false
    /// The future the task waits on (`_fut_waiter`).
    public internal(set) var futWaiter: PyObject?
    /// `cancelling()`: cancellation requests not yet withdrawn.
    var numCancelsRequested = 0
    /// Steps taken so far.
    public internal(set) var steps = 0
    /// `_log_destroy_pending` (kept for Python code; a pending task is never
    /// destroyed in coro, the registry holds it).
    var logDestroyPending = true
    /// Position in the runtime's task registry; -1 once done.
    var registryIndex = -1

    override public var type: PyType { AsyncioTypes.task }

    init(coro: Value, loop: EventLoop, number: Int, name: Value?) {
        self.coro = coro
        self.generator = coro.object as? PyGenerator
        self.number = number
        self.customName = name
        super.init(loop: loop)
    }

    /// `get_name()`.
    public var name: Value { customName ?? .str("Task-\(number)") }

    /// The name as a Swift string (for displays).
    public var nameText: String {
        if let customName, case .object(let o) = customName, let s = o as? PyStr { return s.value }
        return "Task-\(number)"
    }

    // MARK: - Cancelling

    /// `Task.cancel(msg)`: asks the awaited future to cancel, else delivers
    /// CancelledError at the next step.
    override func cancel(message: Value) -> Bool {
        logTraceback = false
        guard state == .pending else { return false }
        numCancelsRequested += 1
        if let waiter = futWaiter, cancelWaiter(waiter, message) { return true }
        mustCancel = true
        cancelMessage = message
        return true
    }

    /// Cancels the awaited future: a Future directly, a future-like object
    /// through its `cancel` method.
    private func cancelWaiter(_ waiter: PyObject, _ message: Value) -> Bool {
        if let f = waiter as? PyFuture { return f.cancel(message: message) }
        let vm = loop.vm
        do {
            let r = try vm.call(try vm.getAttr(.object(waiter), "cancel"), [], keywords: [("msg", message)])
            return try vm.truthy(r)
        } catch {
            return false
        }
    }

    // MARK: - Stepping: `Task.__step` and `Task.__wakeup`

    /// `__wakeup(future)`: the awaited future is done; step with its outcome.
    func wakeup(_ future: PyFuture) throws {
        switch future.state {
        case .cancelled:
            try step(future.makeCancelledError())
        case .finished:
            future.logTraceback = false
            try step(future.exception)
        case .pending:
            try step(invalidState("Result is not set."))
        }
    }

    /// `__step(exc)`: resumes the coroutine once and acts on what it did.
    func step(_ thrown: PyBaseException?) throws {
        guard state == .pending else {
            let vm = loop.vm
            let excRepr = try thrown.map { try vm.repr(.object($0)) } ?? "None"
            throw invalidState("_step(): already done: \(try vm.repr(.object(self))), \(excRepr)")
        }
        var exc = thrown
        if mustCancel {
            if exc == nil || !(exc?.isInstance(of: BuiltinTypes.cancelledError) ?? false) { exc = makeCancelledError() }
            mustCancel = false
        }
        futWaiter = nil
        try loop.enterTask(self)
        defer { loop.leaveTask(self) }
        steps += 1
        let outcome = try resumeCoroutine(exc)
        // What the coroutine's frame dropped as it ended is finalized now, before
        // the task takes the outcome (CPython does it as the frame is cleared).
        if !loop.vm.pendingFinalizations.isEmpty { try loop.vm.finalizeDroppedObjects() }
        switch outcome {
        case .returned(let v):
            if mustCancel {
                mustCancel = false
                _ = super.cancel(message: cancelMessage)
            } else {
                result = v
                state = .finished
                scheduleCallbacks()
            }
        case .raised(let e):
            if e.isInstance(of: BuiltinTypes.cancelledError) {
                cancelledExc = e
                _ = super.cancel(message: .none)
            } else {
                setException(e)
                if e.isInstance(of: BuiltinTypes.keyboardInterrupt) || e.isInstance(of: BuiltinTypes.systemExit) {
                    loop.runtime.unregister(self)
                    reportStep(thrown: exc, outcome)
                    throw e
                }
            }
        case .yielded(let y):
            try handleYield(y)
        }
        if state != .pending { loop.runtime.unregister(self) }
        reportStep(thrown: exc, outcome)
    }

    /// `coro.send(None)` or `coro.throw(exc)`.
    private func resumeCoroutine(_ exc: PyBaseException?) throws -> SendResult {
        unowned(unsafe) let vm = loop.vm
        if let g = generator {
            if let exc { return try vm.throwInto(g, exc) }
            return try vm.resume(g, cause: .taskStep)
        }
        // A coroutine-like object (send/throw/close/__await__ methods).
        do {
            if let exc { return .yielded(try vm.callMethod(coro, "throw", [.object(exc)])) }
            return .yielded(try vm.callMethod(coro, "send", [.none]))
        } catch let e as PyBaseException {
            if e.isInstance(of: BuiltinTypes.stopIteration) { return .returned(vm.stopIterationValue(e)) }
            return .raised(e)
        }
    }

    /// What the coroutine yielded decides how the task continues.
    private func handleYield(_ y: Value) throws {
        unowned(unsafe) let vm = loop.vm
        if case .object(let o) = y, let fut = o as? PyFuture {
            if fut.loop !== loop {
                let msg = "Task \(try vm.repr(.object(self))) got Future \(try vm.repr(y)) attached to a different loop"
                loop.callSoon(.step(self, runtimeError(msg)))
            } else if fut.blocking {
                if fut === self {
                    loop.callSoon(.step(self, runtimeError("Task cannot await on itself: \(try vm.repr(.object(self)))")))
                } else {
                    fut.blocking = false
                    fut.addDoneCallback(.wakeup(self))
                    futWaiter = fut
                    if mustCancel, fut.cancel(message: cancelMessage) { mustCancel = false }
                }
            } else {
                let msg = "yield was used instead of yield from in task \(try vm.repr(.object(self))) with \(try vm.repr(y))"
                loop.callSoon(.step(self, runtimeError(msg)))
            }
            return
        }
        if y.isNone {
            loop.callSoon(.step(self, nil))
            return
        }
        if let blocking = try futureBlocking(y) {
            try waitOnFutureLike(y, blocking: blocking)
            return
        }
        if case .object(let o) = y, let g = o as? PyGenerator, g.kind == .generator {
            let msg = "yield was used instead of yield from for generator in task \(try vm.repr(.object(self))) with \(try vm.repr(y))"
            loop.callSoon(.step(self, runtimeError(msg)))
            return
        }
        loop.callSoon(.step(self, runtimeError("Task got bad yield: \(try vm.repr(y))")))
    }

    /// `getattr(result, '_asyncio_future_blocking', None)` for objects that are not
    /// Futures: nil when absent or None, else its truth.
    private func futureBlocking(_ y: Value) throws -> Bool? {
        let vm = loop.vm
        guard case .object(let o) = y, !(o is PyStr), !(o is PyGenerator),
              let v = try vm.lookupAttr(y, "_asyncio_future_blocking"), !v.isNone else { return nil }
        return try vm.truthy(v)
    }

    /// A future-like object (duck-typed, as asyncio accepts): wait on it through its
    /// own `add_done_callback`, with the task's wake-up as a Python callable.
    private func waitOnFutureLike(_ y: Value, blocking: Bool) throws {
        let vm = loop.vm
        let loopOfFuture = try? vm.callMethod(y, "get_loop", [])
        if let l = loopOfFuture?.object, l !== loop {
            let msg = "Task \(try vm.repr(.object(self))) got Future \(try vm.repr(y)) attached to a different loop"
            loop.callSoon(.step(self, runtimeError(msg)))
            return
        }
        guard blocking else {
            let msg = "yield was used instead of yield from in task \(try vm.repr(.object(self))) with \(try vm.repr(y))"
            loop.callSoon(.step(self, runtimeError(msg)))
            return
        }
        try vm.setAttr(y, "_asyncio_future_blocking", .bool(false))
        let wake = PyBuiltinFunction(name: "task_wakeup") { vm, a in
            let fut = a.positional.first ?? .none
            do {
                _ = try vm.callMethod(fut, "result", [])
                try self.step(nil)
            } catch let e as PyBaseException {
                try self.step(e)
            }
            return .none
        }
        _ = try vm.callMethod(y, "add_done_callback", [.object(wake)])
        futWaiter = y.object
        if mustCancel, cancelWaiter(y.object ?? self, cancelMessage) { mustCancel = false }
    }

    private func reportStep(thrown: PyBaseException?, _ outcome: SendResult) {
        guard let observer = loop.runtime.observer else { return }
        let before: FutureState = .pending
        let step = TaskStep(task: self, number: steps, before: before, after: state, thrown: thrown,
                            outcome: outcome, waitingOn: futWaiter)
        observer(LoopEvent(time: loop.vm.clock, loop: loop, kind: .taskStepped(step)))
    }
}
