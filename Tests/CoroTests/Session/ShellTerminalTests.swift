import Foundation
import Testing

/// The shell in a real terminal: tmux runs the built `coro` in a pseudo-terminal, the
/// test types keys and reads the screen. HOME points at a temporary directory, so the
/// history file stays out of the real home. A missing tmux or binary fails the test.
@Suite("The shell in a terminal (tmux)", .serialized)
struct ShellTerminalTests {
    @Test("tab completion, Ctrl-C during a loop, Ctrl-D, history across two runs")
    func terminal() throws {
        let terminal = try Terminal()
        defer { terminal.tearDown() }

        try terminal.start()
        try terminal.waitFor("coro> ")
        try terminal.keys("def gen():", "Enter", "    yield 1", "Enter", "    yield 2", "Enter", "Enter")
        try terminal.keys("g = gen()", "Enter")
        try terminal.keys("g.se", "Tab")
        try terminal.waitFor("coro> g.send")
        try terminal.keys("(None)", "Enter")
        try terminal.waitFor("g.send(None)\n1\ncoro> ")

        // Ctrl-C interrupts running code; the prompt returns and g survives.
        try terminal.keys("while True: pass", "Enter", "Enter")
        Thread.sleep(forTimeInterval: 0.5)
        try terminal.keys("C-c")
        try terminal.waitFor("KeyboardInterrupt\ncoro> ")
        try terminal.keys("next g", "Enter")
        try terminal.waitFor("g  GEN_SUSPENDED -> GEN_SUSPENDED  yielded 2  at line 3: yield 2")

        // Ctrl-C at the prompt cancels the line being typed.
        try terminal.keys("this is never run", "C-c")
        try terminal.waitFor("KeyboardInterrupt\ncoro> ")
        try terminal.keys("state g", "Enter")
        try terminal.waitFor("g  GEN_SUSPENDED  at line 3: yield 2")

        // Ctrl-D leaves.
        try terminal.keys("C-d")
        try terminal.waitForExit()

        let history = terminal.home + "/.coro_history"
        let attributes = try FileManager.default.attributesOfItem(atPath: history)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.hasSuffix("while True: pass\nnext g\nstate g\n"))
        #expect(!saved.contains("never run"))

        // A second run recalls the first one's lines with the up arrow.
        try terminal.start()
        try terminal.waitFor("coro> ")
        try terminal.keys("Up")
        try terminal.waitFor("coro> state g")
        try terminal.keys("Up")
        try terminal.waitFor("coro> next g")
        try terminal.keys("Enter")
        try terminal.waitFor("NameError: name 'g' is not defined")
        try terminal.keys("C-d")
        try terminal.waitForExit()
    }
}

/// A private tmux server running coro with HOME in a temporary directory.
final class Terminal {
    let tmux: String
    let binary: String
    let home: String
    let socket = "coro-test-\(getpid())-\(UUID().uuidString.prefix(8))"

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init() throws {
        guard let tmux = Terminal.which("tmux") else {
            throw Failure(description: "tmux is not installed: run scripts/setup-deps --test")
        }
        self.tmux = tmux
        binary = try Terminal.coroBinary()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coro-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        home = dir.path
    }

    /// The `coro` executable built beside the test bundle (or `CORO_BIN`).
    static func coroBinary() throws -> String {
        if let explicit = ProcessInfo.processInfo.environment["CORO_BIN"] { return explicit }
        var candidates: [URL] = []
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = argument0.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("coro"))
            dir = dir.deletingLastPathComponent()
        }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate.path
        }
        throw Failure(description: "the coro executable was not found next to \(argument0.path): build it first (swift build)")
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmux)
        process.arguments = ["-L", socket, "-f", "/dev/null"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Starts coro in a new 100x40 window.
    func start() throws {
        let command = "env HOME='\(home)' TERM=xterm NO_COLOR=1 '\(binary)'"
        let result = try run(["new-session", "-d", "-x", "100", "-y", "40", command])
        if result.status != 0 { throw Failure(description: "tmux new-session failed: \(result.output)") }
    }

    /// Types keys: literal text, or tmux key names (Enter, Tab, Up, C-c, C-d).
    func keys(_ keys: String...) throws {
        for key in keys {
            let named = ["Enter", "Tab", "Up", "Down", "C-c", "C-d", "C-u"].contains(key)
            let result = try run(["send-keys", "-t", "0"] + (named ? [key] : ["-l", key]))
            if result.status != 0 { throw Failure(description: "tmux send-keys failed: \(result.output)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// The visible screen, trailing blanks removed from each line.
    func screen() throws -> String {
        let text = try run(["capture-pane", "-p", "-t", "0"]).output
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// Waits up to 10 s for `text` on the screen.
    func waitFor(_ text: String) throws {
        let deadline = Date().addingTimeInterval(10)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "timed out waiting for \(text.debugDescription); the screen shows:\n\(last)")
    }

    /// Waits for coro to exit (the tmux session ends with it).
    func waitForExit() throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try run(["has-session"]).status != 0 { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "coro did not exit; the screen shows:\n\(try screen())")
    }

    func tearDown() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: home)
    }
}
