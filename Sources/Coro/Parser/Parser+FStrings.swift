// MARK: - f-strings

/// The body of one f-string literal being scanned, with the source position of each
/// of its scalars (CPython 3.11's `fstring_find_literal` / `fstring_find_expr`).
struct FStringSource {
    /// The text between the quotes.
    let body: [Unicode.Scalar]
    /// Where each scalar of `body` is in the file, plus one entry for its end.
    let positions: [SourceLocation]
    /// Raw f-strings (`rf"..."`) keep backslashes in their literal text.
    let isRaw: Bool

    init(_ literal: StringLiteral, token: Token) {
        body = Array(literal.body)
        isRaw = literal.isRaw
        var line = Int(token.start.line)
        var column = Int(token.start.column) + literal.bodyOffset
        var positions: [SourceLocation] = []
        positions.reserveCapacity(body.count + 1)
        for c in body {
            positions.append(SourceLocation(line: line, column: column))
            if c == "\n" {
                line += 1
                column = 0
            } else {
                column += 1
            }
        }
        positions.append(SourceLocation(line: line, column: column))
        self.positions = positions
    }

    func text(_ from: Int, _ to: Int) -> String {
        String(String.UnicodeScalarView(body[from..<to]))
    }
}

extension Parser {
    /// CPython nests format specs two deep at most: `{a:{b}}` but not `{a:{b:{c}}}`.
    static let maxFStringNesting = 2

    /// Adds the parts of one f-string literal to `builder`.
    func parseFString(_ literal: StringLiteral, token: Token, into builder: inout FStringBuilder) throws {
        let source = FStringSource(literal, token: token)
        var i = 0
        try scanFString(source, &i, nesting: 0, into: &builder)
    }

    /// `fstring_parse`: literal text and replacement fields until the end of the body
    /// or, inside a format spec, the `}` that closes it.
    func scanFString(_ source: FStringSource, _ i: inout Int, nesting: Int,
                              into builder: inout FStringBuilder) throws {
        while true {
            let (text, doubledBrace) = try scanFStringLiteral(source, &i, nesting: nesting)
            if let text { builder.append(literal: text) }
            if doubledBrace { continue }
            if i >= source.body.count || source.body[i] == "}" { break }
            builder.append(try scanReplacementField(source, &i, nesting: nesting))
        }
        if nesting > 0 && (i >= source.body.count || source.body[i] != "}") {
            try failLiteral("f-string: expecting '}'")
        }
    }

    /// `fstring_find_literal`: text up to a `{` or `}`. At the top level `{{` and `}}`
    /// stand for one brace (reported as `doubledBrace`, the text ending with it) and a
    /// lone `}` is an error; in a format spec a `}` ends the spec.
    func scanFStringLiteral(_ source: FStringSource, _ i: inout Int,
                                     nesting: Int) throws -> (text: String?, doubledBrace: Bool) {
        let body = source.body
        let start = i
        var s = i
        var end = body.count
        var doubled = false
        scan: while s < body.count {
            var ch = body[s]
            s += 1
            if !source.isRaw && ch == "\\" && s < body.count {
                ch = body[s]
                s += 1
                if ch == "N" {
                    // Skip `\N{...}` so its braces are not taken for a field.
                    if s < body.count {
                        let next = body[s]
                        s += 1
                        if next == "{" {
                            while s < body.count {
                                let c = body[s]
                                s += 1
                                if c == "}" { break }
                            }
                        }
                    }
                    continue
                }
            }
            if ch == "{" || ch == "}" {
                if nesting == 0 {
                    if s < body.count && body[s] == ch {
                        end = s
                        i = s + 1
                        doubled = true
                        break scan
                    }
                    if ch == "}" {
                        i = s - 1
                        try failLiteral("f-string: single '}' is not allowed")
                    }
                }
                s -= 1
                break
            }
        }
        if !doubled {
            end = s
            i = s
        }
        guard end > start else { return (nil, doubled) }
        let slice = body[start..<end]
        if source.isRaw { return (String(String.UnicodeScalarView(slice)), doubled) }
        do {
            return (try StringEscapes.decode(slice), doubled)
        } catch let e as EscapeError {
            throw error(e.message)
        }
    }

