import Testing
@testable import Coro

@Suite("Transition formatting")
struct TransitionFormatterTests {
    let formatter = TransitionFormatter()

    @Test("a yield, with the source text when it moved")
    func yielded() {
        var t = Transition(name: "g", statePrefix: "GEN", before: .created, after: .suspended, outcome: .yielded("'primed'"), line: 5)
        t.sourceText = "value = yield i"
        #expect(formatter.line(t) == "g  GEN_CREATED -> GEN_SUSPENDED  yielded 'primed'  at line 5: value = yield i")
        t.sourceText = nil
        #expect(formatter.line(t) == "g  GEN_CREATED -> GEN_SUSPENDED  yielded 'primed'  at line 5")
    }

    @Test("a return and a raise")
    func finished() {
        let returned = Transition(name: "c", statePrefix: "CORO", before: .suspended, after: .closed, outcome: .returned("3"), line: 9)
        #expect(formatter.line(returned) == "c  CORO_SUSPENDED -> CORO_CLOSED  returned 3 (StopIteration.value)  at line 9")
        let raised = Transition(name: "g", statePrefix: "GEN", before: .created, after: .created,
                                outcome: .raised("TypeError: can't send non-None value to a just-started generator"), line: 0)
        #expect(formatter.line(raised) == "g  GEN_CREATED -> GEN_CREATED  raised TypeError: can't send non-None value to a just-started generator")
    }

    @Test("delegation is named")
    func delegating() {
        let t = Transition(name: "outer", statePrefix: "GEN", before: .suspended, after: .suspended, outcome: .yielded("1"),
                           line: 3, delegate: "inner#2")
        #expect(formatter.line(t) == "outer  GEN_SUSPENDED -> GEN_SUSPENDED  yielded 1  at line 3  delegating to inner#2")
    }

    @Test("close: GeneratorExit delivered, then anything unusual")
    func close() {
        var t = Transition(name: "g", statePrefix: "GEN", before: .suspended, after: .closed, outcome: .nothing, line: 0, generatorExitLine: 5)
        #expect(formatter.line(t) == "g  GEN_SUSPENDED -> GEN_CLOSED  (GeneratorExit delivered at line 5)")
        t.after = .suspended
        t.outcome = .yielded("1")
        t.line = 7
        #expect(formatter.line(t) == "g  GEN_SUSPENDED -> GEN_SUSPENDED  (GeneratorExit delivered at line 5)  yielded 1  at line 7")
        var never = Transition(name: "g", statePrefix: "GEN", before: .created, after: .closed, outcome: .nothing, line: 0)
        never.closedBeforeStart = true
        #expect(formatter.line(never) == "g  GEN_CREATED -> GEN_CLOSED  (never started: nothing to clean up)")
    }

    @Test("colour wraps names and states only when enabled")
    func colour() {
        let t = Transition(name: "g", statePrefix: "GEN", before: .created, after: .suspended, outcome: .yielded("1"), line: 2)
        let coloured = TransitionFormatter(style: Style(enabled: true)).line(t)
        #expect(coloured.contains("\u{1B}[1mg\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[36mGEN_CREATED\u{1B}[0m"))
        #expect(!formatter.line(t).contains("\u{1B}"))
    }

    @Test("--color auto honours the terminal and NO_COLOR")
    func colourChoice() {
        #expect(Style.resolve("auto", stdoutIsTerminal: true, noColor: nil).enabled)
        #expect(!Style.resolve("auto", stdoutIsTerminal: true, noColor: "1").enabled)
        #expect(Style.resolve("auto", stdoutIsTerminal: true, noColor: "").enabled)
        #expect(!Style.resolve("auto", stdoutIsTerminal: false, noColor: nil).enabled)
        #expect(Style.resolve("always", stdoutIsTerminal: false, noColor: "1").enabled)
        #expect(!Style.resolve("never", stdoutIsTerminal: true, noColor: nil).enabled)
    }

    @Test("tables align their columns and drop trailing blanks")
    func table() {
        let text = formatter.table(header: [], rows: [["g", "GEN_SUSPENDED", "at line 5"], ["long", "GEN_CLOSED", ""]])
        #expect(text == "g     GEN_SUSPENDED  at line 5\nlong  GEN_CLOSED\n")
    }
}
