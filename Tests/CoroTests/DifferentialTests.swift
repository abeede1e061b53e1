// Differential tests: CPython 3.11 is the oracle.
//
// Every program in Tests/Differential/<suite>/*.py runs twice:
//   - under the real CPython 3.11 binary (a subprocess, PYTHONHASHSEED=0, cwd = the
//     program's directory), resolved once from `python3` on PATH;
//   - under coro, in-process, through `runProgram(source:path:maxSteps:)`.
// Both outputs are normalised (` at 0x[0-9a-f]+` -> ` at 0x`, PRODUCT.md §8) and
// compared: stdout exactly, the exit status exactly, and the last non-empty line of
// stderr (`Type: message` for an uncaught exception) exactly.
//
// A missing python3, or one that is not 3.11, FAILS the suite (never skips it).
// A missing or empty suite directory fails too.
//
// A suite may have a CPython shim (`Differential.Shim`): a module in the suite's
// directory that CPython loads before each program (the `asyncio` suite's
// virtual_clock.py puts CPython's asyncio on coro's virtual clock). The shim is not a
// program; coro runs the programs directly. A missing shim, or one that fails to load,
// fails every case of its suite with a message naming it.
//
// CPython runs in the background, a few programs at a time, as soon as the first
// case of a suite asks for its result; the coro side runs one program at a time
// (the suite is `.serialized`), so the interpreter need not be re-entrant.
//
// To add a suite: create Tests/Differential/<name>/ with programs and add one line
// below, next to `core`. See docs/differential-coverage.md.

import Foundation
import Testing
@testable import Coro

@Suite("Differential: coro vs CPython 3.11", .serialized)
struct DifferentialTests {
    @Test("python3 on PATH is CPython 3.11")
    func oracleIsCPython311() {
        if case .failure(let error) = Differential.CPython.oracle {
            Issue.record(Comment(rawValue: error.description))
        }
    }

    // Suites: one line per directory Tests/Differential/<suite>/*.py.

    /// Programs in Tests/Differential/core; coverage in docs/differential-coverage.md.
    @Test("core", arguments: Differential.programs(in: "core")) func core(_ program: Differential.Program) async { await program.check() }
    @Test("generators", arguments: Differential.programs(in: "generators")) func generators(_ program: Differential.Program) async { await program.check() }
    /// The Python behaviour behind each golden session of Tests/Golden (one program per session).
    @Test("session", arguments: Differential.programs(in: "session")) func session(_ program: Differential.Program) async { await program.check() }
    /// Programs in Tests/Differential/asyncio, CPython through the virtual_clock.py shim.
    @Test("asyncio", arguments: Differential.programs(in: "asyncio")) func asyncio(_ program: Differential.Program) async { await program.check() }
    /// Programs in Tests/Differential/tracebacks: the whole traceback must match
    /// (every frame line and chaining message), not only its last line.
    @Test("tracebacks", arguments: Differential.programs(in: "tracebacks")) func tracebacks(_ program: Differential.Program) async { await program.check() }
}

/// The harness's helpers, in one namespace so they cannot clash with other test files
/// or with Coro's internal names (visible here through `@testable import`).
enum Differential {
    /// The programs of a suite (a failing placeholder when there are none).
    static func programs(in suite: String) -> [Program] { Program.all(in: suite) }
}

// MARK: - CPython shims

extension Differential {
    /// A module CPython loads before each program of a suite. Its file lives in the
    /// suite's directory, is not a program, and must define `run_program(path)`, which
    /// runs the program as `python3 path` would (as `__main__`).
    struct Shim: Sendable {
        /// The module name; the file is `<module>.py` in the suite's directory.
        let module: String

        var fileName: String { module + ".py" }

        /// Suites whose CPython side runs through a shim.
        static let bySuite: [String: Shim] = [
            // CPython's asyncio on coro's virtual clock (see the file's docstring).
            "asyncio": Shim(module: "virtual_clock"),
        ]

        static func of(_ suite: String) -> Shim? { bySuite[suite] }

        /// First line of stderr when the shim cannot be loaded (with exit status 3).
        static let loadFailureMarker = "coro-differential: cannot load the CPython shim"

