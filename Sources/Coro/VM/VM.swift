/// Where a run's output goes. Programs keep stdout and stderr apart; sessions send
/// everything to stdout in order (PRODUCT.md §2).
public final class OutputBuffer {
    /// Text written to stdout and not yet flushed.
    public var out: String = ""
    /// Text written to stderr and not yet flushed.
    public var err: String = ""
    /// Send stderr text to stdout (sessions).
    public var mergeStreams = false
    /// Called with (text, isError) when a buffer grows large or on `flush()`;
    /// nil keeps everything in memory (tests).
    public var sink: ((String, Bool) -> Void)?

    public init() {}

    public func write(_ s: String) {
        out += s
        if sink != nil && out.utf8.count > 1 << 16 { flush() }
    }

    public func writeError(_ s: String) {
        if mergeStreams { write(s); return }
        flushOut()
        err += s
        if sink != nil { flush() }
    }

    private func flushOut() {
        if let sink, !out.isEmpty { sink(out, false); out = "" }
    }

    public func flush() {
        flushOut()
        if let sink, !err.isEmpty { sink(err, true); err = "" }
    }
}

/// The interpreter: one per program run or session. Holds everything mutable that
/// Python code can reach; built-in types are shared and immutable.
public final class VM {
    /// Built-in names (`len`, `ValueError`, …).
    public var builtins: [String: Value] = [:]
    /// Modules imported so far, by name.
    var modules: [String: PyModule] = [:]
    /// Output of the run.
    public let output: OutputBuffer
    /// Python frames currently active (calls and resumed generators).
    var depth = 0
    /// CPython's default recursion limit.
    public var recursionLimit = 1000
    /// The bottom of the handled-exception chain (outside every generator).
    let baseExcState: ExcState
    /// The chain's innermost level: the running generator's state, or the base.
    /// Not retained (the base and each running generator keep theirs alive), so
    /// linking a generator in on every resume costs no reference counting.
    var currentExcState: Unmanaged<ExcState>
    /// The innermost handled-exception level.
    var excState: ExcState {
        @inline(__always) get { currentExcState.takeUnretainedValue() }
    }
    /// Instructions left before the step budget runs out (`--max-steps`); Int.max when unlimited.
    var stepsLeft = Int.max
    /// The budget given, for the error message.
    var stepLimit: Int?
    /// Instructions until the dispatch loop takes its slow path (interrupts,
    /// finalizers, step budget). Zeroed to make the next instruction take it.
    var countdown = 4096
    /// Where dropped generators wait to be closed (shared with the generators).
    let finalizationQueue = FinalizationQueue()
    /// Generators dropped while suspended, not yet closed.
    var pendingFinalizations: [PendingFinalization] {
        get { finalizationQueue.items }
        set { finalizationQueue.items = newValue }
    }
    /// Set (from a signal handler) to raise KeyboardInterrupt in running code.
    public var interruptRequested: () -> Bool = { false }
    /// Next number for `id()` and default reprs.
    var nextSerial = 1
    /// The virtual clock, in seconds.
    public var clock: Double = 0
    /// Receives transition events (session display, traces).
    public var observer: ((TransitionEvent) -> Void)?
    /// Receives the event loop's events: handles run, task steps, future
    /// completions, timers and clock moves (see `LoopEvent`). Kept by the asyncio
    /// state, which the loops read without touching the interpreter object.
    public var loopObserver: ((LoopEvent) -> Void)? {
        get { asyncioRuntime?.observer }
        set { asyncio.observer = newValue }
    }
    /// asyncio's per-interpreter state (loops, task registry, the module's
    /// Python half), made when asyncio is first used.
    var asyncioRuntime: AsyncioRuntime?
    /// Containers being repr'd, to print `[...]` for self-references.
    var reprActive: [ObjectIdentifier] = []
    /// An exception being thrown into a generator (`throw`): it was chained with the
    /// generator's own handled exception only, so unwinding must not chain it again.
    var thrownIn: PyBaseException?
    /// Generators, coroutines and async generators made so far (their `creationNumber`).
    var generatorsCreated = 0
    /// Warnings already shown, by location and text: CPython's "default" action
    /// shows a warning once per line (`__warningregistry__`).
    var warningsShown: Set<String> = []
    /// The one `code` object of each code in use (`f.__code__ is g.gi_code`), held
    /// weakly: a wrapper keeps its code alive, so a live entry's key is not reused.
    var codeWrappers: [ObjectIdentifier: WeakCode] = [:]

    /// `generator.send`, `generator.__next__` and the builtin `next`, recognised by
    /// the dispatch loop so that stepping a generator switches frames in the loop.
    var generatorSendFunction: PyObject?
    var generatorNextFunction: PyObject?
    var builtinNextFunction: PyObject?

    public init(output: OutputBuffer = OutputBuffer()) {
        self.output = output
        let base = ExcState()
        baseExcState = base
        currentExcState = Unmanaged.passUnretained(base)
        finalizationQueue.vm = self
        installBuiltins()
        generatorSendFunction = BuiltinTypes.generator.dict["send"]?.object
        generatorNextFunction = BuiltinTypes.generator.dict["__next__"]?.object
        builtinNextFunction = builtins["next"]?.object
    }

    deinit {
        finalizationQueue.vm = nil
    }

    /// The `id()` / default-repr number of an object, assigned on first use.
    public func serial(of o: PyObject) -> Int {
        if o.serial == 0 {
            o.serial = nextSerial
            nextSerial += 1
        }
        return o.serial
    }

    /// Limits the number of bytecode instructions this VM may execute.
    public func setStepLimit(_ n: Int?) {
        stepLimit = n
        stepsLeft = n ?? Int.max
    }

    func queueFinalization(_ p: PendingFinalization) {
        finalizationQueue.append(p)
    }

    /// The exception currently being handled (`sys.exc_info()[1]`), or None.
    var handledException: Value {
        var s: Unmanaged<ExcState>? = currentExcState
        while let st = s?.takeUnretainedValue() {
            if !st.exc.isNone { return st.exc }
            s = st.previous
        }
        return .none
    }
}

/// A state change of a generator, coroutine or task, reported to the observer.
public struct TransitionEvent {
    /// `taskStep`: an asyncio Task stepping its coroutine (`Task.__step`).
    public enum Cause { case next, send, throwIn, close, forLoop, yieldFrom, finalize, taskStep, other }
    /// The object that changed state.
    public let object: PyObject
    /// State before.
    public let before: GeneratorState
    /// State after.
    public let after: GeneratorState
    /// What caused it.
    public let cause: Cause
    /// What happened: yielded / returned value, or the exception raised.
    public let outcome: SendResult
    /// Line where the frame is now suspended (or finished).
    public let line: Int
}

/// The result of resuming a generator (CPython's `PySendResult`).
public enum SendResult {
    case yielded(Value)
    case returned(Value)
    case raised(PyBaseException)
}
