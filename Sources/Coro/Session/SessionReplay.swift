/// Replaying a session from a file: `coro run FILE.coro` (with or without `--echo`),
/// a session read from a stdin that is not a terminal, and the golden runner.
public enum SessionReplay {
    /// Replays every input, even after errors, until the end, `quit`, or the step
    /// budget running out. With `echo`, each input is printed first as it would have
    /// been typed at the shell. Returns the exit status: 1 if any input ended in an
    /// uncaught exception or a command error, else 0.
    public static func run(_ script: SessionScript, options: SessionOptions, echo: Bool, output: OutputBuffer) -> Int32 {
        var status: Int32 = 0
        runOnLargeStack {
            let session = Session(options: options, output: output)
            status = replay(script.inputs, in: session, echo: echo) { _, _ in }
            session.finish()
            output.flush()
        }
        return status
    }

    /// Replays `inputs` in `session`; `after` is called after each input with its
    /// index and outcome. Must run on a large stack (`runOnLargeStack`).
    public static func replay(_ inputs: [SessionInput], in session: Session, echo: Bool,
                              after: (Int, InputOutcome) -> Void) -> Int32 {
        var status: Int32 = 0
        for (i, input) in inputs.enumerated() {
            if echo { session.output.write(input.echo) }
            let outcome = session.run(input)
            after(i, outcome)
            switch outcome {
            case .ok: continue
            case .failed: status = 1
            case .quit: return status
            case .stopped: return 1
            }
        }
        return status
    }
}
