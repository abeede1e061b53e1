// MARK: - Number literals

// A port of the number branch of CPython's `tok_get`, read-one/back-up-one included,
// because the error positions ("invalid decimal literal" and friends) depend on
// exactly how far the tokenizer had read.
extension Lexer {
    /// An int, float or imaginary literal starting at `start` (a digit, or `.` then a digit).
    mutating func scanNumber(at start: Int) throws -> Token {
        index = start
        let first = nextc()
        if first == "." {
            try scanFraction(nextc())
        } else if first == "0" {
            try scanAfterLeadingZero(start: start)
        } else {
            try scanAfterInteger(try decimalTail())
        }
        return token(.number, from: start)
    }

    /// Reads one scalar; at the end of input reads nothing and returns nil (EOF).
    @inline(__always)
    mutating func nextc() -> Unicode.Scalar? {
        guard index < text.count else { return nil }
        index += 1
        return text[index - 1]
    }

    /// Un-reads `c` (nothing for EOF).
    @inline(__always)
    mutating func backup(_ c: Unicode.Scalar?) {
        if c != nil { index -= 1 }
    }

    static func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map(isDigit) ?? false }

    static func isHexDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return isDigit(c) || (c >= "a" && c <= "f") || (c >= "A" && c <= "F")
    }

    /// `tok_decimal_tail`: more digits with single underscores between them.
    mutating func decimalTail() throws -> Unicode.Scalar? {
        var c: Unicode.Scalar?
        while true {
            repeat { c = nextc() } while Lexer.isDigit(c)
            if c != "_" { return c }
            c = nextc()
            if !Lexer.isDigit(c) {
                backup(c)
                throw immediateError("invalid decimal literal")
            }
        }
    }

    /// After `0`: hex, octal, binary, zeros, or a float/imaginary with leading zeros.
    mutating func scanAfterLeadingZero(start: Int) throws {
        var c = nextc()
        switch c {
        case "x", "X":
            try scanRadixDigits(kind: "hexadecimal", isDigit: Lexer.isHexDigit)
        case "o", "O":
            try scanRadixDigits(kind: "octal", isDigit: { $0.map { $0 >= "0" && $0 <= "7" } ?? false })
        case "b", "B":
            try scanRadixDigits(kind: "binary", isDigit: { $0 == "0" || $0 == "1" })
        default:
            var nonzero = false
            while true {
                if c == "_" {
                    c = nextc()
                    if !Lexer.isDigit(c) {
                        backup(c)
                        throw immediateError("invalid decimal literal")
                    }
                }
                if c != "0" { break }
                c = nextc()
            }
            let zerosEnd = index
            if Lexer.isDigit(c) {
                nonzero = true
                c = try decimalTail()
            }
            if c == "." || c == "e" || c == "E" || c == "j" || c == "J" {
                try scanAfterInteger(c)
                return
            }
            if nonzero {
                backup(c)
                throw LexFailure(error: error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                              column: start - lineStart, endColumn: zerosEnd - lineStart - 1),
                                 isImmediate: true, lexer: self)
            }
            try verifyEndOfNumber(c, kind: "decimal")
            backup(c)
        }
    }

    /// The digits after `0x`, `0o` or `0b`.
    mutating func scanRadixDigits(kind: String, isDigit: (Unicode.Scalar?) -> Bool) throws {
        var c = nextc()
        repeat {
            if c == "_" { c = nextc() }
            if !isDigit(c) {
                // A decimal digit out of range is named; anything else is not read.
                if kind != "hexadecimal", let d = c, Lexer.isDigit(d) {
                    throw immediateError("invalid digit '\(Character(d))' in \(kind) literal")
                }
                backup(c)
                throw immediateError("invalid \(kind) literal")
            }
            repeat { c = nextc() } while isDigit(c)
        } while c == "_"
        if kind != "hexadecimal", let d = c, Lexer.isDigit(d) {
            throw immediateError("invalid digit '\(Character(d))' in \(kind) literal")
        }
        try verifyEndOfNumber(c, kind: kind)
        backup(c)
    }

    /// After the integer part, `c` being the scalar that ended it.
    mutating func scanAfterInteger(_ c: Unicode.Scalar?) throws {
        if c == "." {
            try scanFraction(nextc())
        } else {
            try scanExponentAndSuffix(c)
        }
    }

    /// After `.`, `c` being the scalar that follows it.
    mutating func scanFraction(_ c: Unicode.Scalar?) throws {
        var c = c
        if Lexer.isDigit(c) { c = try decimalTail() }
        try scanExponentAndSuffix(c)
    }

    /// An optional exponent, then an optional `j`, then the end of the literal.
    mutating func scanExponentAndSuffix(_ c: Unicode.Scalar?) throws {
        var c = c
        if c == "e" || c == "E" {
            let e = c
            c = nextc()
            if c == "+" || c == "-" {
                c = nextc()
                if !Lexer.isDigit(c) {
                    backup(c)
                    throw immediateError("invalid decimal literal")
                }
            } else if !Lexer.isDigit(c) {
                // `1else`: the number ends before the `e`.
                backup(c)
                try verifyEndOfNumber(e, kind: "decimal")
                backup(e)
                return
            }
            c = try decimalTail()
        }
        if c == "j" || c == "J" {
            c = nextc()
            try verifyEndOfNumber(c, kind: "imaginary")
        } else {
            try verifyEndOfNumber(c, kind: "decimal")
        }
        backup(c)
    }

    /// `verify_end_of_number`: a literal may touch a keyword that can follow it
    /// (`1if x else 2`, which CPython only warns about) but not other letters.
    /// `c` has been read.
    mutating func verifyEndOfNumber(_ c: Unicode.Scalar?, kind: String) throws {
        guard let c else { return }
        let followedByKeyword: Bool
        switch c {
        case "a": followedByKeyword = lookahead("nd")
        case "e": followedByKeyword = lookahead("lse")
        case "f": followedByKeyword = lookahead("or")
        case "i": followedByKeyword = scalar(index) == "f" || scalar(index) == "n" || scalar(index) == "s"
        case "o": followedByKeyword = lookahead("r")
        case "n": followedByKeyword = lookahead("ot")
        default: followedByKeyword = false
        }
        if followedByKeyword { return }
        if Lexer.isPotentialIdentifierChar(c) {
            backup(c)
            throw immediateError("invalid \(kind) literal")
        }
    }

    /// True when `rest` follows and ends the word there.
    func lookahead(_ rest: String) -> Bool {
        var i = index
        for expected in rest.unicodeScalars {
            guard scalar(i) == expected else { return false }
            i += 1
        }
        guard let next = scalar(i) else { return true }
        return !Lexer.isPotentialIdentifierChar(next)
    }
}
