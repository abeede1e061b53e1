/// One callback waiting in the ready queue (asyncio's `events.Handle`): a task
/// step, a task wake-up, a future's done-callback, or a Python callable given to
/// `call_soon`. Every handle runs from `EventLoop.runHandle`, the one place where
/// callbacks run.
public class PyHandle: PyObject {
    /// What the handle runs.
    enum Action {
        /// `Task.__step(exc)`: the task's first step, a bare `yield`, or a failed yield.
        case step(PyTask, PyBaseException?)
        /// `Task.__wakeup(future)`: the future the task awaited is done.
        case wakeup(PyTask, PyFuture)
        /// A Python callable with its arguments (`call_soon(f, *args)`, or a
        /// callback given to `add_done_callback`, called with the future).
        case call(Value, [Value])
        /// One of asyncio's own done-callbacks, called with the future.
        case native(NativeCallback, PyFuture)
    }

    /// What runs; nil once cancelled (CPython drops the callback and arguments).
    var action: Action?
    /// `_cancelled`.
    public internal(set) var cancelled = false
    /// The loop the handle belongs to.
    let loop: EventLoop

    override public var type: PyType { AsyncioTypes.handle }

    init(_ action: Action, loop: EventLoop) {
        self.action = action
        self.loop = loop
    }

    /// `cancel()`.
    func cancel() {
        guard !cancelled else { return }
        cancelled = true
        action = nil
    }

    /// The task this handle steps or wakes, if it is one of those.
    public var task: PyTask? {
        switch action {
        case .step(let t, _), .wakeup(let t, _): return t
        default: return nil
        }
    }

    /// The future whose done-callback this handle is, if it is one.
    public var future: PyFuture? {
        switch action {
        case .wakeup(_, let f), .native(_, let f): return f
        case .call(_, let args): return args.count == 1 ? args[0].object as? PyFuture : nil
        default: return nil
        }
    }

    /// The Python callable and arguments of a `call_soon`/`call_later` handle.
    public var callback: (function: Value, arguments: [Value])? {
        if case .call(let f, let args) = action { return (f, args) }
        return nil
    }
}

/// A handle scheduled for a virtual time (`events.TimerHandle`): it waits in the
/// timer heap until its deadline, then moves to the ready queue.
public final class PyTimerHandle: PyHandle {
    /// The deadline on the loop's clock.
    public let when: Double
    /// The deadline as given (`_when`, `when()`): `call_at(10, …)` keeps the int.
    let whenValue: Value
    /// Scheduling order, which breaks ties between equal deadlines.
    let sequence: Int
    /// In the timer heap (`_scheduled`).
    var scheduled = false

    override public var type: PyType { AsyncioTypes.timerHandle }

    init(when: Double, whenValue: Value, sequence: Int, _ action: Action, loop: EventLoop) {
        self.when = when
        self.whenValue = whenValue
        self.sequence = sequence
        super.init(action, loop: loop)
    }

    /// `TimerHandle.cancel()`: the loop counts cancelled timers still in its heap.
    override func cancel() {
        if !cancelled && scheduled { loop.timerCancelledCount += 1 }
        super.cancel()
    }
}

/// An entry of the timer heap, ordered by deadline, then by scheduling order.
struct TimerEntry: Comparable {
    let when: Double
    let sequence: Int
    let handle: PyTimerHandle

    static func < (a: TimerEntry, b: TimerEntry) -> Bool {
        a.when < b.when || (a.when == b.when && a.sequence < b.sequence)
    }

    static func == (a: TimerEntry, b: TimerEntry) -> Bool {
        a.when == b.when && a.sequence == b.sequence
    }
}
