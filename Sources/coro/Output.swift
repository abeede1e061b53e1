import Coro
#if canImport(Glibc)
import Glibc
#endif

/// An output buffer that reaches the real stdout and stderr.
func standardOutput() -> OutputBuffer {
    let output = OutputBuffer()
    output.sink = { text, isError in writeAll(text, to: isError ? 2 : 1) }
    return output
}

/// All of stdin as UTF-8 text.
func readStandardInput() -> Result<String, SourceFile.ReadError> {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    if let s = String(validating: bytes, as: UTF8.self) { return .success(s) }
    var line = 1
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0a {
        if String(validating: bytes[start..<i], as: UTF8.self) == nil { break }
        line += 1
        start = i + 1
    }
    return .failure(SourceFile.ReadError(message: "<stdin>: invalid UTF-8 on line \(line)"))
}

/// Reads a UTF-8 file, reporting a missing file or bad UTF-8 as coro's error.
func readSourceFile(_ path: String) -> String? {
    switch SourceFile.read(path) {
    case .success(let text): return text
    case .failure(let e):
        writeAll("coro: \(e.message)\n", to: 2)
        return nil
    }
}

func writeAll(_ s: String, to fd: Int32) {
    var bytes = Array(s.utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeMutableBytes { buf in write(fd, buf.baseAddress.map { $0 + offset }, buf.count - offset) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        offset += n
    }
    bytes.removeAll()
}
