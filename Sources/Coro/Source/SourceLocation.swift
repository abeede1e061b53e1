/// A position in source text, as CPython reports it: 1-based line, 0-based column
/// (in Unicode scalars from the start of the line).
public struct SourceLocation: Equatable, Hashable, Sendable {
    /// 1-based line number.
    public var line: Int32
    /// 0-based column; CPython's `col_offset`.
    public var column: Int32

    public init(line: Int, column: Int) {
        self.line = Int32(truncatingIfNeeded: line)
        self.column = Int32(truncatingIfNeeded: column)
    }

    public static let unknown = SourceLocation(line: 0, column: 0)
}

/// A compile-time error (SyntaxError, IndentationError, TabError) with CPython's
/// message and the position of the caret.
public struct SyntaxErrorInfo: Error, Equatable, Sendable {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    public var kind: String
    /// CPython's message text, e.g. "invalid syntax" or "'(' was never closed".
    public var message: String
    /// Where the caret goes (1-based line, 0-based column).
    public var location: SourceLocation
    /// Optional end column (0-based, exclusive) for a `^^^` range; nil means one caret.
    public var endColumn: Int32?

    public init(_ message: String, at location: SourceLocation, kind: String = "SyntaxError", endColumn: Int32? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.endColumn = endColumn
    }
}
