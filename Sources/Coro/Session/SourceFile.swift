#if canImport(Glibc)
import Glibc
#endif

/// Reading and writing the files coro works on (programs, sessions, golden outputs),
/// with errors worded for people: the path and the reason (PRODUCT.md §5).
public enum SourceFile {
    /// Why a file could not be read.
    public struct ReadError: Error, Equatable, Sendable {
        /// The message, without a trailing newline:
        /// `can't open file 'x.py': [Errno 2] No such file or directory` or
        /// `x.py: invalid UTF-8 on line 3`.
        public let message: String

        public init(message: String) {
            self.message = message
        }
    }

    /// The UTF-8 text of `path`.
    public static func read(_ path: String) -> Result<String, ReadError> {
        var st = stat()
        if stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            return .failure(ReadError(message: "can't open file '\(path)': [Errno \(EISDIR)] Is a directory"))
        }
        guard let f = fopen(path, "rb") else {
            let code = errno
            return .failure(ReadError(message: "can't open file '\(path)': [Errno \(code)] \(String(cString: strerror(code)))"))
        }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        if ferror(f) != 0 {
            let code = errno
            return .failure(ReadError(message: "can't read file '\(path)': [Errno \(code)] \(String(cString: strerror(code)))"))
        }
        if let s = String(validating: bytes, as: UTF8.self) { return .success(s) }
        return .failure(ReadError(message: "\(path): invalid UTF-8 on line \(firstInvalidLine(bytes))"))
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0a {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }

    /// Writes `text` to `path` through a temporary file renamed over it, so a crash
    /// never leaves a truncated file. Returns an error message or nil.
    public static func write(_ text: String, to path: String) -> String? {
        let temporary = path + ".tmp-coro"
        guard let f = fopen(temporary, "wb") else {
            let code = errno
            return "can't write file '\(path)': [Errno \(code)] \(String(cString: strerror(code)))"
        }
        var bytes = Array(text.utf8)
        let written = bytes.withUnsafeMutableBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        let closed = fclose(f)
        if written != bytes.count || closed != 0 {
            unlink(temporary)
            return "can't write file '\(path)'"
        }
        bytes.removeAll()
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            return "can't write file '\(path)': [Errno \(code)] \(String(cString: strerror(code)))"
        }
        return nil
    }

    /// Whether `path` names a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// The entries of a directory (without `.` and `..`), sorted by byte order.
    public static func entries(of directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// `a/b` joined as paths.
    public static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty || directory == "." { return name }
        if name.hasPrefix("/") { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The directory part of a path ("" for a bare file name).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last component of a path.
    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
