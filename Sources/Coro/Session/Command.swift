/// One session command as `help`, usage errors, suggestions and completion see it.
public struct CommandSpec: Sendable {
    /// What the arguments are, for completion.
    public enum Argument: Sendable {
        case none
        /// A generator or coroutine as the user named it (`g`, `pipe.inner`).
        case object
        /// A command name (`help`).
        case command
        /// One of fixed words (`trace on|off`).
        case words([String])
        /// A file path (`load`).
        case path
    }

    /// The command word.
    public let name: String
    /// The usage line, after `usage: `.
    public let usage: String
    /// One line for the `help` list.
    public let summary: String
    /// What `help NAME` adds below the usage line.
    public let details: String
    /// The first argument, for completion.
    public let argument: Argument
    /// False for the event-loop commands, which arrive with the event loop: the word is
    /// reserved (so `tick 3` is never read as Python) but says it is not available yet.
    public let isAvailable: Bool
}

/// The command table. New commands slot in here: recognition, `help`, suggestions
/// and completion all read it; `Session.runCommand` dispatches on the name.
public enum CommandTable {
    public static let all: [CommandSpec] = [
        CommandSpec(
            name: "next", usage: "next G", summary: "next(G): run G to its next yield and show the transition",
            details: """
            Runs G until it yields, returns or raises, and shows its state before and after,
            what it yielded, returned (StopIteration.value) or raised, and the line where it
            is now suspended. A coroutine has no __next__: step it with `send G None`.
            """, argument: .object, isAvailable: true),
        CommandSpec(
            name: "send", usage: "send G EXPR", summary: "G.send(EXPR): resume G with a value, shown like next",
            details: """
            EXPR is evaluated as Python in the session and becomes the value of the yield
            expression where G is suspended. A generator that has not started (GEN_CREATED)
            only accepts None: prime it with `next G` first.
            """, argument: .object, isAvailable: true),
        CommandSpec(
            name: "throw", usage: "throw G EXC", summary: "G.throw(EXC): raise EXC where G is suspended",
            details: """
            EXC is an exception class or instance expression: `throw g ValueError` or
            `throw g ValueError("bad")`. If G catches it and yields again, it stays
            suspended; otherwise the exception comes back out and G is closed.
            """, argument: .object, isAvailable: true),
        CommandSpec(
            name: "close", usage: "close G", summary: "G.close(): deliver GeneratorExit, show the final state",
            details: """
            Raises GeneratorExit where G is suspended (its finally blocks run) and shows
            the final state. Closing a generator that never started, or one already closed,
            does nothing but say so.
            """, argument: .object, isAvailable: true),
        CommandSpec(
            name: "state", usage: "state [G]", summary: "G's state, where it is suspended, what it delegates to",
            details: """
            With G: its state, the line (and source text) where it is suspended, and the
            generator it delegates to in `yield from` / `await`. Without: a table of every
            named generator and coroutine.
            """, argument: .object, isAvailable: true),
        CommandSpec(
            name: "where", usage: "where G", summary: "the yield from / await chain from G down, with lines and locals",
            details: """
            Shows G's suspended frame, then the generator it delegates to, and so on down to
            the innermost frame, each with its line, source text and local variables.
            """, argument: .object, isAvailable: true),
        CommandSpec(
            name: "spawn", usage: "spawn [NAME =] CALL", summary: "create a task for a coroutine on the loop",
            details: "Creates a task (PENDING, scheduled, not yet run). Unnamed tasks are t1, t2, ...",
            argument: .object, isAvailable: true),
        CommandSpec(
            name: "gather", usage: "gather [NAME =] A B ...", summary: "a future gathering tasks or coroutines",
            details: "Like asyncio.gather over the tasks or coroutines named.", argument: .object, isAvailable: true),
        CommandSpec(
            name: "tick", usage: "tick [N]", summary: "run N handles of the event loop (default 1)",
            details: "Runs one asyncio handle at a time and shows each.", argument: .none, isAvailable: true),
        CommandSpec(
            name: "run", usage: "run [until T | NAME]", summary: "run the loop until idle, until time T or until NAME is done",
            details: "Shows task steps, future completions and clock moves.", argument: .none, isAvailable: true),
        CommandSpec(
            name: "tasks", usage: "tasks", summary: "a table of all tasks",
            details: "Name, coroutine, state, what it waits on, result or exception.", argument: .none, isAvailable: true),
        CommandSpec(
            name: "time", usage: "time", summary: "the virtual clock",
            details: "The event loop's virtual time, which starts at 0.000.", argument: .none, isAvailable: true),
        CommandSpec(
            name: "trace", usage: "trace on|off", summary: "also show transitions caused by Python code",
            details: """
            With trace on, a generator resumed by Python code (next(g) or g.send(v) inside a
            function, for example) shows its transition too, in the order it happens.
            `trace` alone says whether it is on.
            """, argument: .words(["on", "off"]), isAvailable: true),
        CommandSpec(
            name: "load", usage: "load FILE", summary: "run a program file into the session's namespace",
            details: """
            Runs FILE as a program (expression values are not echoed) with the session's
            names, so its functions and objects stay defined. A relative FILE is found
            next to the session file (or in the current directory in the shell).
            """, argument: .path, isAvailable: true),
        CommandSpec(
            name: "reset", usage: "reset", summary: "a fresh namespace; ids count from 1 again",
            details: "Forgets every name and object; asyncio and inspect are imported again.",
            argument: .none, isAvailable: true),
        CommandSpec(
            name: "help", usage: "help [COMMAND]", summary: "this list, or one command in detail",
            details: "Anything that is not a command is Python code.", argument: .command, isAvailable: true),
        CommandSpec(
            name: "quit", usage: "quit", summary: "leave the session (Ctrl-D too)",
            details: "Ends the session; in a file, the inputs after it are not run.", argument: .none, isAvailable: true),
    ]

