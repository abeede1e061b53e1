// The async-generator hooks `run_forever` installs (`sys.set_asyncgen_hooks`):
// the running loop learns of every async generator iterated on it, and closes one
// dropped unfinished by scheduling its `aclose()` as a task — so its `finally`
// can still await. `shutdown_asyncgens()` closes those still alive at the end.

extension VM {
    /// `async_gen_init_hooks`: on an async generator's first `__anext__`, `asend`,
    /// `athrow` or `aclose`, the running loop (if any) records it and becomes its
    /// finalizer.
    func initAsyncgenHooks(_ g: PyGenerator) throws {
        guard !g.asyncHooksInited else { return }
        g.asyncHooksInited = true
        guard let loop = asyncioRuntime?.runningLoop else { return }
        g.finalizerLoop = loop
        loop.asyncgenFirstIterHook(g)
    }
}

extension EventLoop {
    /// `_asyncgen_firstiter_hook`: remembered weakly, in first-iteration order.
    func asyncgenFirstIterHook(_ g: PyGenerator) {
        if asyncgens.count >= 64 && asyncgens.count.isMultiple(of: 64) {
            asyncgens.removeAll { $0.generator == nil }
        }
        asyncgens.append(WeakGenerator(generator: g))
    }

    /// `_asyncgen_finalizer_hook`: the generator was dropped unfinished; unless
    /// the loop is closed, `create_task(agen.aclose())` runs at the next iteration.
    func asyncgenFinalizerHook(_ g: PyGenerator) {
        asyncgens.removeAll { $0.generator == nil || $0.generator === g }
        guard !isClosed, let createTask = try? vm.getAttr(.object(self), "create_task") else { return }
        callSoon(.call(createTask, [.object(PyAsyncGenAwaitable(g, .close))]))
    }
}

extension VM {
    /// Finalizes what a task step or a loop callback dropped as its frame ended —
    /// async generators go to their loop's finalizer hook, plain generators are
    /// closed, "never retrieved" reports are made — at once, as CPython's reference
    /// counting would while clearing that frame, rather than at the next
    /// instruction, which may belong to code the loop runs later. Coroutines that
    /// never started stay queued: their warning names the frame running when it is
    /// printed, and here there is none.
    func finalizeDroppedObjects() throws {
        var now: [PendingFinalization] = []
        var later: [PendingFinalization] = []
        for p in pendingFinalizations {
            if p.report == nil && p.kind == .coroutine && p.state == .created { later.append(p) } else { now.append(p) }
        }
        guard !now.isEmpty else { return }
        pendingFinalizations = now
        defer { pendingFinalizations = later + pendingFinalizations }
        try runPendingFinalizations()
    }
}
