/// What reading one line at the prompt gave.
public enum LineRead: Equatable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: the current input is cancelled.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case endOfInput
}

/// A source of typed lines with editing, history and completion: libedit on a
/// terminal. The shell talks to it only through this protocol.
public protocol LineEditor: AnyObject {
    /// Shows `prompt` and reads one line.
    func readLine(prompt: String) -> LineRead
    /// Adds a line to the in-memory history (the up arrow recalls it).
    func addToHistory(_ line: String)
    /// Called on Tab with the text before the cursor; returns what may replace its
    /// last word.
    var completer: ((String) -> Completion)? { get set }
}
