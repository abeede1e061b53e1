// MARK: - Parentheses, lists, sets, dicts and comprehensions

extension Parser {
    /// `tuple | group | genexp`, with `invalid_group` and `invalid_comprehension`.
    func parseParenthesized() throws -> Expr {
        let open = advance()
        switch current() {
        case .rpar, .kwYield, .doubleStar: return try parseSpecialParenthesized(open: open)
        default: break
        }
        let first = at(.star) ? try parseFirstDisplayElement() : try parseNamedExpression()
        return try finishParenthesized(open: open, first: first)
    }

    /// `()`, `(yield …)` and the error for `(**x)`.
    func parseSpecialParenthesized(open: Int) throws -> Expr {
        if eat(.rpar) { return Expr(.tuple([]), start(open)) }
        if at(.doubleStar) { try diagnoseDoubleStarGroup() }
        let e = try parseYieldExpression()
        try expect(.rpar)
        return e
    }

    /// A group, tuple or generator expression after its first element.
    func finishParenthesized(open: Int, first: Expr) throws -> Expr {
        if startsComprehension() {
            return Expr(.generatorExp(first, try parseComprehension(of: first, closing: .rpar)), start(open))
        }
        if eat(.rpar) {
            if case .starred = first.kind {
                try fail("cannot use starred expression here", from: first.loc, to: tokens[pos - 2].end)
            }
            return first
        }
        guard at(.comma) else { try failGeneric() }
        return Expr(.tuple(try parseDisplayElements(after: first, closing: .rpar)), start(open))
    }

    /// `(**x)`: "cannot use double starred expression here".
    func diagnoseDoubleStarGroup() throws {
        let stars = pos
        advance()
        if let operand = try probe({ try $0.parseExpression() }), symbols[operand.endIndex] == .rpar {
            try fail("cannot use double starred expression here", overToken: stars)
        }
        try failGeneric()
    }

    /// `list | listcomp`.
    func parseListDisplay() throws -> Expr {
        let open = advance()
        if eat(.rsqb) { return Expr(.list([]), start(open)) }
        let first = at(.star) ? try parseFirstDisplayElement() : try parseNamedExpression()
        return try finishList(open: open, first: first)
    }

    /// A list display or comprehension after its first element.
    func finishList(open: Int, first: Expr) throws -> Expr {
        if startsComprehension() {
            return Expr(.listComp(first, try parseComprehension(of: first, closing: .rsqb)), start(open))
        }
        return Expr(.list(try parseDisplayElements(after: first, closing: .rsqb)), start(open))
    }

    /// `dict | set | dictcomp | setcomp`.
    func parseBraceDisplay() throws -> Expr {
        let open = advance()
        if eat(.rbrace) { return Expr(.dict([]), start(open)) }
        if at(.doubleStar) { return try parseDict(open: open, firstKey: nil) }
        let first = at(.star) ? try parseFirstDisplayElement() : try parseNamedExpression()
        return try finishBraces(open: open, first: first)
    }

    /// A dict or set display or comprehension after its first element.
    func finishBraces(open: Int, first: Expr) throws -> Expr {
        if at(.colon) {
            if case .starred = first.kind { try failGeneric() }
            return try parseDict(open: open, firstKey: first)
        }
        if startsComprehension() {
            return Expr(.setComp(first, try parseComprehension(of: first, closing: .rbrace)), start(open))
        }
        return Expr(.set(try parseDisplayElements(after: first, closing: .rbrace)), start(open))
    }

    /// The rest of a dict display or comprehension; `firstKey` is nil for `**mapping`,
    /// with the current token at the `**` or the `:`.
    func parseDict(open: Int, firstKey: Expr?) throws -> Expr {
        var entries: [(key: Expr?, value: Expr)] = []
        if let firstKey {
            let value = try parseDictValue()
            if startsComprehension() {
                let generators = try parseComprehensionClauses()
                try expect(.rbrace)
                return Expr(.dictComp(key: firstKey, value: value, generators), start(open))
            }
            entries.append((firstKey, value))
        } else {
            let stars = advance()
            let mapping = try parseBinary(minPrecedence: 1)
            if startsComprehensionQuietly() { try fail("dict unpacking cannot be used in dict comprehension", overToken: stars) }
            entries.append((nil, mapping))
        }
        while eat(.comma) {
            if at(.rbrace) { break }
            entries.append(try parseDictEntry())
        }
        try expect(.rbrace)
        return Expr(.dict(entries), start(open))
    }

