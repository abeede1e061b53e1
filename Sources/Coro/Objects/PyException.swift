/// One line of a traceback: where an exception passed through.
/// One activation of a frame: frames are reused by later calls of their code.
struct FrameActivation: Equatable {
    let frame: ObjectIdentifier
    let activation: UInt32
}

public struct TracebackEntry {
    /// The code's file name.
    public var filename: String
    /// The line executing in that frame.
    public var line: Int
    /// The function name (`<module>` at top level).
    public var function: String
    /// The source lines, to print the line's text.
    public var source: SourceText?
    /// The frame it was added for, so a re-raise in the same frame adds no duplicate.
    var frameID: FrameActivation?
    /// The objects the frame's locals and cells held when the exception left it.
    /// CPython's traceback keeps the frame, and so its locals, alive as long as
    /// the exception lives: a generator local to a failed function is closed only
    /// when the handler is done with the exception.
    var frameLocals: [PyObject] = []
}

/// An instance of `BaseException` or any subclass, built-in or user-defined.
/// It is also the Swift error thrown to unwind through built-ins.
public final class PyBaseException: PyObject, Error {
    /// The exception's class.
    public var cls: PyType
    /// `args`.
    public var args: [Value]
    /// `__cause__` (None or an exception).
    public var cause: Value = .none
    /// `__context__` (None or an exception).
    public var context: Value = .none
    /// `__suppress_context__`, set by `raise … from …`.
    public var suppressContext = false
    /// Frames the exception has passed through, innermost first.
    public var traceback: [TracebackEntry] = []
    /// Other attributes (set by user `__init__`s, `StopIteration.value`, …).
    public var attrs = AttrDict()

    public override var type: PyType { cls }

    public init(_ cls: PyType, args: [Value] = []) {
        self.cls = cls
        self.args = args
    }

    /// Convenience: an exception with a single message argument.
    public convenience init(_ cls: PyType, _ message: String) {
        self.init(cls, args: [.str(message)])
    }

    public func isInstance(of t: PyType) -> Bool { cls.isSubtype(of: t) }
}

/// Thrown when the step budget (`--max-steps`) runs out. Python code cannot catch it.
public struct StepLimitExceeded: Error {
    /// The budget that ran out.
    public let limit: Int
}
