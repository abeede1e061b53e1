// MARK: - String literals

/// Collects the pieces of adjacent literals: literal text is merged, empty text dropped.
struct FStringBuilder {
    var parts: [FStringPart] = []
    /// Literal text not yet added as a part.
    var pending = ""

    mutating func append(literal: String) {
        pending += literal
    }

    mutating func append(_ part: FStringPart) {
        flush()
        parts.append(part)
    }

    mutating func flush() {
        if !pending.isEmpty { parts.append(.literal(pending)) }
        pending = ""
    }

    mutating func finish() -> [FStringPart] {
        flush()
        return parts
    }
}

extension Parser {
    /// `strings: STRING+`: adjacent literals joined into one constant, or into an
    /// f-string when any of them is one (CPython's `_PyPegen_concatenate_strings`).
    func parseStrings() throws -> Expr {
        let start = here
        var pieces: [Token] = []
        while at(.string) { pieces.append(tokens[advance()]) }
        var builder = FStringBuilder()
        var bytes: [UInt8] = []
        var bytesMode: Bool?
        var sawFString = false
        for piece in pieces {
            let literal = StringLiteral(piece)
            if literal.isBytes {
                bytes += try decodeBytes(literal, token: piece)
            } else if !literal.isFString {
                builder.append(literal: try decodeString(literal))
            }
            if let bytesMode, bytesMode != literal.isBytes {
                try failLiteral("cannot mix bytes and nonbytes literals")
            }
            bytesMode = literal.isBytes
            if literal.isFString {
                sawFString = true
                try parseFString(literal, token: piece, into: &builder)
            }
        }
        if bytesMode == true { return Expr(.constant(.bytes(bytes)), start) }
        if sawFString { return Expr(.joinedStr(builder.finish()), start) }
        return Expr(.constant(.string(builder.pending)), start)
    }

    /// The text of a plain `str` literal.
    func decodeString(_ literal: StringLiteral) throws -> String {
        if literal.isRaw { return String(String.UnicodeScalarView(literal.body)) }
        do {
            return try StringEscapes.decode(literal.body)
        } catch let e as EscapeError {
            try failLiteral(e.message)
        }
    }

    /// The bytes of a `bytes` literal, which may only hold ASCII characters.
    func decodeBytes(_ literal: StringLiteral, token: Token) throws -> [UInt8] {
        if literal.body.contains(where: { $0.value >= 128 }) {
            var e = error("bytes can only contain ASCII literal characters", from: token.start, to: token.end)
            e.escapesProbes = true
            throw e
        }
        if literal.isRaw { return literal.body.map { UInt8($0.value) } }
        do {
            return try StringEscapes.decodeBytes(literal.body)
        } catch let e as EscapeError {
            try failLiteral(e.message)
        }
    }
}
