extension Session {
    // MARK: - Events from the VM

    /// Every transition the VM reports comes here, in the order it happens. The
    /// running command's own target is claimed by the command (it prints the line after
    /// the resume, under the name typed); anything else is shown only with `trace on`.
    func observe(_ event: TransitionEvent) {
        guard let g = event.object as? PyGenerator else { return }
        let record = self.record(for: g)
        record.steps += 1
        let previousLine = record.suspendedLine
        if event.after == .closed && event.before != .closed {
            record.closedAtStep = record.steps
            record.closedBy = currentLabel
        }
        if event.after == .suspended { record.suspendedLine = event.line }
        // A resume of the target while it runs (it resumed itself) is not the
        // command's transition: that one comes last, from a non-running state.
        if let active, active.target === g, event.before != .running {
            active.event = event
            return
        }
        guard trace else { return }
        say(formatter.line(transition(event, name: displayName(of: g), previousLine: previousLine)))
    }

    /// The record of `g`, made on first sight.
    func record(for g: PyGenerator) -> ObjectRecord {
        let id = ObjectIdentifier(g)
        if let r = records[id], r.object === g { return r }
        let r = ObjectRecord(g)
        r.suspendedLine = g.state == .suspended ? g.lastLine : 0
        records[id] = r
        return r
    }

    /// Drops the records of objects that are gone.
    func pruneRecords() {
        records = records.filter { $0.value.object != nil }
    }

    // MARK: - Building transitions

    /// The session's view of an event: names and values rendered.
    func transition(_ event: TransitionEvent, name: String, previousLine: Int) -> Transition {
        let g = event.object as? PyGenerator
        var line = event.line
        if case .raised(let e) = event.outcome, let g, let passed = lineWhereRaised(e, through: g) { line = passed }
        var t = Transition(
            name: name, statePrefix: g.map(statePrefix) ?? "GEN", before: event.before, after: event.after,
            outcome: outcome(event.outcome), line: line)
        // Source text when the position is news: it moved, or the object finished there.
        let moved = event.before != .suspended || event.after != .suspended || line != previousLine
        if moved, line > 0, let g { t.sourceText = sourceLine(g.code, line) }
        if event.after == .suspended, let g { t.delegate = delegateName(of: g) }
        return t
    }

    /// The line of `g`'s frame in the exception's traceback: where the exception left
    /// (or passed through) the generator. The event's line is the last instruction
    /// run, which for an exception re-raised by an `except` or `finally` block is that
    /// block's line, not where it happened.
    func lineWhereRaised(_ e: PyBaseException, through g: PyGenerator) -> Int? {
        e.traceback.first { $0.function == g.code.name && $0.filename == g.code.filename && $0.source === g.code.source }?.line
    }

    /// A resume's outcome, rendered.
    func outcome(_ r: SendResult) -> Transition.Outcome {
        switch r {
        case .yielded(let v): return .yielded(safeRepr(v))
        case .returned(let v): return .returned(safeRepr(v))
        case .raised(let e): return .raised(vm.exceptionLine(e))
        }
    }

    /// `GEN` or `CORO` (async generators have no inspect states of their own; they
    /// read like generators).
    func statePrefix(_ g: PyGenerator) -> String {
        g.kind == .coroutine ? "CORO" : "GEN"
    }

    /// Line `n` of the code's source, without its indentation.
    func sourceLine(_ code: CodeObject, _ n: Int) -> String? {
        guard let text = code.source.line(n) else { return nil }
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// A repr that cannot fail the session: a broken `__repr__` shows as such.
    func safeRepr(_ v: Value, limit: Int? = nil) -> String {
        let text: String
        do {
            text = try vm.repr(v)
        } catch let e as PyBaseException {
            text = "<repr failed: \(vm.exceptionLine(e))>"
        } catch {
            text = "<repr failed>"
        }
        guard let limit, text.count > limit else { return text }
        return String(text.prefix(limit)) + "..."
    }

    // MARK: - Names

    /// An object as the user knows it: the name typed for the running command, else
    /// the first global name bound to it, else `fib#3` (its `__name__` and id).
    func displayName(of o: PyObject) -> String {
        if let active, active.target === o { return active.name }
        for (name, v) in globals.items where v.object === o { return name }
        if let g = o as? PyGenerator { return "\(g.name)#\(vm.serial(of: g))" }
        return "\(o.type.name)#\(vm.serial(of: o))"
    }

    /// What `g` delegates to in `yield from` / `await`, by name; nil when it does not.
    func delegateName(of g: PyGenerator) -> String? {
        guard let d = vm.delegate(of: g) else { return nil }
        if let o = d.object, o is PyGenerator { return displayName(of: o) }
        return "a \(d.type.name)"
    }

    /// `since step 3 (close g)`, or nil when the session did not see it close.
    func closedSince(_ g: PyGenerator) -> String? {
        let r = record(for: g)
        guard let step = r.closedAtStep else { return nil }
        return "since step \(step) (\(r.closedBy ?? "?"))"
    }

    /// The call that made `g`, from the arguments bound in its unstarted frame:
    /// `echo()`, `work('wlb', 3)`.
    func callDescription(_ g: PyGenerator) -> String {
        guard let frame = g.frame, g.state == .created else { return "\(g.name)()" }
        let code = g.code
        let bound = Dictionary(frame.boundLocals, uniquingKeysWith: { a, _ in a })
        var parts: [String] = []
        let positional = code.argcount
        for name in code.varnames.prefix(positional) {
            parts.append(bound[name].map { safeRepr($0, limit: 40) } ?? "?")
        }
        var index = positional + code.kwonlyargcount
        if code.flags.contains(.varargs), index < code.varnames.count {
            if let v = bound[code.varnames[index]], let t = v.object as? PyTuple {
                parts += t.items.map { safeRepr($0, limit: 40) }
            }
            index += 1
        }
        for name in code.varnames.dropFirst(positional).prefix(code.kwonlyargcount) {
            parts.append("\(name)=\(bound[name].map { safeRepr($0, limit: 40) } ?? "?")")
        }
        if code.flags.contains(.varkeywords), index < code.varnames.count,
           let v = bound[code.varnames[index]], let d = v.object as? PyDict {
            for entry in d.table.live {
                if let k = entry.key.object as? PyStr { parts.append("\(k.value)=\(safeRepr(entry.value, limit: 40))") }
            }
        }
        return "\(g.name)(\(parts.joined(separator: ", ")))"
    }
}
