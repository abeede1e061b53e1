import ArgumentParser
import Coro
#if canImport(Glibc)
import Glibc
#endif

/// `--color auto|always|never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// The options every invocation takes (PRODUCT.md §4).
struct CommonOptions: ParsableArguments {
    @Flag(name: .long, help: "Also show transitions caused by Python code (as `trace on`).")
    var trace = false

    @Option(name: .long, help: ArgumentHelp("Stop after N bytecode instructions (exit 1).", valueName: "N"))
    var maxSteps: Int?

    @Option(name: .long, help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        if let n = maxSteps, n < 1 { throw ValidationError("--max-steps must be at least 1") }
    }

    /// The colour to use on stdout.
    var style: Style {
        let noColor = getenv("NO_COLOR").map { String(cString: $0) }
        return Style.resolve(color.rawValue, stdoutIsTerminal: isatty(1) != 0, noColor: noColor)
    }

    func sessionOptions(baseDirectory: String, maxSteps override: Int? = nil) -> SessionOptions {
        SessionOptions(trace: trace, maxSteps: override ?? maxSteps, style: style, baseDirectory: baseDirectory)
    }
}
