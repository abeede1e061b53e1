// MARK: - Statements

extension Parser {
    /// `statement: compound_stmt | simple_stmts`.
    func parseStatement() throws -> [Stmt] {
        if let compound = try parseCompoundStatement() { return [compound] }
        if at(.name) && tokens[pos].text == "match" { try rejectMatchStatement() }
        return try parseSimpleStatements()
    }

    /// `match` is outside the subset: a line that CPython would read as a match
    /// statement's header (`match subject:`) gets a clear error rather than an odd one.
    func rejectMatchStatement() throws {
        let header = try probe { p -> Bool in
            p.advance()
            _ = try p.parseStarExpressions()
            return p.eat(.colon) && p.at(.newline)
        }
        if header?.value == true { try fail("match statements are not supported", overToken: pos) }
    }

    /// A compound statement, or nil when the current token does not start one.
    func parseCompoundStatement() throws -> Stmt? {
        switch current() {
        case .at: return try parseDecorated()
        case .kwDef: return try parseFunctionDef(decorators: [], isAsync: false, start: here)
        case .kwClass: return try parseClassDef(decorators: [])
        case .kwIf: return try parseIf()
        case .kwWhile: return try parseWhile()
        case .kwFor: return try parseFor(isAsync: false, start: here)
        case .kwTry: return try parseTry()
        case .kwWith: return try parseWith(isAsync: false, start: here)
        case .kwAsync: return try parseAsync()
        default: return nil
        }
    }

