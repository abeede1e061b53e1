/// A transition as the session shows it: built from the VM's `TransitionEvent`, with
/// the object's name and every value already rendered, so formatting is pure.
public struct Transition: Equatable {
    /// What the resume ended with, rendered.
    public enum Outcome: Equatable {
        /// `yielded REPR`.
        case yielded(String)
        /// `returned REPR (StopIteration.value)`.
        case returned(String)
        /// `raised Type: message`.
        case raised(String)
        /// Nothing to say (closing a generator that never started).
        case nothing
    }

    /// The object as the user named it (`g`, `pipe.inner`) or `fib#3`.
    public var name: String
    /// `GEN` or `CORO`.
    public var statePrefix: String
    /// State before.
    public var before: GeneratorState
    /// State after.
    public var after: GeneratorState
    /// What happened.
    public var outcome: Outcome
    /// Line where the object is now suspended or finished; 0 for none.
    public var line: Int
    /// The source text of `line`, when it is worth showing (the line changed).
    public var sourceText: String?
    /// The object it now delegates to in `yield from` / `await`, by name.
    public var delegate: String?
    /// For `close`: the line where GeneratorExit was delivered.
    public var generatorExitLine: Int?
    /// For `close` of a generator that never started.
    public var closedBeforeStart = false

    public init(name: String, statePrefix: String, before: GeneratorState, after: GeneratorState, outcome: Outcome,
                line: Int, sourceText: String? = nil, delegate: String? = nil, generatorExitLine: Int? = nil) {
        self.name = name
        self.statePrefix = statePrefix
        self.before = before
        self.after = after
        self.outcome = outcome
        self.line = line
        self.sourceText = sourceText
        self.delegate = delegate
        self.generatorExitLine = generatorExitLine
    }
}

/// Lays out transitions and states, one per line, in the session's fixed format:
///
///     g  GEN_CREATED -> GEN_SUSPENDED  yielded 'primed'  at line 5: value = yield i
///     g  GEN_SUSPENDED -> GEN_CLOSED  (GeneratorExit delivered at line 5)
///
/// Two spaces separate the fields; nothing depends on the terminal's width.
public struct TransitionFormatter: Sendable {
    /// Colour, or none.
    public var style: Style

    public init(style: Style = .plain) {
        self.style = style
    }

    /// One transition line.
    public func line(_ t: Transition) -> String {
        var out = "\(style.name(t.name))  \(style.state(t.before.name(prefix: t.statePrefix))) -> \(style.state(t.after.name(prefix: t.statePrefix)))"
        if t.closedBeforeStart {
            return out + "  (never started: nothing to clean up)"
        }
        if let exitLine = t.generatorExitLine {
            out += "  (GeneratorExit delivered at line \(exitLine))"
            // The usual end: GeneratorExit propagated (or a return); anything else follows.
            switch t.outcome {
            case .returned, .nothing: return out
            case .yielded, .raised: break
            }
        }
        switch t.outcome {
        case .yielded(let v): out += "  yielded \(v)"
        case .returned(let v): out += "  returned \(v) (StopIteration.value)"
        case .raised(let e): out += "  raised \(e)"
        case .nothing: break
        }
        out += location(line: t.line, sourceText: t.sourceText)
        if let d = t.delegate { out += "  delegating to \(d)" }
        return out
    }

    /// `  at line N` or `  at line N: text`; nothing for line 0.
    func location(line: Int, sourceText: String?) -> String {
        guard line > 0 else { return "" }
        if let text = sourceText, !text.isEmpty { return "  at line \(line): \(text)" }
        return "  at line \(line)"
    }

    /// The state of one object: `g  GEN_SUSPENDED  at line 5: value = yield i`.
    public func stateLine(name: String, state: String, detail: String) -> String {
        detail.isEmpty ? "\(style.name(name))  \(style.state(state))" : "\(style.name(name))  \(style.state(state))  \(detail)"
    }

    /// A table with aligned columns (no colour inside, so widths stay right).
    public func table(header: [String], rows: [[String]]) -> String {
        let all = header.isEmpty ? rows : [header] + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in all {
            for (i, cell) in row.enumerated() where i < columns {
                widths[i] = max(widths[i], cell.count)
            }
        }
        var out = ""
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() where i < columns {
                if i == columns - 1 || i == row.count - 1 {
                    line += cell
                } else {
                    line += cell + String(repeating: " ", count: widths[i] - cell.count + 2)
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
