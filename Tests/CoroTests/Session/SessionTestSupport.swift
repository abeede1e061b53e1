import Testing
@testable import Coro

/// Helpers shared by the session tests.
enum SessionTesting {
    /// The `--echo` transcript of a session file's text.
    static func transcript(_ text: String, filename: String = "test.coro", maxSteps: Int? = 10_000_000, trace: Bool = false) -> String {
        let output = OutputBuffer()
        let script = SessionScript(text: text, filename: filename)
        _ = SessionReplay.run(script, options: SessionOptions(trace: trace, maxSteps: maxSteps), echo: true, output: output)
        return output.out
    }

    /// Runs inputs typed one by one in a fresh session; returns the session and what
    /// each input printed.
    static func typed(_ inputs: [String], maxSteps: Int? = 10_000_000, configure: (Session) -> Void = { _ in }) -> (Session, [String], [InputOutcome]) {
        let output = OutputBuffer()
        let session = Session(options: SessionOptions(maxSteps: maxSteps), output: output)
        configure(session)
        var printed: [String] = []
        var outcomes: [InputOutcome] = []
        runOnLargeStack {
            for text in inputs {
                let start = output.out.utf8.count
                outcomes.append(session.run(.typed(text)))
                printed.append(String(decoding: output.out.utf8.dropFirst(start), as: UTF8.self))
            }
        }
        return (session, printed, outcomes)
    }
}