    /// `fstring_find_expr`: `{expression[=][!conversion][:format_spec]}` at `i`.
    func scanReplacementField(_ source: FStringSource, _ i: inout Int, nesting: Int) throws -> FStringPart {
        if nesting >= Parser.maxFStringNesting { try failLiteral("f-string: expressions nested too deeply") }
        let body = source.body
        i += 1 // `{`
        let exprStart = i
        try scanFieldExpression(body, &i)
        let exprEnd = i
        if i >= body.count { try failLiteral("f-string: expecting '}'") }
        let expr = try parseFieldExpression(source, from: exprStart, to: exprEnd)
        var debugText: String?
        if body[i] == "=" {
            i += 1
            while i < body.count, Parser.isASCIISpace(body[i]) { i += 1 }
            if i >= body.count { try failLiteral("f-string: expecting '}'") }
            debugText = source.text(exprStart, i)
        }
        var conversion: Character?
        if body[i] == "!" {
            i += 1
            if i >= body.count { try failLiteral("f-string: expecting '}'") }
            let c = body[i]
            i += 1
            guard c == "s" || c == "r" || c == "a" else {
                try failLiteral("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }
        var spec: [FStringPart]?
        if i < body.count && body[i] == ":" {
            i += 1
            if i >= body.count { try failLiteral("f-string: expecting '}'") }
            var specBuilder = FStringBuilder()
            try scanFString(source, &i, nesting: nesting + 1, into: &specBuilder)
            spec = specBuilder.finish()
        }
        if i >= body.count || body[i] != "}" { try failLiteral("f-string: expecting '}'") }
        i += 1
        // `{x=}` shows the repr unless a conversion or spec says otherwise.
        if debugText != nil && spec == nil && conversion == nil { conversion = "r" }
        return .formatted(expr: expr, conversion: conversion, spec: spec, debugText: debugText)
    }

    /// Finds the end of a field's expression: the first `!`, `:`, `}` or `=` outside
    /// brackets and strings that is not part of `!=`, `==`, `<=` or `>=`.
    func scanFieldExpression(_ body: [Unicode.Scalar], _ i: inout Int) throws {
        var quote: Unicode.Scalar?
        var tripleQuoted = false
        var brackets: [Unicode.Scalar] = []
        while i < body.count {
            let ch = body[i]
            if ch == "\\" { try failLiteral("f-string expression part cannot include a backslash") }
            if let q = quote {
                if ch == q {
                    if !tripleQuoted {
                        quote = nil
                    } else if i + 2 < body.count && body[i + 1] == q && body[i + 2] == q {
                        i += 2
                        quote = nil
                    }
                }
                i += 1
                continue
            }
            if ch == "'" || ch == "\"" {
                tripleQuoted = i + 2 < body.count && body[i + 1] == ch && body[i + 2] == ch
                if tripleQuoted { i += 2 }
                quote = ch
            } else if ch == "[" || ch == "{" || ch == "(" {
                if brackets.count >= Lexer.maxBracketDepth { try failLiteral("f-string: too many nested parenthesis") }
                brackets.append(ch)
            } else if ch == "#" {
                try failLiteral("f-string expression part cannot include '#'")
            } else if brackets.isEmpty && (ch == "!" || ch == ":" || ch == "}" || ch == "=" || ch == "<" || ch == ">") {
                // `!=`, `==`, `<=` and `>=` are operators, not the end of the expression.
                if ch != ":" && ch != "}" && i + 1 < body.count && body[i + 1] == "=" {
                    i += 2
                    continue
                }
                if ch != "<" && ch != ">" { return }
            } else if ch == "]" || ch == "}" || ch == ")" {
                guard let open = brackets.popLast() else { try failLiteral("f-string: unmatched '\(Character(ch))'") }
                let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
                if ch != expected {
                    try failLiteral("f-string: closing parenthesis '\(Character(ch))' does not match opening parenthesis '\(Character(open))'")
                }
            }
            i += 1
        }
        if quote != nil { try failLiteral("f-string: unterminated string") }
        if let open = brackets.last { try failLiteral("f-string: unmatched '\(Character(open))'") }
    }

    /// Parses a field's expression text as CPython 3.11 does: wrapped in parentheses
    /// and parsed on its own, errors prefixed with "f-string: " and placed in the
    /// coordinates of that parenthesized text (on the real line).
    func parseFieldExpression(_ source: FStringSource, from start: Int, to end: Int) throws -> Expr {
        let text = source.body[start..<end]
        if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" }) {
            let next = source.body[end]
            if next == "!" || next == ":" || next == "=" {
                try failLiteral("f-string: expression required before '\(Character(next))'")
            }
            try failLiteral("f-string: empty expression not allowed")
        }
        let at = source.positions[start]
        let columnShift = Int(at.column) - 1
        let lexer = Lexer(scalars: ["("] + Array(text) + [")"], firstLine: Int(at.line), firstLineColumnOffset: columnShift)
        let parser = Parser(lexer: lexer, baseDepth: baseDepth + depth + 1)
        do {
            return try parser.parseFieldExpression()
        } catch var e as ParseError {
            if e.info.location.line == at.line {
                e.info.location.column -= Int32(columnShift)
                e.info.endColumn = e.info.endColumn.map { $0 - Int32(columnShift) }
            }
            e.info.message = "f-string: " + e.info.message
            e.isGeneric = false
            e.escapesProbes = true
            throw e
        } catch let info as SyntaxErrorInfo {
            throw ParseError(info: info, isGeneric: false, escapesProbes: true)
        }
    }

    /// CPython's `fstring` rule on the parenthesized field text. Throws `ParseError`
    /// for parser errors and `SyntaxErrorInfo` for tokenizer errors (which CPython
    /// reports without the "f-string: " prefix).
    func parseFieldExpression() throws -> Expr {
        let e: Expr
        do {
            e = try parseStarExpressions()
        } catch let error as ParseError {
            let resolved = resolve(error)
            if let failure, resolved == failure.error { throw resolved }
            throw ParseError(info: resolved, isGeneric: false)
        }
        if let failure { throw failure.error }
        return e
    }

    /// `Py_ISSPACE`.
    static func isASCIISpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
    }
}
