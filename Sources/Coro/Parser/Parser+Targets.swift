// MARK: - Assignment, deletion and loop targets

/// Which statement a target belongs to; the rules differ a little
/// (CPython's `TARGETS_TYPE`).
enum TargetContext {
    case store, delete, forLoop
}

extension Parser {
    /// `star_targets` of a `for` statement or comprehension, and the `in` after it,
    /// with the error of `invalid_for_target` when they do not parse.
    func parseForTarget() throws -> Expr {
        let startIndex = pos
        var target: Expr?
        var firstError: ParseError?
        do {
            target = try parseTargetList()
        } catch let e as ParseError {
            if !e.isGeneric { throw e }
            firstError = e
        }
        if let target, at(.kwIn), Parser.invalidTarget(target, .store) == nil {
            advance()
            return target
        }
        let generic = firstError ?? genericError()
        pos = startIndex
        try diagnoseInvalidTarget(.forLoop) { try $0.parseStarExpressions() }
        throw generic
    }

    /// `star_targets`: one target, or a tuple of them.
    func parseTargetList() throws -> Expr {
        let start = here
        let first = try parseStarTarget()
        guard at(.comma) else { return first }
        var elements = [first]
        while eat(.comma) {
            if !startsTarget() { break }
            elements.append(try parseStarTarget())
        }
        return Expr(.tuple(elements), start)
    }

    /// `star_target`: `*target`, or a primary (name, attribute, subscript, or a
    /// bracketed list of targets), checked by the caller.
    func parseStarTarget() throws -> Expr {
        if at(.star) {
            let star = advance()
            if at(.star) { try failGeneric() }
            return Expr(.starred(try parseStarTarget()), start(star))
        }
        return try parsePrimary()
    }

    /// True when the current token can start a target.
    func startsTarget() -> Bool {
        let s = current()
        return s == .star || s == .lpar || s == .lsqb || s == .name
    }

    /// CPython's `_PyPegen_get_invalid_target`: the first part of `e` that cannot be
    /// assigned to (or deleted), or nil.
    static func invalidTarget(_ e: Expr, _ context: TargetContext) -> Expr? {
        switch e.kind {
        case .list(let elements), .tuple(let elements):
            for element in elements {
                if let invalid = invalidTarget(element, context) { return invalid }
            }
            return nil
        case .starred(let value):
            return context == .delete ? e : invalidTarget(value, context)
        case .compare(let left, let rest):
            // `for a in b` reaches here parsed as the comparison `a in b`.
            guard context == .forLoop else { return e }
            return rest.first?.op == .in ? invalidTarget(left, context) : nil
        case .name, .attribute, .subscript:
            return nil
        default:
            return e
        }
    }

    /// CPython's `RAISE_SYNTAX_ERROR_INVALID_TARGET`: parses the target text again as
    /// an expression and reports its first invalid part; returns when there is none.
    func diagnoseInvalidTarget(_ context: TargetContext, _ parse: (Parser) throws -> Expr) throws {
        guard let parsed = try probe(parse), let invalid = Parser.invalidTarget(parsed.value, context) else { return }
        let verb = context == .delete ? "delete" : "assign to"
        try fail("cannot \(verb) \(Parser.expressionName(invalid))", from: invalid.loc, to: endOfExpression(invalid))
    }

    /// CPython's `_PyPegen_get_expr_name`, for messages.
    static func expressionName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binary, .unary: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr: return "f-string expression"
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        }
    }

    // MARK: - Where an expression ends

    /// The index of the token starting at `loc`, searching from `start`.
    func tokenIndex(at loc: SourceLocation, from start: Int) -> Int? {
        var i = start
        while i < tokens.count {
            let t = tokens[i]
            if t.start == loc && t.kind != .indent && t.kind != .dedent { return i }
            if t.start.line > loc.line { return nil }
            i += 1
        }
        return nil
    }

    /// Where `e` ends, found by parsing it again from its first token (the tree keeps
    /// only start positions); for the `^^^` range of an error.
    func endOfExpression(_ e: Expr) -> SourceLocation? {
        guard let i = tokenIndex(at: e.loc, from: 0) else { return nil }
        let saved = pos
        pos = i
        defer { pos = saved }
        switch e.kind {
        case .yield, .yieldFrom:
            return (try? probe { try $0.parseYieldExpression() })??.end
        case .tuple where symbols[i] != .lpar:
            return (try? probe { try $0.parseStarExpressions() })??.end
        default:
            return (try? probe { try $0.parseStarNamedExpression() })??.end
        }
    }
}
