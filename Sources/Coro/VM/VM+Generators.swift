extension VM {
    // MARK: - The one resume path

    /// CPython's `gen_send_ex2` guards, in its order, then the transition to
    /// running. Returns the frame to run, or nil when the generator is finished.
    /// Every resumer — `next`, `send`, `throw`, `close`, `for`, `yield from`,
    /// `await`, built-ins and the session — comes through here.
    func prepareResume(_ g: PyGenerator, sending v: Value, throwing: Bool) throws -> Frame? {
        switch g.state {
        case .running:
            throw valueError("\(g.kindName) already executing")
        case .closed:
            // Also for throw(): only close() is silent, and it never gets here.
            if g.kind == .coroutine {
                throw runtimeError("cannot reuse already awaited coroutine")
            }
            return nil
        case .created:
            if !throwing && !v.isNone {
                throw typeError("can't send non-None value to a just-started \(g.kindName)")
            }
        case .suspended:
            break
        }
        guard let frame = g.frame else { return nil }
        if depth >= recursionLimit {
            // CPython has already marked the frame executing when its recursion
            // check fails, so the generator ends here (and a coroutine never
            // counts as "never awaited").
            finishGenerator(g)
            throw pyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        if g.state == .suspended && !throwing { frame.push(v) }
        g.state = .running
        linkExcState(g)
        depth += 1
        return frame
    }

    /// The generator yielded: back to suspended, its exception state unlinked.
    func suspendGenerator(_ g: PyGenerator) {
        g.state = .suspended
        unlinkExcState(g)
    }

    /// The generator returned or raised: closed, frame released.
    func finishGenerator(_ g: PyGenerator) {
        g.state = .closed
        if let f = g.frame, f.sp > 0 || f.ip > 0 { g.finishedLine = f.line }
        unlinkExcState(g)
        g.frame?.clear()
        g.frame = nil
        g.frameObject = nil
    }

    /// Puts `g`'s handled-exception state on top of the chain as it starts running.
    @inline(__always)
    func linkExcState(_ g: PyGenerator) {
        let mine = Unmanaged.passUnretained(g.excState)
        g.excState.previous = currentExcState
        currentExcState = mine
    }

    /// Takes `g`'s handled-exception state off the chain as it stops running.
    @inline(__always)
    func unlinkExcState(_ g: PyGenerator) {
        if currentExcState.toOpaque() == Unmanaged.passUnretained(g.excState).toOpaque(), let prev = g.excState.previous {
            currentExcState = prev
        }
        g.excState.previous = nil
    }

    /// Resumes a generator inside the dispatch loop: returns its frame, linked
    /// above `caller`, or nil when it has already finished.
    func resumeInLoop(_ g: PyGenerator, from caller: Frame, mode: ResumeMode, sending v: Value) throws -> Frame? {
        guard let gf = try prepareResume(g, sending: v, throwing: false) else { return nil }
        gf.back = caller
        gf.resumeMode = mode
        return gf
    }

    /// Resumes a generator from Swift: `send(v)`, or `throw(exc)` when given.
    /// Python exceptions come back as `.raised`; only non-Python errors (the step
    /// budget) are thrown.
    public func resume(_ g: PyGenerator, sending v: Value = .none, throwing exc: PyBaseException? = nil,
                       cause: TransitionEvent.Cause = .other) throws -> SendResult {
        guard let observer else { return try resumeUnobserved(g, sending: v, throwing: exc) }
        let before = g.state
        let result = try resumeUnobserved(g, sending: v, throwing: exc)
        observer(TransitionEvent(object: g, before: before, after: g.state, cause: cause, outcome: result, line: g.lastLine))
        return result
    }

    private func resumeUnobserved(_ g: PyGenerator, sending v: Value, throwing exc: PyBaseException?) throws -> SendResult {
        do {
            guard let frame = try prepareResume(g, sending: v, throwing: exc != nil) else {
                if let exc { return .raised(exc) }
                return .returned(.none)
            }
            frame.back = nil
            frame.resumeMode = .swift
            if let exc { chainThrownIn(exc, g) }
            switch try runFrame(frame, throwing: exc) {
            case .yielded(let y): return .yielded(y)
            case .returned(let r): return .returned(r)
            }
        } catch let e as PyBaseException {
            return .raised(e)
        } catch let r as ReRaise {
            return .raised(r.exception)
        }
    }

    /// `g.throw(exc)` with an exception object (the session, `close`, the loop).
    public func throwInto(_ g: PyGenerator, _ exc: PyBaseException, closeOnGeneratorExit: Bool = true) throws -> SendResult {
        try throwInto(g, ThrowArguments(exc), closeOnGeneratorExit: closeOnGeneratorExit)
    }

    /// `g.throw(typ[, val[, tb]])`, CPython 3.11's `_gen_throw`. A generator
    /// suspended in `yield from`/`await` hands the arguments, as given, to its
    /// delegate first — except GeneratorExit, which closes the delegate
    /// (`close_on_genexit`; async generators' `athrow` turns that off). When the
    /// delegate finishes, the generator leaves its delegation loop and resumes with
    /// the delegate's result, or with its exception thrown in.
    func throwInto(_ g: PyGenerator, _ args: ThrowArguments, closeOnGeneratorExit: Bool) throws -> SendResult {
        switch try throwIntoDelegation(g, args, closeOnGeneratorExit: closeOnGeneratorExit) {
        case .handled(let result):
            return result
        case .closeFailed(let e):
            return try resume(g, throwing: e)
        case .delegateFinished(let result):
            // The delegate is off the stack (and released) before `g` resumes.
            leaveDelegation(g)
            switch result {
            case .yielded(let v), .returned(let v):
                return try resume(g, sending: v)
            case .raised(let e):
                if e.isInstance(of: BuiltinTypes.stopIteration) { return try resume(g, sending: stopIterationValue(e)) }
                return try resume(g, throwing: e)
            }
        case .throwHere:
            break
        }
        // CPython's `throw_here`: the arguments become an exception only now.
        let exc: PyBaseException
        do {
            exc = try exceptionToThrow(args.type, value: args.value, traceback: args.traceback)
        } catch let e as PyBaseException {
            return .raised(e)
        }
        return try resume(g, throwing: exc)
    }

    /// What `_gen_throw` does with `g`'s delegate, if it has one.
    private enum DelegatedThrow {
        /// No delegate, or one without `throw`, or GeneratorExit closed it: throw into `g`.
        case throwHere
        /// Closing the delegate raised this: throw it into `g`.
        case closeFailed(PyBaseException)
        /// The delegate yielded: that is the result.
        case handled(SendResult)
        /// The delegate finished (its result or exception goes to `g`).
        case delegateFinished(SendResult)
    }

    private func throwIntoDelegation(_ g: PyGenerator, _ args: ThrowArguments, closeOnGeneratorExit: Bool) throws -> DelegatedThrow {
        guard let sub = delegate(of: g) else { return .throwHere }
        if closeOnGeneratorExit && args.matches(BuiltinTypes.generatorExit) {
            g.state = .running
            let closeError = try closeIterator(sub)
            g.state = .suspended
            return closeError.map { .closeFailed($0) } ?? .throwHere
        }
        guard let result = try throwIntoDelegate(g, sub, args, closeOnGeneratorExit: closeOnGeneratorExit) else { return .throwHere }
        if case .yielded = result { return .handled(result) }
        return .delegateFinished(result)
    }

    /// Throws into `g`'s delegate `sub` while `g` counts as running; nil when the
    /// delegate has no `throw` method (the exception is then thrown into `g`).
    private func throwIntoDelegate(_ g: PyGenerator, _ sub: Value, _ args: ThrowArguments,
                                   closeOnGeneratorExit: Bool) throws -> SendResult? {
        if case .object(let o) = sub, let sg = o as? PyGenerator, sg.kind != .asyncGenerator {
            g.state = .running
            defer { g.state = .suspended }
            return try throwInto(sg, args, closeOnGeneratorExit: closeOnGeneratorExit)
        }
        let method: Value?
        do {
            method = try lookupAttr(sub, "throw")
        } catch let e as PyBaseException {
            return .raised(e)
        }
        guard let method else { return nil }
        g.state = .running
        defer { g.state = .suspended }
        do {
            return .yielded(try call(method, args.list))
        } catch let e as PyBaseException {
            return .raised(e)
        }
    }

    /// The delegate of suspended `g` finished: pop it and move past the
    /// `send`/`yield` loop, as `_gen_throw` does before resuming.
    private func leaveDelegation(_ g: PyGenerator) {
        guard let f = g.frame, f.ip >= 2, f.sp > f.stackBase else { return }
        let sendWord = f.code.instructions[f.ip - 2]
        _ = f.pop()
        f.ip = Int(sendWord >> 8)
    }

    /// CPython's `gen_close_iter`: closes a delegate — a generator or coroutine
    /// through `close()`, anything else through its `close` method if it has one.
    /// Returns the Python error raised, if any.
    private func closeIterator(_ sub: Value) throws -> PyBaseException? {
        do {
            if case .object(let o) = sub, let sg = o as? PyGenerator, sg.kind != .asyncGenerator {
                try closeGenerator(sg)
            } else if let m = try lookupAttr(sub, "close") {
                _ = try call(m, [])
            }
            return nil
        } catch let e as PyBaseException {
            return e
        }
    }

    /// `g.close()` (CPython 3.11's `gen_close`): the delegate of a `yield from`
    /// is closed first, then GeneratorExit (or the delegate's error) is thrown in;
    /// "generator ignored GeneratorExit" if it yields; returns None.
    public func closeGenerator(_ g: PyGenerator) throws {
        switch g.state {
        case .closed:
            return
        case .created:
            finishGenerator(g)
            return
        case .running:
            throw valueError("\(g.kindName) already executing")
        case .suspended:
            break
        }
        var exc = PyBaseException(BuiltinTypes.generatorExit, args: [])
        if let sub = delegate(of: g) {
            g.state = .running
            let closeError = try closeIterator(sub)
            g.state = .suspended
            if let closeError { exc = closeError }
        }
        // `PyErr_SetNone(PyExc_GeneratorExit)`: chained with the caller's handled
        // exception (the generator's own, if any, replaces it when thrown in).
        if exc.context.isNone, exc.isInstance(of: BuiltinTypes.generatorExit) { attachContext(exc) }
        switch try resume(g, throwing: exc) {
        case .yielded:
            throw runtimeError("\(g.kindName) ignored GeneratorExit")
        case .returned:
            return
        case .raised(let e):
            if e.isInstance(of: BuiltinTypes.generatorExit) || e.isInstance(of: BuiltinTypes.stopIteration) { return }
            throw e
        }
    }

    /// PEP 479: a StopIteration leaving a generator's frame becomes RuntimeError.
    func convertEscapingStop(_ g: PyGenerator, _ e: PyBaseException) -> PyBaseException {
        let isStop = e.isInstance(of: BuiltinTypes.stopIteration)
        let isAsyncStop = g.kind == .asyncGenerator && e.isInstance(of: BuiltinTypes.stopAsyncIteration)
        guard isStop || isAsyncStop else { return e }
        let what = g.kind == .asyncGenerator ? "async generator" : g.kindName
        let raised = isStop ? "StopIteration" : "StopAsyncIteration"
        let r = runtimeError("\(what) raised \(raised)")
        r.cause = .object(e)
        r.context = .object(e)
        r.suppressContext = true
        return r
    }

    // MARK: - Delegation

    /// One step of `yield from`/`await` on a non-generator iterator.
    func sendTo(_ sub: Value, _ v: Value) throws -> SendResult {
        if case .object(let o) = sub {
            if let g = o as? PyGenerator { return try resume(g, sending: v) }
            // `await future`: asyncio's iterator, without a method lookup.
            if let it = o as? PyFutureIter { return try it.send() }
        }
        do {
            if v.isNone {
                if case .object(let o) = sub, o is PySeqIter {
                    if let x = try next(sub) { return .yielded(x) }
                    return .returned(.none)
                }
                // `__next__` directly: `next()` would swallow the StopIteration's value.
                return .yielded(try callMethod(sub, "__next__", []))
            }
            return .yielded(try callMethod(sub, "send", [v]))
        } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.stopIteration) {
            return .returned(stopIterationValue(e))
        }
    }

    /// The value a StopIteration carries.
    func stopIterationValue(_ e: PyBaseException) -> Value {
        if let v = e.attrs["value"] { return v }
        return e.args.first ?? .none
    }

    /// `StopIteration(value)`, with `.value` set.
    func stopIteration(_ v: Value) -> PyBaseException {
        let e = PyBaseException(BuiltinTypes.stopIteration, args: v.isNone ? [] : [v])
        e.attrs["value"] = v
        return e
    }

    /// `getYieldFromIter`: generators delegate directly; coroutines only from coroutines.
    func yieldFromIter(_ v: Value, inCoroutine: Bool) throws -> Value {
        if case .object(let o) = v, let g = o as? PyGenerator {
            if g.kind == .coroutine && !inCoroutine {
                throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
            }
            if g.kind != .asyncGenerator { return v }
        }
        return try getIter(v)
    }

    /// `getAwaitable`: the iterator an `await` drives. `context` is the opcode's
    /// operand: 1 after `__aenter__`, 2 after `__aexit__` (CPython's
    /// `format_awaitable_error` then names them when there is no `__await__`).
    func awaitableIter(_ v: Value, context: Int = 0) throws -> Value {
        if case .object(let o) = v, let f = o as? PyFuture { return .object(PyFutureIter(f)) }
        if case .object(let o) = v, let g = o as? PyGenerator {
            if g.kind == .coroutine {
                if delegate(of: g) != nil { throw runtimeError("coroutine is being awaited already") }
                return v
            }
            if g.kind == .generator && g.code.flags.contains(.iterableCoroutine) { return v }
        }
        guard v.type.lookup("__await__") != nil else {
            switch context {
            case 1: throw typeError("'async with' received an object from __aenter__ that does not implement __await__: \(v.type.name)")
            case 2: throw typeError("'async with' received an object from __aexit__ that does not implement __await__: \(v.type.name)")
            default: throw typeError("object \(v.type.name) can't be used in 'await' expression")
            }
        }
        return try awaitIterator(v)
    }

    /// `_PyCoro_GetAwaitableIter` for an object with `__await__`: the iterator it returns.
    private func awaitIterator(_ v: Value) throws -> Value {
        guard let aw = v.type.lookup("__await__") else {
            throw typeError("object \(v.type.name) can't be used in 'await' expression")
        }
        let it = try call(aw, [v])
        if case .object(let o) = it, let g = o as? PyGenerator,
           g.kind == .coroutine || (g.kind == .generator && g.code.flags.contains(.iterableCoroutine)) {
            throw typeError("__await__() returned a coroutine")
        }
        if it.type.lookup("__next__") == nil && !(it.object is PyGenerator) && !(it.object is PySeqIter) {
            throw typeError("__await__() returned non-iterator of type '\(it.type.name)'")
        }
        return it
    }

    /// `getAiter` (CPython's GET_AITER): `__aiter__()`, which must give an object with `__anext__`.
    func asyncIter(_ v: Value) throws -> Value {
        guard let m = v.type.lookup("__aiter__") else {
            throw typeError("'async for' requires an object with __aiter__ method, got \(v.type.name)")
        }
        let it = try call(m, [v])
        if it.type.lookup("__anext__") == nil {
            throw typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(it.type.name)")
        }
        return it
    }

    /// `getAnext` (CPython's GET_ANEXT): the awaitable of `__anext__()`.
    func asyncNext(_ v: Value) throws -> Value {
        guard let m = v.type.lookup("__anext__") else {
            throw typeError("'async for' requires an iterator with __anext__ method, got \(v.type.name)")
        }
        let next = try call(m, [v])
        if case .object(let o) = v, let g = o as? PyGenerator, g.kind == .asyncGenerator { return next }
        do {
            return try awaitableIter(next)
        } catch let e as PyBaseException {
            // CPython's _PyErr_FormatFromCause: the original error becomes the cause.
            let wrapped = typeError("'async for' received an invalid object from __anext__: \(next.type.name)")
            wrapped.cause = .object(e)
            wrapped.context = .object(e)
            wrapped.suppressContext = true
            throw wrapped
        }
    }

    func beforeAsyncWith(_ ctx: Value) throws -> (Value, Value) {
        guard let enter = ctx.type.lookup("__aenter__") else {
            throw typeError("'\(ctx.type.name)' object does not support the asynchronous context manager protocol")
        }
        guard let exit = ctx.type.lookup("__aexit__") else {
            throw typeError("'\(ctx.type.name)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        let bound = Value.object(PyBoundMethod(receiver: ctx, function: exit))
        return (bound, try call(enter, [ctx]))
    }

    // MARK: - Finalization

    /// Closes generators the program dropped, as CPython's reference counting
    /// would have at the moment the last reference went. `frame` is the frame
    /// running when they were dropped: warnings name its file and line.
    func runPendingFinalizations(at frame: Frame? = nil) throws {
        while !pendingFinalizations.isEmpty {
            let batch = pendingFinalizations
            pendingFinalizations = []
            for p in batch { try finalize(p, at: frame) }
        }
    }

    private func finalize(_ p: PendingFinalization, at current: Frame?, atExit: Bool = false) throws {
        if let report = p.report {
            report(self)
            return
        }
        guard let frame = p.frame else { return }
        if p.kind == .coroutine && p.state == .created {
            warnNeverAwaited(p.qualname, at: current, atExit: atExit)
            return
        }
        let g = PyGenerator(kind: p.kind, frame: frame, name: p.qualname, qualname: p.qualname, vm: self)
        g.serial = p.serial
        g.state = p.state
        if let loop = p.finalizerLoop {
            g.asyncHooksInited = true
            loop.asyncgenFinalizerHook(g)
            return
        }
        try closeDropped(g)
    }

    /// `_PyGen_Finalize`: close, and report an error instead of raising it.
    private func closeDropped(_ g: PyGenerator) throws {
        g.finalized = true
        do {
            try closeGenerator(g)
        } catch let e as PyBaseException {
            output.writeError("Exception ignored in: \(try repr(.object(g)))\n")
            output.writeError(formatException(e))
        }
    }

    /// CPython's RuntimeWarning for a coroutine dropped before it started, as the
    /// warnings module prints it: `FILE:LINE: RuntimeWarning: …`, the source line,
    /// and the tracemalloc hint; once per line. At exit there is no Python frame
    /// (`sys:1`) and no hint.
    func warnNeverAwaited(_ qualname: String, at frame: Frame?, atExit: Bool = false) {
        let message = "RuntimeWarning: coroutine '\(qualname)' was never awaited"
        var text: String
        if let frame {
            let line = frame.ip == 0 ? frame.code.firstLine : frame.line
            text = "\(frame.code.filename):\(line): \(message)\n"
            if let source = frame.code.source.line(line) {
                let trimmed = source.drop { $0 == " " || $0 == "\t" }
                if !trimmed.isEmpty { text += "  \(trimmed)\n" }
            }
            guard warningsShown.insert("\(frame.code.filename):\(line):\(message)").inserted else { return }
        } else {
            text = "sys:1: \(message)\n"
            guard warningsShown.insert("sys:1:\(message)").inserted else { return }
        }
        if !atExit { text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n" }
        output.writeError(text)
    }

    // MARK: - Interpreter exit

    /// What CPython's `finalize_modules` does to what the program left behind: the
    /// module's namespace is collected, and its collector finalizes the suspended
    /// generators in the order they were made — their `finally` blocks run, and
    /// coroutines never started warn (as `sys:1`). Generators held by containers
    /// in the namespace (lists, tuples, dict values, instance attributes) are
    /// finalized too, in the same order. The namespace itself stays intact while
    /// they run, as it does in CPython.
    public func finalizeAtExit(globals: Globals) {
        do {
            try runPendingFinalizations()
            var found: [PyGenerator] = []
            var seen = Set<ObjectIdentifier>()
            for (_, v) in globals.items { collectLeftBehind(v, into: &found, seen: &seen, depth: 0) }
            found.sort { $0.creationNumber < $1.creationNumber }
            for g in found {
                switch g.state {
                case .suspended:
                    try closeDropped(g)
                case .created where g.kind == .coroutine:
                    warnNeverAwaited(g.qualname, at: nil, atExit: true)
                    // Counted as finalized: no second warning when it is released.
                    finishGenerator(g)
                default:
                    break
                }
                try runPendingFinalizations()
            }
        } catch {
            // The step budget ran out while closing: nothing more runs.
        }
    }

    /// The generators `v` holds: itself, or the items of a container or the
    /// attributes of an instance, one level down.
    private func collectLeftBehind(_ v: Value, into found: inout [PyGenerator], seen: inout Set<ObjectIdentifier>, depth: Int) {
        guard case .object(let o) = v, seen.insert(ObjectIdentifier(o)).inserted else { return }
        if let g = o as? PyGenerator {
            found.append(g)
            return
        }
        guard depth == 0 else { return }
        var items: [Value] = []
        switch o {
        case let l as PyList: items = l.items
        case let t as PyTuple: items = t.items
        case let d as PyDict: items = d.table.live.map(\.value)
        case let inst as PyInstance: items = inst.attrs.items.map(\.1) + (inst.dictObject?.table.live.map(\.value) ?? [])
        default: return
        }
        for item in items { collectLeftBehind(item, into: &found, seen: &seen, depth: depth + 1) }
    }
}

/// The arguments of `throw(typ[, val[, tb]])`, kept as given: a delegate's own
/// `throw` method receives them unchanged (CPython's `_gen_throw`).
struct ThrowArguments {
    /// An exception class or instance (or anything, rejected when thrown in).
    let type: Value
    /// The value, when given.
    let value: Value?
    /// The traceback, when given.
    let traceback: Value?

    init(_ type: Value, value: Value? = nil, traceback: Value? = nil) {
        self.type = type
        self.value = value
        self.traceback = traceback
    }

    init(_ exc: PyBaseException) {
        self.init(.object(exc))
    }

    /// `throw(*args)`'s positional arguments, 1 to 3 of them.
    init(_ args: [Value]) {
        self.init(args.first ?? .none, value: args.count > 1 ? args[1] : nil, traceback: args.count > 2 ? args[2] : nil)
    }

    /// The arguments again, for calling a delegate's `throw`.
    var list: [Value] {
        var out = [type]
        if let value { out.append(value) }
        if let traceback { out.append(traceback) }
        return out
    }

    /// `PyErr_GivenExceptionMatches(typ, cls)`: `type` is `cls`, a subclass or an instance.
    func matches(_ cls: PyType) -> Bool {
        guard case .object(let o) = type else { return false }
        if let t = o as? PyType { return t.isSubtype(of: cls) }
        return o is PyBaseException && o.type.isSubtype(of: cls)
    }
}

extension PyGenerator {
    /// "generator", "coroutine" or "async generator", as CPython's messages say.
    var kindName: String {
        switch kind {
        case .generator: return "generator"
        case .coroutine: return "coroutine"
        case .asyncGenerator: return "async generator"
        }
    }
}
