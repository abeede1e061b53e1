extension Session {
    // MARK: - Dispatch

    /// Runs a recognised command. Every error is a message (with the usage line or a
    /// hint), never the end of the session, and no object is lost.
    func runCommand(_ c: CommandInput, input: SessionInput) -> InputOutcome {
        guard let spec = CommandTable.spec(c.name) else { return fail("unknown command '\(c.name)'") }
        guard spec.isAvailable else {
            return fail("\(c.name) is not available yet: the event-loop commands (spawn, gather, tick, run, tasks, time) come with the event loop")
        }
        switch c.name {
        case "next": return nextCommand(c, spec)
        case "send": return sendCommand(c, spec)
        case "throw": return throwCommand(c, spec)
        case "close": return closeCommand(c, spec)
        case "state": return stateCommand(c, spec)
        case "where": return whereCommand(c, spec)
        case "trace": return traceCommand(c, spec)
        case "spawn": return spawnCommand(c, spec)
        case "gather": return gatherCommand(c, spec)
        case "tick": return tickCommand(c, spec)
        case "run": return runLoopCommand(c, spec)
        case "tasks": return tasksCommand(c, spec)
        case "time": return timeCommand(c, spec)
        case "load": return loadCommand(c, spec)
        case "reset": return resetCommand(c, spec)
        case "help": return helpCommand(c, spec)
        case "quit": return c.words.isEmpty ? .quit : usageError(spec, "quit takes no arguments")
        default: return fail("unknown command '\(c.name)'")
        }
    }

    func usageError(_ spec: CommandSpec, _ message: String) -> InputOutcome {
        fail(message, usage: spec.usage)
    }

    // MARK: - Stepping commands

    func nextCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        let words = c.words
        guard words.count == 1 else {
            return usageError(spec, words.isEmpty ? "next needs a generator" : "next takes one generator, not \(words.count) words")
        }
        let g: PyGenerator
        switch resolveGenerator(words[0], spec) {
        case .success(let found): g = found
        case .failure(let failure): return failure.outcome
        }
        guard g.kind == .generator else {
            let typeName = g.kind == .coroutine ? "coroutine" : "async_generator"
            say("TypeError: '\(typeName)' object is not an iterator")
            let hint = g.kind == .coroutine
                ? "a coroutine has no __next__: step it with `send \(words[0]) None`"
                : "an async generator is stepped through its awaitables (asend, athrow), which come with the event loop"
            say("\(formatter.style.hint("hint:")) \(hint)")
            return .failed
        }
        return step(g, name: words[0], verb: .resume) { try self.vm.resume(g, cause: .next) }
    }

    func sendCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        guard let (object, rest) = c.objectAndRest, !rest.isEmpty else {
            return usageError(spec, c.arguments.isEmpty ? "send needs a generator and a value" : "send needs a value to send")
        }
        let g: PyGenerator
        switch resolveGenerator(object, spec) {
        case .success(let found): g = found
        case .failure(let failure): return failure.outcome
        }
        if g.kind == .asyncGenerator { return asyncGeneratorUnsupported(object) }
        let value: Value
        switch evaluateArgument(rest, spec) {
        case .success(let v): value = v
        case .failure(let failure): return failure.outcome
        }
        return step(g, name: object, verb: .resume) { try self.vm.resume(g, sending: value, cause: .send) }
    }

    func throwCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        guard let (object, rest) = c.objectAndRest, !rest.isEmpty else {
            return usageError(spec, c.arguments.isEmpty ? "throw needs a generator and an exception" : "throw needs an exception to raise")
        }
        let g: PyGenerator
        switch resolveGenerator(object, spec) {
        case .success(let found): g = found
        case .failure(let failure): return failure.outcome
        }
        if g.kind == .asyncGenerator { return asyncGeneratorUnsupported(object) }
        let exception: PyBaseException
        switch evaluateArgument(rest, spec) {
        case .success(let v):
            do {
                exception = try vm.exceptionToThrow(v, value: nil, traceback: nil)
            } catch let e as PyBaseException {
                return failPython(e, hint: "throw takes an exception class or instance: `throw \(object) ValueError(\"bad\")`")
            } catch let e as StepLimitExceeded {
                return stop(e)
            } catch {
                return fail("\(error)")
            }
        case .failure(let failure):
            return failure.outcome
        }
        return step(g, name: object, verb: .throwIn) { try self.vm.throwInto(g, exception) }
    }

    func closeCommand(_ c: CommandInput, _ spec: CommandSpec) -> InputOutcome {
        let words = c.words
        guard words.count == 1 else {
            return usageError(spec, words.isEmpty ? "close needs a generator" : "close takes one generator, not \(words.count) words")
        }
        let g: PyGenerator
        switch resolveGenerator(words[0], spec) {
        case .success(let found): g = found
        case .failure(let failure): return failure.outcome
        }
        if g.kind == .asyncGenerator { return asyncGeneratorUnsupported(words[0]) }
        return step(g, name: words[0], verb: .close) {
            try self.vm.closeGenerator(g)
            return .returned(.none)
        }
    }

    func asyncGeneratorUnsupported(_ name: String) -> InputOutcome {
        fail("\(name) is an async generator: its asend/athrow/aclose awaitables are stepped through the event loop, which is not available yet")
    }

    /// What a stepping command does, for how its transition reads.
    enum StepVerb { case resume, throwIn, close }

    /// Runs one resume of `g` and shows the transition it caused, taken from the VM's
    /// event for `g` (and made up from the states only where the VM has nothing to
    /// report: closing a generator that never started or is already closed).
    func step(_ g: PyGenerator, name: String, verb: StepVerb, _ body: @escaping () throws -> SendResult) -> InputOutcome {
        let before = g.state
        let beforeLine = g.lastLine
        let previousLine = record(for: g).suspendedLine
        // A name, attribute or item chain is shown as typed; a call (`next fib(3)`)
        // made an object with no name, shown as `fib#3`.
        let shown = name.contains("(") ? displayName(of: g) : name
        let command = ActiveCommand(target: g, name: shown)
        active = command
        var escaped: PyBaseException?
        var result: SendResult?
        do {
            result = try body()
        } catch let e as PyBaseException {
            escaped = e
        } catch let e as StepLimitExceeded {
            active = nil
            return stop(e)
        } catch {
            active = nil
            return fail("\(error)")
        }
        active = nil

        var t: Transition
        if let event = command.event {
            t = transition(event, name: shown, previousLine: previousLine)
        } else {
            // The VM reports no event when a delegate handled a `throw` and yielded:
            // the outer generator never resumed. Its state and line say the same.
            t = Transition(name: shown, statePrefix: statePrefix(g), before: before, after: g.state, outcome: .nothing, line: 0)
            if verb != .close, let result { t.outcome = outcome(result) }
            if g.state == .suspended {
                t.line = g.lastLine
                if before != .suspended || g.lastLine != previousLine { t.sourceText = sourceLine(g.code, g.lastLine) }
                t.delegate = delegateName(of: g)
            }
            if before != .closed && g.state == .closed {
                let r = record(for: g)
                r.steps += 1
                r.closedAtStep = r.steps
                r.closedBy = currentLabel
            }
        }
        var failed = false
        var raised: PyBaseException?
        if case .raised(let e) = command.event?.outcome ?? result { raised = e }

        if before == .closed || (before == .created && verb == .throwIn) {
            // None of its code ran: there is no line to show.
            t.line = 0
            t.sourceText = nil
        }
        switch verb {
        case .resume, .throwIn:
            if before == .closed && verb == .resume {
                t.outcome = .raised("StopIteration")
                failed = true
            } else if raised != nil {
                failed = true
            }
        case .close:
            if before == .created {
                t.closedBeforeStart = true
            } else if before == .suspended {
                t.generatorExitLine = beforeLine
                if let e = raised, e.isInstance(of: BuiltinTypes.generatorExit) {
                    t.outcome = .nothing
                    t.line = 0
                    raised = nil
                }
            }
            if raised != nil || escaped != nil { failed = true }
        }

        if let e = raised, verb != .close || !e.isInstance(of: BuiltinTypes.generatorExit), showsTraceback(e) {
            output.write(vm.formatException(e))
        }
        say(formatter.line(t))
        if let e = escaped, e !== raised {
            say(vm.exceptionLine(e))
            if e.isInstance(of: BuiltinTypes.runtimeError), (try? vm.exceptionMessage(e))?.hasSuffix("ignored GeneratorExit") == true {
                note(hint: "a generator must not yield after GeneratorExit: let it through, or return")
            }
        }
        addHints(g, name: shown, before: before, verb: verb, raised: raised)
        return failed ? .failed : .ok
    }

    /// Whether an exception deserves its traceback under the transition line: it came
    /// from deeper than the generator's own frame, or is chained to another.
    func showsTraceback(_ e: PyBaseException) -> Bool {
        e.traceback.count > 1 || !e.cause.isNone || (!e.context.isNone && !e.suppressContext)
    }

    /// The teaching lines after a transition: how to fix what went wrong.
    func addHints(_ g: PyGenerator, name: String, before: GeneratorState, verb: StepVerb, raised: PyBaseException?) {
        if before == .closed {
            let since = closedSince(g).map { " \($0)" } ?? ""
            let what = g.kind == .coroutine ? "coroutine" : "generator"
            let consequence = verb == .close ? "close() does nothing" : "a closed \(what) never runs again: call \(g.name)() for a new one"
            note(note: "\(name) is closed\(since); \(consequence)")
            return
        }
        if before == .created, let e = raised, e.isInstance(of: BuiltinTypes.typeError),
           (try? vm.exceptionMessage(e))?.hasPrefix("can't send non-None value to a just-started") == true {
            note(hint: "\(name) has not started, so no yield is waiting for the value: prime it with `next \(name)` first")
        }
    }

    func note(hint: String) {
        say("\(formatter.style.hint("hint:")) \(hint)")
    }

    func note(note: String) {
        say("\(formatter.style.hint("note:")) \(note)")
    }

    // MARK: - Arguments

    /// Why a command's argument was refused; the message has been printed.
    struct ArgumentFailure: Error {
        let outcome: InputOutcome
    }

    /// The generator or coroutine a command names, or a printed error that says what
    /// the name is instead (and how to get a generator from it).
    func resolveGenerator(_ name: String, _ spec: CommandSpec) -> Result<PyGenerator, ArgumentFailure> {
        let value: Value
        switch evaluateArgument(name, spec) {
        case .success(let v): value = v
        case .failure(let f): return .failure(f)
        }
        if let g = value.object as? PyGenerator { return .success(g) }
        return .failure(ArgumentFailure(outcome: notAGenerator(name, value, spec)))
    }

    func notAGenerator(_ name: String, _ value: Value, _ spec: CommandSpec) -> InputOutcome {
        if let f = value.object as? PyFunction {
            if f.code.flags.contains(.generator) || f.code.flags.contains(.coroutine) || f.code.flags.contains(.asyncGenerator) {
                let kind = f.code.flags.contains(.coroutine) ? "coroutine" : f.code.flags.contains(.asyncGenerator) ? "async generator" : "generator"
                return fail("\(name) is a \(kind) function, not a \(kind)",
                            hint: "call it to make one, then step that: `g = \(f.name)(...)`, `\(spec.name) g`")
            }
        }
        let typeName = value.type.name
        let article = "aeiou".contains(typeName.first ?? "x") ? "an" : "a"
        let iteratorHint = value.type.lookup("__next__") != nil ? "for other iterators, use Python: next(\(name))" : nil
        return fail("\(name) is \(article) \(typeName), not a generator or coroutine", hint: iteratorHint)
    }

    /// A command's Python argument evaluated, or a printed error.
    func evaluateArgument(_ text: String, _ spec: CommandSpec) -> Result<Value, ArgumentFailure> {
        do {
            return .success(try evaluate(text))
        } catch let e as PyBaseException {
            var hint: String?
            if e.isInstance(of: BuiltinTypes.nameError) {
                let named = namedGenerators().map(\.name)
                if !named.isEmpty { hint = "named generators and coroutines: \(named.joined(separator: ", "))" }
            }
            return .failure(ArgumentFailure(outcome: failPython(e, hint: hint)))
        } catch let e as StepLimitExceeded {
            return .failure(ArgumentFailure(outcome: stop(e)))
        } catch CommandArgumentError.syntax(let text) {
            output.write(text)
            say("usage: \(spec.usage)")
            return .failure(ArgumentFailure(outcome: .failed))
        } catch CommandArgumentError.notAnExpression(let text) {
            return .failure(ArgumentFailure(outcome: usageError(spec, "'\(text)' is not an expression")))
        } catch {
            return .failure(ArgumentFailure(outcome: fail("\(error)")))
        }
    }

    /// Global names bound to generators and coroutines, in the order they were defined.
    func namedGenerators() -> [(name: String, generator: PyGenerator)] {
        globals.items.compactMap { name, v in (v.object as? PyGenerator).map { (name, $0) } }
    }
}
