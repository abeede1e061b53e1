/// How many golden files passed and failed.
public struct GoldenSummary: Equatable, Sendable {
    public var passed = 0
    public var failed = 0

    /// The last line `coro test` prints.
    public var line: String { "\(passed) passed, \(failed) failed" }
}

/// `coro test [PATH…]` (PRODUCT.md §4): every `X.coro` under the paths is replayed
/// with `--echo` and compared with `X.out` beside it; every markdown file with
/// ```` ```coro ```` blocks is one session checked block by block. A failure prints a
/// unified diff and the file and line where the output first differs; `update`
/// (re)writes the expected output instead.
public struct GoldenRunner {
    /// Files and directories to test (directories are searched recursively, skipping
    /// hidden ones such as `.build`).
    public var paths: [String]
    /// Write the actual output as the expected one.
    public var update: Bool
    /// Bytecode budget per file.
    public var maxSteps: Int?
    /// Replay with `trace on`.
    public var trace: Bool

    public init(paths: [String], update: Bool = false, maxSteps: Int? = 100_000_000, trace: Bool = false) {
        self.paths = paths
        self.update = update
        self.maxSteps = maxSteps
        self.trace = trace
    }

    /// A file to check, or a path that cannot be checked.
    enum Target {
        case session(String)
        case markdown(String)
        case invalid(String, reason: String)
    }

    /// Checks everything; `report` receives the text to print, a piece at a time, and
    /// the summary line last.
    public func run(report: (String) -> Void) -> GoldenSummary {
        var summary = GoldenSummary()
        for target in targets() {
            let ok: Bool
            switch target {
            case .session(let path): ok = checkSession(path, report: report)
            case .markdown(let path): ok = checkMarkdown(path, report: report)
            case .invalid(let path, let reason):
                report("FAIL \(path): \(reason)\n")
                ok = false
            }
            if ok { summary.passed += 1 } else { summary.failed += 1 }
        }
        report(summary.line + "\n")
        return summary
    }

    // MARK: - Finding files

    func targets() -> [Target] {
        var found: [Target] = []
        for path in paths {
            if SourceFile.isDirectory(path) {
                collect(directory: path, into: &found)
            } else if !SourceFile.exists(path) {
                found.append(.invalid(path, reason: "no such file or directory"))
            } else if path.hasSuffix(".coro") {
                found.append(.session(path))
            } else if path.hasSuffix(".md") {
                found.append(.markdown(path))
            } else {
                found.append(.invalid(path, reason: "not a .coro session or a markdown file"))
            }
        }
        return found
    }

    func collect(directory: String, into found: inout [Target]) {
        for name in SourceFile.entries(of: directory) where !name.hasPrefix(".") {
            let path = SourceFile.join(directory, name)
            if SourceFile.isDirectory(path) {
                collect(directory: path, into: &found)
            } else if name.hasSuffix(".coro") {
                found.append(.session(path))
            } else if name.hasSuffix(".md"), case .success(let text) = SourceFile.read(path),
                      !MarkdownSession(text: text).blocks.isEmpty {
                found.append(.markdown(path))
            }
        }
    }

    // MARK: - .coro sessions

    /// The expected-output file of a session: `X.out` beside `X.coro`.
    public static func expectedPath(of session: String) -> String {
        String(session.dropLast(".coro".count)) + ".out"
    }

