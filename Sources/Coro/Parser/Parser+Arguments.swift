// MARK: - Call arguments

extension Parser {
    /// What a call's argument list has collected so far.
    struct CallArguments {
        /// The `(` of the call.
        var open: Int
        /// False in a class header, which takes no bare generator expression.
        var allowsGenerator: Bool
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawUnpacking = false
        /// CPython reports a misplaced positional argument only after reading the rest.
        var misplaced: String?
    }

    /// The arguments of a call or class header after its `(`, through the `)`, with
    /// the errors of `invalid_arguments` and `invalid_kwarg`. A generator expression
    /// may stand alone without its own parentheses: `sum(x for x in y)`.
    func parseCallArguments(allowsGenerator: Bool = true) throws -> (args: [Expr], keywords: [Keyword]) {
        var call = CallArguments(open: pos - 1, allowsGenerator: allowsGenerator)
        while !at(.rpar) {
            try parseArgument(into: &call)
            if !eat(.comma) { break }
        }
        if let misplaced = call.misplaced { try fail(misplaced) }
        try expect(.rpar)
        return (call.args, call.keywords)
    }

    /// One argument of a call.
    func parseArgument(into call: inout CallArguments) throws {
        let argStart = here
        switch current() {
        case .star:
            let star = advance()
            let value = try parseExpression()
            if call.sawUnpacking { try failUnpackingOrder(star) }
            call.args.append(Expr(.starred(value), argStart))
        case .doubleStar:
            advance()
            call.keywords.append(Keyword(name: nil, value: try parseExpression(), loc: argStart))
            call.sawUnpacking = true
        case .name where symbol(ahead: 1) == .equal:
            call.keywords.append(try parseKeywordArgument())
            call.sawKeyword = true
        default:
            try rejectKeywordConstant()
            let afterKeywords = call.sawKeyword || call.sawUnpacking
            if afterKeywords && call.misplaced == nil {
                call.misplaced = call.sawUnpacking ? "positional argument follows keyword argument unpacking"
                                                   : "positional argument follows keyword argument"
            }
            let argIndex = pos
            do {
                let isFirst = call.args.isEmpty && call.keywords.isEmpty
                call.args.append(try parsePositionalArgument(open: call.open, isFirst: isFirst, allowsGenerator: call.allowsGenerator))
            } catch let e as ParseError where e.isGeneric && afterKeywords {
                // CPython's `args ',' args` accepts any start of an expression here,
                // so the misplaced argument is what it reports.
                guard let misplaced = call.misplaced, symbols[argIndex].startsExpression else { throw e }
                try fail(misplaced)
            }
        }
    }

    func failUnpackingOrder(_ star: Int) throws -> Never {
        try fail("iterable argument unpacking follows keyword argument unpacking", overToken: star)
    }

    /// `f(True=1)`: "cannot assign to True".
    func rejectKeywordConstant() throws {
        let s = current()
        if (s == .kwTrue || s == .kwFalse || s == .kwNone) && symbol(ahead: 1) == .equal {
            try fail("cannot assign to \(tokens[pos].text)", from: here, to: tokens[pos + 1].end)
        }
    }

    /// `NAME '=' expression`, with `invalid_kwarg`.
    func parseKeywordArgument() throws -> Keyword {
        let name = advance()
        let equals = advance()
        let value = try parseExpression()
        if startsComprehensionQuietly() {
            try fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: start(name), to: tokens[equals].end)
        }
        return Keyword(name: tokens[name].text, value: value, loc: start(name))
    }

    /// `assignment_expression | expression !':='`, or a bare generator expression.
    func parsePositionalArgument(open: Int, isFirst: Bool, allowsGenerator: Bool) throws -> Expr {
        var e = at(.name) && symbol(ahead: 1) == .colonEqual ? try parseAssignmentExpression() : try parseExpression()
        if at(.colonEqual) { try failGeneric() }
        // CPython's first pass looks for a generator only as a call's first argument.
        if isFirst && allowsGenerator ? startsComprehension() : startsComprehensionQuietly() {
            let generators = try parseComprehensionClauses()
            // After other arguments, or before more, it needs its own parentheses.
            if !isFirst || at(.comma) {
                try fail("Generator expression must be parenthesized", from: e.loc, to: previousEnd)
            }
            if !at(.rpar) { try failGeneric() }
            e = Expr(.generatorExp(e, generators), start(open))
        }
        if at(.equal) {
            try fail("expression cannot contain assignment, perhaps you meant \"==\"?", from: e.loc, to: tokens[pos].end)
        }
        return e
    }
}

// MARK: - Parameters

extension Parser {
    /// What a parameter list has seen so far, for CPython's ordering errors.
    struct ParameterState {
        var sawDefault = false
        var sawSlash = false
        var sawStar = false
        var sawDoubleStar = false
        /// Where `invalid_parameters` can still name a missing default: plain
        /// parameters, then ones with defaults, then at most a `/` right after them.
        var defaultsRun = DefaultsRun.plain
    }

