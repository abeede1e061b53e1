// The reprs of futures, tasks and handles, as asyncio's `base_futures`,
// `base_tasks`, `coroutines._format_coroutine` and `format_helpers` write them,
// with `reprlib.repr` limits on results and callback arguments.

/// What a future's repr shows, captured so that it can be written after the
/// future is gone (the "never retrieved" report comes after the object died).
struct FutureSnapshot {
    /// `Future`, `Task`, `_GatheringFuture`.
    let className: String
    /// `pending`, `cancelling`, `cancelled`, `finished`.
    let stateWord: String
    let result: Value
    let exception: PyBaseException?
    let callbacks: [FutureCallback]
    /// For tasks: the name, the coroutine and what the task waits on.
    let taskName: Value?
    let coro: Value?
    let waiter: PyObject?

    /// `<Task pending name='Task-1' coro=<main() running at x.py:5>>`.
    func format(_ vm: VM) throws -> String {
        var info = [stateWord]
        if stateWord == "finished" {
            if let exception {
                info.append("exception=\(try vm.repr(.object(exception)))")
            } else {
                info.append("result=\(try vm.shortRepr(result))")
            }
        }
        if !callbacks.isEmpty { info.append(try vm.formatCallbacks(callbacks)) }
        if let taskName, let coro {
            info.insert("name=\(try vm.repr(taskName))", at: 1)
            info.insert("coro=<\(try vm.formatCoroutine(coro))>", at: 2)
            if let waiter { info.insert("wait_for=\(try vm.repr(.object(waiter)))", at: 3) }
        }
        return "<\(className) \(info.joined(separator: " "))>"
    }
}

extension PyFuture {
    /// The repr's ingredients now.
    func reprSnapshot() -> FutureSnapshot {
        var word: String
        switch state {
        case .pending: word = "pending"
        case .cancelled: word = "cancelled"
        case .finished: word = "finished"
        }
        let task = self as? PyTask
        if let task, task.numCancelsRequested > 0, state == .pending { word = "cancelling" }
        return FutureSnapshot(className: type.name, stateWord: word, result: result, exception: exception,
                              callbacks: callbacks, taskName: task?.name, coro: task?.coro, waiter: task?.futWaiter)
    }
}

extension VM {
    /// `repr(future)`, with `...` for a future whose repr reaches itself.
    func futureRepr(_ f: PyFuture) throws -> String {
        try guardedRepr(f, "...") { try f.reprSnapshot().format(self) }
    }

    /// `coroutines._format_coroutine`: `main() running at x.py:5`, or
    /// `main() done, defined at x.py:3` once the frame is gone.
    func formatCoroutine(_ coro: Value) throws -> String {
        guard case .object(let o) = coro, let g = o as? PyGenerator else {
            let name = (try? lookupAttr(coro, "__qualname__")).flatMap { $0 }.flatMap { ($0.object as? PyStr)?.value }
                ?? "<\(coro.type.name) without __name__>"
            return "\(name)()"
        }
        let name = "\(g.qualname)()"
        if let f = g.frame {
            let line = f.ip == 0 ? g.code.firstLine : f.line
            return "\(name) running at \(g.code.filename):\(line)"
        }
        return "\(name) done, defined at \(g.code.filename):\(g.code.firstLine)"
    }

    /// `cb=[f() at x.py:3, <2 more>, g()]`.
    func formatCallbacks(_ cbs: [FutureCallback]) throws -> String {
        let inner: String
        switch cbs.count {
        case 1: inner = try formatCallback(cbs[0])
        case 2: inner = "\(try formatCallback(cbs[0])), \(try formatCallback(cbs[1]))"
        default: inner = "\(try formatCallback(cbs[0])), <\(cbs.count - 2) more>, \(try formatCallback(cbs[cbs.count - 1]))"
        }
        return "cb=[\(inner)]"
    }

    private func formatCallback(_ cb: FutureCallback) throws -> String {
        switch cb {
        case .wakeup: return "Task.task_wakeup()"
        case .native(let n): return "\(n.name)()"
        case .python(let fn): return try formatCallbackSource(fn, [])
        }
    }

    /// `format_helpers._format_callback_source`: `f(1, 'a') at x.py:3`.
    func formatCallbackSource(_ fn: Value, _ args: [Value]) throws -> String {
        var text = try formatCallback(fn, args, [], suffix: "")
        if let (file, line) = functionSource(fn) { text += " at \(file):\(line)" }
        return text
    }

    private func formatCallback(_ fn: Value, _ args: [Value], _ keywords: [(String, Value)], suffix: String) throws -> String {
        if case .object(let o) = fn, let p = o as? PyPartial {
            let inner = try formatArguments(args, keywords) + suffix
            return try formatCallback(p.function, p.args, p.keywords, suffix: inner)
        }
        var text: String
        if let q = try? lookupAttr(fn, "__qualname__"), let s = q.object as? PyStr, !s.value.isEmpty {
            text = s.value
        } else if let q = try? lookupAttr(fn, "__name__"), let s = q.object as? PyStr, !s.value.isEmpty {
            text = s.value
        } else {
            text = try repr(fn)
        }
        text += try formatArguments(args, keywords)
        return text + suffix
    }

    private func formatArguments(_ args: [Value], _ keywords: [(String, Value)]) throws -> String {
        var items: [String] = []
        for a in args { items.append(try shortRepr(a)) }
        for (k, v) in keywords { items.append("\(k)=\(try shortRepr(v))") }
        return "(" + items.joined(separator: ", ") + ")"
    }