    func checkSession(_ path: String, report: (String) -> Void) -> Bool {
        let text: String
        switch SourceFile.read(path) {
        case .success(let t): text = t
        case .failure(let e):
            report("FAIL \(path): \(e.message)\n")
            return false
        }
        let actual = transcript(ofSession: text, path: path)
        let outPath = GoldenRunner.expectedPath(of: path)
        let expected: String?
        if case .success(let t) = SourceFile.read(outPath) { expected = t } else { expected = nil }
        if update {
            if expected != actual {
                if let error = SourceFile.write(actual, to: outPath) {
                    report("FAIL \(path): \(error)\n")
                    return false
                }
                report("updated \(outPath)\n")
            }
            return true
        }
        guard let expected else {
            report("FAIL \(path): \(outPath) is missing; create it with: coro test --update \(path)\n")
            return false
        }
        if expected == actual { return true }
        let e = GoldenRunner.lines(expected), a = GoldenRunner.lines(actual)
        let line = UnifiedDiff.firstDifference(expected: e, actual: a)
        report("FAIL \(path)\n")
        report("\(outPath):\(line): the output differs (coro test --update \(path) rewrites it)\n")
        report(UnifiedDiff.diff(expected: e, actual: a, expectedLabel: outPath, actualLabel: "\(path) (actual output)")
            ?? "(the two differ only in the final newline)\n")
        return false
    }

    /// A session file replayed with `--echo`, as if run from its own directory: its
    /// tracebacks name the file by its base name, and `load` looks beside it.
    public func transcript(ofSession text: String, path: String) -> String {
        let output = OutputBuffer()
        let options = SessionOptions(trace: trace, maxSteps: maxSteps, style: .plain,
                                     baseDirectory: SourceFile.directory(of: path))
        let script = SessionScript(text: text, filename: SourceFile.baseName(of: path))
        _ = SessionReplay.run(script, options: options, echo: true, output: output)
        return output.out + output.err
    }

    // MARK: - Markdown

    func checkMarkdown(_ path: String, report: (String) -> Void) -> Bool {
        let text: String
        switch SourceFile.read(path) {
        case .success(let t): text = t
        case .failure(let e):
            report("FAIL \(path): \(e.message)\n")
            return false
        }
        let document = MarkdownSession(text: text)
        guard !document.blocks.isEmpty else {
            report("FAIL \(path): no ```coro blocks to check\n")
            return false
        }
        let actual = transcripts(of: document, path: path)
        if update {
            let updated = document.replacingBlocks(with: actual)
            if updated != text {
                if let error = SourceFile.write(updated, to: path) {
                    report("FAIL \(path): \(error)\n")
                    return false
                }
                report("updated \(path)\n")
            }
            return true
        }
        var ok = true
        for (block, lines) in zip(document.blocks, actual) where block.lines != lines {
            let line = UnifiedDiff.firstDifference(expected: block.lines, actual: lines, expectedStart: block.firstLine)
            if ok { report("FAIL \(path)\n") }
            ok = false
            report("\(path):\(line): the coro block's output differs (coro test --update \(path) rewrites it)\n")
            report(UnifiedDiff.diff(expected: block.lines, actual: lines, expectedLabel: "\(path) (expected)",
                                    actualLabel: "\(path) (actual)", expectedStart: block.firstLine,
                                    actualStart: block.firstLine) ?? "")
        }
        return ok
    }

    /// Each block's actual transcript, all blocks replayed as one session.
    public func transcripts(of document: MarkdownSession, path: String) -> [[String]] {
        var result: [[String]] = []
        runOnLargeStack {
            let output = OutputBuffer()
            let options = SessionOptions(trace: trace, maxSteps: maxSteps, style: .plain,
                                         baseDirectory: SourceFile.directory(of: path))
            let session = Session(options: options, output: output)
            var running = true
            for block in document.blocks {
                var text = ""
                for input in block.inputs where running {
                    let start = output.out.utf8.count
                    output.write(input.echo)
                    switch session.run(input) {
                    case .ok, .failed: break
                    case .quit, .stopped: running = false
                    }
                    text += String(decoding: output.out.utf8.dropFirst(start), as: UTF8.self)
                }
                result.append(GoldenRunner.lines(text))
            }
            // What the end of the session prints belongs to the last block.
            let start = output.out.utf8.count
            session.finish()
            let rest = String(decoding: output.out.utf8.dropFirst(start), as: UTF8.self)
            if !rest.isEmpty, let last = result.indices.last {
                result[last] = GoldenRunner.lines(result[last].map { $0 + "\n" }.joined() + rest)
            }
        }
        return result
    }

    /// A transcript's lines (a final newline does not make an extra empty line).
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
