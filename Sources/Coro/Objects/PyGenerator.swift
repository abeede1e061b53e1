/// CPython's generator states (`inspect.getgeneratorstate`).
public enum GeneratorState: Equatable {
    case created, running, suspended, closed

    /// `GEN_CREATED` …, or `CORO_CREATED` … for coroutines.
    public func name(prefix: String) -> String {
        switch self {
        case .created: return "\(prefix)_CREATED"
        case .running: return "\(prefix)_RUNNING"
        case .suspended: return "\(prefix)_SUSPENDED"
        case .closed: return "\(prefix)_CLOSED"
        }
    }
}

/// The handled-exception state of a running frame chain (`sys.exc_info()`):
/// a generator keeps its own and links it on top of the resumer's while it runs.
final class ExcState {
    /// The exception being handled at this level, or None.
    var exc: Value = .none
    /// The state of whoever resumed this generator (not retained: it is linked
    /// only while this generator runs, below it on the resume chain).
    var previous: Unmanaged<ExcState>?
}

/// A generator, coroutine or async generator object: it owns its frame.
public final class PyGenerator: PyObject {
    public enum Kind { case generator, coroutine, asyncGenerator }

    // The small fields come first, packed into one word: a program can hold
    // many suspended generators (see docs/performance.md, memory per generator).

    /// What kind of object this is.
    public let kind: Kind
    /// The state, stored once; everything else is derived from it and the frame.
    public internal(set) var state: GeneratorState = .created
    /// An async generator with an `asend`/`athrow` awaitable in progress
    /// (CPython's `ag_running_async`).
    var runningAsync = false
    /// An async generator that finished or was closed through `aclose()` (`ag_closed`).
    var asyncClosed = false
    /// An async generator whose first `__anext__`/`asend`/`athrow`/`aclose` has
    /// run the running loop's first-iteration hook (`ag_hooks_inited`).
    var asyncHooksInited = false
    /// Already finalized once (PEP 442: `tp_finalize` runs at most once), so a
    /// generator that ignored GeneratorExit then is released, not closed again.
    var finalized = false
    /// The line where the frame finished (0 if it never ran).
    private var finishedLineNumber: Int32 = 0
    /// The suspended frame; nil once the generator has finished and released it.
    var frame: Frame?
    /// The code (kept after the frame is released, for `gi_code` and reprs).
    public let code: CodeObject
    /// What few generators need, allocated on first use.
    private var extras: GeneratorExtras?
    /// Handled exceptions inside the generator, linked in while it runs.
    let excState = ExcState()
    /// Where this generator's frame goes if it is dropped while suspended: a
    /// queue the VM drains (a strong reference, not `weak`, so the VM gets no side
    /// table and its own reference counting stays on the fast path).
    let finalizationQueue: FinalizationQueue
    /// Order of creation in this interpreter: generators left at exit are closed
    /// in this order (CPython's collector finalizes them in allocation order).
    let creationNumber: Int

    /// The extras, made on first write.
    private var writableExtras: GeneratorExtras {
        if let e = extras { return e }
        let e = GeneratorExtras()
        extras = e
        return e
    }
    /// `__name__`.
    public var name: String {
        get { extras?.name ?? code.name }
        set { writableExtras.name = newValue }
    }
    /// `__qualname__`.
    public var qualname: String {
        get { extras?.qualname ?? code.qualname }
        set { writableExtras.qualname = newValue }
    }
    /// The `gi_frame` object handed out, so that it stays the same object.
    var frameObject: PyFrameObject? {
        get { extras?.frameObject }
        set { if newValue != nil || extras != nil { writableExtras.frameObject = newValue } }
    }
    /// The loop whose finalizer hook closes this async generator if it is dropped
    /// unfinished (`ag_origin_or_finalizer`).
    var finalizerLoop: EventLoop? {
        get { extras?.finalizerLoop }
        set { if newValue != nil || extras != nil { writableExtras.finalizerLoop = newValue } }
    }
    /// The line where the frame finished (0 if it never ran).
    var finishedLine: Int {
        get { Int(finishedLineNumber) }
        set { finishedLineNumber = Int32(clamping: newValue) }
    }
    /// Line where the frame last suspended or finished (0 before it first ran).
    public var lastLine: Int {
        if let f = frame, state == .suspended || state == .running { return f.line }
        return finishedLine
    }

