// MARK: - Expression lists

// The functions on the recursive path (expression down to atom and back through
// brackets) are kept small, and their error paths live in helpers, because every
// bracket level costs one frame of each in a debug build.
extension Parser {
    /// `star_expressions`: one `star_expression`, or a tuple of them.
    func parseStarExpressions() throws -> Expr {
        try parseStarExpressionsDetailed().expr
    }

    /// `star_expressions`, telling whether a comma made it a tuple without parentheses.
    func parseStarExpressionsDetailed() throws -> (expr: Expr, bare: Bool) {
        let start = here
        let first = try parseStarExpression()
        guard at(.comma) else { return (first, false) }
        var elements = [first]
        while eat(.comma) {
            if !startsExpression(allowStar: true) { break }
            elements.append(try parseStarExpression())
        }
        return (Expr(.tuple(elements), start), true)
    }

    /// `star_expression: '*' bitwise_or | expression`.
    func parseStarExpression() throws -> Expr {
        guard at(.star) else { return try parseExpression() }
        let start = here
        advance()
        return Expr(.starred(try parseBinary(minPrecedence: 1)), start)
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`.
    func parseStarNamedExpression() throws -> Expr {
        guard at(.star) else { return try parseNamedExpression() }
        let start = here
        advance()
        return Expr(.starred(try parseBinary(minPrecedence: 1)), start)
    }

    /// True when the current token can start an expression (or `*expr` with `allowStar`).
    func startsExpression(allowStar: Bool) -> Bool {
        let s = current()
        return s.startsExpression || (allowStar && s == .star)
    }

    // MARK: - Named and conditional expressions

    /// `named_expression: NAME ':=' expression | expression !':='`, with the messages
    /// of `invalid_named_expression`.
    func parseNamedExpression() throws -> Expr {
        if at(.name) && symbol(ahead: 1) == .colonEqual { return try parseAssignmentExpression() }
        let startIndex = pos
        let e = try parseExpression()
        let next = current()
        if next == .colonEqual || next == .equal { try diagnoseAssignmentInExpression(e, startIndex: startIndex) }
        return e
    }

    /// `e :=` or `e =` where only an expression may stand.
    func diagnoseAssignmentInExpression(_ e: Expr, startIndex: Int) throws {
        if at(.colonEqual) && !checksOff {
            // Only when an expression follows, as `invalid_named_expression` has it.
            let end = previousEnd
            guard try probe({ p -> Expr in p.advance(); return try p.parseExpression() }) != nil else { return }
            try fail("cannot use assignment expressions with \(Parser.expressionName(e))", from: e.loc, to: end)
        }
        if !checksOff { try diagnoseEquals(after: e, startIndex: startIndex) }
    }

    /// `assignment_expression: NAME ':=' expression`.
    func parseAssignmentExpression() throws -> Expr {
        let name = advance()
        advance()
        let value = try parseExpression()
        return Expr(.namedExpr(target: tokens[name].text, value: value), start(name))
    }

    /// `x = 1` where only an expression may stand: CPython suggests `==`. `e` starts
    /// at token `startIndex` and the current token is the `=`.
    func diagnoseEquals(after e: Expr, startIndex: Int) throws {
        let equalsIndex = pos
        let eEnd = previousEnd
        let isName: Bool
        if case .name = e.kind, equalsIndex == startIndex + 1 { isName = true } else { isName = false }
        guard isName || (isBitwiseOrLevel(e, from: startIndex, to: equalsIndex) && !startsWithExcludedAtom(e, startIndex)) else {
            return
        }
        // Only when `= bitwise_or` follows, and no second `=` after it.
        advance()
        let rhs = try probe { try $0.parseBinary(minPrecedence: 1) }
        pos = equalsIndex
        guard let rhs, symbols[rhs.endIndex] != .equal, symbols[rhs.endIndex] != .colonEqual else { return }
        if isName {
            try fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: e.loc, to: rhs.end)
        }
        try fail("cannot assign to \(Parser.expressionName(e)) here. Maybe you meant '==' instead of '='?",
                 from: e.loc, to: eEnd)
    }

    /// Whether tokens `start..<end` form a `bitwise_or`: not a comparison, `not`,
    /// `and`/`or`, conditional or lambda, unless wrapped in one pair of parentheses.
    func isBitwiseOrLevel(_ e: Expr, from start: Int, to end: Int) -> Bool {
        switch e.kind {
        case .compare, .boolOp, .unary(.not, _), .ifExp, .lambda, .namedExpr, .yield, .yieldFrom:
            return isParenthesized(from: start, to: end)
        default:
            return true
        }
    }

    /// True when tokens `start..<end` are `(` … `)` with the two parentheses matching.
    func isParenthesized(from start: Int, to end: Int) -> Bool {
        guard end - start >= 2, symbols[start] == .lpar, symbols[end - 1] == .rpar else { return false }
        let outer = levels[start] - 1
        for i in start..<(end - 1) where levels[i] <= outer { return false }
        return true
    }

    /// CPython's `!(list|tuple|genexp|'True'|'None'|'False')` before `invalid_named_expression`.
    func startsWithExcludedAtom(_ e: Expr, _ startIndex: Int) -> Bool {
        switch symbols[startIndex] {
        case .lpar, .lsqb, .kwTrue, .kwFalse, .kwNone: break
        default: return false
        }
        switch Parser.leftmostOperand(e).kind {
        case .list, .tuple, .generatorExp: return true
        case .constant(.bool), .constant(.none): return true
        default: return false
        }
    }

    /// The operand an expression's source starts with.
    static func leftmostOperand(_ e: Expr) -> Expr {
        var e = e
        while true {
            switch e.kind {
            case .attribute(let base, _), .subscript(let base, _): e = base
            case .call(let function, _, _): e = function
            case .binary(_, let left, _), .compare(let left, _): e = left
            case .boolOp(_, let values): e = values[0]
            case .ifExp(_, let body, _): e = body
            default: return e
            }
        }
    }

    /// `expression: disjunction ['if' disjunction 'else' expression] | lambdef`, with
    /// the messages of `invalid_expression` and `invalid_legacy_expression`.
    func parseExpression() throws -> Expr {
        try enter()
        defer { leave() }
        let checkJuxtaposition = !skipJuxtapositionOnce
        skipJuxtapositionOnce = false
        if at(.kwLambda) { return try parseLambda() }
        let startIndex = pos
        let body = try parseDisjunction()
        if at(.kwIf) { return try parseConditional(body, startIndex: startIndex) }
        if checkJuxtaposition && !checksOff && startsExpression(allowStar: false) {
            try diagnoseJuxtaposition(body, startIndex: startIndex)
        }
        return body
    }

    /// `body 'if' disjunction 'else' expression`, at the `if`.
    func parseConditional(_ body: Expr, startIndex: Int) throws -> Expr {
        let ifIndex = advance()
        guard let test = diagnosing ? try backtracking(to: ifIndex, { try $0.parseDisjunction() }) : try parseDisjunction() else {
            return body
        }
        if eat(.kwElse) {
            guard let orelse = diagnosing ? try backtracking(to: ifIndex, { try $0.parseExpression() }) : try parseExpression() else {
                return body
            }
            return Expr(.ifExp(test: test, body: body, orelse: orelse), start(startIndex))
        }
        if !at(.colon) && !checksOff {
            try fail("expected 'else' after 'if' expression", from: start(startIndex), to: previousEnd)
        }
        pos = ifIndex // `a if b:` is left to an enclosing rule
        return body
    }

    /// Two expressions side by side: `print x` (a Python 2 statement), or a missing
    /// comma inside brackets.
    func diagnoseJuxtaposition(_ a: Expr, startIndex: Int) throws {
        let name: String?
        if case .name(let n) = a.kind, pos == startIndex + 1 { name = n } else { name = nil }
        let isLegacy = name == "print" || name == "exec"
        // `invalid_expression`, skipped by CPython's `!(NAME STRING | SOFT_KEYWORD)`
        // (whose soft-keyword test matches any prefix of `match`, `case` or `_`).
        let skipped = symbols[startIndex] == .name
            && (symbols[startIndex + 1] == .string || Parser.isSoftKeywordPrefix(tokens[startIndex].text))
        if !skipped && !isLegacy, let b = try probe({ try $0.parseExpression() }), levels[b.endIndex - 1] > 0 {
            try fail("invalid syntax. Perhaps you forgot a comma?", from: a.loc, to: b.end)
        }
        // `invalid_legacy_expression` reads on after any name, with the checks on,
        // but only complains itself about print and exec.
        guard let name else { return }
        let b = try probe(keepingChecks: true) { try $0.parseStarExpressions() }
        if let b, isLegacy {
            try fail("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?", from: a.loc, to: b.end)
        }
    }

    static func isSoftKeywordPrefix(_ name: String) -> Bool {
        !name.isEmpty && ("match".hasPrefix(name) || "case".hasPrefix(name) || name == "_")
    }

    // MARK: - Boolean operators and comparisons

    /// `disjunction: conjunction ('or' conjunction)*`.
    func parseDisjunction() throws -> Expr {
        if checksOff {
            if diagnosing { uncheckedDisjunctions.insert(pos) }
        } else if !uncheckedDisjunctions.isEmpty && uncheckedDisjunctions.contains(pos) {
            return try parseDisjunctionUnchecked()
        }
        let start = here
        let first = try parseConjunction()
        return at(.kwOr) ? try parseBoolOp(.or, first, start: start) : first
    }

    /// `parseDisjunction` again with the checks off, as CPython's memo would have it.
    func parseDisjunctionUnchecked() throws -> Expr {
        checksOff = true
        defer { checksOff = false }
        return try parseDisjunction()
    }

    /// `conjunction: inversion ('and' inversion)*`.
    func parseConjunction() throws -> Expr {
        let start = here
        let first = try parseInversion()
        return at(.kwAnd) ? try parseBoolOp(.and, first, start: start) : first
    }

    /// The rest of an `or` or `and` chain after its first operand.
    func parseBoolOp(_ op: BoolOpKind, _ first: Expr, start: SourceLocation) throws -> Expr {
        var values = [first]
        while at(op == .or ? .kwOr : .kwAnd) {
            let operatorIndex = advance()
            let operand = diagnosing ? try backtracking(to: operatorIndex, { try $0.parseBoolOperand(op) })
                                     : try parseBoolOperand(op)
            guard let operand else { break }
            values.append(operand)
        }
        return values.count == 1 ? first : Expr(.boolOp(op, values), start)
    }

    /// One operand of `or` (a conjunction) or `and` (an inversion).
    func parseBoolOperand(_ op: BoolOpKind) throws -> Expr {
        op == .or ? try parseConjunction() : try parseInversion()
    }

    /// Runs `body`; while probing, a failure instead rewinds to token `index` and
    /// gives nil, so the expression ends before the operator that failed to get
    /// its operand (PEG backtracking), as CPython's second pass sees it.
    func backtracking<T>(to index: Int, _ body: (Parser) throws -> T) throws -> T? {
        guard diagnosing else { return try body(self) }
        do {
            return try body(self)
        } catch let e as ParseError where e.isGeneric {
            pos = index
            return nil
        }
    }

    /// `inversion: 'not' inversion | comparison`.
    func parseInversion() throws -> Expr {
        guard at(.kwNot) else { return try parseComparison() }
        let start = here
        advance()
        try enter()
        defer { leave() }
        return Expr(.unary(.not, try parseInversion()), start)
    }

    /// `comparison: bitwise_or (compare_op bitwise_or)*`.
    func parseComparison() throws -> Expr {
        let start = here
        let left = try parseBinary(minPrecedence: 1)
        return atComparisonOperator() ? try parseComparisonRest(left, start: start) : left
    }

    /// True at `<`, `==`, `in`, `not in`, `is`, ….
    func atComparisonOperator() -> Bool {
        let s = current()
        return s.comparisonOperator != nil || s == .kwIn || s == .kwIs || (s == .kwNot && symbol(ahead: 1) == .kwIn)
    }

    /// The comparisons after the first operand.
    func parseComparisonRest(_ left: Expr, start: SourceLocation) throws -> Expr {
        var rest: [(op: CompareOp, right: Expr)] = []
        while true {
            let operatorIndex = pos
            guard let op = comparisonOperator(),
                  let right = diagnosing ? try backtracking(to: operatorIndex, { try $0.parseBinary(minPrecedence: 1) })
                                         : try parseBinary(minPrecedence: 1) else { break }
            rest.append((op, right))
        }
        return rest.isEmpty ? left : Expr(.compare(left, rest), start)
    }

    /// Consumes a comparison operator, if the current tokens are one.
    func comparisonOperator() -> CompareOp? {
        let s = current()
        if let op = s.comparisonOperator {
            advance()
            return op
        }
        switch s {
        case .kwIn:
            advance()
            return .in
        case .kwIs:
            advance()
            return eat(.kwNot) ? .isNot : .is
        case .kwNot where symbol(ahead: 1) == .kwIn:
            advance()
            advance()
            return .notIn
        default:
            return nil
        }
    }

    // MARK: - Arithmetic

    /// `bitwise_or` down to `term` by precedence climbing (recursing only when a
    /// tighter operator follows), all left-associative; `**` is in `parsePower`.
    func parseBinary(minPrecedence: Int) throws -> Expr {
        let start = here
        let left = try parseFactor()
        guard let (_, precedence) = current().binaryOperator, precedence >= minPrecedence else { return left }
        return try parseBinaryRest(left, start: start, minPrecedence: minPrecedence)
    }

    /// The operators and operands after the first operand of `parseBinary`.
    func parseBinaryRest(_ first: Expr, start: SourceLocation, minPrecedence: Int) throws -> Expr {
        var left = first
        var height: Int?
        while let (op, precedence) = current().binaryOperator, precedence >= minPrecedence {
            let operatorIndex = advance()
            let operand = diagnosing ? try backtracking(to: operatorIndex, { try $0.parseBinary(minPrecedence: precedence + 1) })
                                     : try parseBinary(minPrecedence: precedence + 1)
            guard let right = operand else { break }
            // The loop builds `a + b + c …` leaning left, past the recursion counter.
            height = try checkedHeight(max(height ?? self.height(of: left), self.height(of: right)) + 1, at: operatorIndex)
            left = Expr(.binary(op, left, right), start)
        }
        return left
    }

    /// The height of `e`, for the checks on trees built by loops.
    func height(of e: Expr) -> Int {
        ASTDepth.height(of: e, limit: Parser.maxDepth)
    }

    /// `height` for a node about to be built at the current depth, failing when the
    /// tree would nest deeper than `maxDepth`.
    func checkedHeight(_ height: Int, at tokenIndex: Int) throws -> Int {
        if height + depth + baseDepth > Parser.maxDepth {
            try fail("too many nested expressions", atToken: tokenIndex)
        }
        return height
    }

    /// `factor: ('+' | '-' | '~') factor | power`.
    func parseFactor() throws -> Expr {
        let op: UnaryOp
        switch current() {
        case .minus: op = .neg
        case .plus: op = .pos
        case .tilde: op = .invert
        default: return try parsePower()
        }
        let start = here
        advance()
        try enter()
        defer { leave() }
        return Expr(.unary(op, try parseFactor()), start)
    }

    /// `power: await_primary ['**' factor]`, `await_primary: ['await'] primary`.
    func parsePower() throws -> Expr {
        let start = here
        let base = at(.kwAwait) ? try parseAwait() : try parsePrimary()
        return at(.doubleStar) ? try parsePowerRest(base, start: start) : base
    }

    /// `'await' primary`.
    func parseAwait() throws -> Expr {
        let start = here
        advance()
        return Expr(.await(try parsePrimary()), start)
    }

    /// `'**' factor` after the base.
    func parsePowerRest(_ base: Expr, start: SourceLocation) throws -> Expr {
        let operatorIndex = advance()
        try enter()
        defer { leave() }
        guard let exponent = diagnosing ? try backtracking(to: operatorIndex, { try $0.parseFactor() }) : try parseFactor() else {
            return base
        }
        return Expr(.binary(.pow, base, exponent), start)
    }

    // MARK: - Primaries

    /// `primary`: an atom followed by any number of `.name`, `(args)` and `[slices]`.
    func parsePrimary() throws -> Expr {
        let start = here
        let atom = try parseAtom()
        let next = current()
        return next == .dot || next == .lpar || next == .lsqb ? try parseTrailers(atom, start: start) : atom
    }

    /// The trailers after an atom.
    func parseTrailers(_ atom: Expr, start: SourceLocation) throws -> Expr {
        var e = atom
        var height: Int?
        while true {
            let trailer = current()
            guard trailer == .dot || trailer == .lpar || trailer == .lsqb else { return e }
            let trailerIndex = pos
            let baseHeight = height ?? self.height(of: e)
            let base = e
            let parsed = diagnosing ? try backtracking(to: trailerIndex, { try $0.parseTrailer(on: base, start: start) })
                                     : try parseTrailer(on: base, start: start)
            guard let next = parsed else { return e }
            e = next
            // The loop builds `a.b(c)[d] …` leaning left, past the recursion counter.
            height = try checkedHeight(max(baseHeight, trailerHeight(e)) + 1, at: trailerIndex)
        }
    }

    /// One `.name`, `(args)` or `[slices]` applied to `e`.
    func parseTrailer(on e: Expr, start: SourceLocation) throws -> Expr {
        switch symbols[advance()] {
        case .dot:
            return Expr(.attribute(e, try expectIdentifier()), start)
        case .lpar:
            let (args, keywords) = try parseCallArguments()
            return Expr(.call(function: e, args: args, keywords: keywords), start)
        default:
            let index = try parseSlices()
            try expect(.rsqb)
            return Expr(.subscript(e, index), start)
        }
    }

    /// The height of what a trailer added: call arguments or the subscript.
    func trailerHeight(_ e: Expr) -> Int {
        switch e.kind {
        case .call(_, let args, let keywords):
            let heights = args.map(height(of:)) + keywords.map { height(of: $0.value) }
            return heights.max() ?? 0
        case .subscript(_, let index):
            return height(of: index)
        default:
            return 0
        }
    }

    /// `atom`: a name, constant, literal or display.
    func parseAtom() throws -> Expr {
        switch current() {
        case .string: return try parseStrings()
        case .lpar: return try parseParenthesized()
        case .lsqb: return try parseListDisplay()
        case .lbrace: return try parseBraceDisplay()
        default: return try parseLeafAtom()
        }
    }

    /// A name or a constant.
    func parseLeafAtom() throws -> Expr {
        let start = here
        switch current() {
        case .name:
            return Expr(.name(tokens[advance()].text), start)
        case .kwTrue:
            advance()
            return Expr(.constant(.bool(true)), start)
        case .kwFalse:
            advance()
            return Expr(.constant(.bool(false)), start)
        case .kwNone:
            advance()
            return Expr(.constant(.none), start)
        case .number:
            return Expr(.constant(Parser.numberConstant(tokens[advance()].text)), start)
        case .ellipsis:
            advance()
            return Expr(.constant(.ellipsis), start)
        default:
            try failGeneric()
        }
    }

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`.
    func parseSlices() throws -> Expr {
        let start = here
        let first = try parseSliceItem()
        guard at(.comma) else {
            // A lone `*x` is not a `slice`, so CPython makes it a one-element tuple.
            if case .starred = first.kind { return Expr(.tuple([first]), start) }
            return first
        }
        var items = [first]
        while eat(.comma) {
            if at(.rsqb) { break }
            items.append(try parseSliceItem())
        }
        return Expr(.tuple(items), start)
    }

    /// `slice: [expression] ':' [expression] [':' [expression]] | named_expression`,
    /// or `*expression`.
    func parseSliceItem() throws -> Expr {
        let start = here
        switch current() {
        case .star:
            advance()
            return Expr(.starred(try parseExpression()), start)
        case .colon:
            return try parseSlice(lower: nil, start: start)
        case .name where symbol(ahead: 1) == .colonEqual:
            return try parseAssignmentExpression()
        default:
            let startIndex = pos
            let e = try parseExpression()
            if at(.colon) { return try parseSlice(lower: e, start: start) }
            let next = current()
            if next == .colonEqual || next == .equal { try diagnoseAssignmentInExpression(e, startIndex: startIndex) }
            return e
        }
    }

    /// `lower:upper:step` from the first `:`.
    func parseSlice(lower: Expr?, start: SourceLocation) throws -> Expr {
        advance() // `:`
        let upper = startsExpression(allowStar: false) ? try parseExpression() : nil
        var step: Expr?
        if eat(.colon) && startsExpression(allowStar: false) { step = try parseExpression() }
        return Expr(.slice(lower: lower, upper: upper, step: step), start)
    }

    // MARK: - Lambda and yield

    /// `lambdef: 'lambda' [lambda_params] ':' expression`.
    func parseLambda() throws -> Expr {
        let start = here
        advance()
        let args = try parseParameters(isLambda: true)
        try expect(.colon)
        return Expr(.lambda(args, body: try parseExpression()), start)
    }

    /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`.
    func parseYieldExpression() throws -> Expr {
        let start = here
        advance()
        if eat(.kwFrom) { return Expr(.yieldFrom(try parseExpression()), start) }
        let value = startsExpression(allowStar: true) ? try parseStarExpressions() : nil
        return Expr(.yield(value), start)
    }
}
