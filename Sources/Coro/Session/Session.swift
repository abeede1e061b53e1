/// What an input ended with.
public enum InputOutcome: Equatable, Sendable {
    /// It ran.
    case ok
    /// An uncaught exception or a command error; the session goes on, and `coro run`
    /// exits 1 at the end.
    case failed
    /// `quit`: the session ends here.
    case quit
    /// The step budget ran out: the run stops (Python code cannot catch this).
    case stopped
}

/// How a session starts.
public struct SessionOptions {
    /// Start with `trace on`.
    public var trace: Bool
    /// Bytecode instructions the whole session may run (`--max-steps`); nil for no limit.
    public var maxSteps: Int?
    /// Colour for the session's own lines.
    public var style: Style
    /// Where `load` looks for a relative path: the session file's directory, or "" for
    /// the current directory.
    public var baseDirectory: String

    public init(trace: Bool = false, maxSteps: Int? = nil, style: Style = .plain, baseDirectory: String = "") {
        self.trace = trace
        self.maxSteps = maxSteps
        self.style = style
        self.baseDirectory = baseDirectory
    }
}

/// A session (PRODUCT.md §2): Python code run as at the interactive prompt, and the
/// commands that step generators and coroutines and show each transition. The shell,
/// `coro run FILE.coro` and the golden runner all feed it inputs one at a time.
///
/// The VM reports transitions as events to `observe`; everything shown about them is
/// built from those events. The VM never prints.
public final class Session {
    /// Where everything goes, in order (stderr merged into stdout).
    public let output: OutputBuffer
    /// The interpreter; `reset` replaces it, which restarts the id counter.
    public private(set) var vm: VM
    /// The session's namespace (`__main__`).
    public private(set) var globals: Globals
    /// `trace on`: also show transitions caused by Python code.
    public var trace: Bool
    /// How the session started.
    public let options: SessionOptions
    /// Every input so far, in order (for a later `back`, which replays them).
    public private(set) var inputs: [SessionInput] = []
    /// Polled by running code every few thousand instructions: true raises
    /// KeyboardInterrupt in it. The shell wires Ctrl-C here.
    public var interruptCheck: () -> Bool = { false }
    /// What the session knows about each generator it has seen move.
    var records: [ObjectIdentifier: ObjectRecord] = [:]
    /// The stepping command running now, which claims its target's transition.
    var active: ActiveCommand?
    /// The first line of the input running now ("closed since step 3 (close g)").
    var currentLabel = ""
    /// Lays out transitions.
    let formatter: TransitionFormatter
    /// Set by `finish`.
    var finished = false
    /// What the event-loop commands know: tasks seen, how they were made, who
    /// cancelled whom, what `tick`/`run` is showing now.
    var loopView = LoopView()

    public init(options: SessionOptions = SessionOptions(), output: OutputBuffer = OutputBuffer()) {
        output.mergeStreams = true
        self.output = output
        self.options = options
        self.trace = options.trace
        self.formatter = TransitionFormatter(style: options.style)
        self.vm = VM(output: output)
        self.globals = Globals()
        vm.setStepLimit(options.maxSteps)
        startNamespace()
    }

    /// Runs one input: a command, or Python code.
    public func run(_ input: SessionInput) -> InputOutcome {
        inputs.append(input)
        currentLabel = input.label
        pruneRecords()
        if let command = input.command {
            let outcome = runCommand(command, input: input)
            noteCancellations(by: nil)
            return outcome
        }
        let outcome = runCode(input)
        noteCancellations(by: nil)
        return outcome
    }

    /// The end of the session (end of the file, `quit`, Ctrl-D): what CPython does at
    /// exit to what the namespace still holds — suspended generators are closed (their
    /// `finally` blocks run) and coroutines never started warn. Runs once; call it on
    /// a large stack.
    public func finish() {
        guard !finished else { return }
        finished = true
        vm.finalizeAtExit(globals: globals)
    }

    /// Gives the step budget back in full (the shell does this before each input, so
    /// `--max-steps` bounds each input there rather than the whole session).
    public func refillStepBudget() {
        vm.setStepLimit(options.maxSteps)
    }

    // MARK: - Namespace

    /// Wires the VM to the session and fills a fresh `__main__`: `asyncio` and
    /// `inspect` imported, as `python -m asyncio` does (asyncio once the event loop
    /// provides the module).
    func startNamespace() {
        vm.observer = { [unowned self] event in self.observe(event) }
        vm.interruptRequested = { [unowned self] in self.interruptCheck() }
        globals["__name__"] = .str("__main__")
        for module in ["asyncio", "inspect"] where BuiltinModules.factories[module] != nil {
            if let m = try? vm.importModule(module) { globals[module] = m }
        }
        startLoop()
    }

    /// `reset`: a fresh VM (ids count from 1 again) and namespace. The step budget left
    /// carries over, so a reset cannot escape `--max-steps`.
    func resetNamespace() {
        // The old namespace is dropped: its generators are finalized now, at the end
        // of the input that dropped them, as at exit.
        vm.finalizeAtExit(globals: globals)
        let stepsLeft = vm.stepsLeft
        vm.observer = nil
        vm = VM(output: output)
        vm.setStepLimit(options.maxSteps)
        vm.stepsLeft = stepsLeft
        globals = Globals()
        records = [:]
        loopView = LoopView()
        startNamespace()
    }

    // MARK: - Output

    /// One line of the session's own output.
    func say(_ line: String) {
        output.write(line + "\n")
    }

    /// A command error: `error: …`, then an optional hint and usage line.
    func fail(_ message: String, hint: String? = nil, usage: String? = nil) -> InputOutcome {
        say("\(formatter.style.error("error:")) \(message)")
        if let hint { say("\(formatter.style.hint("hint:")) \(hint)") }
        if let usage { say("usage: \(usage)") }
        return .failed
    }

    /// A Python exception raised by a command's own work (evaluating its argument):
    /// CPython's last traceback line, and a hint when there is one.
    func failPython(_ e: PyBaseException, hint: String? = nil) -> InputOutcome {
        say(vm.exceptionLine(e))
        if let hint { say("\(formatter.style.hint("hint:")) \(hint)") }
        return .failed
    }

    /// The step budget ran out: say so; the run stops.
    func stop(_ e: StepLimitExceeded) -> InputOutcome {
        output.write("coro: step limit of \(e.limit) instructions exceeded\n")
        return .stopped
    }
}

/// What the session remembers about a generator or coroutine that has moved.
final class ObjectRecord {
    /// The object; weak, so the session never keeps a dropped generator alive (its
    /// finalization must happen when the program drops it).
    weak var object: PyGenerator?
    /// Transitions seen so far: the step numbers of "closed since step 3".
    var steps = 0
    /// The step at which it closed.
    var closedAtStep: Int?
    /// The input that closed it (its first line).
    var closedBy: String?
    /// The line it was last seen suspended at (to show source text only when it moves).
    var suspendedLine = 0

    init(_ object: PyGenerator) {
        self.object = object
    }
}

/// A stepping command in progress: it claims the transition of its target, which it
/// shows itself, under the name the user typed.
final class ActiveCommand {
    /// The object stepped.
    let target: PyGenerator
    /// Its name as typed.
    let name: String
    /// The target's last transition during the command.
    var event: TransitionEvent?

    init(target: PyGenerator, name: String) {
        self.target = target
        self.name = name
    }
}
