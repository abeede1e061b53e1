/// Python 3.11's tokenizer (CPython's `Parser/tokenizer.c`), producing the same tokens
/// and raising the same errors at the same positions.
///
/// The session recognises commands on these tokens, so the lexer is public and lazy:
/// `next()` hands out one token at a time and throws `SyntaxErrorInfo` where CPython's
/// tokenizer would fail, so a caller can look at the first tokens of a line that is
/// broken further on.
public struct Lexer {
    /// The source as Unicode scalars, `\r\n` and `\r` already turned into `\n`, and a
    /// final `\n` added when missing (CPython does both before tokenizing).
    let text: [Unicode.Scalar]
    /// Index of the `\n` added at the end, if one was added (its NEWLINE has text "").
    let addedNewline: Int?
    /// Line number of the first line (f-string expressions start mid-file).
    let firstLine: Int
    /// Added to token columns on the first line (f-string expressions start mid-line).
    /// Errors do not get it: CPython reports them in the expression's own coordinates.
    let firstLineColumnOffset: Int

    /// Index of the next scalar to read (CPython's `tok->cur`).
    var index = 0
    /// Physical line of `index`, counted from 1 within `text`.
    var line = 1
    /// Index of the first scalar of the current line (`tok->line_start`).
    var lineStart = 0
    /// Index of the first scalar of the line where the current token began
    /// (`tok->buf`): a string or a backslash continuation keeps it on an earlier
    /// line, which shows in one error column.
    var bufferStart = 0
    /// True when the next token starts a line, so indentation is measured first.
    var atBeginningOfLine = true
    /// Indentation columns of the open blocks, tabs to multiples of 8 (`indstack`).
    var indentStack: [Int] = [0]
    /// The same with tabs counted as 1, to detect inconsistent tabs (`altindstack`).
    var altIndentStack: [Int] = [0]
    /// INDENT (positive) or DEDENT (negative) tokens still to hand out (`pendin`).
    var pendingIndents = 0
    /// Position of the first token of the current line, where pending INDENT/DEDENT sit.
    var pendingLocation = SourceLocation(line: 1, column: 0)
    /// Open brackets, innermost last (`parenstack` and friends).
    var brackets: [OpenBracket] = []
    /// Set once ENDMARKER has been produced.
    var finished = false
    /// The first line holding a NUL character, which CPython refuses when it reads it.
    let nulLine: Int?

    /// CPython's `MAXLEVEL`: more nested brackets are "too many nested parentheses".
    static let maxBracketDepth = 200
    /// CPython's `MAXINDENT`: a 100th indentation level is "too many levels of indentation".
    static let maxIndentDepth = 100

    /// One open bracket, remembered for "'(' was never closed" and mismatches.
    struct OpenBracket {
        var char: Unicode.Scalar
        var line: Int
        var column: Int
    }

    /// Tokenizes `source` (a whole file or one interactive input).
    public init(_ source: String) {
        self.init(scalars: Array(source.unicodeScalars), firstLine: 1, firstLineColumnOffset: 0)
    }

    /// Tokenizes `scalars` as if they started at `firstLine`, shifted right by
    /// `firstLineColumnOffset` on that line.
    init(scalars: [Unicode.Scalar], firstLine: Int, firstLineColumnOffset: Int) {
        var normalized = Lexer.normalizeNewlines(scalars)
        var added: Int?
        if let last = normalized.last, last != "\n" {
            added = normalized.count
            normalized.append("\n")
        }
        text = normalized
        addedNewline = added
        nulLine = normalized.firstIndex(of: "\0").map { nul in normalized[..<nul].reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
        self.firstLine = firstLine
        self.firstLineColumnOffset = firstLineColumnOffset
    }

    /// CPython's `translate_newlines`, plus dropping a leading byte-order mark.
    static func normalizeNewlines(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count + 1)
        var i = scalars.first == "\u{FEFF}" ? 1 : 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\r" {
                out.append("\n")
                if i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }

    // MARK: - Public API

    /// The next token; after ENDMARKER, ENDMARKER again.
    /// Throws `SyntaxErrorInfo` where CPython's tokenizer reports an error.
    public mutating func next() throws -> Token {
        do {
            return try nextToken()
        } catch let failure as LexFailure {
            throw failure.error
        }
    }

