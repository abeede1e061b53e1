import Testing
@testable import Coro

@Suite("The session engine")
struct SessionTests {
    @Test("the illustrative session of PRODUCT.md §6, generator half, typed at the shell")
    func illustrative() {
        let (_, printed, _) = SessionTesting.typed([
            "def echo():\n    i = \"primed\"\n    while True:\n        try:\n            value = yield i\n        except ValueError:\n            print(\"OVER\")\n        i = value",
            "g = echo()", "state g", "next g", "send g \"hello world\"", "throw g ValueError", "close g",
        ])
        #expect(printed == [
            "", "", "g  GEN_CREATED  echo() not started\n",
            "g  GEN_CREATED -> GEN_SUSPENDED  yielded 'primed'  at line 5: value = yield i\n",
            "g  GEN_SUSPENDED -> GEN_SUSPENDED  yielded 'hello world'  at line 5\n",
            "OVER\ng  GEN_SUSPENDED -> GEN_SUSPENDED  yielded 'hello world'  at line 5\n",
            "g  GEN_SUSPENDED -> GEN_CLOSED  (GeneratorExit delivered at line 5)\n",
        ])
    }

    @Test("typed inputs count their lines from 1 and are named <input>")
    func typedTraceback() {
        let (_, printed, outcomes) = SessionTesting.typed(["x = 1\n1/0"])
        #expect(printed[0].contains("File \"<input>\", line 2, in <module>"))
        #expect(outcomes == [.failed])
    }

    @Test("asyncio-free start: inspect is imported, __name__ is __main__")
    func namespace() {
        let (_, printed, _) = SessionTesting.typed(["inspect.getgeneratorstate((x for x in []))", "__name__"])
        #expect(printed == ["'GEN_CREATED'\n", "'__main__'\n"])
    }

    @Test("outcomes: errors fail, quit quits, the session goes on")
    func outcomes() {
        let (_, _, outcomes) = SessionTesting.typed(["1", "1/0", "next nothing", "nxt g", "help", "quit"])
        #expect(outcomes == [.ok, .failed, .failed, .failed, .ok, .quit])
    }

    @Test("the step budget stops the session with coro's error")
    func stepLimit() {
        let (_, printed, outcomes) = SessionTesting.typed(["while True: pass"], maxSteps: 10_000)
        #expect(outcomes == [.stopped])
        #expect(printed == ["coro: step limit of 10000 instructions exceeded\n"])
    }

    @Test("an interrupt raises KeyboardInterrupt in running code; objects survive")
    func interrupt() {
        var polls = 0
        let (_, printed, outcomes) = SessionTesting.typed(
            ["def gen():\n    yield 1", "g = gen()", "while True: pass", "next g"],
            configure: { session in
                session.interruptCheck = {
                    polls += 1
                    return polls > 3
                }
            })
        #expect(outcomes == [.ok, .ok, .failed, .ok])
        #expect(printed[2].hasSuffix("KeyboardInterrupt\n"))
        #expect(printed[3] == "g  GEN_CREATED -> GEN_SUSPENDED  yielded 1  at line 2: yield 1\n")
    }

    @Test("reset restarts ids and forgets names; the inputs are all kept")
    func reset() {
        let (session, printed, _) = SessionTesting.typed(["def gen():\n    yield 1", "gen()", "gen()", "reset", "def gen():\n    yield 1", "gen()"])
        #expect(printed[1] == "<generator object gen at 0x1>\n")
        #expect(printed[2] == "<generator object gen at 0x2>\n")
        #expect(printed[5] == "<generator object gen at 0x1>\n")
        #expect(session.inputs.count == 6)
    }

    @Test("unnamed generators show as name#id with trace on")
    func unnamed() {
        let (_, printed, _) = SessionTesting.typed(["def gen():\n    yield 1", "trace on", "list(gen())"])
        #expect(printed[2] == """
            gen#1  GEN_CREATED -> GEN_SUSPENDED  yielded 1  at line 2: yield 1
            gen#1  GEN_SUSPENDED -> GEN_CLOSED  returned None (StopIteration.value)  at line 2: yield 1
            [1]

            """)
    }

    @Test("a dropped suspended generator is finalized at the end of the input that dropped it")
    func finalization() {
        let (_, printed, _) = SessionTesting.typed([
            "def gen():\n    try:\n        yield 1\n    finally:\n        print('finally')",
            "g = gen()", "next g", "g = None\nprint('after')",
        ])
        #expect(printed[3] == "finally\nafter\n")
    }

    @Test("commands work on attribute chains and keep the typed name")
    func chains() {
        let (_, printed, _) = SessionTesting.typed([
            "def gen():\n    yield 1", "class Box: pass", "box = Box()", "box.inner = gen()", "next box.inner",
        ])
        #expect(printed[4] == "box.inner  GEN_CREATED -> GEN_SUSPENDED  yielded 1  at line 2: yield 1\n")
    }
}
