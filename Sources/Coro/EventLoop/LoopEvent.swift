/// Something the event loop did, reported to `VM.loopObserver` at the virtual time
/// it happened. The session shows these (`tick`, `run`); a timeline or a trace
/// export is the same stream written down (PRODUCT.md §7). Reporting costs nothing
/// when no observer is attached.
public struct LoopEvent {
    public enum Kind {
        /// A handle was added to the ready queue (`call_soon`, a future's callbacks).
        case scheduled(PyHandle)
        /// A timer was added to the timer heap (`call_later`, `call_at`).
        case timerScheduled(PyTimerHandle)
        /// A due timer moved from the heap to the ready queue (start of an iteration).
        case timerDue(PyTimerHandle)
        /// The virtual clock moved.
        case clockMoved(from: Double, to: Double, cause: ClockMoveCause)
        /// A new iteration of `_run_once` began with this many handles ready.
        case iterationStarted(ready: Int)
        /// A handle is about to run.
        case handleWillRun(PyHandle)
        /// A handle has run.
        case handleDidRun(PyHandle)
        /// A task stepped its coroutine (`Task.__step`).
        case taskStepped(TaskStep)
        /// A future or task became done (FINISHED or CANCELLED).
        case futureDone(PyFuture)
    }

    /// The virtual time of the event.
    public let time: Double
    /// The loop it happened on; nil for `time.sleep` outside any loop.
    public let loop: EventLoop?
    /// What happened.
    public let kind: Kind
}

/// Why the virtual clock moved.
public enum ClockMoveCause {
    /// Nothing was ready: the clock jumped to this timer's deadline.
    case timer(PyTimerHandle)
    /// `time.sleep(seconds)` blocked everything.
    case timeSleep(Double)
    /// The session moved it (`run until T`).
    case advanced
}

/// One `Task.__step`: the coroutine resumed, and what it did.
public struct TaskStep {
    /// The task.
    public let task: PyTask
    /// 1 for the task's first step.
    public let number: Int
    /// The task's state before and after the step.
    public let before: FutureState
    public let after: FutureState
    /// The exception thrown into the coroutine (a cancellation, or the exception of
    /// the future it awaited); nil when it was sent None.
    public let thrown: PyBaseException?
    /// What the coroutine did: yielded (a future to wait on, or None for a bare
    /// `yield`), returned, or raised.
    public let outcome: SendResult
    /// What the task waits on after the step (`_fut_waiter`), if anything.
    public let waitingOn: PyObject?
}

extension EventLoop {
    /// Reports an event to the VM's loop observer, if there is one.
    @inline(__always)
    func report(_ kind: @autoclosure () -> LoopEvent.Kind) {
        if let observer = runtime.observer {
            observer(LoopEvent(time: vm.clock, loop: self, kind: kind()))
        }
    }
}