        /// `python3 -c SCRIPT DIR SHIM_FILE PROGRAM`: loads the shim from DIR, checks it is
        /// the expected file, then hands it the program.
        func arguments(directory: String, program: String) -> [String] {
            let script = """
                import os, sys
                try:
                    sys.path.insert(0, sys.argv[1])
                    import \(module) as shim
                    if os.path.realpath(shim.__file__) != os.path.realpath(sys.argv[2]):
                        raise ImportError("imported " + shim.__file__ + ", expected " + sys.argv[2])
                    run = shim.run_program
                except BaseException as e:
                    sys.stderr.write("\(Shim.loadFailureMarker) " + sys.argv[2] + ": "
                                     + type(e).__name__ + ": " + str(e) + "\\n")
                    sys.exit(3)
                del sys.argv[1:3]
                run(sys.argv[1])
                """
            let file = URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
            return ["-c", script, directory, file, program]
        }
    }
}

// MARK: - Programs

extension Differential {
    /// One program of a suite, or a placeholder that fails when the suite has none.
    struct Program: Sendable, CustomTestStringConvertible {
        /// Bytecode budget for coro, so a runaway loop fails the case instead of hanging
        /// the suite. Every program takes well under 0.2 s in CPython.
        static let maxSteps = 50_000_000

        let suite: String
        let name: String
        /// nil for the placeholder of a missing or empty suite.
        let path: String?
        /// All programs of the same suite (for prefetching their CPython results).
        let siblings: [String]

        var testDescription: String { name }

        /// Tests/Differential/<suite>, found from this source file's location.
        static func directory(of suite: String, file: String = #filePath) -> URL {
            URL(fileURLWithPath: file)
                .deletingLastPathComponent()   // Tests/CoroTests
                .deletingLastPathComponent()   // Tests
                .appendingPathComponent("Differential")
                .appendingPathComponent(suite)
        }

        static func all(in suite: String) -> [Program] {
            let dir = directory(of: suite)
            let shimFile = Shim.of(suite)?.fileName
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
                .filter { $0.hasSuffix(".py") && $0 != shimFile }
                .sorted()
            let paths = names.map { dir.appendingPathComponent($0).path }
            if paths.isEmpty {
                return [Program(suite: suite, name: "(no programs in \(dir.path))",
                                path: nil, siblings: [])]
            }
            return zip(names, paths).map {
                Program(suite: suite, name: $0.0, path: $0.1, siblings: paths)
            }
        }

        /// Runs the program under CPython and coro and records an issue on any difference.
        func check() async {
            guard let path else {
                Issue.record(Comment(rawValue: "Differential suite '\(suite)' has no programs: \(name). "
                    + "Add *.py files or remove the suite's @Test line."))
                return
            }
            let label = "\(suite)/\(name)"
            if let shim = Shim.of(suite) {
                let file = Self.directory(of: suite).appendingPathComponent(shim.fileName).path
                guard FileManager.default.fileExists(atPath: file) else {
                    Issue.record(Comment(rawValue: "\(label): the suite's CPython shim is missing: \(file) "
                        + "(CPython runs this suite's programs through it; see docs/differential-coverage.md)"))
                    return
                }
            }
            guard case .success(let python) = CPython.oracle else {
                if case .failure(let error) = CPython.oracle {
                    Issue.record(Comment(rawValue: "\(label): no oracle: \(error.description)"))
                }
                return
            }
            let expected: Output
            switch await CPythonRuns.shared.result(python: python, suite: suite, path: path, all: siblings) {
            case .success(let output): expected = output
            case .failure(let error):
                Issue.record(Comment(rawValue: "\(label): CPython run failed: \(error.description)"))
                return
            }
            guard let data = FileManager.default.contents(atPath: path),
                  let source = String(data: data, encoding: .utf8) else {
                Issue.record(Comment(rawValue: "\(label): cannot read the program as UTF-8"))
                return
            }
            let result = runProgram(source: source, path: path, maxSteps: Self.maxSteps)
            let actual = Output(stdout: result.stdout, stderr: result.stderr,
                                exitStatus: result.exitStatus)
            if let report = Compare.differences(cpython: expected, coro: actual,
                                                wholeTraceback: Compare.wholeTracebackSuites.contains(suite)) {
                Issue.record(Comment(rawValue: "\(label) differs from CPython 3.11:\n\(report)"))
            }
        }
    }
}

