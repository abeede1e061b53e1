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
            throw pyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        if g.state == .suspended && !throwing { frame.push(v) }
        g.state = .running
        g.excState.previous = excState
        excState = g.excState
        depth += 1
        return frame
    }

    /// The generator yielded: back to suspended, its exception state unlinked.
    func suspendGenerator(_ g: PyGenerator) {
        g.state = .suspended
        g.lastLine = g.frame?.line ?? g.lastLine
        unlinkExcState(g)
    }

    /// The generator returned or raised: closed, frame released.
    func finishGenerator(_ g: PyGenerator) {
        g.state = .closed
        if let f = g.frame, f.sp > 0 || f.ip > 0 { g.lastLine = f.line }
        unlinkExcState(g)
        g.frame?.clear()
        g.frame = nil
    }

    private func unlinkExcState(_ g: PyGenerator) {
        if excState === g.excState, let prev = g.excState.previous { excState = prev }
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

    /// `g.throw(exc)`, CPython's `_gen_throw`: a generator suspended in `yield from`
    /// passes the exception to its delegate first; if the delegate finishes, the
    /// generator resumes with the result (or the delegate's exception).
    public func throwInto(_ g: PyGenerator, _ exc: PyBaseException, closing: Bool = false) throws -> SendResult {
        guard let sub = delegate(of: g) else { return try resume(g, throwing: exc) }
        if closing && exc.isInstance(of: BuiltinTypes.generatorExit) {
            // close(): close the delegate, then throw GeneratorExit (or its error) here.
            g.state = .running
            let closeError = closeDelegate(sub)
            g.state = .suspended
            return try resume(g, throwing: closeError ?? exc)
        }
        let result: SendResult
        if case .object(let o) = sub, let sg = o as? PyGenerator {
            g.state = .running
            result = try throwInto(sg, exc, closing: closing)
            g.state = .suspended
        } else {
            guard let m = try lookupAttr(sub, "throw") else { return try resume(g, throwing: exc) }
            g.state = .running
            do {
                result = .yielded(try call(m, [.object(exc)]))
            } catch let e as PyBaseException {
                result = .raised(e)
            }
            g.state = .suspended
        }
        switch result {
        case .yielded:
            return result
        case .returned(let v):
            return try resumeAfterDelegation(g, with: v)
        case .raised(let e):
            if e.isInstance(of: BuiltinTypes.stopIteration) { return try resumeAfterDelegation(g, with: stopIterationValue(e)) }
            return try resume(g, throwing: e)
        }
    }

    /// The delegate of `g` finished with `v`: pop it and continue after the `yield from`.
    private func resumeAfterDelegation(_ g: PyGenerator, with v: Value) throws -> SendResult {
        guard let f = g.frame, f.ip >= 2 else { return try resume(g, sending: v) }
        let sendWord = f.code.instructions[f.ip - 2]
        _ = f.pop()
        f.ip = Int(sendWord >> 8)
        return try resume(g, sending: v)
    }

    /// Closes a delegate: a generator through `close`, anything else through its
    /// `close` method if it has one. Returns the error raised, if any.
    private func closeDelegate(_ sub: Value) -> PyBaseException? {
        do {
            if case .object(let o) = sub, let sg = o as? PyGenerator {
                try closeGenerator(sg)
            } else if let m = try lookupAttr(sub, "close") {
                _ = try call(m, [])
            }
            return nil
        } catch let e as PyBaseException {
            return e
        } catch {
            return runtimeError("\(error)")
        }
    }

    /// `g.close()` (CPython 3.11's `gen_close`): GeneratorExit thrown in;
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
        let exit = PyBaseException(BuiltinTypes.generatorExit, args: [])
        switch try throwInto(g, exit, closing: true) {
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
        if case .object(let o) = sub, let g = o as? PyGenerator {
            return try resume(g, sending: v)
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

    /// `getAwaitable`: the iterator an `await` drives.
    func awaitableIter(_ v: Value) throws -> Value {
        if case .object(let o) = v, let g = o as? PyGenerator {
            if g.kind == .coroutine {
                if delegate(of: g) != nil { throw runtimeError("coroutine is being awaited already") }
                return v
            }
            if g.kind == .generator && g.code.flags.contains(.iterableCoroutine) { return v }
        }
        if let aw = v.type.lookup("__await__") {
            let it = try call(aw, [v])
            if case .object(let o) = it, let g = o as? PyGenerator, g.kind == .coroutine {
                throw typeError("__await__() returned a coroutine")
            }
            if it.type.lookup("__next__") == nil && !(it.object is PyGenerator) && !(it.object is PySeqIter) {
                throw typeError("__await__() returned non-iterator of type '\(it.type.name)'")
            }
            return it
        }
        throw typeError("object \(v.type.name) can't be used in 'await' expression")
    }

    func asyncIter(_ v: Value) throws -> Value {
        if let m = v.type.lookup("__aiter__") { return try call(m, [v]) }
        throw typeError("'async for' requires an object with __aiter__ method, got \(v.type.name)")
    }

    func asyncNext(_ v: Value) throws -> Value {
        guard let m = v.type.lookup("__anext__") else {
            throw typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(v.type.name)")
        }
        let next = try call(m, [v])
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
    /// would have at the moment the last reference went.
    func runPendingFinalizations() throws {
        while !pendingFinalizations.isEmpty {
            let batch = pendingFinalizations
            pendingFinalizations = []
            for p in batch { try finalize(p) }
        }
    }

    private func finalize(_ p: PendingFinalization) throws {
        if p.kind == .coroutine && p.state == .created {
            output.writeError("RuntimeWarning: coroutine '\(p.qualname)' was never awaited\n")
            return
        }
        let g = PyGenerator(kind: p.kind, frame: p.frame, name: p.qualname, qualname: p.qualname, vm: self)
        g.serial = p.serial
        g.state = p.state
        do {
            try closeGenerator(g)
        } catch let e as PyBaseException {
            output.writeError("Exception ignored in: \(try repr(.object(g)))\n")
            output.writeError(formatException(e))
        }
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
