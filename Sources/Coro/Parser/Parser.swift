// MARK: - Entry points

/// What the shell should do with the lines typed so far.
public enum InputStatus: Equatable, Sendable {
    /// A whole statement: run it.
    case complete
    /// More lines are needed: an open bracket, a block after `:`, a backslash at the
    /// end, an unterminated triple-quoted string, or a compound statement not yet
    /// ended by an empty line.
    case incomplete
    /// A syntax error that more lines cannot fix.
    case invalid(SyntaxErrorInfo)
}

/// Python 3.11's parser: source text to `Module`, with CPython's syntax errors.
public enum Parse {
    /// The deepest nesting of expressions and statements a parsed tree can have.
    /// The parser checks it, so code that walks the tree recursively can rely on it.
    public static let maxNestingDepth = Parser.maxDepth

    /// Parses a whole file or one interactive input. Throws SyntaxErrorInfo.
    public static func module(_ source: String) throws -> Module {
        let parser = Parser(lexer: Lexer(source))
        return try parser.parseModule()
    }

    /// For the shell, like `codeop.compile_command`: `source` is the lines typed so
    /// far joined by `\n`, without a final `\n`; an empty last line (a final `\n`)
    /// ends a compound statement.
    public static func inputStatus(_ source: String) -> InputStatus {
        let onlyBlank = source.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
            return trimmed.isEmpty || trimmed.first == "#"
        }
        if onlyBlank { return .complete }
        let parser = Parser(lexer: Lexer(source))
        do {
            let module = try parser.parseModule()
            let endsCompound = module.body.last.map(Parser.isCompound) ?? false
            return endsCompound && !source.hasSuffix("\n") ? .incomplete : .complete
        } catch let error as SyntaxErrorInfo {
            return parser.failedAtEndOfInput ? .incomplete : .invalid(error)
        } catch {
            return .invalid(SyntaxErrorInfo("invalid syntax", at: .unknown))
        }
    }
}

// MARK: - Parser state

/// A recursive-descent parser following Python 3.11's PEG grammar
/// (`Grammar/python.gram`), one token of lookahead plus a little backtracking.
///
/// CPython parses twice: a fast pass, then, on failure, a pass with its `invalid_*`
/// rules to find a better message. Here the checks of the `invalid_*` rules run at
/// the point where parsing fails, so the messages and positions are CPython's.
final class Parser {
    /// All tokens; when tokenizing failed, the last one is an ENDMARKER standing in
    /// for the failure (`failure`).
    let tokens: [Token]
    /// What each token is, for quick decisions.
    let symbols: [Symbol]
    /// Bracket depth after each token (CPython's `token->level`).
    let levels: [Int]
    /// Why tokenizing stopped early, if it did.
    let failure: LexFailure?
    /// Index of the first token made after the end of the text (final DEDENTs,
    /// ENDMARKER): failing there means the input is incomplete.
    let endOfInputIndex: Int
    /// Where CPython puts the caret for an error at a token made after the end of the
    /// text: the end of the last line.
    let endOfInputErrorLocation: SourceLocation

    /// Index of the current token.
    var pos = 0
    /// Furthest token looked at while parsing: generic errors go there
    /// (CPython's `p->tokens[p->fill-1]` after its first pass).
    var furthest = 0
    /// Furthest token looked at while looking for a better message (the second pass).
    var furthestDiagnostic = 0
    /// True while peeking ahead only to choose an error message (CPython's second
    /// pass): lookahead does not move `furthest`, and a failed operand ends an
    /// expression instead of failing it.
    var diagnosing = false
    /// True where CPython's `invalid_*` rules are off (`expression_without_invalid`,
    /// and most of the lookahead done here to choose messages).
    var checksOff = false
    /// Current recursion depth (see `maxDepth`).
    var depth = 0
    /// Nesting depth inherited from the enclosing parser (f-string fields).
    let baseDepth: Int
    /// True when parsing an f-string replacement field.
    let inFString: Bool

    /// Recursion bound of the parser, and of the trees it returns. CPython's own
    /// limits are 200 brackets and, for the tree, about 3000 levels; this one keeps
    /// a debug build well inside a 512 KiB thread stack.
    static let maxDepth = 1000

    init(lexer: Lexer, baseDepth: Int = 0, inFString: Bool = false) {
        var lexer = lexer
        var tokens: [Token] = []
        var levels: [Int] = []
        var failure: LexFailure?
        var endIndex: Int?
        while true {
            do {
                let token = try lexer.nextToken()
                tokens.append(token)
                levels.append(lexer.brackets.count)
                let madeAtEnd = (token.kind == .dedent || token.kind == .endmarker) && lexer.index >= lexer.text.count
                if endIndex == nil && madeAtEnd { endIndex = tokens.count - 1 }
                if token.kind == .endmarker { break }
            } catch let lexFailure as LexFailure {
                failure = lexFailure
                let at = lexFailure.error.location
                tokens.append(Token(.endmarker, "", start: at, end: at))
                levels.append(lexer.brackets.count)
                break
            } catch {
                break
            }
        }
        self.tokens = tokens
        self.symbols = tokens.map(Symbol.init)
        self.levels = levels
        self.failure = failure
        self.endOfInputIndex = endIndex ?? tokens.count
        self.endOfInputErrorLocation = lexer.lastLineEnd
        self.baseDepth = baseDepth
        self.inFString = inFString
    }