    /// `_get_function_source`: the file and first line of a Python function (through
    /// `functools.wraps`'s `__wrapped__` and partials), nil for anything else.
    private func functionSource(_ fn: Value) -> (String, Int)? {
        guard case .object(let o) = fn else { return nil }
        switch o {
        case let f as PyFunction:
            if let w = f.attrs["__wrapped__"], let inner = functionSource(w) { return inner }
            return (f.code.filename, f.code.firstLine)
        case let p as PyPartial:
            return functionSource(p.function)
        default:
            return nil
        }
    }

    /// `Handle`'s callback part: `f(1) at x.py:3`, `Task.task_step()`.
    func formatHandleAction(_ action: PyHandle.Action) throws -> String {
        switch action {
        case .step: return "Task.task_step()"
        case .wakeup: return "Task.task_wakeup()"
        case .native(let n, let fut): return "\(n.name)(\(try shortRepr(.object(fut))))"
        case .call(let fn, let args): return try formatCallbackSource(fn, args)
        }
    }

    /// `repr(handle)`: `<Handle f(1) at x.py:3>`, `<TimerHandle when=3.0 f()>`,
    /// `<Handle cancelled>`.
    func handleRepr(_ h: PyHandle) throws -> String {
        var info = [h.type.name]
        if h.cancelled { info.append("cancelled") }
        if let action = h.action { info.append(try formatHandleAction(action)) }
        if let t = h as? PyTimerHandle { info.insert("when=\(try repr(t.whenValue))", at: h.cancelled ? 2 : 1) }
        return "<\(info.joined(separator: " "))>"
    }

    // MARK: - reprlib

    /// `reprlib.repr(v)`: containers cut after a few items, long strings and
    /// numbers cut in the middle, other reprs cut at 30 characters.
    func shortRepr(_ v: Value, level: Int = 6) throws -> String {
        switch v {
        case .int:
            return middleCut(try repr(v), 40)
        case .object(let o) where o.type === BuiltinTypes.int:
            return middleCut(try repr(v), 40)
        case .object(let o) where o.type === BuiltinTypes.str:
            guard let s = o as? PyStr else { break }
            let chars = Array(s.value)
            var text = try repr(.str(String(chars.prefix(30))))
            if text.count > 30 {
                let i = 13, j = 14
                // x[:i] + x[len(x)-j:], with Python's negative-start slice.
                var start = chars.count - j
                if start < 0 { start = max(chars.count + start, 0) }
                let cut = String(chars.prefix(i)) + String(chars[start...])
                let r = Array(try repr(.str(cut)))
                text = String(r.prefix(i)) + "..." + String(r.suffix(j))
            }
            return text
        case .object(let o) where o.type === BuiltinTypes.tuple:
            guard let t = o as? PyTuple else { break }
            return try shortIterable(t.items, level, "(", ")", max: 6, trail: ",")
        case .object(let o) where o.type === BuiltinTypes.list:
            guard let l = o as? PyList else { break }
            return try shortIterable(l.items, level, "[", "]", max: 6)
        case .object(let o) where o.type === BuiltinTypes.set || o.type === BuiltinTypes.frozenset:
            guard let s = o as? PySet else { break }
            let name = s.isFrozen ? "frozenset" : "set"
            if s.count == 0 { return "\(name)()" }
            let items = try possiblySorted(s.orderedItems)
            return try s.isFrozen ? shortIterable(items, level, "frozenset({", "})", max: 6)
                                  : shortIterable(items, level, "{", "}", max: 6)
        case .object(let o) where o.type === BuiltinTypes.dict:
            guard let d = o as? PyDict else { break }
            let n = d.table.live.count
            if n == 0 { return "{}" }
            if level <= 0 { return "{...}" }
            var pieces: [String] = []
            for key in try possiblySorted(d.table.live.map(\.key)).prefix(4) {
                let value = try dictGet(d, key) ?? .none
                pieces.append("\(try shortRepr(key, level: level - 1)): \(try shortRepr(value, level: level - 1))")
            }
            if n > 4 { pieces.append("...") }
            return "{" + pieces.joined(separator: ", ") + "}"
        case .object(let o) where o is PyDeque:
            guard let d = o as? PyDeque else { break }
            return try shortIterable(Array(d.items), level, "deque([", "])", max: 6)
        default:
            break
        }
        let text: String
        do {
            text = try repr(v)
        } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.exception) {
            return "<\(v.type.name) instance at \(v.object.map(address) ?? "0x0")>"
        }
        return middleCut(text, 30)
    }

    private func shortIterable(_ items: [Value], _ level: Int, _ left: String, _ right: String,
                               max: Int, trail: String = "") throws -> String {
        var right = right
        let s: String
        if level <= 0 && !items.isEmpty {
            s = "..."
        } else {
            var pieces: [String] = []
            for item in items.prefix(max) { pieces.append(try shortRepr(item, level: level - 1)) }
            if items.count > max { pieces.append("...") }
            s = pieces.joined(separator: ", ")
            if items.count == 1 && !trail.isEmpty { right = trail + right }
        }
        return left + s + right
    }

    /// `_possibly_sorted`: sorted when the items compare, else as they are.
    private func possiblySorted(_ items: [Value]) throws -> [Value] {
        var copy = items
        do {
            try timsort(&copy, key: nil, reverse: false)
            return copy
        } catch is PyBaseException {
            return items
        }
    }

    /// Cuts a long repr in the middle, keeping its ends (`reprlib`'s `maxlong`/`maxother`).
    private func middleCut(_ s: String, _ limit: Int) -> String {
        guard s.count > limit else { return s }
        let i = max(0, (limit - 3) / 2), j = max(0, limit - 3 - i)
        let chars = Array(s)
        return String(chars.prefix(i)) + "..." + String(chars.suffix(j))
    }
}