    public override var type: PyType {
        switch kind {
        case .generator: return BuiltinTypes.generator
        case .coroutine: return BuiltinTypes.coroutine
        case .asyncGenerator: return BuiltinTypes.asyncGenerator
        }
    }

    init(kind: Kind, frame: Frame, name: String, qualname: String, vm: VM) {
        self.kind = kind
        self.frame = frame
        self.code = frame.code
        if name != frame.code.name || qualname != frame.code.qualname {
            let e = GeneratorExtras()
            e.name = name
            e.qualname = qualname
            extras = e
        }
        self.finalizationQueue = vm.finalizationQueue
        vm.generatorsCreated &+= 1
        self.creationNumber = vm.generatorsCreated
        super.init()
        frame.generator = self
        frame.isGenerator = true
    }

    deinit {
        // A generator dropped while suspended must still run its cleanup; Swift
        // cannot resurrect self here, so the frame is handed to the VM, which closes
        // it at the next instruction boundary.
        // Closing one suspended outside any handler and any delegation only
        // raises GeneratorExit through nothing: releasing the frame is the same.
        // An async generator started on a loop goes to that loop's finalizer, which
        // schedules its `aclose()` as a task.
        let toLoop = finalizerLoop != nil && !asyncClosed && state != .closed
        if let frame, !finalized, toLoop || (state == .suspended && frame.closeHasEffect) || (state == .created && kind == .coroutine) {
            frame.generator = nil
            frame.isGenerator = false
            var p = PendingFinalization(frame: frame, kind: kind, state: state, qualname: qualname, serial: serial)
            if toLoop { p.finalizerLoop = finalizerLoop }
            finalizationQueue.append(p)
        }
    }
}

/// A generator or coroutine dropped by the program, waiting to be closed; or a
/// report (a warning about a dropped object) waiting to be printed.
struct PendingFinalization {
    /// The frame to close (nil for a report).
    let frame: Frame?
    /// What it was.
    let kind: PyGenerator.Kind
    /// Its state when dropped.
    let state: GeneratorState
    /// Its `__qualname__`, for warnings.
    let qualname: String
    /// Its id, for warnings.
    let serial: Int
    /// What to print instead of closing a frame (asyncio's "Task exception was
    /// never retrieved"): objects report at the same deterministic points as
    /// dropped generators, never from inside a Swift deinitialiser.
    var report: ((VM) -> Void)? = nil
    /// For an async generator: the loop whose finalizer hook gets it.
    var finalizerLoop: EventLoop? = nil

    init(frame: Frame, kind: PyGenerator.Kind, state: GeneratorState, qualname: String, serial: Int) {
        self.frame = frame
        self.kind = kind
        self.state = state
        self.qualname = qualname
        self.serial = serial
    }

    init(report: @escaping (VM) -> Void) {
        self.frame = nil
        self.kind = .generator
        self.state = .closed
        self.qualname = ""
        self.serial = 0
        self.report = report
    }
}

/// The fields of a generator that most generators never set.
final class GeneratorExtras {
    /// `__name__` and `__qualname__` when they differ from the code's.
    var name: String?
    var qualname: String?
    /// The `gi_frame` object handed out.
    var frameObject: PyFrameObject?
    /// An async generator's finalizer loop.
    var finalizerLoop: EventLoop?
}

/// Generators dropped while suspended, waiting for the VM to close them at the
/// next instruction boundary. Shared by the VM and its generators; it outlives
/// the VM if generators do, and then only collects what nobody will drain.
final class FinalizationQueue {
    /// Frames to close, in the order they were dropped.
    var items: [PendingFinalization] = []
    /// The VM to wake, while it exists (it clears this in its deinit).
    unowned(unsafe) var vm: VM?

    func append(_ p: PendingFinalization) {
        items.append(p)
        vm?.countdown = 0
    }
}
