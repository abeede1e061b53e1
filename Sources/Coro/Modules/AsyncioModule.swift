/// `asyncio`: the event loop, Future and Task in Swift (as CPython has them in C),
/// the rest in Python (`AsyncioPrelude`), both in one namespace per interpreter.
enum AsyncioModule {
    /// The names `import asyncio` gives (the part of CPython's `asyncio.__all__`
    /// that coro has, plus the private helpers programs reach for).
    static let exported = [
        "Future", "Task", "Handle", "TimerHandle", "AbstractEventLoop", "BaseEventLoop", "SelectorEventLoop",
        "CancelledError", "InvalidStateError", "TimeoutError",
        "get_running_loop", "_get_running_loop", "get_event_loop", "set_event_loop", "new_event_loop",
        "current_task", "all_tasks", "create_task", "ensure_future", "gather", "isfuture", "iscoroutine",
        "iscoroutinefunction", "coroutine",
        "sleep", "wait", "wait_for", "shield", "as_completed", "run", "Runner",
        "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
        "Queue", "PriorityQueue", "LifoQueue", "QueueEmpty", "QueueFull",
        "Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore",
    ]

    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "asyncio")
        let g = Globals()
        g["__name__"] = .str("asyncio")
        for (name, value) in natives() { g[name] = value }
        vm.asyncio.prelude = g
        for (file, source) in AsyncioPrelude.sources { vm.runModuleSource(source, file: file, in: g) }
        AsyncioQueues.install(g)
        for (name, module) in AsyncioPrelude.classModules {
            if case .object(let o)? = g[name], let t = o as? PyType { t.module = module }
        }
        for name in exported {
            if let v = g[name] { m.attrs[name] = v }
        }
        // The native loop classes (the Python half defines a helper of the same name).
        m.attrs["BaseEventLoop"] = .object(AsyncioTypes.baseEventLoop)
        return m
    }

    /// The Swift half's names.
    private static func natives() -> [(String, Value)] {
        var out: [(String, Value)] = [
            ("Future", .object(AsyncioTypes.future)),
            ("Task", .object(AsyncioTypes.task)),
            ("Handle", .object(AsyncioTypes.handle)),
            ("TimerHandle", .object(AsyncioTypes.timerHandle)),
            ("AbstractEventLoop", .object(AsyncioTypes.abstractEventLoop)),
            ("BaseEventLoop", .object(AsyncioTypes.baseEventLoop)),
            ("SelectorEventLoop", .object(AsyncioTypes.eventLoop)),
            ("CancelledError", .object(BuiltinTypes.cancelledError)),
            ("InvalidStateError", .object(BuiltinTypes.invalidStateError)),
            ("TimeoutError", .object(BuiltinTypes.timeoutError)),
            ("_deque", .object(PyDeque.dequeType)),
        ]
        func fn(_ name: String, _ body: @escaping (VM, CallArgs) throws -> Value) {
            out.append((name, .object(PyBuiltinFunction(name: name, body))))
        }
        fn("get_running_loop") { vm, a in
            try a.noArguments("_asyncio.get_running_loop")
            return .object(try vm.asyncio.getRunningLoop())
        }
        fn("_get_running_loop") { vm, a in
            try a.noArguments("_asyncio._get_running_loop")
            return vm.asyncio.runningLoop.map { .object($0) } ?? .none
        }
        fn("get_event_loop") { vm, a in
            try a.noArguments("_asyncio.get_event_loop")
            return .object(try vm.asyncio.getEventLoop())
        }
        fn("set_event_loop") { vm, a in
            let b = try PythonSignature(qualname: "set_event_loop", positional: ["loop"], required: 1)
                .bind(a.positional, a.keywords)
            try vm.asyncio.setEventLoop(b[0] ?? .none)
            return .none
        }
        fn("_restore_event_loop") { vm, _ in
            // asyncio.run's `set_event_loop(None)`; a session's loop stays current.
            let runtime = vm.asyncio
            runtime.currentLoop = runtime.sessionLoop
            runtime.setCalled = true
            return .none
        }
        fn("new_event_loop") { vm, a in
            _ = try PythonSignature(qualname: "new_event_loop").bind(a.positional, a.keywords)
            return .object(EventLoop(vm: vm))
        }
        fn("current_task") { vm, a in
            let slots = try PythonSignature(qualname: "current_task", positional: ["loop"]).bind(a.positional, a.keywords)
            let loop = try slots[0]?.nonNone.map { try vm.asyncio.loopArgument($0) } ?? vm.asyncio.getRunningLoop()
            return loop.currentTask.map { .object($0) } ?? .none
        }
        fn("all_tasks") { vm, a in
            let slots = try PythonSignature(qualname: "all_tasks", positional: ["loop"]).bind(a.positional, a.keywords)
            let loop = try slots[0]?.nonNone.map { try vm.asyncio.loopArgument($0) } ?? vm.asyncio.getRunningLoop()
            let s = PySet()
            for t in vm.asyncio.allTasks(loop) { try vm.setAdd(s, .object(t)) }
            return .object(s)
        }
        fn("create_task") { vm, a in
            let slots = try PythonSignature(qualname: "create_task", positional: ["coro"], required: 1,
                                            keywordOnly: ["name", "context"]).bind(a.positional, a.keywords)
            let coro = slots[0] ?? .none
            let loop = try vm.asyncio.getRunningLoop()
            try loop.checkClosed()
            // Like CPython: the task gets its `Task-N` first, then the name given.
            let made = try vm.asyncio.createTask(coro, loop: loop, name: nil)
            if let name = slots[1], !name.isNone {
                if let task = made.object as? PyTask {
                    task.customName = .str(try vm.str(name))
                } else {
                    _ = try vm.callMethod(made, "set_name", [name])
                }
            }
            return made
        }
        fn("ensure_future") { vm, a in
            let slots = try PythonSignature(qualname: "ensure_future", positional: ["coro_or_future"], required: 1,
                                            keywordOnly: ["loop"]).bind(a.positional, a.keywords)
            let loop = try slots[1]?.nonNone.map { try vm.asyncio.loopArgument($0) }
            return .object(try vm.asyncio.ensureFuture(slots[0] ?? .none, loop: loop))
        }
        fn("gather") { vm, a in
            let signature = PythonSignature(qualname: "gather", varargs: true, keywordOnly: ["return_exceptions"])
            let bound = try signature.bind(a.positional, a.keywords)
            let returnExceptions = try bound.keyword(signature, "return_exceptions").map { try vm.truthy($0) } ?? false
            return .object(try vm.asyncio.gather(a.positional, returnExceptions: returnExceptions))
        }
        fn("isfuture") { vm, a in
            let b = try PythonSignature(qualname: "isfuture", positional: ["obj"], required: 1).bind(a.positional, a.keywords)
            let obj = b[0] ?? .none
            if obj.object is PyFuture { return .bool(true) }
            // Duck-typed, as asyncio has it: the class has `_asyncio_future_blocking`
            // and the object's is not None.
            guard obj.type.lookup("_asyncio_future_blocking") != nil else { return .bool(false) }
            return .bool(!(try vm.getAttr(obj, "_asyncio_future_blocking")).isNone)
        }
        fn("iscoroutine") { vm, a in
            let b = try PythonSignature(qualname: "iscoroutine", positional: ["obj"], required: 1).bind(a.positional, a.keywords)
            return .bool(vm.asyncio.isCoroutine(b[0] ?? .none))
        }
        fn("_types_coroutine") { _, a in
            // `types.coroutine` on a generator function: its code becomes an iterable
            // coroutine, which `await` accepts.
            let f = try a.single("coroutine")
            if case .object(let o) = f, let fn = o as? PyFunction, fn.code.flags.contains(.generator) {
                fn.code.flags.insert(.iterableCoroutine)
            }
            return f
        }
        return out
    }
}