// MARK: - Comparing

extension Differential {
    struct Output: Sendable {
        var stdout: String
        var stderr: String
        var exitStatus: Int32
    }

    enum Compare {
        /// Replaces the addresses CPython prints (and coro's counters) by a fixed ` at 0x`:
        /// the regex ` at 0x[0-9a-f]+` -> ` at 0x`, on bytes.
        static func normalise(_ text: String) -> String {
            let bytes = Array(text.utf8)
            let needle = Array(" at 0x".utf8)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == needle[0], i + needle.count < bytes.count,
                   bytes[i ..< i + needle.count].elementsEqual(needle) {
                    var j = i + needle.count
                    while j < bytes.count, isLowerHex(bytes[j]) { j += 1 }
                    if j > i + needle.count {
                        out += needle
                        i = j
                        continue
                    }
                }
                out.append(bytes[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }

        private static func isLowerHex(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66)
        }

        static func lastNonEmptyLine(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: true)
                .last { !$0.allSatisfy(\.isWhitespace) }
                .map(String.init) ?? ""
        }

        /// Suites whose programs' tracebacks are compared whole.
        static let wholeTracebackSuites: Set<String> = ["tracebacks"]

        /// The lines of a traceback that both interpreters print the same way: each
        /// `File "…", line N, in name` (with the file's directory dropped), the
        /// chaining messages and the exception lines. Source lines and CPython's
        /// `~~^~~` markers are left out.
        static func tracebackSkeleton(_ stderr: String) -> [String] {
            stderr.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
                if line.hasPrefix("    ") { return nil }
                if line.hasPrefix("  File \""), let close = line.dropFirst(8).firstIndex(of: "\"") {
                    let path = line[line.index(line.startIndex, offsetBy: 8) ..< close]
                    let file = path.split(separator: "/").last.map(String.init) ?? String(path)
                    return "  File \"\(file)\"" + line[close...].dropFirst()
                }
                return String(line)
            }
        }

        /// nil when the runs agree; else a compact, CI-readable description.
        static func differences(cpython: Output, coro: Output, wholeTraceback: Bool = false) -> String? {
            var report: [String] = []
            let want = normalise(cpython.stdout)
            let got = normalise(coro.stdout)
            if want != got {
                report.append(firstDifference(expected: want, actual: got))
            }
            if cpython.exitStatus != coro.exitStatus {
                report.append("  exit status: cpython \(cpython.exitStatus), coro \(coro.exitStatus)")
            }
            let wantErr = lastNonEmptyLine(normalise(cpython.stderr))
            let gotErr = lastNonEmptyLine(normalise(coro.stderr))
            if wantErr != gotErr {
                report.append("  last stderr line:\n    cpython: \(quoted(wantErr))\n    coro:    \(quoted(gotErr))")
            }
            if wholeTraceback {
                let want = tracebackSkeleton(normalise(cpython.stderr))
                let got = tracebackSkeleton(normalise(coro.stderr))
                if want != got {
                    report.append("  traceback:\n    cpython: " + want.map { quoted($0) }.joined(separator: "\n             ")
                        + "\n    coro:    " + got.map { quoted($0) }.joined(separator: "\n             "))
                }
            }
            return report.isEmpty ? nil : report.joined(separator: "\n")
        }

        static func firstDifference(expected: String, actual: String) -> String {
            let e = lines(expected)
            let a = lines(actual)
            var i = 0
            while i < e.count, i < a.count, e[i] == a[i] { i += 1 }
            if i == e.count, i == a.count {
                return "  stdout differs only in its final newline: cpython "
                    + (expected.hasSuffix("\n") ? "has one" : "has none") + ", coro "
                    + (actual.hasSuffix("\n") ? "has one" : "has none")
            }
            let show = { (lines: [Substring], i: Int) -> String in
                i < lines.count ? quoted(lines[i]) : "<end of output>"
            }
            return "  stdout differs at line \(i + 1) (cpython \(e.count) lines, coro \(a.count) lines):\n"
                + "    cpython: \(show(e, i))\n"
                + "    coro:    \(show(a, i))"
        }