    /// True for statements that need an empty line to end at the interactive prompt.
    static func isCompound(_ stmt: Stmt) -> Bool {
        switch stmt.kind {
        case .if, .while, .for, .try, .with, .functionDef, .classDef: return true
        default: return false
        }
    }

    /// After a failed parse: whether more input could have completed it, that is,
    /// whether parsing proper (not the search for a message) ran into the end.
    var failedAtEndOfInput: Bool {
        if let failure { return failure.needsMoreInput && furthest >= tokens.count - 1 }
        return furthest >= endOfInputIndex
    }
}

// MARK: - Tokens

extension Parser {
    /// The current token's symbol, noted as looked at.
    @inline(__always)
    func current() -> Symbol {
        look(pos)
        return symbols[pos]
    }

    /// True when the current token is `s`.
    @inline(__always)
    func at(_ s: Symbol) -> Bool {
        look(pos)
        return symbols[pos] == s
    }

    /// The symbol `n` tokens ahead, noted as looked at.
    func symbol(ahead n: Int) -> Symbol {
        let i = min(pos + n, tokens.count - 1)
        look(i)
        return symbols[i]
    }

    @inline(__always)
    func look(_ i: Int) {
        if diagnosing {
            if i > furthestDiagnostic { furthestDiagnostic = i }
        } else if i > furthest {
            furthest = i
        }
    }

    /// Consumes the current token and returns its index.
    @discardableResult
    func advance() -> Int {
        let i = pos
        if pos < tokens.count - 1 { pos += 1 }
        return i
    }

    /// Consumes the current token if it is `s`.
    func eat(_ s: Symbol) -> Bool {
        guard at(s) else { return false }
        advance()
        return true
    }

    /// Consumes `s` or fails with a generic "invalid syntax".
    func expect(_ s: Symbol) throws {
        if !eat(s) { try failGeneric() }
    }

    /// CPython's forced token `&&'x'`: "expected 'x'" at the token found instead.
    func expectForced(_ s: Symbol, _ spelling: String) throws {
        if !eat(s) { try fail("expected '\(spelling)'", atToken: pos) }
    }

    /// Consumes an identifier and returns it, or fails with "invalid syntax".
    func expectIdentifier() throws -> String {
        guard at(.name) else { try failGeneric() }
        return tokens[advance()].text
    }

    /// Where token `i` starts.
    func start(_ i: Int) -> SourceLocation { tokens[i].start }

    /// Where the current token starts.
    var here: SourceLocation { tokens[pos].start }

    /// Where the last consumed token ends: the end of what was just parsed.
    var previousEnd: SourceLocation { pos > 0 ? tokens[pos - 1].end : tokens[0].start }

    /// True at NEWLINE or `;`, where a simple statement ends.
    func atStatementEnd() -> Bool {
        let s = current()
        return s == .newline || s == .semi
    }
}

// MARK: - Errors

/// A syntax error found by the parser, before it is weighed against tokenizer errors.
struct ParseError: Error {
    var info: SyntaxErrorInfo
    /// "invalid syntax" with no better message, which `invalid_*`-style checks elsewhere
    /// may still improve on.
    var isGeneric: Bool
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

    /// Fails over token `i`.
    func fail(_ message: String, overToken i: Int) throws -> Never {
        throw error(message, from: tokens[i].start, to: tokens[i].end)
    }

    // MARK: - Speculation

    /// Runs `body` to see whether something parses, without consuming input or
    /// letting its errors escape. Only for choosing between error messages.
    /// While probing, a failed operand ends an expression where it had got to
    /// instead of failing it (see `backtracking`), as in CPython's PEG parser.
    func probe<T>(_ body: (Parser) throws -> T) -> (value: T, end: SourceLocation, endIndex: Int)? {
        try? probe(keepingChecks: false, body)
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
        } catch let e as ParseError where keepingChecks && !e.isGeneric {
            throw e
        } catch {
            return nil
        }
    }

    // MARK: - Depth

    /// Counts one level of recursion, failing before the Swift stack is at risk.
    func enter() throws {
        depth += 1
        if depth + baseDepth > Parser.maxDepth { try fail("too many nested expressions", atToken: pos) }
    }

    func leave() { depth -= 1 }
}

// MARK: - Module

extension Parser {
    /// `file: [statements] ENDMARKER`.
    func parseModule() throws -> Module {
        do {
            var body: [Stmt] = []
            while !at(.endmarker) {
                body += try parseStatement()
            }
            if let failure { throw failure.error }
            let module = Module(body: body)
            if let (deep, isStatement) = ASTDepth.firstTooDeep(module.body, limit: Parser.maxDepth) {
                throw SyntaxErrorInfo(isStatement ? "too many nested blocks" : "too many nested expressions", at: deep)
            }
            return module
        } catch let e as ParseError {
            throw resolve(e)
        }
    }
}
