/// What the event-loop commands know about the session's loop: the tasks seen (in
/// the order they were made), how each coroutine was called, who cancelled whom, and
/// whether `tick` or `run` is showing events now.
final class LoopView {
    enum Mode { case idle, tick, run }
    var mode: Mode = .idle
    /// Tasks of the session's loop, in the order the session first saw them.
    var tasks: [PyTask] = []
    /// The call that made each task's coroutine (`work('wlb', 3)`), at first sight.
    var calls: [ObjectIdentifier: String] = [:]
    /// Gathering futures made by `gather`, with their names.
    var gathers: [PyFuture] = []
    /// Cancellation requests seen per task, and who made the last one.
    var cancelCounts: [ObjectIdentifier: Int] = [:]
    var cancelledBy: [ObjectIdentifier: String] = [:]
    /// Counters for unnamed `spawn` (t1, t2, …) and `gather` (gather1, …).
    var unnamedTasks = 0
    var unnamedGathers = 0
}

func trimBlanks(_ s: String) -> String {
    var t = Substring(s)
    while let c = t.first, c == " " || c == "\t" { t = t.dropFirst() }
    while let c = t.last, c == " " || c == "\t" { t = t.dropLast() }
    return String(t)
}

/// Virtual times with three decimals: `3.000`. A time a program made infinite, NaN
/// or too large for whole milliseconds (`asyncio.sleep(1e300)`) shows as Python's
/// repr of the float (`inf`, `nan`, `1e+300`).
func clockText(_ t: Double) -> String {
    guard let ms = Int(exactly: (t * 1000).rounded()), ms.magnitude < 1 << 53 else {
        return pythonFloatRepr(t)
    }
    let sign = ms < 0 ? "-" : ""
    let frac = Int(ms.magnitude % 1000)
    let pad = frac < 10 ? "00" : frac < 100 ? "0" : ""
    return "\(sign)\(ms.magnitude / 1000).\(pad)\(frac)"
}

extension Session {
    // MARK: - The loop and its events

    var sessionLoop: EventLoop? { vm.asyncio.sessionLoop }

    /// Makes the session's loop (current, not running) and listens to it.
    func startLoop() {
        guard BuiltinModules.factories["asyncio"] != nil else { return }
        _ = vm.asyncio.makeSessionLoop()
        vm.loopObserver = { [unowned self] event in self.observeLoop(event) }
    }

    func observeLoop(_ event: LoopEvent) {
        guard let loop = sessionLoop, event.loop === loop || event.loop == nil else { return }
        let showing = loopView.mode != .idle
        let internals = loopView.mode == .tick || (loopView.mode == .run && trace)
        switch event.kind {
        case .scheduled(let h):
            if let t = h.task { see(t) }
        case .clockMoved(let from, let to, let cause):
            if showing { say("clock \(clockText(from)) -> \(clockText(to)): \(clockReason(cause))") }
        case .handleWillRun(let h):
            if internals, h.task == nil, let label = handleLabel(h) { say("[t=\(clockText(event.time))] \(label)") }
        case .handleDidRun(let h):
            noteCancellations(by: h.task.map(taskName) ?? "a callback")
        case .taskStepped(let step):
            see(step.task)
            if showing { say(stepLine(step, time: event.time)) }
        case .futureDone(let f):
            guard showing, !(f is PyTask), let name = futureName(f) else { return }
            say("[t=\(clockText(event.time))] \(name)  -> \(f.state.name)\(outcomeText(f))")
        case .timerScheduled, .timerDue, .iterationStarted:
            break
        }
    }

    /// Remembers a task of the session's loop, and its coroutine's call.
    func see(_ t: PyTask) {
        guard t.loop === sessionLoop else { return }
        let id = ObjectIdentifier(t)
        guard loopView.calls[id] == nil else { return }
        loopView.tasks.append(t)
        if let g = t.generator { loopView.calls[id] = callDescription(g) } else { loopView.calls[id] = safeRepr(t.coro, limit: 40) }
    }

