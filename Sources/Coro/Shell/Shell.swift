#if canImport(Glibc)
import Glibc
#endif

/// The interactive shell: reads inputs at the `coro> ` prompt (and `... ` while a
/// compound statement or an open bracket continues), runs each in the session, and
/// keeps going after every error. Ctrl-C cancels the input being typed or interrupts
/// running code; Ctrl-D leaves.
public final class Shell {
    /// The session typed into.
    public let session: Session
    /// Where lines come from.
    let editor: LineEditor
    /// The persistent history, if there is a home directory for it.
    let history: History?

    public init(session: Session, editor: LineEditor, history: History?) {
        self.session = session
        self.editor = editor
        self.history = history
    }

    /// The greeting printed before the first prompt.
    public static let banner = "coro \(coroVersion): Python-style generators, one transition at a time.\nType help for the commands, Ctrl-D to leave.\n"

    /// Runs until Ctrl-D or `quit`; returns the exit status (0).
    public func run() -> Int32 {
        Interrupt.install()
        let output = session.output
        session.interruptCheck = {
            // Polled every few thousand instructions: also the moment to show output
            // of long-running code.
            output.flush()
            return Interrupt.take()
        }
        if let history {
            for line in history.load() { editor.addToHistory(line) }
        }
        let session = self.session
        editor.completer = { line in Completer(session: session).complete(line) }
        output.write(Shell.banner)
        output.flush()
        var buffer: [String] = []
        while true {
            switch editor.readLine(prompt: buffer.isEmpty ? "coro> " : "... ") {
            case .endOfInput:
                output.write("\n")
                return leave()
            case .interrupted:
                Interrupt.clear()
                buffer = []
                output.write("\nKeyboardInterrupt\n")
                output.flush()
            case .line(let typed):
                let line = SessionScript.isBlank(typed) ? "" : typed
                if !line.isEmpty {
                    editor.addToHistory(line)
                    history?.append(line)
                }
                if buffer.isEmpty {
                    if line.isEmpty { continue }
                    if CommandRecognizer.recognize(line) != nil {
                        if execute([line]) == .quit { return leave() }
                        continue
                    }
                }
                buffer.append(line)
                if Parse.inputStatus(buffer.joined(separator: "\n")) == .incomplete { continue }
                let lines = buffer
                buffer = []
                if execute(lines) == .quit { return leave() }
            }
        }
    }

    /// Ends the session as CPython exits (generators left suspended are closed).
    func leave() -> Int32 {
        let session = self.session
        runOnLargeStack { session.finish() }
        session.output.flush()
        return 0
    }

    /// Runs one input on a large stack, with a fresh step budget and no stale Ctrl-C.
    func execute(_ lines: [String]) -> InputOutcome {
        var lines = lines
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        let input = SessionInput.typed(lines.joined(separator: "\n"))
        Interrupt.clear()
        session.refillStepBudget()
        var outcome = InputOutcome.ok
        let session = self.session
        runOnLargeStack { outcome = session.run(input) }
        session.output.flush()
        return outcome
    }
}
