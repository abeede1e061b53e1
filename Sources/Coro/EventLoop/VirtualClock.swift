// The virtual clock is one number, `VM.clock` (seconds, starting at 0.0): the
// `time` module reads it, every loop of the interpreter shares it. It moves in
// two ways only — a loop with nothing ready jumps to its next timer's deadline
// (`EventLoop.moveClock`), and `time.sleep` blocks everything while it advances —
// and both are reported to the loop observer.

extension VM {
    /// `time.sleep(seconds)`: the clock advances at once; nothing else runs.
    func sleepClock(_ seconds: Double) {
        let from = clock
        clock += seconds
        if let observer = loopObserver, seconds > 0 {
            observer(LoopEvent(time: clock, loop: asyncioRuntime?.runningLoop,
                               kind: .clockMoved(from: from, to: clock, cause: .timeSleep(seconds))))
        }
    }
}

extension EventLoop {
    /// `time()`: the loop's clock is the interpreter's.
    public var time: Double { vm.clock }

    /// The timer that will complete `future` — the `call_later` of an
    /// `asyncio.sleep` — if there is one (for showing what a task waits on).
    public func timer(completing future: PyFuture) -> PyTimerHandle? {
        timers.first { t in t.callback?.arguments.first.flatMap { $0.object } === future }
    }
}