    /// Records new cancellation requests: who asked (the task whose step or the
    /// callback that ran, or the prompt), and shows them during `tick`/`run`.
    func noteCancellations(by canceller: String?) {
        for t in loopView.tasks {
            let id = ObjectIdentifier(t)
            let seen = loopView.cancelCounts[id] ?? 0
            guard t.numCancelsRequested > seen else { continue }
            loopView.cancelCounts[id] = t.numCancelsRequested
            let who = canceller ?? "the prompt"
            loopView.cancelledBy[id] = who
            if loopView.mode != .idle {
                say("[t=\(clockText(vm.clock))] \(who) cancels \(taskName(t)): CancelledError at \(taskName(t))'s next step")
            }
        }
    }

    // MARK: - Describing

    /// A task as the user knows it: the global name bound to it, else `get_name()`.
    func taskName(_ t: PyTask) -> String {
        for (name, v) in globals.items where v.object === t { return name }
        return t.nameText
    }

    /// A future worth showing when it completes: a gather or one the user named.
    func futureName(_ f: PyFuture) -> String? {
        for (name, v) in globals.items where v.object === f { return name }
        if f is PyGatheringFuture { return "gather#\(vm.serial(of: f))" }
        return nil
    }

    /// Any future by name: a task's, a named one's, else its kind and id.
    func anyFutureName(_ f: PyFuture) -> String {
        if let t = f as? PyTask { return taskName(t) }
        return futureName(f) ?? "Future#\(vm.serial(of: f))"
    }

    /// `  result 'ok'`, `  exception ValueError('bad')`, `  cancelled by b`, or "".
    func outcomeText(_ f: PyFuture) -> String {
        switch f.state {
        case .pending: return ""
        case .finished:
            if let e = f.exception { return "  exception \(safeRepr(.object(e), limit: 80))" }
            return "  result \(safeRepr(f.result, limit: 80))"
        case .cancelled:
            if let who = loopView.cancelledBy[ObjectIdentifier(f)] { return "  cancelled by \(who)" }
            return ""
        }
    }

    /// The innermost generator of a coroutine's await chain.
    func innermost(_ g: PyGenerator) -> PyGenerator {
        var current = g
        var depth = 0
        while depth < 1000, current.state == .suspended, let d = vm.delegate(of: current)?.object as? PyGenerator {
            current = d
            depth += 1
        }
        return current
    }

    /// The timer that will complete `f` (asyncio.sleep's `call_later`).
    func timer(completing f: PyObject) -> PyTimerHandle? {
        sessionLoop?.timers.first { $0.callback?.arguments.first?.object === f }
    }

    /// `sleep(3)`: the delay of the `asyncio.sleep` call innermost in the task.
    func sleepCall(of t: PyTask) -> String? {
        guard let g = t.generator else { return nil }
        let inner = innermost(g)
        guard inner.code.name == "sleep", let frame = inner.frame,
              let delay = frame.boundLocals.first(where: { $0.0 == "delay" })?.1 else { return nil }
        return "sleep(\(safeRepr(delay)))"
    }

    /// What a pending task waits on: `sleep(3) until t=3.000`, `task b`, `gather both`,
    /// `q.get()`, or that it is ready to step again.
    func waitingText(_ t: PyTask) -> String {
        guard t.state == .pending else { return "" }
        guard let w = t.futWaiter else { return t.steps == 0 ? "scheduled" : "ready (a bare yield: steps again next)" }
        if let other = w as? PyTask { return "task \(taskName(other))" }
        if let f = w as? PyFuture, f is PyGatheringFuture { return "gather \(anyFutureName(f))" }
        if let sleep = sleepCall(of: t) {
            if let h = timer(completing: w) { return "\(sleep) until t=\(clockText(h.when))" }
            return sleep
        }
        if let g = t.generator {
            let inner = innermost(g)
            if let frame = inner.frame, let owner = frame.boundLocals.first(where: { $0.0 == "self" })?.1, let o = owner.object {
                return "\(displayName(of: o)).\(inner.name)()"
            }
        }
        if let f = w as? PyFuture { return anyFutureName(f) }
        return "a \(w.type.name)"
    }

