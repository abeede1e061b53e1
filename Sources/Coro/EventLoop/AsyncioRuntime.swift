/// asyncio's per-interpreter state — what CPython keeps in the globals of
/// `asyncio.events` and `asyncio.tasks`: the running loop, the policy's current
/// loop, the task registry and the `Task-N` counter. Plus the Python half of the
/// `asyncio` module (`AsyncioPrelude`), once imported.
public final class AsyncioRuntime {
    /// The interpreter, which owns this state.
    unowned(unsafe) let vm: VM
    /// The loop running now (`events._get_running_loop()`).
    public internal(set) var runningLoop: EventLoop?
    /// The policy's loop for this thread (`set_event_loop`), and whether
    /// `set_event_loop` was ever called (then no loop is made on demand).
    var currentLoop: EventLoop?
    var setCalled = false
    /// A session's own loop: current while the session runs, and current again
    /// after an `asyncio.run` typed at the prompt (which would otherwise leave no
    /// current loop behind).
    public internal(set) var sessionLoop: EventLoop?
    /// The last `Task-N` number given.
    var taskCounter = 0
    /// The tasks not yet done, in creation order (`_all_tasks`); nil where a task
    /// finished. Held strongly: a pending task nobody references stays here, as it
    /// stays in CPython until its cycle collector runs.
    var tasks: [PyTask?] = []
    /// Finished entries still in `tasks`.
    var finishedEntries = 0
    /// The namespace of the module's Python half.
    var prelude: Globals?
    /// `VM.loopObserver`.
    var observer: ((LoopEvent) -> Void)?

    init(vm: VM) {
        self.vm = vm
    }

    // MARK: - Loops

    /// `get_event_loop()`: the running loop, else the policy's (made on first use
    /// unless `set_event_loop` was called).
    public func getEventLoop() throws -> EventLoop {
        if let running = runningLoop { return running }
        if currentLoop == nil && !setCalled {
            currentLoop = EventLoop(vm: vm)
            setCalled = true
        }
        guard let loop = currentLoop else {
            throw runtimeError("There is no current event loop in thread 'MainThread'.")
        }
        return loop
    }

    /// `get_running_loop()`.
    func getRunningLoop() throws -> EventLoop {
        guard let loop = runningLoop else { throw runtimeError("no running event loop") }
        return loop
    }

    /// `set_event_loop(loop)`.
    func setEventLoop(_ v: Value) throws {
        if !v.isNone && !(v.object is EventLoop) {
            throw typeError("loop must be an instance of AbstractEventLoop or None, not '\(v.type.name)'")
        }
        setCalled = true
        currentLoop = v.object as? EventLoop
    }

    /// Makes the session's loop, current and not running (PRODUCT.md §2).
    public func makeSessionLoop() -> EventLoop {
        let loop = EventLoop(vm: vm)
        sessionLoop = loop
        currentLoop = loop
        setCalled = true
        return loop
    }

    /// A `loop=` argument: the loop given, or the current one.
    func loopArgument(_ v: Value?) throws -> EventLoop {
        guard let v, !v.isNone else { return try getEventLoop() }
        guard let loop = v.object as? EventLoop else {
            throw typeError("loop must be an event loop, not '\(v.type.name)'")
        }
        return loop
    }

    // MARK: - Tasks

    /// `Task(coro, loop=loop, name=name)`: the first step is scheduled at once.
    public func newTask(_ coro: Value, loop: EventLoop, name: Value?) throws -> PyTask {
        guard isCoroutine(coro) else {
            throw typeError("a coroutine was expected, got \(try vm.repr(coro))")
        }
        var taskName = name
        if let n = name, !(n.object is PyStr) { taskName = .str(try vm.str(n)) }
        if taskName == nil { taskCounter += 1 }
        let task = PyTask(coro: coro, loop: loop, number: taskName == nil ? taskCounter : 0, name: taskName)
        loop.callSoon(.step(task, nil))
        register(task)
        return task
    }

    /// `loop.create_task(coro, name=)`: a task from the loop's factory when one is
    /// set (called as `factory(loop, coro)`, then named through `set_name`), else a
    /// `Task`.
    func createTask(_ coro: Value, loop: EventLoop, name: Value?) throws -> Value {
        guard let factory = loop.taskFactory else { return .object(try newTask(coro, loop: loop, name: name)) }
        let task = try vm.call(factory, [.object(loop), coro])
        if let name { _ = try vm.callMethod(task, "set_name", [name]) }
        return task
    }

