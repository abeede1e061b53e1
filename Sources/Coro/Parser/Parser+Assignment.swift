// MARK: - Expression statements and assignments

extension Parser {
    /// An expression statement, an assignment (`a = b = 1`), an augmented assignment
    /// or an annotated one, with the errors of CPython's `invalid_assignment`.
    func parseExpressionStatement() throws -> Stmt {
        let startIndex = pos
        let (first, bare) = at(.kwYield) ? (try parseYieldExpression(), false) : try parseStarExpressionsDetailed()
        switch current() {
        case .colon: return try parseAnnotatedAssignment(first, bare: bare, startIndex: startIndex)
        case .equal: return try parseAssignment(first, bare: bare, startIndex: startIndex)
        case .augmentedAssign: return try parseAugmentedAssignment(first, startIndex: startIndex)
        default: return Stmt(.expr(first), start(startIndex))
        }
    }

    static let augmentedOperators: [String: BinaryOp] = [
        "+=": .add, "-=": .sub, "*=": .mul, "@=": .matMul, "/=": .div, "%=": .mod, "&=": .bitAnd,
        "|=": .bitOr, "^=": .bitXor, "<<=": .lshift, ">>=": .rshift, "**=": .pow, "//=": .floorDiv,
    ]

    /// `annotated_rhs: yield_expr | star_expressions`.
    func parseAssignedValue() throws -> Expr {
        at(.kwYield) ? try parseYieldExpression() : try parseStarExpressions()
    }

    /// `target: annotation [= value]`; only a name, attribute or subscript can be annotated.
    func parseAnnotatedAssignment(_ target: Expr, bare: Bool, startIndex: Int) throws -> Stmt {
        switch target.kind {
        case .name, .attribute, .subscript:
            break
        case _ where try probe({ p -> Expr in p.advance(); return try p.parseExpression() }) == nil:
            // CPython names the bad target only when an annotation follows.
            try failGeneric()
        case .tuple(let elements) where bare:
            try fail("only single target (not tuple) can be annotated", from: elements[0].loc, to: endOfExpression(elements[0]))
        case .tuple, .list:
            let name = Parser.expressionName(target)
            try fail("only single target (not \(name)) can be annotated", from: target.loc, to: endOfExpression(target))
        default:
            try fail("illegal target for annotation", from: target.loc, to: endOfExpression(target))
        }
        advance() // `:`
        let annotation = try parseExpression()
        let value = eat(.equal) ? try parseAssignedValue() : nil
        return Stmt(.annAssign(target: target, annotation: annotation, value: value), start(startIndex))
    }

    /// `target op= value`; only a single name, attribute or subscript qualifies.
    func parseAugmentedAssignment(_ target: Expr, startIndex: Int) throws -> Stmt {
        switch target.kind {
        case .name, .attribute, .subscript:
            let op = Parser.augmentedOperators[tokens[advance()].text] ?? .add
            return Stmt(.augAssign(target: target, op: op, value: try parseAssignedValue()), start(startIndex))
        default:
            let name = Parser.expressionName(target)
            try fail("'\(name)' is an illegal expression for augmented assignment", from: target.loc, to: endOfExpression(target))
        }
    }

    /// `(star_targets '=')+ (yield_expr | star_expressions)`. Each target is checked
    /// when its `=` is reached, where CPython's first pass stops.
    func parseAssignment(_ first: Expr, bare: Bool, startIndex: Int) throws -> Stmt {
        var targets: [Expr] = []
        var target = first
        var targetStart = startIndex
        while at(.equal) {
            if Parser.invalidTarget(target, .store) != nil {
                try diagnoseTarget(target, start: targetStart, isFirst: targets.isEmpty, bare: bare)
                try failGeneric()
            }
            targets.append(target)
            advance()
            targetStart = pos
            target = try parseAssignedValue()
        }
        return Stmt(.assign(targets: targets, value: target), start(startIndex))
    }

    /// The message of `invalid_assignment` for an invalid target starting at token
    /// `start`, the current token being its `=`.
    func diagnoseTarget(_ target: Expr, start: Int, isFirst: Bool, bare: Bool) throws {
        // Its second alternative parses the first target's elements as named
        // expressions, so the last one, followed by `=`, gets their "Maybe you meant".
        if isFirst && symbols[pos - 1] != .comma {
            let last: Expr
            if case .tuple(let elements) = target.kind, bare { last = elements[elements.count - 1] } else { last = target }
            let lastStart = bare ? tokenIndex(at: last.loc, from: start) ?? start : start
            if case .starred = last.kind {} else { try diagnoseEquals(after: last, startIndex: lastStart) }
        }
        // A bare `yield` is not a `star_expressions`, so it has its own message;
        // `(yield)` is an ordinary invalid target.
        if symbols[start] == .kwYield {
            try fail("assignment to yield expression not possible", from: target.loc, to: endOfExpression(target))
        }
        if let invalid = Parser.invalidTarget(target, .store) {
            try fail("cannot assign to \(Parser.expressionName(invalid))", from: invalid.loc, to: endOfExpression(invalid))
        }
    }
}
