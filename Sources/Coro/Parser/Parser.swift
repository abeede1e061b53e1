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
    /// Set to skip the missing-comma check of the next `parseExpression` only.
    var skipJuxtapositionOnce = false
    /// Tokens where a `disjunction` was parsed with the checks off. CPython memoizes
    /// that rule, so parsing there again with its checks on finds nothing new.
    var uncheckedDisjunctions: Set<Int> = []
    /// Current recursion depth (see `maxDepth`).
    var depth = 0
    /// Nesting depth inherited from the enclosing parser (f-string fields).
    let baseDepth: Int

    /// Recursion bound of the parser, and the nesting bound of the trees it returns
    /// (checked in `ASTDepth`). CPython's own limits are 200 brackets and about 3000
    /// levels of tree. At this bound a debug build needs about 2.5 MiB of stack in
    /// the worst case (threads get 8 MiB here); a release build far less.
    static let maxDepth = 1000

    init(lexer: Lexer, baseDepth: Int = 0) {
        let stream = Parser.tokenize(lexer)
        tokens = stream.tokens
        symbols = stream.tokens.map(Symbol.init)
        levels = stream.levels
        failure = stream.failure
        endOfInputIndex = stream.endOfInputIndex
        endOfInputErrorLocation = stream.endOfInputErrorLocation
        self.baseDepth = baseDepth
    }

    /// Every token up front, or up to the first tokenizer error, which a stand-in
    /// ENDMARKER then marks (see `resolve`).
    static func tokenize(_ lexer: Lexer) -> (tokens: [Token], levels: [Int], failure: LexFailure?,
                                             endOfInputIndex: Int, endOfInputErrorLocation: SourceLocation) {
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
            } catch {
                let lexFailure = error as? LexFailure
                    ?? LexFailure(error: SyntaxErrorInfo("invalid syntax", at: .unknown), isImmediate: true, lexer: lexer)
                failure = lexFailure
                let at = lexFailure.error.location
                tokens.append(Token(.endmarker, "", start: at, end: at))
                levels.append(lexer.brackets.count)
                break
            }
        }
        return (tokens, levels, failure, endIndex ?? tokens.count, lexer.lastLineEnd)
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

extension Parser {
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
