import DequeModule
import HeapModule

/// The event loop: asyncio's `BaseEventLoop` on the virtual clock. A FIFO queue of
/// ready handles and a heap of timers; `runOnce()` is asyncio's `_run_once`, the one
/// place where callbacks run, and `step()` runs one handle of it for the session's
/// `tick`. Nothing here waits: when nothing is ready, the clock jumps to the next
/// deadline.
public final class EventLoop: PyObject {
    /// The interpreter whose code the loop runs. Unowned and unchecked: a loop is a
    /// Python object of its interpreter and never outlives it, and this is read on
    /// every step.
    unowned(unsafe) let vm: VM
    /// The interpreter's asyncio state (running loop, observer), read on every step
    /// without touching the interpreter object, whose reference count is slow.
    unowned(unsafe) let runtime: AsyncioRuntime
    /// The same, for paths that may run while the interpreter is being torn down.
    weak var weakVM: VM?
    /// Handles ready to run, oldest first (`_ready`).
    var ready = Deque<PyHandle>()
    /// Timers by deadline, then scheduling order (`_scheduled`). Cancelled timers
    /// stay until they reach the top, as in asyncio.
    var scheduled = Heap<TimerEntry>()
    /// Timers scheduled so far: the next one's sequence number.
    var timerSequence = 0
    /// Cancelled timers still in the heap (`_timer_cancelled_count`).
    var timerCancelledCount = 0
    /// Handles of the current iteration that have not run yet (`ntodo` minus those
    /// run). Zero between iterations.
    public private(set) var iterationRemaining = 0
    /// Iterations begun so far.
    public private(set) var iterations = 0
    /// `stop()` was called: `run_forever` ends after the current iteration.
    var stopping = false
    /// `close()` was called.
    public private(set) var isClosed = false
    /// Inside `run_forever` (asyncio's `_thread_id is not None`).
    public private(set) var isRunningForever = false
    /// Inside `step()`: a tick of the session, which runs the loop without
    /// `run_forever` (the loop counts as running meanwhile).
    var isStepping = false
    /// The task being stepped (`_current_tasks[loop]`).
    public internal(set) var currentTask: PyTask?
    /// Which ready handle runs next; nil is asyncio's FIFO order.
    public var schedulingPolicy: (any SchedulingPolicy)?
    /// `set_exception_handler`'s handler, or None.
    var exceptionHandler: Value = .none
    /// `set_debug` (kept and reported; coro has no debug mode).
    var debug = false
    /// `set_task_factory`'s factory, or nil: `create_task` then builds a `Task`.
    var taskFactory: Value?
    /// Async generators first iterated on this loop and not yet closed, weakly
    /// (`_asyncgens`), in the order they started.
    var asyncgens: [WeakGenerator] = []
    /// `shutdown_asyncgens()` has run.
    var asyncgensShutdownCalled = false

    /// asyncio's `_clock_resolution` (`time.get_clock_info('monotonic').resolution`):
    /// a timer is due when its deadline is less than now plus this.
    public static let clockResolution = 1e-09

    override public var type: PyType { AsyncioTypes.eventLoop }

    init(vm: VM) {
        self.vm = vm
        self.weakVM = vm
        self.runtime = vm.asyncio
    }

    /// The loop runs code now: in `run_forever` or in a tick.
    public var isRunning: Bool { isRunningForever || isStepping }

    /// Ready handles, including those of the current iteration not yet run.
    public var readyCount: Int { ready.count }

    /// The ready handles, oldest first.
    public var readyHandles: [PyHandle] { Array(ready) }

    /// The earliest deadline of a timer that is not cancelled, if any.
    public var nextDeadline: Double? {
        scheduled.unordered.filter { !$0.handle.cancelled }.min()?.when
    }

    /// The timers that are not cancelled, earliest first.
    public var timers: [PyTimerHandle] {
        scheduled.unordered.filter { !$0.handle.cancelled }.sorted().map(\.handle)
    }

    // MARK: - Scheduling

    /// `call_soon`: a handle at the end of the ready queue.
    @discardableResult
    func callSoon(_ action: PyHandle.Action) -> PyHandle {
        let h = PyHandle(action, loop: self)
        ready.append(h)
        if runtime.observer != nil { report(.scheduled(h)) }
        return h
    }

    /// `call_at`: a timer in the heap.
    func callAt(_ when: Double, given: Value? = nil, _ action: PyHandle.Action) -> PyTimerHandle {
        timerSequence += 1
        let t = PyTimerHandle(when: when, whenValue: given ?? .float(when), sequence: timerSequence, action, loop: self)
        scheduled.insert(TimerEntry(when: when, sequence: timerSequence, handle: t))
        t.scheduled = true
        if runtime.observer != nil { report(.timerScheduled(t)) }
        return t
    }

