import ArgumentParser
import Coro
#if canImport(Glibc)
import Glibc
#endif

/// `coro run FILE`: a program, like `python3 FILE`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a program or replay a .coro session.")

    @Argument(help: "The file to run.")
    var file: String

    @Option(name: .long, help: "Stop after this many bytecode instructions.")
    var maxSteps: Int?

    func run() throws {
        guard let source = readSourceFile(file) else { throw ExitCode(1) }
        let output = OutputBuffer()
        output.sink = { text, isError in writeAll(text, to: isError ? 2 : 1) }
        let status = runProgram(source: source, path: file, maxSteps: maxSteps, output: output)
        output.flush()
        if status != 0 { throw ExitCode(status) }
    }
}

/// Reads a UTF-8 file, reporting a missing file or bad UTF-8 as coro's error.
func readSourceFile(_ path: String) -> String? {
    guard let f = fopen(path, "rb") else {
        let reason = String(cString: strerror(errno))
        writeAll("coro: can't open file '\(path)': [Errno \(errno)] \(reason)\n", to: 2)
        return nil
    }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n <= 0 { break }
        bytes.append(contentsOf: buf[0..<n])
    }
    if let s = String(validating: bytes, as: UTF8.self) { return s }
    var line = 1
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0a {
        if String(validating: bytes[start..<i], as: UTF8.self) == nil { break }
        line += 1
        start = i + 1
    }
    writeAll("coro: \(path): invalid UTF-8 on line \(line)\n", to: 2)
    return nil
}

func writeAll(_ s: String, to fd: Int32) {
    var s = s
    s.withUTF8 { buf in
        var off = 0
        while off < buf.count {
            let n = write(fd, buf.baseAddress! + off, buf.count - off)
            if n <= 0 { break }
            off += n
        }
    }
}