        /// The lines of an output as a person counts them (a final newline ends the last line).
        private static func lines(_ text: String) -> [Substring] {
            if text.isEmpty { return [] }
            var all = text.split(separator: "\n", omittingEmptySubsequences: false)
            if text.hasSuffix("\n") { all.removeLast() }
            return all
        }

        /// A line in double quotes, with backslashes, quotes, tabs and other control
        /// characters escaped, so trailing spaces and invisible characters show.
        static func quoted<S: StringProtocol>(_ s: S) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\"
                case "\"": out += "\\\""
                case "\t": out += "\\t"
                case "\r": out += "\\r"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7f {
                        out += "\\u{" + String(scalar.value, radix: 16) + "}"
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
            return out + "\""
        }
    }
}

// MARK: - The oracle

extension Differential {
    struct OracleError: Error, Sendable, CustomStringConvertible {
        let description: String
    }

    enum CPython {
        /// The real CPython 3.11 executable (not the pyenv shim), resolved once.
        static let oracle: Result<String, OracleError> = resolve()

        private static func resolve() -> Result<String, OracleError> {
            let script = "import sys; print(sys.executable); print('%d.%d' % sys.version_info[:2])"
            let run: Output
            do {
                run = try Subprocess.run(executable: "/usr/bin/env", arguments: ["python3", "-c", script],
                                         environment: ProcessInfo.processInfo.environment,
                                         directory: nil, timeout: 60)
            } catch {
                return .failure(OracleError(description: "cannot run python3 from PATH: \(error)"))
            }
            guard run.exitStatus == 0 else {
                return .failure(OracleError(description:
                    "python3 from PATH failed (exit \(run.exitStatus)): \(Compare.lastNonEmptyLine(run.stderr)). "
                    + "The differential suite needs CPython 3.11 as `python3` on PATH."))
            }
            let lines = run.stdout.split(separator: "\n").map(String.init)
            guard lines.count == 2, FileManager.default.isExecutableFile(atPath: lines[0]) else {
                return .failure(OracleError(description: "unexpected answer from python3: \(run.stdout.debugDescription)"))
            }
            guard lines[1] == "3.11" else {
                return .failure(OracleError(description:
                    "python3 on PATH is \(lines[0]) version \(lines[1]); the differential suite needs CPython 3.11"))
            }
            return .success(lines[0])
        }

        /// PYTHONHASHSEED is fixed (programs must not depend on it, but a fixed seed makes
        /// a failure reproducible); stdout/stderr are UTF-8 whatever the locale.
        static func environment() -> [String: String] {
            var env = ProcessInfo.processInfo.environment
            env["PYTHONHASHSEED"] = "0"
            env["PYTHONIOENCODING"] = "utf-8"
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            for key in ["PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONINSPECT"] {
                env.removeValue(forKey: key)
            }
            return env
        }
    }

    /// Runs the CPython side of a suite in the background, a few programs at a time,
    /// and hands each case its result when it is ready.
    final class CPythonRuns: @unchecked Sendable {
        static let shared = CPythonRuns()
        /// One CPython per core measured best here (2 cores: 2.9 s for 173 programs vs
        /// 4.8 s serially and 3.7 s four at a time).
        static let concurrency = max(2, ProcessInfo.processInfo.activeProcessorCount)

        private final class Pending: @unchecked Sendable {
            let group = DispatchGroup()
            var value: Result<Output, OracleError> = .failure(OracleError(description: "not run"))
            var seconds = 0.0
            init() { group.enter() }
        }

        private struct SuiteClock {
            var total = 0
            var finished = 0
            var started = Date()
            var busySeconds = 0.0
        }

        private let lock = NSLock()
        private var pending: [String: Pending] = [:]
        private var clocks: [String: SuiteClock] = [:]
        private let queue: OperationQueue = {
            let q = OperationQueue()
            q.name = "differential.cpython"
            q.maxConcurrentOperationCount = CPythonRuns.concurrency
            return q
        }()

