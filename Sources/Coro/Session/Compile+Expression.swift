extension Compile {
    /// Compiles one expression to module-level code that returns its value (Python's
    /// `eval` mode), for command arguments such as `send g EXPR`: names are the
    /// session's globals, and nothing is bound or echoed.
    static func expression(_ e: Expr, source: SourceText) throws -> CodeObject {
        let module = Module(body: [Stmt(.expr(e), e.loc)])
        let root = try SymbolTableBuilder.build(module)
        let c = Compiler(scope: root, source: source, interactive: false, firstLine: 1)
        c.setLine(e.loc)
        try c.expr(e)
        c.b.emit(.returnValue)
        return c.finish(name: "<module>", qualname: "<module>", flags: .module, argcount: 0, posonly: 0, kwonly: 0)
    }
}
