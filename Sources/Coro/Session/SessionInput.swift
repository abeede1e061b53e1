/// One input of a session: a command line, or a piece of Python code (one statement,
/// possibly compound), with where it came from for tracebacks and transitions.
public struct SessionInput {
    /// The lines of the input joined by `\n`, without a final newline.
    public var text: String
    /// The line of `source` where the input starts: a file's own line number, or 1 for
    /// an input typed in the shell (PRODUCT.md §2).
    public var firstLine: Int
    /// The text tracebacks and transitions quote lines from: the whole file, or the
    /// input itself (`<input>`).
    public var source: SourceText

    public init(text: String, firstLine: Int, source: SourceText) {
        self.text = text
        self.firstLine = firstLine
        self.source = source
    }

    /// An input typed at the prompt: its own `<input>`, lines counted from 1.
    public static func typed(_ text: String) -> SessionInput {
        SessionInput(text: text, firstLine: 1, source: SourceText(filename: "<input>", text: text))
    }

    /// The input's lines.
    public var lines: [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The first line, for messages such as "closed since step 3 (close g)".
    public var label: String {
        let first = lines.first ?? ""
        return lines.count > 1 ? first + " ..." : first
    }

    /// The command on this input, if it is one line recognised as a command.
    public var command: CommandInput? {
        text.contains("\n") ? nil : CommandRecognizer.recognize(text)
    }

    /// The input as `coro run --echo` prints it: `coro> ` before the first line, `... `
    /// before the others, and a `...` line closing a compound statement, as typed at the
    /// shell, which needs that blank line to run it.
    public var echo: String {
        let ls = lines
        var out = "coro> \(ls.first ?? "")\n"
        for l in ls.dropFirst() { out += l.isEmpty ? "...\n" : "... \(l)\n" }
        if command == nil && Parse.inputStatus(text) == .incomplete { out += "...\n" }
        return out
    }
}

/// A session read from a file (`coro run FILE.coro`, or a stdin that is not a
/// terminal), split into inputs by PRODUCT.md §2's rule: a command is one line; code
/// ends at the first line in column 0 that is not `elif`, `else`, `except` or
/// `finally` (blank lines inside it are fine), unless the code so far is still open
/// (a bracket, a string, a `\` continuation, a decorator waiting for its `def`).
public struct SessionScript {
    /// The inputs, in order.
    public let inputs: [SessionInput]

    /// Splits `text`; tracebacks name `filename`.
    public init(text: String, filename: String) {
        let source = SourceText(filename: filename, text: text)
        let lines = source.lines
        var inputs: [SessionInput] = []
        var i = 0
        while i < lines.count {
            if SessionScript.isBlank(lines[i]) { i += 1; continue }
            let start = i
            i += 1
            if CommandRecognizer.recognize(lines[start]) == nil {
                i = SessionScript.endOfCode(lines, start: start)
            }
            var end = i
            while end > start + 1 && SessionScript.isBlank(lines[end - 1]) { end -= 1 }
            let body = lines[start..<end].map { SessionScript.trimTrailingBlanks($0) }.joined(separator: "\n")
            inputs.append(SessionInput(text: body, firstLine: start + 1, source: source))
        }
        self.inputs = inputs
    }

    /// Index just past the code input starting at `start`.
    static func endOfCode(_ lines: [String], start: Int) -> Int {
        var j = start + 1
        var lastCode = start
        while j < lines.count {
            let line = lines[j]
            if isBlank(line) { j += 1; continue }
            if startsIndented(line) || startsClause(line) {
                lastCode = j
                j += 1
                continue
            }
            // A line in column 0: it starts the next input, unless this one is still open.
            let soFar = lines[start...lastCode].joined(separator: "\n")
            let lastLine = lines[lastCode]
            if lastLine.hasPrefix("@") || Parse.inputStatus(soFar + "\n") == .incomplete {
                lastCode = j
                j += 1
                continue
            }
            break
        }
        return j
    }

    static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" }
    }

    static func startsIndented(_ line: String) -> Bool {
        line.first == " " || line.first == "\t" || line.first == "\u{0C}"
    }

    /// `elif`, `else`, `except` or `finally` as the line's first word.
    static func startsClause(_ line: String) -> Bool {
        let word = line.prefix { $0.isLetter || $0 == "_" || $0.isNumber }
        return ["elif", "else", "except", "finally"].contains(String(word))
    }

    static func trimTrailingBlanks(_ line: String) -> String {
        var s = Substring(line)
        while let c = s.last, c == "\r" { s = s.dropLast() }
        return String(s)
    }
}