        func result(python: String, suite: String, path: String, all: [String]) async
            -> Result<Output, OracleError>
        {
            let entry = schedule(python: python, suite: suite, wanted: path, all: all)
            return await withCheckedContinuation { continuation in
                entry.group.notify(queue: .global()) { continuation.resume(returning: entry.value) }
            }
        }

        /// Queues every not-yet-queued program of the suite (the wanted one first).
        private func schedule(python: String, suite: String, wanted: String, all: [String]) -> Pending {
            lock.lock()
            defer { lock.unlock() }
            var fresh: [(String, Pending)] = []
            for path in [wanted] + all where pending[path] == nil {
                let p = Pending()
                pending[path] = p
                fresh.append((path, p))
            }
            if !fresh.isEmpty {
                var clock = clocks[suite] ?? SuiteClock()
                if clock.total == 0 { clock.started = Date() }
                clock.total += fresh.count
                clocks[suite] = clock
            }
            for (path, entry) in fresh {
                queue.addOperation { [self] in
                    let start = Date()
                    let url = URL(fileURLWithPath: path)
                    let directory = url.deletingLastPathComponent().path
                    let arguments = Shim.of(suite)?.arguments(directory: directory, program: path) ?? [path]
                    do {
                        let out = try Subprocess.run(executable: python, arguments: arguments,
                                                     environment: CPython.environment(),
                                                     directory: directory,
                                                     timeout: 60)
                        if out.exitStatus == 3, out.stderr.hasPrefix(Shim.loadFailureMarker) {
                            entry.value = .failure(OracleError(description:
                                out.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))
                        } else {
                            entry.value = .success(out)
                        }
                    } catch {
                        entry.value = .failure(OracleError(description: "\(error)"))
                    }
                    entry.seconds = Date().timeIntervalSince(start)
                    finished(suite: suite, seconds: entry.seconds)
                    entry.group.leave()
                }
            }
            return pending[wanted]!
        }

        private func finished(suite: String, seconds: Double) {
            lock.lock()
            var clock = clocks[suite]!
            clock.finished += 1
            clock.busySeconds += seconds
            clocks[suite] = clock
            lock.unlock()
            if clock.finished == clock.total {
                let wall = Date().timeIntervalSince(clock.started)
                print(String(format: "Differential[%@]: CPython ran %d programs in %.2f s wall "
                    + "(%.2f s of runs, %d at a time)", suite, clock.total, wall,
                    clock.busySeconds, CPythonRuns.concurrency))
            }
        }
    }
}

// MARK: - Subprocesses

extension Differential {
    enum Subprocess {
        struct Failure: Error, CustomStringConvertible {
            let description: String
        }

        /// Runs a process to completion, capturing stdout and stderr (read concurrently,
        /// so a chatty program cannot block on a full pipe). stdin is /dev/null.
        static func run(executable: String, arguments: [String], environment: [String: String],
                        directory: String?, timeout: TimeInterval) throws -> Output {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.environment = environment
            if let directory {
                process.currentDirectoryURL = URL(fileURLWithPath: directory)
            }
            let outPipe = Pipe()
            let errPipe = Pipe()
            process.standardOutput = outPipe
            process.standardError = errPipe
            process.standardInput = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                throw Failure(description: "cannot start \(executable): \(error.localizedDescription)")
            }

            final class Box: @unchecked Sendable {
                var data = Data()
                var timedOut = false
            }
            let box = Box()
            let readers = DispatchGroup()
            readers.enter()
            DispatchQueue.global().async {
                box.data = errPipe.fileHandleForReading.readDataToEndOfFile()
                readers.leave()
            }
            let killer = DispatchWorkItem {
                if process.isRunning {
                    box.timedOut = true
                    process.terminate()
                }
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
            let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
            readers.wait()
            process.waitUntilExit()
            killer.cancel()

            let command = ([executable] + arguments).joined(separator: " ")
            if box.timedOut {
                throw Failure(description: "\(command) did not finish within \(Int(timeout)) s")
            }
            if process.terminationReason == .uncaughtSignal {
                throw Failure(description: "\(command) was killed by signal \(process.terminationStatus)")
            }
            return Output(stdout: String(decoding: outData, as: UTF8.self),
                                 stderr: String(decoding: box.data, as: UTF8.self),
                                 exitStatus: process.terminationStatus)
        }
    }
}
