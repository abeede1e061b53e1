import Testing
@testable import Coro

@Suite("Command recognition (PRODUCT.md §2's rule on tokens)")
struct CommandRecognitionTests {
    @Test("command lines", arguments: [
        ("next g", "next", "g"),
        ("send g -1", "send", "g -1"),
        ("send g \"hello world\"", "send", "g \"hello world\""),
        ("tick 3", "tick", "3"),
        ("tasks", "tasks", ""),
        ("run until 3", "run", "until 3"),
        ("state", "state", ""),
        ("state   ", "state", ""),
        ("state # every generator", "state", ""),
        ("where pipeline.inner", "where", "pipeline.inner"),
        ("help 'next'", "help", "'next'"),
        ("throw g ValueError(\"bad\")", "throw", "g ValueError(\"bad\")"),
        ("spawn a = work()", "spawn", "a = work()"),
        ("quit", "quit", ""),
    ])
    func recognised(_ line: String, _ name: String, _ arguments: String) {
        #expect(CommandRecognizer.recognize(line) == CommandInput(name: name, arguments: arguments))
    }

    @Test("Python lines", arguments: [
        "next(g)", "state = 1", "time in ts", "state if x else y", "state is None", "help not in x",
        "next and 1", "state or 2", "state.x", "state[0]", "  next g", "nxt g", "g = next", "next\n g",
        "next.send", "send, g = 1, 2", "state == 1",
    ])
    func python(_ line: String) {
        #expect(CommandRecognizer.recognize(line) == nil)
    }

    @Test("a line broken further on is still recognised on its first tokens")
    func brokenLaterLine() {
        #expect(CommandRecognizer.recognize("send g \"unterminated")?.name == "send")
    }

    @Test("command-shaped lines give their word for suggestions")
    func shape() {
        #expect(CommandRecognizer.commandShape("nxt g")?.word == "nxt")
        #expect(CommandRecognizer.commandShape("nxt(g)") == nil)
        #expect(CommandRecognizer.commandShape("if x") == nil)
    }

    @Test("closest command", arguments: [
        ("nxt", "next"), ("nxet", "next"), ("sned", "send"), ("stat", "state"), ("thow", "throw"),
        ("clsoe", "close"), ("hlep", "help"), ("tace", "trace"), ("wher", "where"), ("res", "reset"),
    ])
    func closest(_ word: String, _ expected: String) {
        #expect(CommandTable.closest(to: word) == expected)
    }

    @Test("no suggestion for far-off words", arguments: ["frobnicate", "x", "print", "lambda"])
    func noSuggestion(_ word: String) {
        #expect(CommandTable.closest(to: word) == nil)
    }

    @Test("arguments split at blanks outside brackets and strings")
    func words() {
        #expect(CommandInput(name: "gather", arguments: "a f(1, 2) 'x y'").words == ["a", "f(1, 2)", "'x y'"])
        #expect(CommandInput(name: "send", arguments: "g [1, 2]  # comment").objectAndRest?.object == "g")
        #expect(CommandInput(name: "send", arguments: "g [1, 2]").objectAndRest?.rest == "[1, 2]")
        #expect(CommandInput(name: "send", arguments: "g # comment").objectAndRest?.rest == "")
    }

    @Test("every command has a usage line starting with its name")
    func table() {
        for spec in CommandTable.all {
            #expect(spec.usage.hasPrefix(spec.name))
            #expect(!pythonKeywords.contains(spec.name))
        }
        #expect(Set(CommandTable.names).count == CommandTable.all.count)
    }
}
