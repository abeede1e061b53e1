import ArgumentParser
import Coro

/// `coro dis FILE`: the bytecode of a program, for debugging the compiler.
struct DisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dis", abstract: "Show the bytecode of a program.", shouldDisplay: false)

    @Argument(help: "The program file.")
    var file: String

    func run() throws {
        guard let source = readSourceFile(file) else { throw ExitCode(1) }
        do {
            let code = try Compile.module(try Parse.module(source), source: SourceText(filename: file, text: source))
            print(Disassembler.listing(code), terminator: "")
        } catch let e as SyntaxErrorInfo {
            writeAll("\(e.kind): \(e.message) (line \(e.location.line))\n", to: 2)
            throw ExitCode(1)
        }
    }
}
