// The loop's ordering rules, driven from Swift with callbacks that record their
// names: FIFO ready queue, iteration boundaries (what a callback schedules runs in
// the next iteration), timers by deadline then scheduling order, the clock jumping
// only when nothing is ready, `step()` keeping `runOnce()`'s boundaries, and the
// scheduling policy choosing among the handles of one iteration.

import Testing
@testable import Coro

@Suite("Event loop ordering", .serialized)
struct EventLoopTests {
    /// A loop on a fresh interpreter, and callbacks that append to a log.
    final class Fixture {
        let vm = VM()
        let loop: EventLoop
        var log: [String] = []

        init() {
            loop = EventLoop(vm: vm)
        }

        /// A Python-callable recording `name` at the virtual time it runs, then doing `then`.
        func callback(_ name: String, then: @escaping () -> Void = {}) -> Value {
            .object(PyBuiltinFunction(name: name) { [unowned self] vm, _ in
                self.log.append("\(name)@\(vm.clock)")
                then()
                return .none
            })
        }

        func soon(_ name: String, then: @escaping () -> Void = {}) {
            loop.callSoon(.call(callback(name, then: then), []))
        }

        @discardableResult
        func at(_ when: Double, _ name: String, then: @escaping () -> Void = {}) -> PyTimerHandle {
            loop.callAt(when, .call(callback(name, then: then), []))
        }
    }

    /// Runs `body` holding the interpreter lock (built-in types are shared).
    private func withLoop(_ body: @escaping (Fixture) throws -> Void) {
        runOnLargeStack {
            do { try body(Fixture()) } catch { Issue.record("unexpected error: \(error)") }
        }
    }

    @Test func readyQueueIsFIFO() {
        withLoop { f in
            for name in ["a", "b", "c"] { f.soon(name) }
            try f.loop.runOnce()
            #expect(f.log == ["a@0.0", "b@0.0", "c@0.0"])
        }
    }

    @Test func callSoonFromACallbackRunsNextIteration() {
        withLoop { f in
            f.soon("a") { f.soon("c") }
            f.soon("b")
            try f.loop.runOnce()
            #expect(f.log == ["a@0.0", "b@0.0"])
            try f.loop.runOnce()
            #expect(f.log == ["a@0.0", "b@0.0", "c@0.0"])
            #expect(f.loop.iterations == 2)
        }
    }

    @Test func equalDeadlinesRunInSchedulingOrder() {
        withLoop { f in
            for name in ["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9"] { f.at(2, name) }
            f.at(1, "early")
            while try f.loop.step() != nil {}
            #expect(f.log == ["early@1.0"] + (1...9).map { "t\($0)@2.0" })
        }
    }

    @Test func clockJumpsOnlyWhenNothingIsReady() {
        withLoop { f in
            f.at(5, "timer")
            f.soon("a") { f.soon("b") }
            _ = try f.loop.step()
            _ = try f.loop.step()
            #expect(f.log == ["a@0.0", "b@0.0"])
            #expect(f.vm.clock == 0)
            _ = try f.loop.step()
            #expect(f.log.last == "timer@5.0")
            #expect(f.vm.clock == 5)
            #expect(try f.loop.step() == nil)
        }
    }

    @Test func dueTimersJoinTheReadyQueueAtTheStartOfAnIteration() {
        withLoop { f in
            // The timer is due at once; it joins the ready queue when the iteration
            // begins, behind "a" (ready already) and ahead of "b" (scheduled by "a").
            f.at(0, "timer")
            f.soon("a") { f.soon("b") }
            try f.loop.runOnce()
            #expect(f.log == ["a@0.0", "timer@0.0"])
            try f.loop.runOnce()
            #expect(f.log == ["a@0.0", "timer@0.0", "b@0.0"])
        }
    }

    @Test func timeSleepInACallbackMakesTimersDueWithoutAJump() {
        withLoop { f in
            f.at(1, "timer")
            f.soon("sleeper") { f.vm.clock += 3 }
            f.soon("after")
            try f.loop.runOnce()
            try f.loop.runOnce()
            #expect(f.log == ["sleeper@0.0", "after@3.0", "timer@3.0"])
        }
    }

    @Test func stepKeepsIterationBoundaries() {
        withLoop { f in
            f.soon("a") { f.soon("c") }
            f.soon("b")
            #expect(try f.loop.step() != nil)
            #expect(f.loop.iterationRemaining == 1)
            // Finishing the iteration with runOnce runs only "b".
            try f.loop.runOnce()
            #expect(f.log == ["a@0.0", "b@0.0"])
            #expect(try f.loop.step() != nil)
            #expect(f.log.last == "c@0.0")
            #expect(f.loop.iterations == 2)
        }
    }

    @Test func cancelledHandlesAreSkipped() {
        withLoop { f in
            let h = f.loop.callSoon(.call(f.callback("never"), []))
            f.soon("a")
            h.cancel()
            let t = f.at(1, "cancelled timer")
            f.at(2, "timer")
            t.cancel()
            while try f.loop.step() != nil {}
            #expect(f.log == ["a@0.0", "timer@2.0"])
            #expect(f.vm.clock == 2)
        }
    }

    @Test func nothingScheduledIsIdle() {
        withLoop { f in
            let ran = try f.loop.step()
            #expect(ran == nil)
            #expect(!f.loop.hasWork)
            #expect(f.vm.clock == 0)
        }
    }

    @Test func policyChoosesAmongTheIterationsHandlesOnly() {
        withLoop { f in
            // Always the last candidate: the iteration's handles run in reverse; "c",
            // scheduled during the iteration, still waits for the next one.
            struct Last: SchedulingPolicy {
                mutating func choose(candidates: Int) -> Int { candidates - 1 }
            }
            f.loop.schedulingPolicy = Last()
            f.soon("a") { f.soon("c") }
            f.soon("b")
            try f.loop.runOnce()
            #expect(f.log == ["b@0.0", "a@0.0"])
            try f.loop.runOnce()
            #expect(f.log == ["b@0.0", "a@0.0", "c@0.0"])
        }
    }

    @Test func replayPolicyRecordsItsChoices() {
        withLoop { f in
            f.loop.schedulingPolicy = ReplayPolicy([1, 0])
            for name in ["a", "b", "c"] { f.soon(name) }
            try f.loop.runOnce()
            #expect(f.log == ["b@0.0", "a@0.0", "c@0.0"])
            let made = (f.loop.schedulingPolicy as? ReplayPolicy)?.made.map(\.choice)
            #expect(made == [1, 0])
        }
    }

    @Test func observerSeesClockMovesAndTimers() {
        withLoop { f in
            var events: [String] = []
            f.vm.loopObserver = { e in
                switch e.kind {
                case .clockMoved(let from, let to, _): events.append("clock \(from)->\(to)")
                case .timerDue(let t): events.append("due \(t.when)")
                case .handleWillRun: events.append("run@\(e.time)")
                default: break
                }
            }
            f.at(1.5, "x")
            while try f.loop.step() != nil {}
            #expect(events == ["clock 0.0->1.5", "due 1.5", "run@1.5"])
        }
    }
}
