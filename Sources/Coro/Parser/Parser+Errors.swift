// MARK: - Errors

/// A syntax error found by the parser, before it is weighed against tokenizer errors.
struct ParseError: Error {
    var info: SyntaxErrorInfo
    /// "invalid syntax" with no better message, which `invalid_*`-style checks elsewhere
    /// may still improve on.
    var isGeneric: Bool
    /// Raised while reading a string literal (CPython does that in a rule's action,
    /// whichever pass it is in), so it escapes the lookahead done to choose messages.
    var escapesProbes = false
}

extension Parser {
    /// CPython's caret position for an error at token `i`.
    func errorLocation(ofToken i: Int) -> (SourceLocation, Int32?) {
        let t = tokens[i]
        switch t.kind {
        case .indent:
            // INDENT and DEDENT have no column in CPython; the caret goes where its
            // tokenizer stands, one left of the first character of the line.
            return (SourceLocation(line: Int(t.end.line), column: Int(t.end.column) - 1), nil)
        case .dedent, .endmarker:
            if i >= endOfInputIndex { return (endOfInputErrorLocation, nil) }
            return (SourceLocation(line: Int(t.start.line), column: Int(t.start.column) - 1), nil)
        case .newline:
            return (t.start, t.end.column - 1)
        default:
            return (t.start, t.start.line == t.end.line ? t.end.column : nil)
        }
    }

    /// An error at token `i`.
    func error(_ message: String, atToken i: Int, kind: String = "SyntaxError") -> ParseError {
        let (at, end) = errorLocation(ofToken: i)
        return ParseError(info: SyntaxErrorInfo(message, at: at, kind: kind, endColumn: end), isGeneric: false)
    }

    /// CPython's `RAISE_SYNTAX_ERROR`: at the last token fetched by either pass.
    func error(_ message: String, kind: String = "SyntaxError") -> ParseError {
        error(message, atToken: max(furthest, furthestDiagnostic), kind: kind)
    }

    /// An error spanning `start..<end` (CPython's `RAISE_SYNTAX_ERROR_KNOWN_RANGE`).
    func error(_ message: String, from start: SourceLocation, to end: SourceLocation?) -> ParseError {
        let endColumn = end.flatMap { $0.line == start.line ? $0.column : nil }
        return ParseError(info: SyntaxErrorInfo(message, at: start, endColumn: endColumn), isGeneric: false)
    }

    /// "invalid syntax" at the furthest token of the first pass, or, when that is an
    /// INDENT or DEDENT, CPython's indentation messages.
    func genericError() -> ParseError {
        let t = tokens[furthest]
        if t.kind == .indent && furthest < endOfInputIndex {
            var e = error("unexpected indent", atToken: furthest, kind: "IndentationError")
            e.isGeneric = true
            return e
        }
        if t.kind == .dedent {
            var e = error("unexpected unindent", atToken: furthest, kind: "IndentationError")
            e.isGeneric = true
            return e
        }
        var e = error("invalid syntax", atToken: furthest)
        e.isGeneric = true
        return e
    }

    /// Weighs a parser error against a tokenizer failure, as CPython does after its
    /// second pass: tokenizer errors CPython raises at once win wherever they are; an
    /// unclosed bracket wins when the parser failed on a later line.
    func resolve(_ parseError: ParseError) -> SyntaxErrorInfo {
        guard let failure else { return parseError.info }
        let reached = max(furthest, furthestDiagnostic)
        if reached >= tokens.count - 1 { return failure.error }
        // CPython reports a stray INDENT or DEDENT without looking further.
        if parseError.isGeneric && parseError.info.kind == "IndentationError" { return parseError.info }
        if failure.isImmediate { return failure.error }
        if let open = failure.openBracket, Int(tokens[reached].start.line) > open.line {
            return SyntaxErrorInfo("'\(Character(open.char))' was never closed",
                                   at: SourceLocation(line: open.line, column: open.column))
        }
        return parseError.info
    }

    // MARK: - Failing

    // These throw themselves, so the recursive functions that call them do not hold
    // error values in their own (debug-build) stack frames.

    /// Fails with `genericError()`.
    func failGeneric() throws -> Never {
        throw genericError()
    }

    /// Fails at the last token fetched (CPython's `RAISE_SYNTAX_ERROR`).
    func fail(_ message: String, kind: String = "SyntaxError") throws -> Never {
        throw error(message, kind: kind)
    }

    /// Fails at token `i`.
    func fail(_ message: String, atToken i: Int, kind: String = "SyntaxError") throws -> Never {
        throw error(message, atToken: i, kind: kind)
    }

    /// Fails over `start..<end` (CPython's `RAISE_SYNTAX_ERROR_KNOWN_RANGE`).
    func fail(_ message: String, from start: SourceLocation, to end: SourceLocation?) throws -> Never {
        throw error(message, from: start, to: end)
    }

    /// Fails at the last token fetched with an error found in a string literal.
    func failLiteral(_ message: String) throws -> Never {
        var e = error(message)
        e.escapesProbes = true
        throw e
    }

    /// Fails over token `i`.
    func fail(_ message: String, overToken i: Int) throws -> Never {
        throw error(message, from: tokens[i].start, to: tokens[i].end)
    }

    // MARK: - Speculation

    /// Runs `body` to see whether something parses, without consuming input or
    /// letting its errors escape. Only for choosing between error messages.
    /// While probing, a failed operand ends an expression where it had got to
    /// instead of failing it (see `backtracking`), as in CPython's PEG parser.
    func probe<T>(_ body: (Parser) throws -> T) throws -> (value: T, end: SourceLocation, endIndex: Int)? {
        try probe(keepingChecks: false, body)
    }

    /// `probe`, optionally with the `invalid_*` checks on, whose errors then escape.
    func probe<T>(keepingChecks: Bool, _ body: (Parser) throws -> T) throws -> (value: T, end: SourceLocation, endIndex: Int)? {
        let saved = (pos, diagnosing, checksOff, depth)
        diagnosing = true
        if !keepingChecks { checksOff = true }
        defer { (pos, diagnosing, checksOff, depth) = saved }
        do {
            let value = try body(self)
            return (value, previousEnd, pos)
        } catch let e as ParseError where e.escapesProbes || (keepingChecks && !e.isGeneric) {
            throw e
        } catch {
            return nil
        }
    }
}
