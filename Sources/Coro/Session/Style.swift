/// Colour for what the session prints: only on a terminal, never with NO_COLOR set or
/// in files (PRODUCT.md §2). Python's own output (prints, reprs, tracebacks) is never
/// coloured, so a transcript reads the same with colour stripped.
public struct Style: Sendable {
    /// Whether to emit ANSI escapes.
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// No colour: files, pipes, golden tests.
    public static let plain = Style(enabled: false)

    /// `--color auto|always|never`: auto means stdout is a terminal and NO_COLOR is unset
    /// or empty.
    public static func resolve(_ choice: String, stdoutIsTerminal: Bool, noColor: String?) -> Style {
        switch choice {
        case "always": return Style(enabled: true)
        case "never": return .plain
        default: return Style(enabled: stdoutIsTerminal && (noColor ?? "").isEmpty)
        }
    }

    private func paint(_ s: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }

    /// An object's name.
    func name(_ s: String) -> String { paint(s, "1") }
    /// A state name (GEN_SUSPENDED).
    func state(_ s: String) -> String { paint(s, "36") }
    /// The `error:` label.
    func error(_ s: String) -> String { paint(s, "31") }
    /// The `hint:` and `note:` labels.
    func hint(_ s: String) -> String { paint(s, "33") }
}
