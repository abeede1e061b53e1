// MARK: - String literals

// The lexer only finds where a literal ends, as CPython's tokenizer does; the parser
// decodes escapes and f-string fields (see `StringLiteral` and `Parser+FStrings`).
extension Lexer {
    /// A string literal with a prefix (`r`, `b`, `f`, `u`, `rb`, `fr`, … in any case)
    /// starting at `start`, or nil when the letters there are a name.
    mutating func scanStringPrefix(at start: Int) throws -> Token? {
        var sawB = false, sawR = false, sawU = false, sawF = false
        var i = start
        while let c = scalar(i) {
            if (c == "b" || c == "B") && !(sawB || sawU || sawF) {
                sawB = true
            } else if (c == "u" || c == "U") && !(sawB || sawU || sawR || sawF) {
                sawU = true // backward compatibility only, so it never combines
            } else if (c == "r" || c == "R") && !(sawR || sawU) {
                sawR = true
            } else if (c == "f" || c == "F") && !(sawF || sawB || sawU) {
                sawF = true
            } else {
                return nil
            }
            i += 1
            if let q = scalar(i), q == "'" || q == "\"" {
                index = i
                return try scanString(at: start, prefixEnd: i)
            }
        }
        return nil
    }

    /// The rest of a string literal whose quote is at `prefixEnd`.
    mutating func scanString(at start: Int, prefixEnd: Int) throws -> Token {
        let startLocation = location(start)
        let startLine = line
        let startLineStart = lineStart
        let quote = text[prefixEnd]
        index = prefixEnd + 1
        var quoteSize = 1
        var endQuoteSize = 0
        if scalar(index) == quote {
            index += 1
            if scalar(index) == quote {
                index += 1
                quoteSize = 3
            } else {
                endQuoteSize = 1 // the empty string
            }
        }
        while endQuoteSize != quoteSize {
            guard let c = scalar(index), quoteSize == 3 || c != "\n" else {
                throw unterminatedString(quoteSize: quoteSize, start: start,
                                         startLine: startLine, startLineStart: startLineStart)
            }
            advanceInString(over: c)
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                // An escaped character never ends the literal, even a newline.
                if c == "\\", let d = scalar(index) { advanceInString(over: d) }
            }
        }
        return Token(.string, slice(start, index), start: startLocation, end: location(index))
    }

    /// Moves past one scalar of a literal, keeping line numbers right.
    mutating func advanceInString(over c: Unicode.Scalar) {
        if c == "\n" { consumeNewline() } else { index += 1 }
    }

    /// CPython reports the error at the start of the literal, naming the line where
    /// the end of line or of input was found.
    func unterminatedString(quoteSize: Int, start: Int, startLine: Int, startLineStart: Int) -> LexFailure {
        let atEnd = index >= text.count
        // At the end of input the last `\n` has been read, so the last line is `line - 1`.
        let detected = firstLine + (atEnd ? line - 2 : line - 1)
        let message = quoteSize == 3
            ? "unterminated triple-quoted string literal (detected at line \(detected))"
            : "unterminated string literal (detected at line \(detected))"
        let column = start - startLineStart
        let error = SyntaxErrorInfo(message, at: SourceLocation(line: firstLine + startLine - 1, column: column),
                                    endColumn: Int32(column))
        return LexFailure(error: error, isImmediate: true, lexer: self, needsMoreInput: atEnd)
    }
}
