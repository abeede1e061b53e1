import ArgumentParser
import Coro
#if canImport(Glibc)
import Glibc
#endif

@main
struct CoroCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coro",
        abstract: "Step Python-style generators and coroutines on a deterministic event loop.",
        version: "0.1.0",
        subcommands: [RunCommand.self, DisCommand.self]
    )
}
