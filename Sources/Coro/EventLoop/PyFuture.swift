/// A future's state (`Future._state`).
public enum FutureState: Equatable {
    case pending, cancelled, finished

    /// `'PENDING'`, `'CANCELLED'`, `'FINISHED'`, as `_state` reads.
    public var name: String {
        switch self {
        case .pending: return "PENDING"
        case .cancelled: return "CANCELLED"
        case .finished: return "FINISHED"
        }
    }
}

/// What a future calls when it becomes done. Callbacks are scheduled with
/// `call_soon`, in registration order, each with the future as its argument.
enum FutureCallback {
    /// `Task.__wakeup` of the task awaiting the future.
    case wakeup(PyTask)
    /// A Python callable given to `add_done_callback`.
    case python(Value)
    /// One of asyncio's own callbacks (gather's `_done_callback`, …).
    case native(NativeCallback)
}

/// A callback of asyncio implemented in Swift. Identity is what
/// `remove_done_callback` compares; the name is what reprs show.
final class NativeCallback {
    /// The qualified name CPython's callback has (`gather.<locals>._done_callback`).
    let name: String
    /// The body, called with the done future.
    let body: (VM, PyFuture) throws -> Void

    init(_ name: String, _ body: @escaping (VM, PyFuture) throws -> Void) {
        self.name = name
        self.body = body
    }
}

/// `asyncio.Future` (CPython's C `_asyncio.Future`): a result that arrives later.
/// Its state is stored once; `done()` and `cancelled()` derive from it.
public class PyFuture: PyObject {
    /// The loop the future belongs to (`_loop`).
    public let loop: EventLoop
    /// `_state`.
    public internal(set) var state: FutureState = .pending
    /// `_result`, once finished without an exception.
    public internal(set) var result: Value = .none
    /// `_exception`, once finished with one.
    public internal(set) var exception: PyBaseException?
    /// The first callback waiting for the future to be done (CPython's
    /// `fut_callback0`: most futures have exactly one, the awaiting task's wake-up,
    /// and need no array).
    private var callback0: FutureCallback?
    /// The callbacks after the first, in registration order.
    private var moreCallbacks: [FutureCallback] = []

    /// Callbacks waiting for the future to be done, in registration order.
    var callbacks: [FutureCallback] {
        get {
            guard let callback0 else { return moreCallbacks }
            return [callback0] + moreCallbacks
        }
        set {
            callback0 = newValue.first
            moreCallbacks = Array(newValue.dropFirst())
        }
    }
    /// The message given to `cancel(msg)` (`_cancel_message`).
    var cancelMessage: Value = .none
    /// The CancelledError that cancelled it, handed to whoever asks next (`_cancelled_exc`).
    var cancelledExc: PyBaseException?
    /// `_asyncio_future_blocking`: set by `__await__` when it yields the future,
    /// cleared by the task that accepts to wait on it.
    var blocking = false
    /// An exception was set and nobody has looked at it yet (`__log_traceback`).
    var logTraceback = false

    override public var type: PyType { AsyncioTypes.future }

    init(loop: EventLoop) {
        self.loop = loop
    }

    deinit {
        if logTraceback, let exception { loop.reportNeverRetrieved(reprSnapshot(), exception) }
    }

    public var isDone: Bool { state != .pending }

    // MARK: - Completing

    /// `set_result`.
    func setResult(_ v: Value) throws {
        guard state == .pending else { throw invalidState("invalid state") }
        result = v
        state = .finished
        scheduleCallbacks()
    }

    /// `set_exception`: a class is instantiated; StopIteration is refused.
    func setException(_ v: Value, vm: VM) throws {
        guard state == .pending else { throw invalidState("invalid state") }
        var exc = v
        if case .object(let o) = v, let t = o as? PyType {
            exc = try vm.call(.object(t), [])
        }
        guard state == .pending else { throw invalidState("invalid state") }
        guard case .object(let eo) = exc, let e = eo as? PyBaseException else {
            throw typeError("invalid exception object")
        }
        if e.cls === BuiltinTypes.stopIteration {
            throw typeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        }
        setException(e)
    }

    /// Finishes with an exception (no checks: the task's own path).
    func setException(_ e: PyBaseException) {
        exception = e
        state = .finished
        scheduleCallbacks()
        logTraceback = true
    }

    /// `Future.cancel(msg)`; a task overrides it.
    func cancel(message: Value) -> Bool {
        logTraceback = false
        guard state == .pending else { return false }
        state = .cancelled
        cancelMessage = message
        scheduleCallbacks()
        return true
    }

    /// `__schedule_callbacks`: every callback goes to the ready queue, in order.
    func scheduleCallbacks() {
        loop.report(.futureDone(self))
        guard let first = callback0 else { return }
        let more = moreCallbacks
        callback0 = nil
        if !more.isEmpty { moreCallbacks = [] }
        loop.schedule(callback: first, of: self)
        for cb in more { loop.schedule(callback: cb, of: self) }
    }

    // MARK: - Reading

    /// `_make_cancelled_error`: the stored CancelledError, handed over once, or a new
    /// one carrying the cancel message.
    func makeCancelledError() -> PyBaseException {
        if let e = cancelledExc {
            cancelledExc = nil
            return e
        }
        let args: [Value] = cancelMessage.isNone ? [] : [cancelMessage]
        return PyBaseException(BuiltinTypes.cancelledError, args: args)
    }

    /// `result()`: the value, or the exception raised.
    func resultValue() throws -> Value {
        switch state {
        case .cancelled: throw makeCancelledError()
        case .pending: throw invalidState("Result is not set.")
        case .finished:
            logTraceback = false
            if let exception { throw exception }
            return result
        }
    }

    /// `exception()`.
    func exceptionValue() throws -> Value {
        switch state {
        case .cancelled: throw makeCancelledError()
        case .pending: throw invalidState("Exception is not set.")
        case .finished:
            logTraceback = false
            return exception.map { .object($0) } ?? .none
        }
    }

    // MARK: - Callbacks

    /// `add_done_callback`: a done future schedules the callback at once.
    func addDoneCallback(_ cb: FutureCallback) {
        if state != .pending {
            loop.schedule(callback: cb, of: self)
        } else {
            if callback0 == nil && moreCallbacks.isEmpty {
                callback0 = cb
            } else {
                moreCallbacks.append(cb)
            }
        }
    }

    /// `remove_done_callback(fn)`: removes every registration equal to `fn`.
    func removeDoneCallback(_ fn: Value, vm: VM) throws -> Int {
        var kept: [FutureCallback] = []
        for cb in callbacks {
            if case .python(let f) = cb, try f.isIdentical(to: fn) || vm.eq(f, fn) { continue }
            kept.append(cb)
        }
        let removed = callbacks.count - kept.count
        if removed > 0 { callbacks = kept }
        return removed
    }

    /// Removes one of asyncio's own callbacks.
    func removeDoneCallback(_ cb: NativeCallback) {
        callbacks.removeAll { if case .native(let n) = $0 { return n === cb } else { return false } }
    }
}

/// `asyncio.InvalidStateError(message)`.
func invalidState(_ message: String) -> PyBaseException {
    pyError(BuiltinTypes.invalidStateError, message)
}