    /// The command named `name`.
    public static func spec(_ name: String) -> CommandSpec? {
        all.first { $0.name == name }
    }

    /// Every command word.
    public static var names: [String] { all.map(\.name) }

    /// The command word closest to `word`, if one is close enough to be a likely typo.
    public static func closest(to word: String) -> String? {
        var best: (name: String, distance: Int) = ("", Int.max)
        for name in names {
            let d = editDistance(word, name)
            if d < best.distance { best = (name, d) }
        }
        let limit = word.count <= 3 ? 1 : 2
        if best.distance <= limit { return best.name }
        if word.count >= 2, let prefixed = names.first(where: { $0.hasPrefix(word) }) { return prefixed }
        return nil
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and
    /// swaps of neighbours each cost 1 (`nxet` is one step from `next`).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}

/// A line recognised as a command.
public struct CommandInput: Equatable, Sendable {
    /// The command word.
    public let name: String
    /// The text after the word, trimmed; a trailing `# comment` alone counts as nothing.
    public let arguments: String

    public init(name: String, arguments: String) {
        self.name = name
        self.arguments = arguments
    }

    /// The arguments split at whitespace outside brackets and string quotes.
    public var words: [String] { CommandInput.splitWords(arguments) }

    /// The first word (the object), and the text after it.
    public var objectAndRest: (object: String, rest: String)? {
        let scalars = Array(arguments.unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        let end = CommandInput.wordEnd(scalars, from: 0)
        let object = String(String.UnicodeScalarView(scalars[0..<end]))
        var restStart = end
        while restStart < scalars.count && (scalars[restStart] == " " || scalars[restStart] == "\t") { restStart += 1 }
        let rest = String(String.UnicodeScalarView(scalars[restStart...]))
        return (object, rest.hasPrefix("#") ? "" : rest)
    }

    static func splitWords(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var words: [String] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == " " || scalars[i] == "\t" { i += 1; continue }
            if scalars[i] == "#" { break }
            let end = wordEnd(scalars, from: i)
            words.append(String(String.UnicodeScalarView(scalars[i..<end])))
            i = end
        }
        return words
    }

    /// End of the word starting at `start`: the first blank outside brackets and quotes.
    static func wordEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var depth = 0
        var quote: Unicode.Scalar?
        var i = start
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == "\\" { i += 2; continue }
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "(" || c == "[" || c == "{" {
                depth += 1
            } else if c == ")" || c == "]" || c == "}" {
                depth = max(0, depth - 1)
            } else if (c == " " || c == "\t") && depth == 0 {
                return i
            }
            i += 1
        }
        return min(i, s.count)
    }
}

/// PRODUCT.md §2's rule, on tokens: a line is a command when its first token is a
/// command word and its second token is the end of the line, a NUMBER, a STRING, or a
/// NAME other than `in is not and or if else`. So `next g` and `send g -1` are commands;
/// `next(g)`, `state = 1` and `time in ts` are Python.
public enum CommandRecognizer {
    /// Names that make the line Python even after a command word (`state if x else y`).
    static let operatorWords: Set<String> = ["in", "is", "not", "and", "or", "if", "else"]

    /// The command on `line`, or nil when the line is Python code.
    public static func recognize(_ line: String) -> CommandInput? {
        guard let (word, rest) = commandShape(line), CommandTable.spec(word) != nil else { return nil }
        return CommandInput(name: word, arguments: rest)
    }

    /// A line shaped like a command — a NAME, then what may follow a command word — with
    /// its word and the rest, whether or not the word is a command. Used to suggest the
    /// closest command for a line that is not valid Python either (`nxt g`).
    public static func commandShape(_ line: String) -> (word: String, rest: String)? {
        if line.contains("\n") { return nil }
        var lexer = Lexer(line)
        guard let first = try? lexer.next(), first.kind == .name, first.start.column == 0,
              !pythonKeywords.contains(first.text),
              let second = try? lexer.next() else { return nil }
        switch second.kind {
        case .newline, .endmarker, .number, .string:
            break
        case .name:
            if operatorWords.contains(second.text) { return nil }
        case .op, .indent, .dedent:
            return nil
        }
        let scalars = Array(line.unicodeScalars)
        let after = Int(first.end.column)
        let rest = String(String.UnicodeScalarView(scalars[min(after, scalars.count)...]))
        var trimmed = Substring(rest)
        while let c = trimmed.first, c == " " || c == "\t" { trimmed = trimmed.dropFirst() }
        while let c = trimmed.last, c == " " || c == "\t" || c == "\r" { trimmed = trimmed.dropLast() }
        let arguments = trimmed.hasPrefix("#") ? "" : String(trimmed)
        return (first.text, arguments)
    }
}
