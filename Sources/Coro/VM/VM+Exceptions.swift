/// What unwinding an exception through the frame stack found.
enum UnwindResult {
    /// A handler in the (possibly new) current frame takes it: resume there.
    case handled
    /// No handler up to the entry frame: the exception leaves `runFrame`.
    case rethrow(PyBaseException)
}

extension VM {
    // MARK: - Unwinding

    /// Finds the handler for `thrown`, popping frames that have none. Each frame it
    /// passes through is added to the traceback once.
    func unwind(_ thrown: PyBaseException, isReraise: Bool, f: inout Frame, ip: Int, sp: Int, entry: Frame) -> UnwindResult {
        f.ip = ip
        f.sp = sp
        var exc = thrown
        if thrownIn === exc {
            thrownIn = nil
        } else if !isReraise && exc.traceback.isEmpty && exc.context.isNone {
            // An error raised by a built-in: chained now, as CPython chains on raise.
            attachContext(exc)
        }
        while true {
            let id = FrameActivation(frame: ObjectIdentifier(f), activation: f.activation)
            if exc.traceback.last?.frameID != id {
                // A frame that never started (throw into a new generator) is on its `def` line.
                let line = f.ip == 0 ? f.code.firstLine : f.line
                exc.traceback.append(TracebackEntry(filename: f.code.filename, line: line, function: f.code.name, source: f.code.source, frameID: id))
            }
            if let h = f.code.handler(at: f.ip - 1) {
                f.truncateStack(to: Int(h.depth))
                f.push(.object(exc))
                f.ip = Int(h.target)
                return .handled
            }
            keepLocalsAlive(of: f, in: exc)
            if f.isGenerator, let g = f.generator {
                exc = convertEscapingStop(g, exc)
                finishGenerator(g)
            } else {
                f.truncateStack(to: 0)
            }
            depth -= 1
            if f === entry { return .rethrow(exc) }
            guard let caller = f.back else { return .rethrow(exc) }
            f.back = nil
            let finished = f
            f = caller
            if !finished.isGenerator { finished.recycle() }
        }
    }

    /// The exception leaves frame `f`: its traceback takes over the objects the
    /// frame's locals hold. Exceptions are left out — one stored in a local
    /// (`saved = e; raise`) would otherwise keep itself alive through a cycle.
    private func keepLocalsAlive(of f: Frame, in exc: PyBaseException) {
        guard !exc.traceback.isEmpty, f.sp > 0 else { return }
        let n = min(f.stackBase, f.sp)
        var kept: [PyObject] = []
        for i in 0..<n {
            if case .object(let o) = f.slots[i], o !== unbound, !(o is PyBaseException) { kept.append(o) }
        }
        if !kept.isEmpty { exc.traceback[exc.traceback.count - 1].frameLocals = kept }
    }

    /// Unlinks frames after a non-Python error (step budget) so none stays running.
    func abandonFrames(from f: Frame, to entry: Frame) {
        var cur: Frame? = f
        while let c = cur {
            if c.isGenerator, let g = c.generator { finishGenerator(g) }
            depth -= 1
            if c === entry { break }
            cur = c.back
            c.back = nil
        }
    }

    /// Sets `__context__` to the exception being handled, as CPython's
    /// `_PyErr_SetObject` does on raise (replacing any earlier context).
    func attachContext(_ e: PyBaseException) {
        guard case .object(let h) = handledException, let he = h as? PyBaseException else { return }
        chain(e, to: he)
    }

    /// `e.__context__ = handled`, first breaking the cycle it would close.
    private func chain(_ e: PyBaseException, to handled: PyBaseException) {
        guard handled !== e else { return }
        // Break a cycle the new context would create (CPython does the same walk).
        var o: PyBaseException? = handled
        while let c = o {
            if case .object(let n) = c.context, let next = n as? PyBaseException {
                if next === e { c.context = .none; break }
                o = next
            } else {
                o = nil
            }
        }
        e.context = .object(handled)
    }

    /// An exception thrown into a generator is chained with the exception that
    /// generator itself is handling, and only that (`_PyErr_ChainStackItem`).
    func chainThrownIn(_ e: PyBaseException, _ g: PyGenerator) {
        if case .object(let h) = g.excState.exc, let he = h as? PyBaseException { chain(e, to: he) }
        thrownIn = e
    }

    /// `raise X`: X may be an exception class (instantiated) or instance.
    func makeException(_ v: Value) throws -> PyBaseException {
        if case .object(let o) = v {
            if let e = o as? PyBaseException { return e }
            if let t = o as? PyType, t.isSubtype(of: BuiltinTypes.baseException) {
                let inst = try call(v, [])
                if case .object(let io) = inst, let e = io as? PyBaseException { return e }
                throw typeError("calling \(t.name) should have returned an instance of BaseException, not \(inst.type.name)")
            }
        }
        throw typeError("exceptions must derive from BaseException")
    }