    /// A future's done-callback, scheduled with `call_soon` and the future as argument.
    func schedule(callback: FutureCallback, of future: PyFuture) {
        switch callback {
        case .wakeup(let task): callSoon(.wakeup(task, future))
        case .python(let fn): callSoon(.call(fn, [.object(future)]))
        case .native(let cb): callSoon(.native(cb, future))
        }
    }

    // MARK: - One iteration: asyncio's `_run_once`

    /// One full iteration: due timers move to the ready queue, then exactly the
    /// handles ready at that moment run; what they schedule waits for the next
    /// iteration. An iteration that `step()` began is finished instead.
    func runOnce() throws {
        if iterationRemaining == 0 {
            guard beginIteration(honouringStop: true) else { throw waitingForever() }
        }
        // This is the only place where callbacks are actually called. All other
        // places just add them to ready.
        while iterationRemaining > 0 { try runNextHandle() }
    }

    /// The phases of `_run_once` before callbacks run. Returns false when the loop
    /// would wait forever: nothing ready, no timer (and, with `honouringStop`, not
    /// stopping — a stopping loop only polls).
    func beginIteration(honouringStop: Bool) -> Bool {
        // Remove delayed calls that were cancelled: all of them when they are more
        // than half of a large heap, else those at the top.
        purgeCancelledTimers()
        // Where the selector would block until the earliest deadline, the virtual
        // clock jumps to it. With handles ready (or stopping) the timeout is 0.
        if ready.isEmpty && !(honouringStop && stopping) {
            guard let next = scheduled.min else { return false }
            if next.when > vm.clock {
                // A deadline of +inf (`asyncio.sleep(math.inf)`) never comes: the
                // selector would block forever, and the clock does not jump there.
                guard next.when < .infinity else { return false }
                moveClock(to: next.when, cause: .timer(next.handle))
            }
        }
        // Handle 'later' callbacks that are ready: asyncio's `when >= end_time`
        // test, so a NaN deadline is due at once; a deadline the clock has jumped
        // to is due even where adding the resolution does not change a huge time.
        let endTime = vm.clock + EventLoop.clockResolution
        while let top = scheduled.min, top.when <= vm.clock || !(top.when >= endTime) {
            _ = scheduled.removeMin()
            top.handle.scheduled = false
            ready.append(top.handle)
            if runtime.observer != nil, !top.handle.cancelled { report(.timerDue(top.handle)) }
        }
        iterationRemaining = ready.count
        iterations += 1
        if runtime.observer != nil { report(.iterationStarted(ready: iterationRemaining)) }
        return true
    }

    /// asyncio drops cancelled timers from the top of the heap, or rebuilds the heap
    /// without them when they are more than half of more than 100 timers.
    private func purgeCancelledTimers() {
        let count = scheduled.count
        if count > 100 && timerCancelledCount * 2 > count {
            let live = scheduled.unordered.filter { entry in
                if entry.handle.cancelled { entry.handle.scheduled = false }
                return !entry.handle.cancelled
            }
            scheduled = Heap(live)
            timerCancelledCount = 0
            return
        }
        while let top = scheduled.min, top.handle.cancelled {
            timerCancelledCount -= 1
            _ = scheduled.removeMin()
            top.handle.scheduled = false
        }
    }

    /// Runs the next handle of the current iteration, chosen by the scheduling
    /// policy among the handles ready when the iteration began. Returns it, or nil
    /// when it was cancelled (skipped, as `_run_once` skips it).
    @discardableResult
    func runNextHandle() throws -> PyHandle? {
        let h: PyHandle?
        if var policy = schedulingPolicy, iterationRemaining > 1 {
            let i = min(max(policy.choose(candidates: iterationRemaining), 0), iterationRemaining - 1)
            schedulingPolicy = policy
            h = i < ready.count ? ready.remove(at: i) : ready.popFirst()
        } else {
            h = ready.popFirst()
        }
        guard let h else {
            iterationRemaining = 0
            return nil
        }
        iterationRemaining -= 1
        guard let action = h.action else { return nil }
        if runtime.observer != nil { report(.handleWillRun(h)) }
        try runHandle(h, action)
        if runtime.observer != nil { report(.handleDidRun(h)) }
        return h
    }

    /// `Handle._run`: runs the callback. A Python exception escaping a callback goes
    /// to the exception handler ("Exception in callback …"), except
    /// KeyboardInterrupt and SystemExit, which stop the loop.
    private func runHandle(_ h: PyHandle, _ action: PyHandle.Action) throws {
        do {
            switch action {
            case .step(let task, let exc):
                try task.step(exc)
            case .wakeup(let task, let future):
                try task.wakeup(future)
            case .call(let fn, let args):
                _ = try vm.call(fn, args)
                if !vm.pendingFinalizations.isEmpty { try vm.finalizeDroppedObjects() }
            case .native(let cb, let future):
                try cb.body(vm, future)
            }
        } catch let e as PyBaseException {
            if e.isInstance(of: BuiltinTypes.keyboardInterrupt) || e.isInstance(of: BuiltinTypes.systemExit) { throw e }
            callExceptionHandler([
                ("message", .value(.str("Exception in callback \(formatHandleCallback(action))"))),
                ("exception", .value(.object(e))),
                ("handle", .value(.object(h))),
            ])
        }
    }