    /// `simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    func parseSimpleStatements() throws -> [Stmt] {
        var statements = [try parseSimpleStatement()]
        while eat(.semi) {
            if at(.newline) { break }
            statements.append(try parseSimpleStatement())
        }
        try expect(.newline)
        return statements
    }

    /// One simple statement.
    func parseSimpleStatement() throws -> Stmt {
        let start = here
        switch current() {
        case .kwPass:
            advance()
            return Stmt(.pass, start)
        case .kwBreak:
            advance()
            return Stmt(.break, start)
        case .kwContinue:
            advance()
            return Stmt(.continue, start)
        case .kwReturn: return try parseReturn()
        case .kwRaise: return try parseRaise()
        case .kwGlobal, .kwNonlocal: return try parseNameDeclaration()
        case .kwDel: return try parseDel()
        case .kwAssert: return try parseAssert()
        case .kwImport: return try parseImport()
        case .kwFrom: return try parseFromImport()
        default: return try parseExpressionStatement()
        }
    }

    // MARK: - Blocks

    /// `block: NEWLINE INDENT statements DEDENT | simple_stmts`, with CPython's
    /// "expected an indented block after `what` on line N".
    func parseBlock(after header: Int, _ what: String) throws -> [Stmt] {
        guard eat(.newline) else { return try parseSimpleStatements() }
        guard eat(.indent) else {
            try fail("expected an indented block after \(what) on line \(start(header).line)", kind: "IndentationError")
        }
        var body: [Stmt] = []
        while !eat(.dedent) {
            if at(.endmarker) { try failGeneric() }
            body += try parseStatement()
        }
        return body
    }

    /// The `:` of a header whose `invalid_*` rule says "expected ':'" only when the
    /// line ends there.
    func expectHeaderColon() throws {
        if eat(.colon) { return }
        if at(.newline) { try fail("expected ':'") }
        try failGeneric()
    }

    // MARK: - Compound statements

    /// `if_stmt`: its `elif` clauses become nested `if` statements in `orelse`, as in
    /// CPython's tree, built by a loop rather than by recursion.
    func parseIf() throws -> Stmt {
        var clauses: [(keyword: Int, test: Expr, body: [Stmt])] = []
        repeat {
            let keyword = advance()
            if clauses.count >= Parser.maxDepth { try fail("too many elif branches", atToken: keyword) }
            let test = try parseNamedExpression()
            try expectHeaderColon()
            let body = try parseBlock(after: keyword, "'\(tokens[keyword].text)' statement")
            clauses.append((keyword, test, body))
        } while at(.kwElif)
        var orelse = at(.kwElse) ? try parseElse() : []
        for clause in clauses.reversed() {
            orelse = [Stmt(.if(test: clause.test, body: clause.body, orelse: orelse), start(clause.keyword))]
        }
        return orelse[0]
    }

    /// `else_block: 'else' &&':' block`.
    func parseElse() throws -> [Stmt] {
        let keyword = advance()
        try expectForced(.colon, ":")
        return try parseBlock(after: keyword, "'else' statement")
    }

    /// `while_stmt`.
    func parseWhile() throws -> Stmt {
        let keyword = advance()
        let test = try parseNamedExpression()
        try expectHeaderColon()
        let body = try parseBlock(after: keyword, "'while' statement")
        let orelse = at(.kwElse) ? try parseElse() : []
        return Stmt(.while(test: test, body: body, orelse: orelse), start(keyword))
    }

    /// `for_stmt`, after any `async`.
    func parseFor(isAsync: Bool, start: SourceLocation) throws -> Stmt {
        let keyword = advance()
        let target = try parseForTarget()
        let iter = try parseStarExpressions()
        try expectHeaderColon()
        let body = try parseBlock(after: keyword, "'for' statement")
        let orelse = at(.kwElse) ? try parseElse() : []
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync), start)
    }

    /// `try_stmt` with its `except`, `else` and `finally` clauses.
    func parseTry() throws -> Stmt {
        let keyword = advance()
        try expectForced(.colon, ":")
        let body = try parseBlock(after: keyword, "'try' statement")
        var handlers: [ExceptHandler] = []
        while at(.kwExcept) {
            handlers.append(try parseExceptClause())
        }
        if handlers.isEmpty && !at(.kwFinally) {
            try fail("expected 'except' or 'finally' block")
        }
        let orelse = !handlers.isEmpty && at(.kwElse) ? try parseElse() : []
        var finalbody: [Stmt] = []
        if at(.kwFinally) {
            let finallyKeyword = advance()
            try expectForced(.colon, ":")
            finalbody = try parseBlock(after: finallyKeyword, "'finally' statement")
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), start(keyword))
    }

    /// `except_block: 'except' [expression ['as' NAME]] ':' block`.
    func parseExceptClause() throws -> ExceptHandler {
        let keyword = advance()
        if at(.star) { try fail("'except*' is not supported", atToken: pos) }
        var type: Expr?
        var name: String?
        if !at(.colon) && !at(.newline) {
            let typeStart = here
            type = try parseExpression()
            if at(.comma) { try fail("multiple exception types must be parenthesized", from: typeStart, to: nil) }
            if eat(.kwAs) { name = try expectIdentifier() }
        }
        try expectHeaderColon()
        let body = try parseBlock(after: keyword, "'except' statement")
        return ExceptHandler(type: type, name: name, body: body, loc: start(keyword))
    }

    /// `with_stmt`, after any `async`.
    func parseWith(isAsync: Bool, start: SourceLocation) throws -> Stmt {
        let keyword = advance()
        let items = try parseParenthesizedWithItems() ?? parseWithItems(closing: nil)
        try expectHeaderColon()
        let body = try parseBlock(after: keyword, "'with' statement")
        return Stmt(.with(items: items, body: body, isAsync: isAsync), start)
    }

    /// `'with' '(' ','.with_item+ ','? ')' ':'`, or nil when the parenthesis belongs
    /// to the first expression instead (`with (yield x) as y:`).
    func parseParenthesizedWithItems() throws -> [WithItem]? {
        guard at(.lpar) else { return nil }
        let saved = pos
        advance()
        do {
            let items = try parseWithItems(closing: .rpar)
            try expect(.rpar)
            if at(.colon) { return items }
        } catch let e as ParseError where !e.isGeneric {
            throw e
        } catch {}
        pos = saved
        return nil
    }

    /// `','.with_item+`, stopping before `closing` or `:`.
    func parseWithItems(closing: Symbol?) throws -> [WithItem] {
        var items: [WithItem] = []
        repeat {
            if let closing, at(closing), !items.isEmpty { break }
            let context = try parseExpression()
            let target = eat(.kwAs) ? try parseWithTarget() : nil
            items.append(WithItem(context: context, target: target))
        } while eat(.comma)
        return items
    }

    /// `star_target &(',' | ')' | ':')`, or the error of `invalid_with_item`.
    func parseWithTarget() throws -> Expr {
        let startIndex = pos
        let target = try? parseStarTarget()
        let next = current()
        // A NEWLINE is let through so that the header gets "expected ':'".
        if let target, next == .comma || next == .rpar || next == .colon || next == .newline,
           Parser.invalidTarget(target, .store) == nil {
            return target
        }
        pos = startIndex
        try diagnoseInvalidTarget(.store) { try $0.parseExpression() }
        try failGeneric()
    }

    /// `class_def_raw`.
    func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let keyword = advance()
        let name = try expectIdentifier()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if eat(.lpar) {
            (bases, keywords) = try parseCallArguments(allowsGenerator: false)
        }
        try expectHeaderColon()
        let body = try parseBlock(after: keyword, "class definition")
        let def = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(def), start(keyword))
    }

    /// `function_def_raw`; `start` is the `async` for `async def`.
    func parseFunctionDef(decorators: [Expr], isAsync: Bool, start: SourceLocation) throws -> Stmt {
        let keyword = advance()
        let name = try expectIdentifier()
        try expectForced(.lpar, "(")
        let args = try parseParameters(isLambda: false)
        try expect(.rpar)
        if eat(.arrow) { _ = try parseExpression() } // annotations are dropped
        try expectForced(.colon, ":")
        let body = try parseBlock(after: keyword, "function definition")
        let def = FunctionDef(name: name, args: args, body: body, decorators: decorators, isAsync: isAsync)
        return Stmt(.functionDef(def), start)
    }

    /// `decorators` followed by a class or function.
    func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while eat(.at) {
            decorators.append(try parseNamedExpression())
            try expect(.newline)
        }
        switch current() {
        case .kwDef:
            return try parseFunctionDef(decorators: decorators, isAsync: false, start: here)
        case .kwClass:
            return try parseClassDef(decorators: decorators)
        case .kwAsync where symbol(ahead: 1) == .kwDef:
            let start = here
            advance()
            return try parseFunctionDef(decorators: decorators, isAsync: true, start: start)
        default:
            try failGeneric()
        }
    }

    /// `async def`, `async for` or `async with`.
    func parseAsync() throws -> Stmt {
        let keyword = advance()
        switch current() {
        case .kwDef: return try parseFunctionDef(decorators: [], isAsync: true, start: start(keyword))
        case .kwFor: return try parseFor(isAsync: true, start: start(keyword))
        case .kwWith: return try parseWith(isAsync: true, start: start(keyword))
        default: try failGeneric()
        }
    }

    // MARK: - Simple statements

    /// `return_stmt: 'return' [star_expressions]`.
    func parseReturn() throws -> Stmt {
        let keyword = advance()
        let value = startsExpression(allowStar: true) ? try parseStarExpressions() : nil
        return Stmt(.return(value), start(keyword))
    }

    /// `raise_stmt: 'raise' [expression ['from' expression]]`.
    func parseRaise() throws -> Stmt {
        let keyword = advance()
        guard startsExpression(allowStar: false) else { return Stmt(.raise(exc: nil, cause: nil), start(keyword)) }
        let exc = try parseExpression()
        let cause = eat(.kwFrom) ? try parseExpression() : nil
        return Stmt(.raise(exc: exc, cause: cause), start(keyword))
    }

    /// `global` or `nonlocal` with `','.NAME+`.
    func parseNameDeclaration() throws -> Stmt {
        let isGlobal = at(.kwGlobal)
        let keyword = advance()
        var names = [try expectIdentifier()]
        while eat(.comma) { names.append(try expectIdentifier()) }
        return Stmt(isGlobal ? .global(names) : .nonlocal(names), start(keyword))
    }

    /// `assert_stmt: 'assert' expression [',' expression]`.
    func parseAssert() throws -> Stmt {
        let keyword = advance()
        let test = try parseExpression()
        let msg = eat(.comma) ? try parseExpression() : nil
        return Stmt(.assert(test: test, msg: msg), start(keyword))
    }

    /// `del_stmt: 'del' del_targets &(';' | NEWLINE)`, with `invalid_del_stmt`.
    func parseDel() throws -> Stmt {
        let keyword = advance()
        let startIndex = pos
        var targets: [Expr] = []
        var firstError: ParseError?
        do {
            repeat {
                if !targets.isEmpty && atStatementEnd() { break }
                targets.append(try parsePrimary())
            } while eat(.comma)
        } catch let e as ParseError where e.isGeneric {
            firstError = e
        }
        if firstError == nil && atStatementEnd() && !targets.contains(where: { Parser.invalidTarget($0, .delete) != nil }) {
            return Stmt(.delete(targets), start(keyword))
        }
        let generic = firstError ?? genericError()
        pos = startIndex
        try diagnoseInvalidTarget(.delete) { try $0.parseStarExpressions() }
        throw generic
    }

    /// `import_name: 'import' dotted_as_names`.
    func parseImport() throws -> Stmt {
        let keyword = advance()
        var names: [ImportAlias] = []
        repeat {
            let aliasStart = here
            let name = try parseDottedName()
            let asName = eat(.kwAs) ? try expectIdentifier() : nil
            names.append(ImportAlias(name: name, asName: asName, loc: aliasStart))
        } while eat(.comma)
        return Stmt(.import(names), start(keyword))
    }

    /// `dotted_name: NAME ('.' NAME)*`.
    func parseDottedName() throws -> String {
        var name = try expectIdentifier()
        while eat(.dot) { name += "." + (try expectIdentifier()) }
        return name
    }

    /// `import_from`, with `invalid_import_from_targets`.
    func parseFromImport() throws -> Stmt {
        let keyword = advance()
        var level = 0
        while at(.dot) || at(.ellipsis) { level += tokens[advance()].text.count }
        let module = level > 0 && at(.kwImport) ? "" : try parseDottedName()
        try expect(.kwImport)
        if at(.star) {
            let star = advance()
            let names = [ImportAlias(name: "*", asName: nil, loc: start(star))]
            return Stmt(.importFrom(module: module, names: names, level: level), start(keyword))
        }
        let parenthesized = eat(.lpar)
        var names: [ImportAlias] = []
        repeat {
            if parenthesized && at(.rpar) && !names.isEmpty { break }
            if !parenthesized && !names.isEmpty && at(.newline) {
                try fail("trailing comma not allowed without surrounding parentheses")
            }
            let aliasStart = here
            let name = try expectIdentifier()
            let asName = eat(.kwAs) ? try expectIdentifier() : nil
            names.append(ImportAlias(name: name, asName: asName, loc: aliasStart))
        } while eat(.comma)
        if parenthesized { try expect(.rpar) }
        return Stmt(.importFrom(module: module, names: names, level: level), start(keyword))
    }
}
