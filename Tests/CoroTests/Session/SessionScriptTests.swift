import Testing
@testable import Coro

@Suite("Splitting a session file into inputs, and their echo")
struct SessionScriptTests {
    func texts(_ source: String) -> [String] {
        SessionScript(text: source, filename: "t.coro").inputs.map(\.text)
    }

    @Test("commands are one line; code ends at the next line in column 0")
    func split() {
        let source = """
        def f():
            yield 1

            yield 2
        g = f()
        next g

        if g:
            pass
        elif x:
            pass
        else:
            pass
        try:
            pass
        except E:
            pass
        finally:
            pass
        """
        #expect(texts(source) == [
            "def f():\n    yield 1\n\n    yield 2", "g = f()", "next g",
            "if g:\n    pass\nelif x:\n    pass\nelse:\n    pass",
            "try:\n    pass\nexcept E:\n    pass\nfinally:\n    pass",
        ])
    }

    @Test("open brackets, decorators and backslashes keep an input open")
    func open() {
        #expect(texts("x = [1,\n2]\n@dec\ndef f(): pass\ny = 1 + \\\n2\nz") == ["x = [1,\n2]", "@dec\ndef f(): pass", "y = 1 + \\\n2", "z"])
    }

    @Test("inputs remember the file line they start at")
    func lines() {
        let inputs = SessionScript(text: "\n\nx = 1\n\nnext g\n", filename: "t.coro").inputs
        #expect(inputs.map(\.firstLine) == [3, 5])
        #expect(inputs.allSatisfy { $0.source.filename == "t.coro" })
    }

    @Test("echo: prompts, continuation lines, and a closing ... for compound statements")
    func echo() {
        let inputs = SessionScript(text: "def f():\n    return 1\n\n    # more\nf()\nnext g\nfor x in y: pass\n", filename: "t").inputs
        #expect(inputs.map(\.echo) == [
            "coro> def f():\n...     return 1\n...\n...     # more\n...\n", "coro> f()\n", "coro> next g\n",
            "coro> for x in y: pass\n...\n",
        ])
    }

    @Test("a comment line in column 0 is an input of its own")
    func comments() {
        #expect(texts("# one\nx = 1\n# two\n") == ["# one", "x = 1", "# two"])
    }
}
