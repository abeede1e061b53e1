import ArgumentParser
import Coro
#if canImport(Glibc)
import Glibc
#endif

/// `coro run FILE`: a program, like `python3 FILE`; `coro run FILE.coro`: a session
/// replayed (with `--echo`, as typed at the shell).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a program, or replay a .coro session.")

    @Flag(name: .long, help: "For a .coro session: print the prompts and inputs too, as typed at the shell.")
    var echo = false

    @Argument(help: "The program file, or a .coro session.")
    var file: String

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if echo && !file.hasSuffix(".coro") {
            throw ValidationError("--echo replays a .coro session; '\(file)' is a program")
        }
    }

    func run() throws {
        let text: String
        switch SourceFile.read(file) {
        case .success(let t): text = t
        case .failure(let e):
            writeAll("coro: \(e.message)\n", to: 2)
            throw ExitCode(1)
        }
        let output = standardOutput()
        let status: Int32
        if file.hasSuffix(".coro") {
            let script = SessionScript(text: text, filename: file)
            status = SessionReplay.run(script, options: common.sessionOptions(baseDirectory: SourceFile.directory(of: file)),
                                       echo: echo, output: output)
        } else {
            status = runProgram(source: text, path: file, maxSteps: common.maxSteps, output: output,
                                trace: common.trace, style: common.style)
        }
        output.flush()
        if status != 0 { throw ExitCode(status) }
    }
}
