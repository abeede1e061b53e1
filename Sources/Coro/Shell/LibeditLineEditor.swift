import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// The shell's line editor on libedit: emacs-style editing, in-memory history for the
/// arrow keys, Tab bound to the session's completion, and Ctrl-C returning from the
/// read (with `EL_SIGNAL` on, libedit restores the terminal before it returns).
public final class LibeditLineEditor: LineEditor {
    /// The libedit state (`EditLine *`).
    private let el: OpaquePointer
    /// Its history list (`History *`).
    private let history: OpaquePointer
    /// The prompt libedit shows, owned here (the prompt callback returns it).
    private var prompt: UnsafeMutablePointer<CChar>?
    public var completer: ((String) -> Completion)?

    /// nil when libedit cannot start (no terminal).
    public init?() {
        setlocale(LC_CTYPE, "")
        guard let el = coro_el_init("coro") else { return nil }
        guard let history = history_init() else {
            el_end(el)
            return nil
        }
        self.el = el
        self.history = history
        coro_history_setsize(history, 1000)
        coro_el_set_editor(el, "emacs")
        coro_el_set_history(el, history)
        coro_el_set_signal(el, 1)
        coro_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        coro_el_set_prompt(el) { el in
            guard let el, let data = coro_el_get_clientdata(el) else { return nil }
            return Unmanaged<LibeditLineEditor>.fromOpaque(data).takeUnretainedValue().prompt
        }
        coro_el_addfn(el, "coro-complete", "complete a command, name or attribute") { el, _ in
            guard let el, let data = coro_el_get_clientdata(el) else { return UInt8(CC_ERROR) }
            return Unmanaged<LibeditLineEditor>.fromOpaque(data).takeUnretainedValue().complete(el)
        }
        coro_el_bind(el, "^I", "coro-complete")
    }

    deinit {
        el_end(el)
        history_end(history)
        free(prompt)
    }

    public func readLine(prompt text: String) -> LineRead {
        free(prompt)
        prompt = strdup(text)
        var count: Int32 = 0
        errno = 0
        guard let line = el_gets(el, &count) else {
            return count == -1 && errno == EINTR ? .interrupted : .endOfInput
        }
        var s = String(cString: line)
        while s.hasSuffix("\n") || s.hasSuffix("\r") { s.removeLast() }
        return .line(s)
    }

    public func addToHistory(_ line: String) {
        coro_history_enter(history, line)
    }

    /// Tab: insert what all candidates share; when that adds nothing and there are
    /// several, list them under the line.
    private func complete(_ el: OpaquePointer) -> UInt8 {
        guard let completer, let info = el_line(el)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let length = max(0, cursor - buffer)
        let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
        let before = String(decoding: bytes, as: UTF8.self)
        let completion = completer(before)
        guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let common = completion.commonPrefix
        let typed = completion.word.unicodeScalars.count
        if common.unicodeScalars.count > typed {
            let suffix = String(String.UnicodeScalarView(common.unicodeScalars.dropFirst(typed)))
            el_insertstr(el, suffix)
            return UInt8(CC_REFRESH)
        }
        if completion.candidates.count == 1 { return UInt8(CC_REFRESH) }
        let shown = completion.candidates.map { c -> String in
            guard let dot = c.lastIndex(of: ".") else { return c }
            return String(c[c.index(after: dot)...])
        }
        write(1, "\n" + LibeditLineEditor.columns(shown, width: 80))
        return UInt8(CC_REDISPLAY)
    }

    /// Names laid out in lines no wider than `width`.
    static func columns(_ names: [String], width: Int) -> String {
        var out = ""
        var line = ""
        for name in names {
            if !line.isEmpty && line.count + 2 + name.count > width {
                out += line + "\n"
                line = ""
            }
            line += line.isEmpty ? name : "  " + name
        }
        if !line.isEmpty { out += line + "\n" }
        return out
    }

    private func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buf in Glibc.write(fd, buf.baseAddress.map { $0 + offset }, buf.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
        bytes.removeAll()
    }
}