    // MARK: - Running

    /// `run_forever`: iterations until `stop()`.
    func runForever() throws {
        try checkClosed()
        try checkRunning()
        isRunningForever = true
        runtime.runningLoop = self
        defer {
            stopping = false
            isRunningForever = false
            runtime.runningLoop = nil
        }
        while true {
            try runOnce()
            if stopping { break }
        }
    }

    /// `run_until_complete`: runs until the future (a coroutine is wrapped in a
    /// task) is done, and returns its result or raises its exception.
    func runUntilComplete(_ arg: Value) throws -> Value {
        try checkClosed()
        try checkRunning()
        let newTask = !(arg.object is PyFuture)
        let future = try runtime.ensureFuture(arg, loop: self)
        if newTask, let task = future as? PyTask { task.logDestroyPending = false }
        let stopper = NativeCallback("_run_until_complete_cb") { _, fut in
            // A KeyboardInterrupt or SystemExit already ended run_forever.
            if fut.state == .finished, let e = fut.exception,
               e.isInstance(of: BuiltinTypes.keyboardInterrupt) || e.isInstance(of: BuiltinTypes.systemExit) {
                return
            }
            fut.loop.stopping = true
        }
        future.addDoneCallback(.native(stopper))
        do {
            try runForever()
        } catch {
            if newTask && future.state == .finished { future.logTraceback = false }
            future.removeDoneCallback(stopper)
            throw error
        }
        future.removeDoneCallback(stopper)
        if future.state == .pending { throw runtimeError("Event loop stopped before Future completed.") }
        return try future.resultValue()
    }

    /// Runs one handle: the session's `tick`. A new iteration begins (due timers
    /// move, the clock jumps when nothing is ready) only once every handle of the
    /// previous one has run, so the order is `runOnce`'s. Returns the handle run,
    /// or nil when nothing is ready and no timer is scheduled.
    public func step() throws -> PyHandle? {
        try checkClosed()
        try checkRunning()
        isStepping = true
        runtime.runningLoop = self
        defer {
            isStepping = false
            runtime.runningLoop = nil
        }
        while true {
            if iterationRemaining == 0 {
                guard beginIteration(honouringStop: false), iterationRemaining > 0 else { return nil }
            }
            if let h = try runNextHandle() { return h }
        }
    }

    /// Handles are ready or timers are scheduled: `step()` has something to run.
    public var hasWork: Bool {
        iterationRemaining > 0 || !ready.isEmpty || nextDeadline != nil
    }

    /// Moves the clock forward to `t` (the session's `run until T`); never back.
    public func advanceClock(to t: Double) {
        if t > vm.clock { moveClock(to: t, cause: .advanced) }
    }

    func moveClock(to t: Double, cause: ClockMoveCause) {
        let from = vm.clock
        vm.clock = t
        if let observer = runtime.observer {
            observer(LoopEvent(time: t, loop: self, kind: .clockMoved(from: from, to: t, cause: cause)))
        }
    }

    /// `stop()`.
    func stop() { stopping = true }

    /// `close()`: the queues are dropped.
    func close() throws {
        if isRunning { throw runtimeError("Cannot close a running event loop") }
        if isClosed { return }
        isClosed = true
        ready.removeAll()
        scheduled = Heap()
        iterationRemaining = 0
        timerCancelledCount = 0
    }

    func checkClosed() throws {
        if isClosed { throw runtimeError("Event loop is closed") }
    }

    /// `_check_running`.
    func checkRunning() throws {
        if isRunning { throw runtimeError("This event loop is already running") }
        if runtime.runningLoop != nil {
            throw runtimeError("Cannot run the event loop while another loop is running")
        }
    }

    /// What CPython's virtual-clock shim raises where the real loop would block
    /// forever in `select()`: nothing will ever be ready.
    private func waitingForever() -> PyBaseException {
        runtimeError("the event loop would wait forever (nothing is ready and no timer is scheduled)")
    }

    // MARK: - Tasks

    /// `_enter_task`.
    func enterTask(_ task: PyTask) throws {
        if let current = currentTask {
            throw runtimeError("Cannot enter into task \(try vm.repr(.object(task))) while another task \(try vm.repr(.object(current))) is being executed.")
        }
        currentTask = task
    }

    /// `_leave_task`.
    func leaveTask(_ task: PyTask) {
        currentTask = nil
    }
}

/// A weak reference to a generator (the loop's set of live async generators).
struct WeakGenerator {
    weak var generator: PyGenerator?
}
