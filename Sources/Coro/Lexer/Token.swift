/// The kinds of token CPython's tokenizer hands its parser. Keywords are `name`
/// tokens, as in CPython; the parser tells them apart by their text.
public enum TokenKind: Equatable, Hashable, Sendable {
    /// An identifier or keyword.
    case name
    /// An int, float or imaginary literal, exactly as written.
    case number
    /// One string literal with its prefix and quotes, exactly as written
    /// (adjacent literals are separate tokens; the parser joins them).
    case string
    /// An operator or delimiter. An unknown character such as `$` or `?` is an
    /// `op` as well, as in CPython, so the parser reports "invalid syntax" at it.
    case op
    /// The end of a logical line.
    case newline
    /// The start of a deeper indented block.
    case indent
    /// The end of an indented block.
    case dedent
    /// The end of the input.
    case endmarker
}

/// One token with its exact source text and position.
public struct Token: Equatable, Hashable, Sendable {
    /// What the token is.
    public var kind: TokenKind
    /// The source text of the token: `"\n"` (or `""` at the end of input) for a
    /// NEWLINE, the indentation for an INDENT, `""` for DEDENT and ENDMARKER.
    public var text: String
    /// Where the token starts.
    public var start: SourceLocation
    /// Where the token ends (exclusive).
    public var end: SourceLocation

    public init(_ kind: TokenKind, _ text: String, start: SourceLocation, end: SourceLocation) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
    }

    /// True for the operator or delimiter `op` (never for a string that looks like it).
    @inlinable
    public func isOp(_ op: String) -> Bool { kind == .op && text == op }

    /// True for the keyword or name `word`.
    @inlinable
    public func isName(_ word: String) -> Bool { kind == .name && text == word }
}

/// Python 3.11's reserved words: a `name` token with one of these texts is never an
/// identifier.
public let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
]