    /// Every token of `source` up to and including ENDMARKER.
    public static func tokenize(_ source: String) throws -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .endmarker { return tokens }
        }
    }

    // MARK: - Positions

    /// Where scalar `i` of the current line is, as a token position.
    func location(_ i: Int) -> SourceLocation {
        let column = i - lineStart + (line == 1 ? firstLineColumnOffset : 0)
        return SourceLocation(line: firstLine + line - 1, column: column)
    }

    /// An error at column `column` of the current line, in CPython's coordinates.
    func error(_ message: String, column: Int, kind: String = "SyntaxError", endColumn: Int? = nil) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message, at: SourceLocation(line: firstLine + line - 1, column: column),
                        kind: kind, endColumn: endColumn.map { Int32($0) })
    }

    /// CPython's `syntaxerror(tok, ...)`: the caret goes on the last scalar read.
    func immediateError(_ message: String) -> LexFailure {
        let column = index - lineStart - 1
        return LexFailure(error: error(message, column: column, endColumn: column), isImmediate: true, lexer: self)
    }

    /// The text of scalars `from..<to`.
    func slice(_ from: Int, _ to: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: text[from..<to])
        return String(s)
    }

    /// The scalar at `i`, or nil past the end (CPython's EOF).
    @inline(__always)
    func scalar(_ i: Int) -> Unicode.Scalar? {
        i < text.count ? text[i] : nil
    }

    /// The end of the last line of the text, where CPython puts the caret for an
    /// error at the end of input.
    var lastLineEnd: SourceLocation {
        guard let lastNewline = text.indices.last else { return SourceLocation(line: firstLine, column: 0) }
        var lineCount = 1
        var start = 0
        for i in 0..<lastNewline where text[i] == "\n" {
            lineCount += 1
            start = i + 1
        }
        return SourceLocation(line: firstLine + lineCount - 1, column: lastNewline - start)
    }

    /// Moves past a `\n` at `index`, onto the next line.
    mutating func consumeNewline() {
        index += 1
        line += 1
        lineStart = index
    }

    // MARK: - The token loop

    /// CPython's `tok_get`.
    mutating func nextToken() throws -> Token {
        if finished { return endmarker() }
        if let nulLine, line >= nulLine {
            let at = SourceLocation(line: firstLine + nulLine - 1, column: 0)
            let error = SyntaxErrorInfo("source code cannot contain null bytes", at: at)
            throw LexFailure(error: error, isImmediate: true, lexer: self)
        }
        while true {
            if let pending = takePendingIndent() { return pending }
            var blankLine = false
            if atBeginningOfLine {
                atBeginningOfLine = false
                blankLine = try measureIndentation()
                if let pending = takePendingIndent() { return pending }
            }
            // A continuation line comes back here without measuring indentation.
            while true {
                skipSpaces()
                var start = index
                guard var c = scalar(index) else { return try endOfInput() }
                if c == "#" {
                    // A NEWLINE after a comment starts at the `#`, as in CPython.
                    while let d = scalar(index), d != "\n" { index += 1 }
                    guard let d = scalar(index) else { continue }
                    c = d
                } else {
                    start = index
                }
                if c == "\n" {
                    if blankLine || !brackets.isEmpty {
                        consumeNewline()
                        bufferStart = lineStart
                        atBeginningOfLine = true
                        break
                    }
                    return newlineToken(from: start)
                }
                if c == "\\" {
                    try continueLine()
                    continue
                }
                return try scanToken(startingWith: c, at: start)
            }
        }
    }

    /// Skips blanks between tokens.
    mutating func skipSpaces() {
        while let c = scalar(index), c == " " || c == "\t" || c == "\u{0C}" { index += 1 }
    }

    /// A NEWLINE token for the `\n` at `index`, starting at `start` (a comment before it).
    mutating func newlineToken(from start: Int) -> Token {
        let at = location(start)
        let newlineColumn = Int(location(index).column)
        let added = index == addedNewline
        consumeNewline()
        bufferStart = lineStart
        atBeginningOfLine = true
        let end = SourceLocation(line: Int(at.line), column: newlineColumn + 1)
        return Token(.newline, added ? "" : "\n", start: at, end: end)
    }

    /// The end of the text: an error inside brackets, else DEDENTs then ENDMARKER.
    mutating func endOfInput() throws -> Token {
        if let open = brackets.last {
            throw LexFailure.unclosed(open, lexer: self)
        }
        finished = true
        return endmarker()
    }

    /// ENDMARKER, on the line after the last one, as Python's `tokenize` places it.
    func endmarker() -> Token {
        let at = SourceLocation(line: firstLine + line - 1, column: 0)
        return Token(.endmarker, "", start: at, end: at)
    }

    /// A `\` outside a string: it must end the line, and the logical line goes on.
    /// `betweenTokens` is false in the indentation, where CPython starts a new buffer.
    mutating func continueLine(betweenTokens: Bool = true) throws {
        index += 1
        guard scalar(index) == "\n" else {
            // CPython puts the caret on the character after the backslash, counted
            // from the start of its buffer.
            index += 1
            throw LexFailure(error: error("unexpected character after line continuation character",
                                          column: index - bufferStart - 1),
                             isImmediate: false, lexer: self)
        }
        let lineLength = index - lineStart
        consumeNewline()
        if !betweenTokens { bufferStart = lineStart }
        if index >= text.count {
            throw LexFailure.endOfInputAfterBackslash(lineLength: lineLength, lexer: self)
        }
    }

    // MARK: - Names, operators and brackets

    /// Everything that starts with a visible character.
    mutating func scanToken(startingWith c: Unicode.Scalar, at start: Int) throws -> Token {
        if Lexer.isPotentialIdentifierStart(c) {
            if let prefixed = try scanStringPrefix(at: start) { return prefixed }
            return try scanName(at: start)
        }
        if c == "." {
            if let d = scalar(index + 1), Lexer.isDigit(d) { return try scanNumber(at: start) }
            if scalar(index + 1) == ".", scalar(index + 2) == "." {
                index += 3
                return token(.op, from: start)
            }
            index += 1
            return token(.op, from: start)
        }
        if Lexer.isDigit(c) { return try scanNumber(at: start) }
        if c == "'" || c == "\"" { return try scanString(at: start, prefixEnd: start) }
        return try scanOperator(startingWith: c, at: start)
    }

    /// A token covering `start..<index` on the current line.
    func token(_ kind: TokenKind, from start: Int) -> Token {
        Token(kind, slice(start, index), start: location(start), end: location(index))
    }

    /// An identifier or keyword; non-ASCII ones are checked as CPython's `verify_identifier`.
    mutating func scanName(at start: Int) throws -> Token {
        var nonASCII = false
        while let c = scalar(index), Lexer.isPotentialIdentifierChar(c) {
            if c.value >= 128 { nonASCII = true }
            index += 1
        }
        if nonASCII { try verifyIdentifier(from: start) }
        return token(.name, from: start)
    }

    /// Reports the first scalar of `start..<index` that cannot be in an identifier.
    mutating func verifyIdentifier(from start: Int) throws {
        for i in start..<index {
            let c = text[i]
            let valid = i == start ? (c == "_" || c.properties.isXIDStart) : c.properties.isXIDContinue
            if valid { continue }
            index = i + 1
            let hex = Lexer.hex4(c.value)
            if Lexer.isPrintable(c) {
                throw immediateError("invalid character '\(Character(c))' (U+\(hex))")
            }
            throw immediateError("invalid non-printable character U+\(hex)")
        }
    }

    /// Operators and delimiters, longest match first, and bracket bookkeeping.
    mutating func scanOperator(startingWith c: Unicode.Scalar, at start: Int) throws -> Token {
        for length in [3, 2] where index + length <= text.count {
            let candidate = slice(index, index + length)
            if Lexer.operators(ofLength: length).contains(candidate) {
                index += length
                return token(.op, from: start)
            }
        }
        index += 1
        try trackBracket(c, at: start)
        if !Lexer.isPrintable(c) {
            throw immediateError("invalid non-printable character U+\(Lexer.hex4(c.value))")
        }
        return token(.op, from: start)
    }

    /// Opens or closes a bracket, with CPython's checks.
    mutating func trackBracket(_ c: Unicode.Scalar, at start: Int) throws {
        switch c {
        case "(", "[", "{":
            if brackets.count >= Lexer.maxBracketDepth {
                throw immediateError("too many nested parentheses")
            }
            brackets.append(OpenBracket(char: c, line: firstLine + line - 1, column: start - lineStart))
        case ")", "]", "}":
            guard let open = brackets.popLast() else {
                throw immediateError("unmatched '\(Character(c))'")
            }
            let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
            if c != expected {
                var message = "closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open.char))'"
                if open.line != firstLine + line - 1 { message += " on line \(open.line)" }
                throw immediateError(message)
            }
        default:
            break
        }
    }

    /// Python's operators of two and three characters (`<>` is a token CPython rejects).
    static func operators(ofLength length: Int) -> Set<String> {
        length == 3 ? threeCharOperators : twoCharOperators
    }

    static let twoCharOperators: Set<String> = [
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>",
        "==", ">=", ">>", "@=", "^=", "|=",
    ]
    static let threeCharOperators: Set<String> = ["**=", "...", "//=", "<<=", ">>="]

    // MARK: - Character classes

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    /// CPython's `is_potential_identifier_start`: any non-ASCII scalar qualifies and
    /// is checked afterwards.
    @inline(__always)
    static func isPotentialIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || c.value >= 128
    }

    @inline(__always)
    static func isPotentialIdentifierChar(_ c: Unicode.Scalar) -> Bool {
        isPotentialIdentifierStart(c) || isDigit(c)
    }

    /// `str.isprintable()` for one scalar.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `%04X`.
    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
