import Testing
@testable import Coro

@Suite("Tab completion")
struct CompletionTests {
    func completer(_ inputs: [String]) -> Completer {
        let (session, _, _) = SessionTesting.typed(inputs)
        return Completer(session: session)
    }

    @Test("attributes: g.se completes to g.send")
    func attributes() {
        let c = completer(["def gen():\n    yield 1", "g = gen()"])
        let completion = c.complete("g.se")
        #expect(completion.candidates == ["g.send"])
        #expect(completion.commonPrefix == "g.send")
        #expect(c.complete("x = g.gi_").candidates.contains("g.gi_frame"))
        #expect(!c.complete("g.").candidates.contains("g.__next__"))
        #expect(c.complete("g.__nex").candidates == ["g.__next__"])
    }

    @Test("commands and names at the start of a line")
    func start() {
        let c = completer(["nested = 1"])
        #expect(c.complete("ne").candidates == ["nested", "next"])
        #expect(c.complete("tr").candidates == ["trace", "try"])
        #expect(c.complete("insp").candidates == ["inspect"])
    }

    @Test("command arguments")
    func arguments() {
        let c = completer(["def gen():\n    yield 1", "gadget = gen()"])
        #expect(c.complete("next ga").candidates == ["gadget"])
        #expect(c.complete("trace o").candidates == ["off", "on"])
        #expect(c.complete("help wh").candidates == ["where"])
        #expect(c.complete("send gadget le").candidates == ["len"])
    }

    @Test("no calls are made to find attributes")
    func noCalls() {
        let c = completer(["def f():\n    print('called')\n    return 1"])
        #expect(c.complete("f().re").candidates.isEmpty)
    }
}
