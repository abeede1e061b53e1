import ArgumentParser
import Coro

/// `coro test [PATH…]`: the golden sessions and markdown doctests.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Replay X.coro sessions and compare with X.out; check the coro blocks of markdown files.",
        discussion: "Directories are searched recursively. The last line is `N passed, N failed`; the exit status is 1 when any failed.")

    @Flag(name: .long, help: "Write the actual output as the expected one (X.out, or the markdown blocks).")
    var update = false

    @Argument(help: "Session files, markdown files or directories (default: the current directory).")
    var paths: [String] = []

    @OptionGroup var common: CommonOptions

    func run() throws {
        let runner = GoldenRunner(paths: paths.isEmpty ? ["."] : paths, update: update,
                                  maxSteps: common.maxSteps ?? 100_000_000, trace: common.trace)
        let summary = runner.run { writeAll($0, to: 1) }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
