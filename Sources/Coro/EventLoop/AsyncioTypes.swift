/// The Python types of the event loop layer. Instances are made only by their
/// constructors (they cannot be subclassed in coro).
enum AsyncioTypes {
    /// `asyncio.Future` (`_asyncio.Future`).
    static let future: PyType = make("Future", module: "_asyncio") { FutureMethods.install($0) }
    /// `asyncio.Task` (`_asyncio.Task`), a Future.
    static let task: PyType = make("Task", base: future, module: "_asyncio") { TaskMethods.install($0) }
    /// The future `gather()` returns.
    static let gatheringFuture: PyType = make("_GatheringFuture", base: future, module: "asyncio.tasks") {
        FutureMethods.installRepr($0)
    }
    /// What `Future.__await__` returns.
    static let futureIter: PyType = make("FutureIter", module: "_asyncio") { FutureIterMethods.install($0) }
    /// `asyncio.Handle` and `asyncio.TimerHandle`.
    static let handle: PyType = make("Handle", module: "asyncio.events") { HandleMethods.install($0) }
    static let timerHandle: PyType = make("TimerHandle", base: handle, module: "asyncio.events") {
        HandleMethods.installTimer($0)
    }
    /// The event loop classes: `AbstractEventLoop` ← `BaseEventLoop` ← the loop
    /// `new_event_loop()` makes (CPython's default on Unix).
    static let abstractEventLoop: PyType = make("AbstractEventLoop", module: "asyncio.events")
    static let baseEventLoop: PyType = make("BaseEventLoop", base: abstractEventLoop, module: "asyncio.base_events")
    static let eventLoop: PyType = make("_UnixSelectorEventLoop", base: baseEventLoop, module: "asyncio.unix_events") {
        EventLoopMethods.install($0)
    }

    private static func make(_ name: String, base: PyType = BuiltinTypes.object, module: String,
                             _ install: (PyType) -> Void = { _ in }) -> PyType {
        let t = PyType(name: name, base: base, module: module, layout: .builtin)
        t.isSubclassable = false
        install(t)
        return t
    }
}

/// A built-in object with fields Python code may assign (`fut._asyncio_future_blocking = False`).
protocol WritableAttributes: AnyObject {
    /// Sets `name`; false when the object has no such writable field.
    func setAttribute(_ name: String, _ value: Value, vm: VM) throws -> Bool
}

extension PyType {
    /// A METH_NOARGS (`arity` 0) or METH_O (`arity` 1) method on the hot path of
    /// the loop: the same checks and messages as `method(_:_:_:)`, without copying
    /// the arguments. The body gets the receiver and the argument (None for none).
    /// `python`: the method is a Python `def` in CPython (this qualname, no
    /// parameters but `self`), so bad calls fail with Python's wording.
    func fastMethod<Receiver>(_ name: String, arity: Int, python: String? = nil, _ cast: @escaping (Value) -> Receiver?,
                              _ body: @escaping (VM, Receiver, Value) throws -> Value) {
        let typeName = self.name
        let qualname = "\(typeName).\(name)"
        method(name) { vm, a in
            guard let first = a.positional.first else {
                throw typeError("unbound method \(qualname)() needs an argument")
            }
            guard let receiver = cast(first) else {
                throw typeError("descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(first.type.name)' object")
            }
            if let python, arity == 0, !a.keywords.isEmpty || a.positional.count != 1 {
                _ = try PythonSignature(qualname: python, isMethod: true).bind(Array(a.positional.dropFirst()), a.keywords)
            }
            if !a.keywords.isEmpty { throw typeError("\(qualname)() takes no keyword arguments") }
            let given = a.positional.count - 1
            if given != arity {
                if arity == 0 { throw typeError("\(qualname)() takes no arguments (\(given) given)") }
                throw typeError("\(qualname)() takes exactly one argument (\(given) given)")
            }
            return try body(vm, receiver, arity == 1 ? a.positional[1] : .none)
        }
    }
}
