import Testing
@testable import Coro

/// Inputs found by fuzzing that crashed or hung coro, where CPython has no
/// equivalent a differential program could compare (it hangs, or dies itself).
@Suite("Bad input: no crash, no hang", .serialized)
struct BadInputTests {
    private func run(_ source: String, maxSteps: Int? = nil) -> ProgramResult {
        runProgram(source: source, path: "test.py", maxSteps: maxSteps)
    }

    private func lastLine(_ s: String) -> String {
        s.split(separator: "\n").last.map(String.init) ?? ""
    }

    /// A function with 20000 locals compiles in linear time (the local slots
    /// were looked up by rebuilding the name list for each use).
    @Test func manyLocalsCompileQuickly() {
        let n = 20_000
        var source = "def f():\n"
        for i in 0..<n { source += "    a\(i) = \(i)\n" }
        source += "    return a\(n - 1) + a0\nprint(f())\n"
        let r = run(source)
        #expect(r.stdout == "\(n - 1)\n")
        #expect(r.exitStatus == 0)
    }

    /// A chain of 100000 causes is printed without recursion and in linear time
    /// (CPython itself dies printing it).
    @Test func longExceptionChainTraceback() {
        let source = """
        e = ValueError(0)
        for i in range(1, 100000):
            f = ValueError(i)
            f.__cause__ = e
            e = f
        raise e
        """
        let r = run(source)
        #expect(r.exitStatus == 1)
        #expect(lastLine(r.stderr) == "ValueError: 99999")
        #expect(r.stderr.hasPrefix("ValueError: 0\n\nThe above exception was the direct cause"))
    }

    /// `**` whose result would take minutes to compute raises MemoryError (CPython
    /// grinds on until memory runs out); powers of two stay shifts.
    @Test func hugePowerRaisesMemoryError() {
        let source = """
        def attempt(f):
            try:
                f()
                print("computed")
            except MemoryError:
                print("MemoryError")
        attempt(lambda: 10 ** 10 ** 10)
        attempt(lambda: 3 ** (2 ** 40))
        attempt(lambda: 2 ** (2 ** 62))
        attempt(lambda: (-4) ** (2 ** 61))
        attempt(lambda: 1 << (2 ** 62))
        print((2 ** 100000).bit_length(), (7 ** 1000).bit_length())
        """
        let r = run(source)
        #expect(r.stdout == "MemoryError\nMemoryError\nMemoryError\nMemoryError\nMemoryError\n100001 2808\n")
    }

    /// Builtins consuming an iterator written in Swift that never ends meet the
    /// step budget (and so Ctrl-C) instead of looping forever.
    @Test func endlessNativeIterationMeetsStepBudget() {
        for expr in ["max(itertools.cycle('ab'))", "sum(range(10**18))", "'x' in itertools.repeat('a')",
                     "list(itertools.count())", "sum(iter(int, 1))"] {
            let r = run("import itertools\nprint(\(expr))\n", maxSteps: 100_000)
            #expect(r.exitStatus == 1, "\(expr)")
            #expect(r.stderr.contains("step limit"), "\(expr)")
        }
    }

    /// Timers at +inf, NaN and 1e300 in a program: inf never comes (the loop would
    /// wait forever), NaN is due at once (asyncio's `when >= end_time` test), and
    /// the clock can jump to 1e300.
    @Test func oddSleepDeadlines() {
        let source = """
        import asyncio, time
        async def nap(t):
            await asyncio.sleep(t)
            return time.monotonic()
        print(asyncio.run(nap(float("nan"))))
        print(asyncio.run(nap(1e300)))
        try:
            asyncio.run(nap(float("inf")))
        except RuntimeError as e:
            print("RuntimeError", e)
        """
        let r = run(source)
        #expect(r.stdout == """
        0.0
        1e+300
        RuntimeError the event loop would wait forever (nothing is ready and no timer is scheduled)

        """)
    }
}
