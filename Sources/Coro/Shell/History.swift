#if canImport(Glibc)
import Glibc
#endif

/// The shell's persistent history: one typed line per line of a file in the user's
/// home directory (`~/.coro_history`), created mode 0600. Each line is appended as it
/// is entered, so a crash loses nothing and never truncates the file; trimming to the
/// newest `limit` lines happens at start-up, through a temporary file renamed over the
/// old one.
public final class History {
    /// The history file.
    public let path: String
    /// Lines kept across sessions.
    public let limit: Int

    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = limit
    }

    /// `$HOME/.coro_history`, or nil when there is no home directory.
    public static func defaultPath() -> String? {
        if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty {
            return SourceFile.join(home, ".coro_history")
        }
        guard let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir else { return nil }
        return SourceFile.join(String(cString: dir), ".coro_history")
    }

    /// The saved lines, oldest first; trims the file when it has grown past `limit`.
    public func load() -> [String] {
        guard case .success(let text) = SourceFile.read(path) else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if lines.count > limit {
            lines = Array(lines.suffix(limit))
            rewrite(lines)
        }
        return lines
    }

    /// Appends one line (a line with a newline in it is not saved).
    public func append(_ line: String) {
        guard !line.contains("\n"), !line.isEmpty else { return }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        writeAll(fd, line + "\n")
    }

    private func rewrite(_ lines: [String]) {
        let temporary = path + ".tmp-coro"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let ok = writeAll(fd, lines.map { $0 + "\n" }.joined())
        close(fd)
        if !ok || rename(temporary, path) != 0 { unlink(temporary) }
    }

    @discardableResult
    private func writeAll(_ fd: Int32, _ text: String) -> Bool {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buf in
                Glibc.write(fd, buf.baseAddress.map { $0 + offset }, buf.count - offset)
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        bytes.removeAll()
        return true
    }
}
