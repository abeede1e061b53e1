/// The future `gather()` returns (asyncio's `_GatheringFuture`). Cancelling it
/// cancels its children, and it is marked cancelled only when they are.
final class PyGatheringFuture: PyFuture {
    /// The children, one per argument (repeated arguments share one).
    let children: [PyFuture]
    /// `cancel()` reached a child (`_cancel_requested`).
    var cancelRequested = false

    override var type: PyType { AsyncioTypes.gatheringFuture }

    init(children: [PyFuture], loop: EventLoop) {
        self.children = children
        super.init(loop: loop)
    }

    override func cancel(message: Value) -> Bool {
        if state != .pending { return false }
        var ret = false
        for child in children where child.cancel(message: message) { ret = true }
        if ret { cancelRequested = true }
        return ret
    }
}

/// What gather's `_done_callback` closes over.
private final class GatherState {
    var children: [PyFuture] = []
    var nfuts = 0
    var nfinished = 0
    var outer: PyGatheringFuture?
    let returnExceptions: Bool

    init(returnExceptions: Bool) {
        self.returnExceptions = returnExceptions
    }

    /// `_done_callback(fut)`: counts finished children; the first exception (unless
    /// `return_exceptions`) or the last child completes the outer future.
    func childDone(_ vm: VM, _ fut: PyFuture) throws {
        nfinished += 1
        guard let outer, outer.state == .pending else {
            // Mark the exception retrieved.
            if fut.state == .finished { fut.logTraceback = false }
            return
        }
        if !returnExceptions {
            if fut.state == .cancelled {
                outer.setException(fut.makeCancelledError())
                return
            }
            fut.logTraceback = false
            if let e = fut.exception {
                outer.setException(e)
                return
            }
        }
        guard nfinished == nfuts else { return }
        var results: [Value] = []
        results.reserveCapacity(children.count)
        for child in children {
            if child.state == .cancelled {
                let message: Value = child.cancelMessage.isNone ? .str("") : child.cancelMessage
                results.append(.object(PyBaseException(BuiltinTypes.cancelledError, args: [message])))
            } else {
                child.logTraceback = false
                results.append(child.exception.map { .object($0) } ?? child.result)
            }
        }
        if outer.cancelRequested {
            outer.setException(fut.makeCancelledError())
        } else {
            outer.result = .list(results)
            outer.state = .finished
            outer.scheduleCallbacks()
        }
    }
}

extension AsyncioRuntime {
    /// `gather(*aws, return_exceptions=False)`: each argument becomes a future (a
    /// coroutine a task, scheduled in argument order); the outer future's result
    /// lists the results in argument order.
    public func gather(_ args: [Value], returnExceptions: Bool) throws -> PyFuture {
        if args.isEmpty {
            let outer = PyFuture(loop: try getEventLoop())
            try outer.setResult(.list([]))
            return outer
        }
        let state = GatherState(returnExceptions: returnExceptions)
        let callback = NativeCallback("gather.<locals>._done_callback") { vm, fut in try state.childDone(vm, fut) }
        var argToFuture: [ObjectIdentifier: PyFuture] = [:]
        var loop: EventLoop?
        for arg in args {
            let key = arg.object.map(ObjectIdentifier.init)
            if let key, let fut = argToFuture[key] {
                state.children.append(fut)
                continue
            }
            let fut = try ensureFuture(arg, loop: loop)
            if loop == nil { loop = fut.loop }
            if fut !== arg.object, let task = fut as? PyTask { task.logDestroyPending = false }
            state.nfuts += 1
            if let key { argToFuture[key] = fut }
            fut.addDoneCallback(.native(callback))
            state.children.append(fut)
        }
        guard let loop else { throw runtimeError("gather: no loop") }
        let outer = PyGatheringFuture(children: state.children, loop: loop)
        state.outer = outer
        return outer
    }
}
