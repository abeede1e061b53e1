// The loop's exception handler: where errors no Python code can catch go — an
// exception escaping a callback, a future whose exception nobody retrieved. The
// default handler writes what asyncio's logger writes to stderr.

/// A value of an exception-handler context: a Python value, or the repr of an
/// object already gone (captured when it died).
enum ContextValue {
    case value(Value)
    case shown(String)
}

extension EventLoop {
    /// `call_exception_handler(context)`: the handler set with
    /// `set_exception_handler`, else the default one.
    func callExceptionHandler(_ context: [(String, ContextValue)]) {
        if exceptionHandler.isNone {
            vm.asyncio.defaultExceptionHandler(context)
            return
        }
        do {
            let d = PyDict()
            for (k, v) in context {
                switch v {
                case .value(let x): try vm.dictSet(d, .str(k), x)
                case .shown(let s): try vm.dictSet(d, .str(k), .str(s))
                }
            }
            _ = try vm.call(exceptionHandler, [.object(self), .object(d)])
        } catch let e as PyBaseException {
            vm.asyncio.defaultExceptionHandler([
                ("message", .value(.str("Unhandled error in exception handler"))),
                ("exception", .value(.object(e))),
                ("context", .shown((try? vm.repr(.object(contextDict(context)))) ?? "{...}")),
            ])
        } catch {
            vm.output.writeError("coro: \(error)\n")
        }
    }

    private func contextDict(_ context: [(String, ContextValue)]) -> PyDict {
        let d = PyDict()
        for (k, v) in context {
            switch v {
            case .value(let x): try? vm.dictSet(d, .str(k), x)
            case .shown(let s): try? vm.dictSet(d, .str(k), .str(s))
            }
        }
        return d
    }

    /// "Exception in callback …": the callback part.
    func formatHandleCallback(_ action: PyHandle.Action) -> String {
        (try? vm.formatHandleAction(action)) ?? "<callback>"
    }

    /// "Task exception was never retrieved", from a future's deinitialiser: the
    /// report waits for the next instruction boundary.
    func reportNeverRetrieved(_ snapshot: FutureSnapshot, _ exception: PyBaseException) {
        guard let vm = weakVM else { return }
        vm.queueFinalization(PendingFinalization(report: { [self] vm in
            let shown = (try? snapshot.format(vm)) ?? "<\(snapshot.className)>"
            callExceptionHandler([
                ("message", .value(.str("\(snapshot.className) exception was never retrieved"))),
                ("exception", .value(.object(exception))),
                ("future", .shown(shown)),
            ])
        }))
    }
}

extension AsyncioRuntime {
    /// `default_exception_handler`: the message, each other key sorted with the
    /// repr of its value, then the exception's traceback — one logger record.
    func defaultExceptionHandler(_ context: [(String, ContextValue)]) {
        var message = ""
        var exception: PyBaseException?
        var rest: [(String, ContextValue)] = []
        for (k, v) in context {
            switch (k, v) {
            case ("message", .value(let m)): message = (try? vm.str(m)) ?? ""
            case ("message", .shown(let s)): message = s
            case ("exception", .value(let e)): exception = e.object as? PyBaseException
            case ("exception", .shown): break
            default: rest.append((k, v))
            }
        }
        if message.isEmpty { message = "Unhandled exception in event loop" }
        var lines = [message]
        for (k, v) in rest.sorted(by: { $0.0 < $1.0 }) {
            switch v {
            case .value(let x): lines.append("\(k): \((try? vm.repr(x)) ?? "<repr failed>")")
            case .shown(let s): lines.append("\(k): \(s)")
            }
        }
        var text = lines.joined(separator: "\n") + "\n"
        if let exception { text += vm.formatException(exception) }
        vm.output.writeError(text)
    }
}
