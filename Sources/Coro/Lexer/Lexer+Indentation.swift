// MARK: - Indentation

extension Lexer {
    /// CPython's `TABSIZE`: a tab moves to the next multiple of 8.
    static let tabSize = 8

    /// Measures the indentation of a new line and queues INDENT or DEDENT tokens.
    /// Returns true for a blank line (only blanks and a comment), which produces no
    /// tokens and leaves the indentation alone.
    mutating func measureIndentation() throws -> Bool {
        var column = 0
        var altColumn = 0
        // A backslash inside the indentation: the first one fixes the level (CPython's
        // `cont_line_col`, where 0 means unset).
        var continuationColumn = 0
        while let c = scalar(index) {
            if c == " " {
                column += 1
                altColumn += 1
            } else if c == "\t" {
                column = (column / Lexer.tabSize + 1) * Lexer.tabSize
                altColumn += 1
            } else if c == "\u{0C}" {
                column = 0
                altColumn = 0
            } else if c == "\\" {
                continuationColumn = continuationColumn != 0 ? continuationColumn : column
                try continueLine(betweenTokens: false)
                continue
            } else {
                break
            }
            index += 1
        }
        pendingLocation = location(index)
        if let c = scalar(index), c == "#" || c == "\n" { return true }
        if brackets.isEmpty {
            if continuationColumn != 0 {
                column = continuationColumn
                altColumn = continuationColumn
            }
            try adjustIndentation(column: column, altColumn: altColumn)
        }
        return false
    }

    /// Compares a line's indentation with the open blocks, as `tok_get` does.
    mutating func adjustIndentation(column: Int, altColumn: Int) throws {
        let top = indentStack[indentStack.count - 1]
        let altTop = altIndentStack[altIndentStack.count - 1]
        if column == top {
            if altColumn != altTop { throw inconsistentTabs() }
        } else if column > top {
            if indentStack.count >= Lexer.maxIndentDepth {
                throw LexFailure(error: error("too many levels of indentation", column: 0, kind: "IndentationError"),
                                 isImmediate: false, lexer: self)
            }
            if altColumn <= altTop { throw inconsistentTabs() }
            pendingIndents += 1
            indentStack.append(column)
            altIndentStack.append(altColumn)
        } else {
            while indentStack.count > 1 && column < indentStack[indentStack.count - 1] {
                pendingIndents -= 1
                indentStack.removeLast()
                altIndentStack.removeLast()
            }
            if column != indentStack[indentStack.count - 1] {
                throw unindentMismatch()
            }
            if altColumn != altIndentStack[altIndentStack.count - 1] { throw inconsistentTabs() }
        }
    }

    /// TabError; CPython reports it at column 0.
    func inconsistentTabs() -> LexFailure {
        LexFailure(error: error("inconsistent use of tabs and spaces in indentation", column: 0, kind: "TabError"),
                   isImmediate: false, lexer: self)
    }

    /// CPython reports this after reading the whole line, so the caret sits at its end.
    func unindentMismatch() -> LexFailure {
        var end = index
        while let c = scalar(end), c != "\n" { end += 1 }
        return LexFailure(error: error("unindent does not match any outer indentation level",
                                       column: end - lineStart, kind: "IndentationError"),
                          isImmediate: false, lexer: self)
    }

    /// Hands out one queued INDENT or DEDENT token, if any.
    mutating func takePendingIndent() -> Token? {
        if pendingIndents > 0 {
            pendingIndents -= 1
            let start = SourceLocation(line: Int(pendingLocation.line), column: 0)
            return Token(.indent, slice(lineStart, index), start: start, end: pendingLocation)
        }
        if pendingIndents < 0 {
            pendingIndents += 1
            return Token(.dedent, "", start: pendingLocation, end: pendingLocation)
        }
        return nil
    }
}

// MARK: - Failures

/// Why tokenizing stopped, with what CPython would report and how it ranks against
/// a syntax error the parser finds earlier in the file.
struct LexFailure: Error {
    /// CPython's error for this spot.
    var error: SyntaxErrorInfo
    /// CPython's tokenizer raises these at once (`syntaxerror()`), and after a parser
    /// error it tokenizes the rest of the file to look for them, so they win over a
    /// parser error anywhere. The others (indentation, end of input) only count when
    /// the parser reaches them.
    var isImmediate: Bool
    /// The innermost bracket still open when tokenizing stopped.
    var openBracket: Lexer.OpenBracket?
    /// True when more lines could complete the input (open bracket, triple-quoted
    /// string or backslash at the end): the shell asks for them.
    var needsMoreInput = false

    init(error: SyntaxErrorInfo, isImmediate: Bool, lexer: Lexer, needsMoreInput: Bool = false) {
        self.error = error
        self.isImmediate = isImmediate
        self.openBracket = lexer.brackets.last
        self.needsMoreInput = needsMoreInput
    }

    /// "'(' was never closed", at the bracket.
    static func unclosed(_ open: Lexer.OpenBracket, lexer: Lexer) -> LexFailure {
        let error = SyntaxErrorInfo("'\(Character(open.char))' was never closed",
                                    at: SourceLocation(line: open.line, column: open.column))
        return LexFailure(error: error, isImmediate: false, lexer: lexer, needsMoreInput: true)
    }

    /// A backslash on the last line; `lexer` is already past its newline.
    static func endOfInputAfterBackslash(lineLength: Int, lexer: Lexer) -> LexFailure {
        if let open = lexer.brackets.last { return unclosed(open, lexer: lexer) }
        let error = SyntaxErrorInfo("unexpected EOF while parsing",
                                    at: SourceLocation(line: lexer.firstLine + lexer.line - 2, column: lineLength))
        return LexFailure(error: error, isImmediate: false, lexer: lexer, needsMoreInput: true)
    }
}