    /// `raise X from Y`.
    func setCause(_ e: PyBaseException, _ c: Value) throws {
        if c.isNone {
            e.cause = .none
        } else {
            do {
                e.cause = .object(try makeException(c))
            } catch let err as PyBaseException where err.isInstance(of: BuiltinTypes.typeError) && !(c.object is PyType) {
                throw typeError("exception causes must derive from BaseException")
            }
        }
        e.suppressContext = true
    }

    /// `except T:` matching; T may be a class or a tuple of classes.
    /// Every item of a tuple is checked first, and a tuple may not nest (CPython's
    /// `check_except_type_valid`).
    func exceptionMatches(_ e: Value, _ t: Value) throws -> Bool {
        if case .object(let o) = t, let tup = o as? PyTuple {
            let classes = try tup.items.map(exceptionClass)
            return classes.contains { e.type.isSubtype(of: $0) }
        }
        return e.type.isSubtype(of: try exceptionClass(t))
    }

    private func exceptionClass(_ t: Value) throws -> PyType {
        guard case .object(let o) = t, let cls = o as? PyType, cls.isSubtype(of: BuiltinTypes.baseException) else {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return cls
    }

    /// `e.__traceback__`: a traceback object once the exception has been raised.
    func tracebackValue(_ e: Value) -> Value {
        guard case .object(let o) = e, let ex = o as? PyBaseException, !ex.traceback.isEmpty else { return .none }
        return .object(PyTraceback(ex.traceback))
    }

    // MARK: - Formatting

    /// `Type: message` as the last line of a traceback shows it.
    public func exceptionLine(_ e: PyBaseException) -> String {
        let name = e.cls.module == "builtins" || e.cls.module == "__main__" ? e.cls.name : "\(e.cls.module).\(e.cls.name)"
        let msg = (try? exceptionMessage(e)) ?? "<exception str() failed>"
        return msg.isEmpty ? name : "\(name): \(msg)"
    }

    /// `str(e)`.
    func exceptionMessage(_ e: PyBaseException) throws -> String {
        try str(.object(e))
    }

    /// A full Python-style traceback, with chained causes and contexts. The chain is
    /// walked without recursion (a chain may be 100000 exceptions long), each
    /// exception at most once.
    public func formatException(_ e: PyBaseException) -> String {
        // chain[i + 1] is the cause or context of chain[i]; links[i] is the line printed between them.
        var chain: [PyBaseException] = [e]
        var links: [String] = []
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(e)]
        var current = e
        while true {
            let next: PyBaseException, link: String
            if case .object(let c) = current.cause, let ce = c as? PyBaseException, !seen.contains(ObjectIdentifier(ce)) {
                (next, link) = (ce, "\nThe above exception was the direct cause of the following exception:\n\n")
            } else if !current.suppressContext, case .object(let c) = current.context, let ce = c as? PyBaseException,
                      !seen.contains(ObjectIdentifier(ce)) {
                (next, link) = (ce, "\nDuring handling of the above exception, another exception occurred:\n\n")
            } else {
                break
            }
            seen.insert(ObjectIdentifier(next))
            chain.append(next)
            links.append(link)
            current = next
        }
        var out = ""
        for i in chain.indices.reversed() {
            out += formatOne(chain[i])
            if i > 0 { out += links[i - 1] }
        }
        return out
    }

    private func formatOne(_ e: PyBaseException) -> String {
        var out = ""
        if !e.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            out += formatEntries(e.traceback)
        }
        out += exceptionLine(e) + "\n"
        return out
    }

    /// The entries of a traceback, outermost first, as CPython's `tb_print_internal`
    /// prints them: at most the innermost 1000 (`sys.tracebacklimit`'s default), and
    /// a run of identical entries (same file, line and function) shown three times,
    /// then as `[Previous line repeated N more times]`.
    private func formatEntries(_ traceback: [TracebackEntry]) -> String {
        let limit = 1000, shownRepeats = 3
        var out = ""
        var last: (String, Int, String)?
        var count = 0
        func flushRepeats() {
            guard count > shownRepeats else { return }
            let more = count - shownRepeats
            out += "  [Previous line repeated \(more) more time\(more > 1 ? "s" : "")]\n"
        }
        for t in traceback.reversed().suffix(limit) {
            if let (file, line, function) = last, file == t.filename, line == t.line, function == t.function {
                count += 1
            } else {
                flushRepeats()
                last = (t.filename, t.line, t.function)
                count = 1
            }
            guard count <= shownRepeats else { continue }
            out += "  File \"\(t.filename)\", line \(t.line), in \(t.function)\n"
            if let text = t.source?.line(t.line) {
                let trimmed = text.drop { $0 == " " || $0 == "\t" }
                if !trimmed.isEmpty { out += "    \(trimmed)\n" }
            }
        }
        flushRepeats()
        return out
    }
}

/// A traceback object (`e.__traceback__`, the third argument of `__exit__`).
public final class PyTraceback: PyObject {
    /// The frames passed through, innermost first.
    let entries: [TracebackEntry]
    public override var type: PyType { BuiltinTypes.traceback }
    init(_ entries: [TracebackEntry]) { self.entries = entries }
}
