import ArgumentParser
import Coro
#if canImport(Glibc)
import Glibc
#endif

/// `coro`: the interactive shell on a terminal; with stdin not a terminal, a session
/// read from stdin exactly as `coro run` reads a `.coro` file.
@main
struct CoroCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coro",
        abstract: "Step Python-style generators and coroutines on a deterministic event loop.",
        discussion: "With no subcommand: the interactive shell (or, with stdin not a terminal, a session read from stdin).",
        version: coroVersion,
        subcommands: [RunCommand.self, TestCommand.self, DisCommand.self]
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        let output = standardOutput()
        if isatty(0) != 0, let editor = LibeditLineEditor() {
            let session = Session(options: common.sessionOptions(baseDirectory: ""), output: output)
            let shell = Shell(session: session, editor: editor, history: History.defaultPath().map { History(path: $0) })
            let status = shell.run()
            if status != 0 { throw ExitCode(status) }
            return
        }
        let text: String
        switch readStandardInput() {
        case .success(let t): text = t
        case .failure(let e):
            writeAll("coro: \(e.message)\n", to: 2)
            throw ExitCode(1)
        }
        let script = SessionScript(text: text, filename: "<stdin>")
        let status = SessionReplay.run(script, options: common.sessionOptions(baseDirectory: ""), echo: false, output: output)
        if status != 0 { throw ExitCode(status) }
    }

    /// Parses and runs like `ParsableCommand.main()`, but usage errors exit 2
    /// (PRODUCT.md §4) instead of EX_USAGE.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                writeAll(fullMessage(for: error) + "\n", to: 2)
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