    /// One `key: value` or `**mapping` after the first, with `invalid_kvpair`.
    func parseDictEntry() throws -> (key: Expr?, value: Expr) {
        if eat(.doubleStar) { return (nil, try parseBinary(minPrecedence: 1)) }
        // CPython prefers "':' expected" here to the missing-comma message.
        skipJuxtapositionOnce = true
        let key = try parseExpression()
        if !at(.colon) { try missingDictColon() }
        return (key, try parseDictValue())
    }

    /// "':' expected after dictionary key", one left of where the key ends.
    func missingDictColon() throws -> Never {
        let end = previousEnd
        let at = SourceLocation(line: Int(end.line), column: Int(end.column) - 1)
        throw ParseError(info: SyntaxErrorInfo("':' expected after dictionary key", at: at), isGeneric: false)
    }

    /// The `: value` of a dict entry, with the messages of `invalid_double_starred_kvpairs`.
    func parseDictValue() throws -> Expr {
        let colon = advance()
        switch current() {
        case .rbrace, .comma:
            try fail("expression expected after dictionary key and ':'", overToken: colon)
        case .star:
            let star = advance()
            if let operand = try probe({ try $0.parseBinary(minPrecedence: 1) }) {
                try fail("cannot use a starred expression in a dictionary value", from: start(star), to: operand.end)
            }
            try failGeneric()
        default:
            return try parseExpression()
        }
    }

    /// The elements after the first of a tuple, list or set display, up to and
    /// including `closing`.
    func parseDisplayElements(after first: Expr, closing: Symbol) throws -> [Expr] {
        var elements = [first]
        var lastComma = pos
        while at(.comma) {
            lastComma = advance()
            if at(closing) || startsComprehensionQuietly() { break }
            elements.append(try parseStarNamedExpression())
        }
        if startsComprehensionQuietly() && closing != .rpar {
            // `[a, b for b in c]`: CPython points at the would-be target.
            let end = elements.count > 1 ? previousEnd : tokens[lastComma].end
            try fail("did you forget parentheses around the comprehension target?", from: first.loc, to: end)
        }
        try expect(closing)
        return elements
    }

    /// The first element of a display. CPython's `invalid_comprehension` reads a
    /// leading `*x` as `'*' expression`, so `[*a b]` gets the missing-comma message.
    func parseFirstDisplayElement() throws -> Expr {
        guard at(.star) else { return try parseNamedExpression() }
        let operandIndex = pos + 1
        let element = try parseStarNamedExpression()
        if !checksOff && startsExpression(allowStar: false) {
            let endIndex = pos
            pos = operandIndex
            do {
                _ = try parseExpression()
            } catch let e as ParseError where !e.isGeneric {
                throw e
            } catch {}
            pos = endIndex
        }
        return element
    }

    // MARK: - Comprehensions

    /// True at `for` or `async for`.
    func startsComprehension() -> Bool {
        let s = current()
        return s == .kwFor || (s == .kwAsync && symbol(ahead: 1) == .kwFor)
    }

    /// `startsComprehension` where CPython's first pass would not look past an
    /// `async` (only the search for a message does), so generic errors stay put.
    func startsComprehensionQuietly() -> Bool {
        let s = current()
        return s == .kwFor || (s == .kwAsync && symbols[min(pos + 1, symbols.count - 1)] == .kwFor)
    }

    /// The clauses of a list, set or generator comprehension and its closing bracket;
    /// `[*a for a in b]` is an error.
    func parseComprehension(of element: Expr, closing: Symbol) throws -> [Comprehension] {
        if case .starred = element.kind {
            try fail("iterable unpacking cannot be used in comprehension", from: element.loc, to: endOfExpression(element))
        }
        let generators = try parseComprehensionClauses()
        try expect(closing)
        return generators
    }

    /// `for_if_clauses`: one or more `[async] for targets in disjunction (if disjunction)*`.
    func parseComprehensionClauses() throws -> [Comprehension] {
        var clauses: [Comprehension] = []
        while startsComprehension() {
            let isAsync = eat(.kwAsync)
            advance() // `for`
            let target = try parseForTarget()
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while eat(.kwIf) { ifs.append(try parseDisjunction()) }
            clauses.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return clauses
    }
}