    private func register(_ task: PyTask) {
        task.registryIndex = tasks.count
        tasks.append(task)
    }

    /// A task is done: out of the registry (compacted once half of it is gaps).
    func unregister(_ task: PyTask) {
        let i = task.registryIndex
        guard i >= 0, i < tasks.count, tasks[i] === task else { return }
        tasks[i] = nil
        task.registryIndex = -1
        finishedEntries += 1
        if finishedEntries > 1024 && finishedEntries * 2 > tasks.count {
            tasks.removeAll { $0 == nil }
            for (j, t) in tasks.enumerated() { t?.registryIndex = j }
            finishedEntries = 0
        }
    }

    /// `all_tasks(loop)`: the loop's tasks not yet done, in creation order.
    public func allTasks(_ loop: EventLoop) -> [PyTask] {
        tasks.compactMap { t in
            guard let t, t.loop === loop, t.state == .pending else { return nil }
            return t
        }
    }

    /// `iscoroutine`: a coroutine, a generator (asyncio 3.11 accepts generators),
    /// or an object with the coroutine methods.
    func isCoroutine(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if let g = o as? PyGenerator { return g.kind != .asyncGenerator }
        // `collections.abc.Coroutine`: anything with the four methods (an async
        // generator's `aclose()` awaitable is one).
        return ["send", "throw", "close", "__await__"].allSatisfy { o.type.lookup($0) != nil }
    }

    /// `inspect.isawaitable`.
    func isAwaitable(_ v: Value) -> Bool {
        if let g = v.object as? PyGenerator {
            return g.kind == .coroutine || (g.kind == .generator && g.code.flags.contains(.iterableCoroutine))
        }
        return v.type.lookup("__await__") != nil
    }

    /// `ensure_future(x, loop=loop)`: a future as is, a coroutine or awaitable
    /// wrapped in a task.
    func ensureFuture(_ v: Value, loop: EventLoop?) throws -> PyFuture {
        if let f = v.object as? PyFuture {
            if let loop, loop !== f.loop {
                throw valueError("The future belongs to a different loop than the one specified as the loop argument")
            }
            return f
        }
        var coro = v
        var wrapped = false
        if !isCoroutine(v) {
            guard isAwaitable(v) else { throw typeError("An asyncio.Future, a coroutine or an awaitable is required") }
            coro = try preludeCall("_wrap_awaitable", [v])
            wrapped = true
        }
        let target = try loop ?? getEventLoop()
        do {
            try target.checkClosed()
            if target.taskFactory == nil { return try newTask(coro, loop: target, name: nil) }
            let made = try createTask(coro, loop: target, name: nil)
            guard let future = made.object as? PyFuture else {
                throw typeError("the task factory returned \(try vm.repr(made)), not a Future")
            }
            return future
        } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.runtimeError) {
            if !wrapped, let g = coro.object as? PyGenerator { try? vm.closeGenerator(g) }
            throw e
        }
    }

    // MARK: - The Python half

    /// Calls a function of the module's Python half.
    func preludeCall(_ name: String, _ args: [Value]) throws -> Value {
        if prelude == nil { _ = try vm.importModule("asyncio") }
        guard let fn = prelude?[name] else { throw runtimeError("asyncio: no \(name)") }
        return try vm.call(fn, args)
    }

    // MARK: - Numbers

    /// A delay or deadline in seconds: an int, float or bool (others fail as the
    /// arithmetic on them would).
    func seconds(_ v: Value, operation: String, left: String) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let b = o as? PyBigInt, let d = b.value.toDouble() { return d }
        case .none: break
        }
        if operation == "<" {
            throw typeError("'<' not supported between instances of '\(v.type.name)' and '\(left)'")
        }
        throw typeError("unsupported operand type(s) for \(operation): '\(left)' and '\(v.type.name)'")
    }
}

extension VM {
    /// asyncio's state for this interpreter, made on first use.
    public var asyncio: AsyncioRuntime {
        if let r = asyncioRuntime { return r }
        let r = AsyncioRuntime(vm: self)
        asyncioRuntime = r
        return r
    }
}
