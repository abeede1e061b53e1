extension Session {
    // MARK: - state

    func stateCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        let words = c.words
        switch words.count {
        case 0:
            let named = namedGenerators()
            if named.isEmpty && loopView.tasks.isEmpty {
                say("no generators, coroutines or tasks are named yet")
                return .ok
            }
            if !named.isEmpty {
                let rows = named.map { name, g in [name, g.state.name(prefix: statePrefix(g)), stateDetail(g)] }
                output.write(formatter.table(header: [], rows: rows))
            }
            if !loopView.tasks.isEmpty { printTasks() }
            return .ok
        case 1:
            if case .success(let v) = evaluateQuietly(words[0]), let f = v.object as? PyFuture {
                showFutureState(f, name: words[0])
                return .ok
            }
            switch resolveGenerator(words[0], spec) {
            case .success(let g):
                say(formatter.stateLine(name: words[0], state: g.state.name(prefix: statePrefix(g)), detail: stateDetail(g)))
                return .ok
            case .failure(let failure):
                return failure.outcome
            }
        default:
            return usageError(spec, "state takes at most one generator, not \(words.count) words")
        }
    }

    /// What `state` says after the state name: how it was called (not started), where
    /// it is suspended and what it delegates to, or since when it is closed.
    func stateDetail(_ g: PyGenerator) -> String {
        switch g.state {
        case .created:
            return "\(callDescription(g)) not started"
        case .suspended:
            var detail = formatter.location(line: g.lastLine, sourceText: sourceLine(g.code, g.lastLine))
            detail = String(detail.drop { $0 == " " })
            if let d = delegateName(of: g) { detail += "  delegating to \(d)" }
            return detail
        case .running:
            return "running"
        case .closed:
            return closedSince(g) ?? ""
        }
    }

    // MARK: - where

    func whereCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        let words = c.words
        guard words.count == 1 else {
            return usageError(spec, words.isEmpty ? "where needs a generator" : "where takes one generator, not \(words.count) words")
        }
        if case .success(let v) = evaluateQuietly(words[0]), let t = v.object as? PyTask {
            say(formatter.stateLine(name: words[0], state: t.state.name, detail: futureDetail(t)))
            guard let g = t.generator, g.state == .suspended else { return .ok }
            whereChain(g, name: g.name + "()", firstLevel: 1)
            return .ok
        }
        let top: PyGenerator
        switch resolveGenerator(words[0], spec) {
        case .success(let g): top = g
        case .failure(let failure): return failure.outcome
        }
        whereChain(top, name: words[0], firstLevel: 0)
        return .ok
    }

    /// The `yield from` / `await` chain from `top` down, one frame per line.
    func whereChain(_ top: PyGenerator, name first: String, firstLevel: Int) {
        var current: PyGenerator? = top
        var name = first
        var level = firstLevel
        // A `yield from` chain cannot loop (a running generator cannot be delegated to
        // again), but the bound keeps a corrupted one from hanging the session.
        while let g = current, level < 1000 {
            let indent = String(repeating: "  ", count: level)
            let arrow = level == 0 ? "" : "-> "
            say(indent + arrow + formatter.stateLine(name: name, state: g.state.name(prefix: statePrefix(g)), detail: whereDetail(g)))
            if let frame = g.frame {
                let locals = frame.boundLocals.map { "\($0.0) = \(safeRepr($0.1, limit: 80))" }
                let column = indent.count + arrow.count + 2
                say(String(repeating: " ", count: column) + "locals: " + (locals.isEmpty ? "(none)" : locals.joined(separator: ", ")))
            }
            current = nil
            guard g.state == .suspended, let d = vm.delegate(of: g) else { break }
            if let sub = d.object as? PyGenerator {
                current = sub
                name = displayName(of: sub)
                level += 1
            } else {
                say(String(repeating: "  ", count: level + 1) + "-> a \(d.type.name) (not a generator: no frame to show)")
            }
        }
    }

    /// A command argument evaluated without printing anything on failure.
    func evaluateQuietly(_ text: String) -> Result<Value, Error> {
        do { return .success(try evaluate(text)) } catch { return .failure(error) }
    }

    /// The state detail of `where`: like `state`'s, without the delegate (the next line
    /// shows it).
    func whereDetail(_ g: PyGenerator) -> String {
        switch g.state {
        case .suspended:
            let detail = formatter.location(line: g.lastLine, sourceText: sourceLine(g.code, g.lastLine))
            return "\(g.name)() " + String(detail.drop { $0 == " " })
        case .closed:
            return "no frame" + (closedSince(g).map { ": closed \($0)" } ?? "")
        case .created, .running:
            return stateDetail(g)
        }
    }

    // MARK: - trace, load, reset, help

    func traceCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        let words = c.words
        switch words {
        case []:
            say("trace is \(trace ? "on" : "off")")
        case ["on"]:
            trace = true
            say("trace on: transitions caused by Python code are shown too")
        case ["off"]:
            trace = false
            say("trace off")
        default:
            return usageError(spec, "trace takes on or off")
        }
        return .ok
    }

    func loadCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        var path = c.arguments
        if path.count >= 2, let q = path.first, q == "\"" || q == "'", path.last == q {
            path = String(path.dropFirst().dropLast())
        }
        guard !path.isEmpty else { return usageError(spec, "load needs a file") }
        return load(path)
    }

    func resetCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        guard c.words.isEmpty else { return usageError(spec, "reset takes no arguments") }
        resetNamespace()
        say("reset: a fresh namespace; ids count from 1 again")
        return .ok
    }

    func helpCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        let words = c.words
        switch words.count {
        case 0:
            output.write(Session.helpText)
            return .ok
        case 1:
            guard let topic = CommandTable.spec(words[0]) else {
                let suggestion = CommandTable.closest(to: words[0]).map { "; did you mean '\($0)'?" } ?? ""
                return fail("no command '\(words[0])'\(suggestion)", usage: spec.usage)
            }
            say("usage: \(topic.usage)")
            say(topic.summary)
            for line in topic.details.split(separator: "\n", omittingEmptySubsequences: false) { say("  \(line)") }
            if !topic.isAvailable { say("  (not available yet: it comes with the event loop)") }
            return .ok
        default:
            return usageError(spec, "help takes at most one command")
        }
    }

    /// The list `help` prints.
    static let helpText: String = {
        let available = CommandTable.all.filter(\.isAvailable)
        let width = available.map(\.usage.count).max() ?? 0
        var out = "commands (G is a generator or coroutine, by the name you gave it):\n"
        for spec in available {
            out += "  " + spec.usage + String(repeating: " ", count: width - spec.usage.count + 2) + spec.summary + "\n"
        }
        let later = CommandTable.all.filter { !$0.isAvailable }.map(\.name)
        out += "coming with the event loop: \(later.joined(separator: ", "))\n"
        out += "anything else is Python code. help COMMAND shows one command in detail.\n"
        return out
    }()
}
