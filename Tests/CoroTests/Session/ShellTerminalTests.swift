import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

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

    /// Runs tmux with `arguments` and waits for it. posix_spawn and waitpid rather
    /// than Foundation's Process, whose exit monitoring does not notice a tmux client
    /// that has forked its server; output goes through a file, which the server may
    /// keep open.
    @discardableResult
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let outputPath = home + "/.tmux-output-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([tmux, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads may block signals; tmux and coro start with none
        // blocked and default handlers, as from a shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, tmux, &actions, &attributes, argv, environ)
        if rc != 0 { throw Failure(description: "cannot start tmux: error \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        return (exitStatus, String(decoding: data, as: UTF8.self))
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
        Terminal.trimmingLineEnds(try run(["capture-pane", "-p", "-t", "0"]).output)
    }

    static func trimmingLineEnds(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    /// Waits up to 10 s for `text` on the screen (compared with trailing blanks
    /// removed from each line, as the screen is: `"coro> "` matches an empty prompt).
    func waitFor(_ text: String) throws {
        let needle = Terminal.trimmingLineEnds(text)
        let deadline = Date().addingTimeInterval(10)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(needle) { return }
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