    enum DefaultsRun {
        case plain, defaults, slashAfterDefaults, other
    }

    /// `params` of a `def` (up to its `)`) or `lambda_params` (up to its `:`), with
    /// the errors of `invalid_parameters` and friends. Annotations are parsed and
    /// dropped.
    func parseParameters(isLambda: Bool) throws -> Arguments {
        let closing: Symbol = isLambda ? .colon : .rpar
        var result = Arguments()
        var positional: [Arg] = []
        var state = ParameterState()
        while !at(closing) {
            if state.sawDoubleStar { try failAfterDoubleStar() }
            switch current() {
            case .slash:
                try parseSlash(&state, positional: positional)
                result.posOnly = positional
                positional = []
            case .star:
                result.vararg = try parseStarParameter(&state, isLambda: isLambda, closing: closing)
            case .doubleStar:
                advance()
                result.kwarg = try expectIdentifier()
                if !isLambda && eat(.colon) { _ = try parseExpression() }
                if at(.equal) { try fail("var-keyword argument cannot have default value", overToken: pos) }
                state.sawDoubleStar = true
            case .lpar:
                try failParenthesizedParameters(isLambda: isLambda)
            default:
                let nameIndex = pos
                let arg = try parseParameter(isLambda: isLambda, closing: closing)
                if arg.defaultValue != nil {
                    state.sawDefault = true
                    state.defaultsRun = state.defaultsRun == .plain || state.defaultsRun == .defaults ? .defaults : .other
                } else if state.sawDefault && !state.sawStar {
                    // `param_no_default` needs a `,` or the end after it.
                    if (at(.comma) || at(closing)) && (state.defaultsRun == .defaults || state.defaultsRun == .slashAfterDefaults) {
                        try fail("non-default argument follows default argument", overToken: nameIndex)
                    }
                    try failGeneric()
                }
                if state.sawStar { result.kwOnly.append(arg) } else { positional.append(arg) }
            }
            if !eat(.comma) { break }
        }
        result.args = positional
        return result
    }

    /// `/` after the positional-only parameters.
    func parseSlash(_ state: inout ParameterState, positional: [Arg]) throws {
        let slash = pos
        if positional.isEmpty && !state.sawSlash && !state.sawStar {
            try fail("at least one argument must precede /", overToken: slash)
        }
        if state.sawSlash { try fail("/ may appear only once", overToken: slash) }
        if state.sawStar { try fail("/ must be ahead of *", overToken: slash) }
        advance()
        if at(.star) { try fail("expected comma between / and *", overToken: pos) }
        state.sawSlash = true
        state.defaultsRun = state.defaultsRun == .defaults ? .slashAfterDefaults : .other
    }

    /// `*` or `*args`; returns the name of `*args`.
    func parseStarParameter(_ state: inout ParameterState, isLambda: Bool, closing: Symbol) throws -> String? {
        let star = pos
        if state.sawStar { try fail("* argument may appear only once", overToken: star) }
        state.sawStar = true
        advance()
        if at(.comma) || at(closing) {
            let next = at(.comma) ? symbol(ahead: 1) : closing
            if next == closing || next == .doubleStar {
                if isLambda { try fail("named arguments must follow bare *") }
                try fail("named arguments must follow bare *", overToken: star)
            }
            return nil
        }
        let name = try expectIdentifier()
        if !isLambda && eat(.colon) { _ = try parseStarExpression() }
        if at(.equal) { try fail("var-positional argument cannot have default value", overToken: pos) }
        return name
    }

    /// Anything after `**kwargs` but the end.
    func failAfterDoubleStar() throws -> Never {
        switch current() {
        case .star, .doubleStar, .slash, .name:
            try fail("arguments cannot follow var-keyword argument", overToken: pos)
        default:
            try failGeneric()
        }
    }

    /// `NAME [':' expression] ['=' expression]`.
    func parseParameter(isLambda: Bool, closing: Symbol) throws -> Arg {
        let nameIndex = pos
        let name = try expectIdentifier()
        if !isLambda && eat(.colon) { _ = try parseExpression() }
        var defaultValue: Expr?
        if at(.equal) {
            let equals = advance()
            if at(.comma) || at(closing) { try fail("expected default value expression", overToken: equals) }
            defaultValue = try parseExpression()
        }
        return Arg(name: name, defaultValue: defaultValue, loc: start(nameIndex))
    }

    /// `def f((a, b)):` is Python 2; CPython names the mistake when the parentheses
    /// hold plain names.
    func failParenthesizedParameters(isLambda: Bool) throws -> Never {
        let open = pos
        let close: Int? = try probe { p -> Int in
            p.advance()
            repeat {
                _ = try p.expectIdentifier()
            } while p.eat(.comma) && !p.at(.rpar)
            guard p.at(.rpar) else { try p.failGeneric() }
            return p.advance()
        }?.value
        guard let close else { try failGeneric() }
        let what = isLambda ? "Lambda expression parameters" : "Function parameters"
        try fail("\(what) cannot be parenthesized", from: start(open), to: tokens[close].end)
    }
}