    /// One task step: `[t=0.000] a  step 1  PENDING -> waiting on sleep(3) until t=3.000`.
    func stepLine(_ s: TaskStep, time: Double) -> String {
        var out = "[t=\(clockText(time))] \(formatter.style.name(taskName(s.task)))  step \(s.number)  "
        if s.number == 1 { out += "\(s.before.name) " }
        if let e = s.thrown { out += "\(e.cls.name) thrown in " }
        switch s.after {
        case .pending:
            let waiting = waitingText(s.task)
            out += waiting.hasPrefix("ready") ? "-> \(waiting)" : "-> waiting on \(waiting)"
        case .finished, .cancelled:
            out += "-> \(s.after.name)\(outcomeText(s.task))"
        }
        return out
    }

    /// Why the clock moved: `b's sleep(1) is due`.
    func clockReason(_ cause: ClockMoveCause) -> String {
        switch cause {
        case .timer(let h):
            return "\(timerText(h)) is due"
        case .timeSleep(let seconds):
            let who = sessionLoop?.currentTask.map(taskName) ?? "the prompt"
            return "\(who)'s time.sleep(\(formatSeconds(seconds))) blocks every task"
        case .advanced:
            return "run until \(formatSeconds(vm.clock))"
        }
    }

    func formatSeconds(_ s: Double) -> String {
        s == s.rounded() && abs(s) < 1e15 ? String(Int(s)) : "\(s)"
    }

    /// A timer by what it does: `b's sleep(1)`, or `call_later(2, f)`.
    func timerText(_ h: PyTimerHandle) -> String {
        if let f = h.callback?.arguments.first?.object, let t = loopView.tasks.first(where: { $0.futWaiter === f }) {
            return "\(taskName(t))'s \(sleepCall(of: t) ?? "timer")"
        }
        if let (fn, args) = h.callback { return "timer \(callText(fn, args))" }
        return "a timer"
    }

    /// `f(1, 'x')` by the callable's name.
    func callText(_ fn: Value, _ args: [Value]) -> String {
        var name = safeRepr(fn, limit: 60)
        if let n = try? vm.getAttr(fn, "__name__"), let s = n.object as? PyStr { name = s.value }
        let shown = args.map { a -> String in
            if let f = a.object as? PyFuture { return anyFutureName(f) }
            return safeRepr(a, limit: 40)
        }
        return "\(name)(\(shown.joined(separator: ", ")))"
    }

    /// An internal handle, labelled plainly: a timer's callback, a done-callback.
    func handleLabel(_ h: PyHandle) -> String? {
        guard let action = h.action else { return nil }
        switch action {
        case .step, .wakeup:
            return nil
        case .call(let fn, let args):
            if let t = h as? PyTimerHandle {
                let what = timerText(t)
                if let f = args.first?.object, let waiter = loopView.tasks.first(where: { $0.futWaiter === f }) {
                    return "timer: \(what) is due -> wake \(taskName(waiter))"
                }
                return "\(what) runs"
            }
            return "callback: \(callText(fn, args))"
        case .native(let cb, let f):
            if cb.name.hasPrefix("gather"), let outer = loopView.gathers.first(where: { ($0 as? PyGatheringFuture)?.children.contains { $0 === f } ?? false }) {
                return "done-callback: \(anyFutureName(f)) is done -> gather \(anyFutureName(outer)) counts it"
            }
            return "done-callback: \(cb.name)(\(anyFutureName(f)))"
        }
    }

    // MARK: - spawn, gather

