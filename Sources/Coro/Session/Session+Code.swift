extension Session {
    // MARK: - Python code

    /// Runs code as Python's interactive prompt does: expression statements echo the
    /// repr of a non-None value; an uncaught exception prints a traceback whose lines
    /// are the file's own (or counted within the input, in the shell).
    func runCode(_ input: SessionInput) -> InputOutcome {
        let code: CodeObject
        do {
            let module = try Parse.module(padded(input))
            code = try Compile.module(module, source: input.source, interactive: true)
        } catch let e as SyntaxErrorInfo {
            if let outcome = suggestCommand(for: input) { return outcome }
            output.write(vm.formatSyntaxError(e, input.source))
            return .failed
        } catch {
            output.write("coro: \(error)\n")
            return .failed
        }
        return runModuleCode(code)
    }

    /// The input's text preceded by blank lines, so the lexer numbers its lines as the
    /// file does (an input starting at line 12 reports line 12).
    func padded(_ input: SessionInput) -> String {
        String(repeating: "\n", count: max(0, input.firstLine - 1)) + input.text
    }

    /// Runs module-level code in the session's namespace, then the finalizations it
    /// left (a dropped generator's `finally`, "never awaited" warnings).
    func runModuleCode(_ code: CodeObject) -> InputOutcome {
        let frame = Frame(code: code, globals: globals)
        frame.installCells(closure: [])
        do {
            _ = try vm.runCallFrame(frame)
            try vm.runPendingFinalizations()
            return .ok
        } catch let e as PyBaseException {
            output.write(vm.formatException(e))
            finishAfterError()
            return .failed
        } catch let e as StepLimitExceeded {
            return stop(e)
        } catch {
            output.write("coro: \(error)\n")
            return .failed
        }
    }

    /// After an uncaught exception, the finalizations still due run too, so a dropped
    /// generator's cleanup is never lost or delayed to an unrelated input.
    func finishAfterError() {
        do {
            try vm.runPendingFinalizations()
        } catch let e as PyBaseException {
            output.write(vm.formatException(e))
        } catch {
            output.write("coro: \(error)\n")
        }
    }

    /// A line shaped like a command whose word is not one (`nxt g`), and which is not
    /// Python either: the closest command, instead of a bare SyntaxError.
    func suggestCommand(for input: SessionInput) -> InputOutcome? {
        guard !input.text.contains("\n"), let (word, _) = CommandRecognizer.commandShape(input.text),
              let closest = CommandTable.closest(to: word), let spec = CommandTable.spec(closest) else { return nil }
        return fail("unknown command '\(word)'; did you mean '\(closest)'?", usage: spec.usage)
    }

    // MARK: - Expressions in commands

    /// Evaluates a command's argument (`send g EXPR`, the object `pipe.inner`) as a
    /// Python expression in the session's namespace.
    func evaluate(_ text: String) throws -> Value {
        let source = SourceText(filename: "<input>", text: text)
        let module: Module
        do {
            module = try Parse.module(text)
        } catch let e as SyntaxErrorInfo {
            throw CommandArgumentError.syntax(vm.formatSyntaxError(e, source))
        }
        guard module.body.count == 1, case .expr(let e) = module.body[0].kind else {
            throw CommandArgumentError.notAnExpression(text)
        }
        let code: CodeObject
        do {
            code = try Compile.expression(e, source: source)
        } catch let e as SyntaxErrorInfo {
            throw CommandArgumentError.syntax(vm.formatSyntaxError(e, source))
        }
        let frame = Frame(code: code, globals: globals)
        frame.installCells(closure: [])
        let value = try vm.runCallFrame(frame)
        try vm.runPendingFinalizations()
        return value
    }

    // MARK: - load

    /// `load FILE`: a program run into the session's namespace (no echo), its
    /// tracebacks naming the file as written.
    func load(_ path: String) -> InputOutcome {
        let resolved = path.hasPrefix("/") ? path : SourceFile.join(options.baseDirectory, path)
        let text: String
        switch SourceFile.read(resolved) {
        case .success(let t): text = t
        case .failure(let e): return fail(e.message.replacingFirst(resolved, with: path))
        }
        let source = SourceText(filename: path, text: text)
        let code: CodeObject
        do {
            code = try Compile.module(try Parse.module(text), source: source)
        } catch let e as SyntaxErrorInfo {
            output.write(vm.formatSyntaxError(e, source))
            return .failed
        } catch {
            output.write("coro: \(error)\n")
            return .failed
        }
        return runModuleCode(code)
    }
}

/// Why a command's Python argument could not be evaluated.
enum CommandArgumentError: Error {
    /// A SyntaxError, formatted.
    case syntax(String)
    /// A statement where an expression belongs.
    case notAnExpression(String)
}

extension String {
    /// `self` with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
