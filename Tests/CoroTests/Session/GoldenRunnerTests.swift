import Foundation
import Testing
@testable import Coro

@Suite("The golden runner (coro test)", .serialized)
struct GoldenRunnerTests {
    /// A fresh temporary directory.
    func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coro-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    func write(_ text: String, _ path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    func run(_ paths: [String], update: Bool = false) -> (GoldenSummary, String) {
        var report = ""
        let summary = GoldenRunner(paths: paths, update: update).run { report += $0 }
        return (summary, report)
    }

    let session = "def gen():\n    yield 1\n\ng = gen()\nnext g\n"
    let expected = """
    coro> def gen():
    ...     yield 1
    ...
    coro> g = gen()
    coro> next g
    g  GEN_CREATED -> GEN_SUSPENDED  yielded 1  at line 2: yield 1

    """

    @Test("a matching .out passes")
    func passes() throws {
        let dir = try temporaryDirectory()
        try write(session, dir + "/a.coro")
        try write(expected, dir + "/a.out")
        let (summary, report) = run([dir])
        #expect(summary == GoldenSummary(passed: 1, failed: 0))
        #expect(report == "1 passed, 0 failed\n")
    }

    @Test("a changed line in the .out fails with a unified diff naming file and line; --update fixes it")
    func changedLineFailsThenUpdateFixes() throws {
        let dir = try temporaryDirectory()
        try write(session, dir + "/a.coro")
        try write(expected.replacingOccurrences(of: "yielded 1", with: "yielded 2"), dir + "/a.out")
        let (summary, report) = run([dir])
        #expect(summary == GoldenSummary(passed: 0, failed: 1))
        #expect(report.contains("FAIL \(dir)/a.coro\n"))
        #expect(report.contains("\(dir)/a.out:6: the output differs"))
        #expect(report.contains("--- \(dir)/a.out\n+++ \(dir)/a.coro (actual output)\n@@ -3,4 +3,4 @@\n"))
        #expect(report.contains("\n-g  GEN_CREATED -> GEN_SUSPENDED  yielded 2  at line 2: yield 1\n+g  GEN_CREATED -> GEN_SUSPENDED  yielded 1  at line 2: yield 1\n"))
        #expect(report.hasSuffix("0 passed, 1 failed\n"))

        let (updated, updateReport) = run([dir], update: true)
        #expect(updated == GoldenSummary(passed: 1, failed: 0))
        #expect(updateReport.contains("updated \(dir)/a.out"))
        #expect(try read(dir + "/a.out") == expected)
        #expect(run([dir]).0 == GoldenSummary(passed: 1, failed: 0))
    }

    @Test("a missing .out fails and says how to create it")
    func missingOut() throws {
        let dir = try temporaryDirectory()
        try write(session, dir + "/b.coro")
        let (summary, report) = run([dir + "/b.coro"])
        #expect(summary.failed == 1)
        #expect(report.contains("\(dir)/b.out is missing; create it with: coro test --update \(dir)/b.coro"))
    }

    @Test("paths that cannot be tested fail")
    func badPaths() throws {
        let dir = try temporaryDirectory()
        try write("x", dir + "/notes.txt")
        let (summary, report) = run([dir + "/nothing-here", dir + "/notes.txt"])
        #expect(summary == GoldenSummary(passed: 0, failed: 2))
        #expect(report.contains("no such file or directory"))
        #expect(report.contains("not a .coro session or a markdown file"))
    }

    @Test("a markdown file is one session checked block by block; --update rewrites the blocks")
    func markdown() throws {
        let dir = try temporaryDirectory()
        let good = """
        # Title

        ```coro
        coro> def gen():
        ...     yield 1
        ...
        coro> g = gen()
        ```

        Text between blocks; the second block sees the first one's names.

        ```coro
        coro> next g
        g  GEN_CREATED -> GEN_SUSPENDED  yielded 1  at line 2: yield 1
        ```

        ```python
        not checked
        ```

        """
        try write(good, dir + "/doc.md")
        try write("# No coro blocks here\n", dir + "/other.md")
        #expect(run([dir]).0 == GoldenSummary(passed: 1, failed: 0))

        try write(good.replacingOccurrences(of: "yielded 1", with: "yielded 9"), dir + "/doc.md")
        let (summary, report) = run([dir + "/doc.md"])
        #expect(summary.failed == 1)
        #expect(report.contains("\(dir)/doc.md:14: the coro block's output differs"))
        #expect(report.contains("@@ -13,2 +13,2 @@\n coro> next g\n-g  GEN_CREATED -> GEN_SUSPENDED  yielded 9"))

        #expect(run([dir + "/doc.md"], update: true).0.failed == 0)
        #expect(try read(dir + "/doc.md") == good)
    }

    @Test("unified diff hunks and line offsets")
    func unifiedDiff() {
        let a = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
        var b = a
        b[1] = "two"
        b.insert("new", at: 8)
        let diff = UnifiedDiff.diff(expected: a, actual: b, expectedLabel: "e", actualLabel: "a")
        #expect(diff == """
        --- e
        +++ a
        @@ -1,10 +1,11 @@
         1
        -2
        +two
         3
         4
         5
         6
         7
         8
        +new
         9
         10

        """)
        #expect(UnifiedDiff.diff(expected: a, actual: a, expectedLabel: "e", actualLabel: "a") == nil)
        let far = UnifiedDiff.diff(expected: ["x"], actual: ["y"], expectedLabel: "e", actualLabel: "a", expectedStart: 40, actualStart: 40)
        #expect(far?.contains("@@ -40,1 +40,1 @@") == true)
        #expect(UnifiedDiff.diff(expected: [], actual: ["y"], expectedLabel: "e", actualLabel: "a")?.contains("@@ -0,0 +1,1 @@") == true)
    }
}