    /// `NAME = rest` or just `rest`.
    func splitAssignment(_ text: String) -> (name: String?, rest: String) {
        guard let eq = text.firstIndex(of: "=") else { return (nil, text) }
        let after = text.index(after: eq)
        if after < text.endIndex, text[after] == "=" { return (nil, text) }
        let left = trimBlanks(String(text[..<eq]))
        guard let first = left.first, first == "_" || first.isLetter,
              left.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) else { return (nil, text) }
        return (left, trimBlanks(String(text[after...])))
    }

    func spawnCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        guard let loop = sessionLoop else { return fail("the session has no event loop") }
        let (given, call) = splitAssignment(c.arguments)
        guard !call.isEmpty else { return usageError(spec, "spawn needs a coroutine call, like `spawn a = work(1)`") }
        let value: Value
        switch evaluateArgument(call, spec) {
        case .success(let v): value = v
        case .failure(let f): return f.outcome
        }
        guard vm.asyncio.isCoroutine(value) else {
            if let f = value.object as? PyFunction, f.code.flags.contains(.coroutine) {
                return fail("\(call) is a coroutine function, not a coroutine", hint: "call it: `spawn \(f.name)(...)`")
            }
            return fail("spawn needs a coroutine, not \(value.type.name)", hint: "spawn a call of an async def function: `spawn a = work(1)`")
        }
        var name = given ?? ""
        if given == nil {
            loopView.unnamedTasks += 1
            name = "t\(loopView.unnamedTasks)"
        }
        do {
            let task = try vm.asyncio.newTask(value, loop: loop, name: .str(name))
            globals[name] = .object(task)
            see(task)
            say(formatter.stateLine(name: name, state: task.state.name, detail: "\(loopView.calls[ObjectIdentifier(task)] ?? "")  scheduled"))
            return .ok
        } catch let e as PyBaseException {
            return failPython(e)
        } catch {
            return fail("\(error)")
        }
    }

    func gatherCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        let (given, rest) = splitAssignment(c.arguments)
        let words = CommandInput.splitWords(rest)
        guard !words.isEmpty else { return usageError(spec, "gather needs tasks or coroutines, like `gather both = a b`") }
        var values: [Value] = []
        for w in words {
            switch evaluateArgument(w, spec) {
            case .success(let v): values.append(v)
            case .failure(let f): return f.outcome
            }
        }
        let before = loopView.tasks.count
        do {
            let outer = try vm.asyncio.gather(values, returnExceptions: false)
            var name = given ?? ""
            if given == nil {
                loopView.unnamedGathers += 1
                name = "gather\(loopView.unnamedGathers)"
            }
            globals[name] = .object(outer)
            loopView.gathers.append(outer)
            // Coroutines became tasks: show them as spawn does.
            for t in loopView.tasks.dropFirst(before) {
                say(formatter.stateLine(name: taskName(t), state: t.state.name, detail: "\(loopView.calls[ObjectIdentifier(t)] ?? "")  scheduled"))
            }
            if given == nil { say("\(name)  \(outer.state.name)  gather of \(gatherChildren(outer))") }
            return .ok
        } catch let e as PyBaseException {
            return failPython(e)
        } catch {
            return fail("\(error)")
        }
    }

    func gatherChildren(_ f: PyFuture) -> String {
        guard let g = f as? PyGatheringFuture else { return "" }
        return g.children.map(anyFutureName).joined(separator: ", ")
    }

    // MARK: - tick, run

    /// Runs the loop one handle, showing what happens. Nil when nothing was run.
    func stepLoop(_ loop: EventLoop, mode: LoopView.Mode) -> Result<PyHandle?, ArgumentFailure> {
        loopView.mode = mode
        defer { loopView.mode = .idle }
        do {
            return .success(try loop.step())
        } catch let e as PyBaseException {
            output.write(vm.formatException(e))
            return .failure(ArgumentFailure(outcome: .failed))
        } catch let e as StepLimitExceeded {
            return .failure(ArgumentFailure(outcome: stop(e)))
        } catch {
            return .failure(ArgumentFailure(outcome: fail("\(error)")))
        }
    }

    func tickCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        guard let loop = sessionLoop else { return fail("the session has no event loop") }
        let words = c.words
        var n = 1
        if words.count == 1 {
            guard let k = Int(words[0]), k > 0 else { return usageError(spec, "N must be a positive whole number, not \(words[0])") }
            n = k
        } else if words.count > 1 {
            return usageError(spec, "tick takes at most one number")
        }
        for i in 0..<n {
            guard loop.hasWork else { return idle(ran: i) }
            switch stepLoop(loop, mode: .tick) {
            case .success(let h): if h == nil { return idle(ran: i, timersNeverDue: true) }
            case .failure(let f): return f.outcome
            }
        }
        return .ok
    }

    func idle(ran: Int, timersNeverDue: Bool = false) -> InputOutcome {
        if ran == 0 && timersNeverDue {
            // Timers are pending, but at +inf (`asyncio.sleep(math.inf)`): never due.
            return fail("nothing can run: no handle is ready and no pending timer will ever be due",
                        hint: "`tasks` shows what waits")
        }
        if ran == 0 {
            return fail("nothing is scheduled: no handle is ready and no timer is pending",
                        hint: "spawn a task first (`spawn a = work()`); `tasks` shows what waits")
        }
        say("the loop is idle after \(ran) handle\(ran == 1 ? "" : "s")")
        return .ok
    }

    func runLoopCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        guard let loop = sessionLoop else { return fail("the session has no event loop") }
        let words = c.words
        var until: Double?
        var target: PyFuture?
        var targetName = ""
        switch words.count {
        case 0: break
        case 1:
            targetName = words[0]
            switch evaluateArgument(words[0], spec) {
            case .success(let v):
                guard let f = v.object as? PyFuture else {
                    return usageError(spec, "\(words[0]) is \(v.type.name), not a task or future")
                }
                target = f
            case .failure(let f): return f.outcome
            }
        case 2 where words[0] == "until":
            guard let t = Double(words[1]), t.isFinite else { return usageError(spec, "T must be a number of seconds, not \(words[1])") }
            guard t >= vm.clock else { return fail("the clock is already at t=\(clockText(vm.clock)); it never goes back") }
            until = t
        default:
            return usageError(spec, "run, run until T, or run NAME")
        }
        var steps = 0
        running: while true {
            if let target, target.isDone { break }
            guard loop.hasWork else { break }
            if let until, loop.iterationRemaining == 0, loop.readyCount == 0 {
                guard let d = loop.nextDeadline, d <= until else { break }
            }
            switch stepLoop(loop, mode: .run) {
            // Nothing ran although a timer is pending (its deadline is +inf): idle.
            case .success(let h): if h == nil { break running }
            case .failure(let f): return f.outcome
            }
            steps += 1
        }
        if let until {
            loopView.mode = .run
            loop.advanceClock(to: until)
            loopView.mode = .idle
        }
        if let target, !target.isDone {
            let waiting = (target as? PyTask).map { " (waiting on \(waitingText($0)))" } ?? ""
            say("the loop is idle; \(targetName) is still PENDING\(waiting)")
        } else if target == nil, until == nil, steps == 0 {
            say("nothing to run: the loop is idle")
        }
        return .ok
    }

    // MARK: - tasks, time

    func taskRows() -> [[String]] {
        loopView.tasks.map { t in
            let outcome = t.state == .pending ? "" : String(outcomeText(t).dropFirst(2))
            return [taskName(t), loopView.calls[ObjectIdentifier(t)] ?? "", t.state.name, waitingText(t), outcome]
        }
    }

    func printTasks() {
        output.write(formatter.table(header: ["task", "coroutine", "state", "waiting on", "result"], rows: taskRows()))
    }

    func tasksCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        guard c.words.isEmpty else { return usageError(spec, "tasks takes no arguments") }
        if loopView.tasks.isEmpty {
            say("no tasks yet")
            return .ok
        }
        printTasks()
        return .ok
    }

    func timeCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        guard c.words.isEmpty else { return usageError(spec, "time takes no arguments") }
        say("t=\(clockText(vm.clock))")
        return .ok
    }

    // MARK: - state and where on tasks and futures

    /// What `state` says of a task or future after its state name.
    func futureDetail(_ f: PyFuture) -> String {
        if let t = f as? PyTask {
            guard t.state == .pending else { return String(outcomeText(t).dropFirst(2)) }
            let call = loopView.calls[ObjectIdentifier(t)] ?? ""
            if t.steps == 0 { return "\(call)  scheduled" }
            var detail = "step \(t.steps), waiting on \(waitingText(t))"
            if let g = t.generator, g.state == .suspended {
                detail += formatter.location(line: g.lastLine, sourceText: sourceLine(g.code, g.lastLine))
            }
            return detail
        }
        var detail = String(outcomeText(f).dropFirst(2))
        if f is PyGatheringFuture { detail = "gather of \(gatherChildren(f))" + (detail.isEmpty ? "" : "  " + detail) }
        return detail
    }

    func showFutureState(_ f: PyFuture, name: String) {
        say(formatter.stateLine(name: name, state: f.state.name, detail: futureDetail(f)))
        if let g = f as? PyGatheringFuture {
            for child in g.children {
                say("  " + formatter.stateLine(name: anyFutureName(child), state: child.state.name, detail: futureDetail(child)))
            }
        }
    }
}
