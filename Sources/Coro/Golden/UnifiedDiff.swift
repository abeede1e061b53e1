/// Unified diffs of expected and actual transcripts, as `diff -u` prints them, with
/// line numbers that can be offset (a markdown block's lines are the file's lines).
public enum UnifiedDiff {
    /// One line of an edit script.
    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The diff of `expected` and `actual`, or nil when they are equal. Hunk headers
    /// count lines from `expectedStart` and `actualStart`.
    public static func diff(expected: [String], actual: [String], expectedLabel: String, actualLabel: String,
                            expectedStart: Int = 1, actualStart: Int = 1, context: Int = 3) -> String? {
        if expected == actual { return nil }
        let edits = script(expected, actual)
        var out = "--- \(expectedLabel)\n+++ \(actualLabel)\n"
        for hunk in hunks(edits, context: context) {
            out += header(hunk, edits, expectedStart: expectedStart, actualStart: actualStart)
            for edit in edits[hunk] {
                switch edit {
                case .same(let s): out += " \(s)\n"
                case .removed(let s): out += "-\(s)\n"
                case .added(let s): out += "+\(s)\n"
                }
            }
        }
        return out
    }

    /// The line (counted from `expectedStart`) of the first expected line that differs.
    public static func firstDifference(expected: [String], actual: [String], expectedStart: Int = 1) -> Int {
        var i = 0
        while i < expected.count && i < actual.count && expected[i] == actual[i] { i += 1 }
        return expectedStart + i
    }

    /// The edit script: common prefix and suffix kept, the middle aligned by a longest
    /// common subsequence (or replaced wholesale when it is too big to align cheaply).
    static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let midA = Array(a[prefix..<(a.count - suffix)])
        let midB = Array(b[prefix..<(b.count - suffix)])
        var edits = a[..<prefix].map { Edit.same($0) }
        if midA.count * midB.count <= 4_000_000 {
            edits += align(midA, midB)
        } else {
            edits += midA.map { .removed($0) } + midB.map { .added($0) }
        }
        edits += a[(a.count - suffix)...].map { .same($0) }
        return edits
    }

    /// LCS alignment by dynamic programming.
    static func align(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count, m = b.count
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] {
                edits.append(.same(a[i])); i += 1; j += 1
            } else if j < m && (i == n || table[i][j + 1] >= table[i + 1][j]) {
                edits.append(.added(b[j])); j += 1
            } else {
                edits.append(.removed(a[i])); i += 1
            }
        }
        // Removals before additions within a run of changes, as diff -u shows them.
        var ordered: [Edit] = []
        var k = 0
        while k < edits.count {
            if case .same = edits[k] { ordered.append(edits[k]); k += 1; continue }
            var removed: [Edit] = [], added: [Edit] = []
            while k < edits.count {
                if case .same = edits[k] { break }
                if case .removed = edits[k] { removed.append(edits[k]) } else { added.append(edits[k]) }
                k += 1
            }
            ordered += removed + added
        }
        return ordered
    }

    /// Ranges of the edit script to print: each change with `context` lines around it,
    /// close changes merged.
    static func hunks(_ edits: [Edit], context: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (i, e) in edits.enumerated() {
            if case .same = e { continue }
            let r = max(0, i - context)..<min(edits.count, i + context + 1)
            if let last = ranges.last, r.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                ranges.append(r)
            }
        }
        return ranges
    }

    /// `@@ -start,count +start,count @@`.
    static func header(_ hunk: Range<Int>, _ edits: [Edit], expectedStart: Int, actualStart: Int) -> String {
        var a = 0, b = 0
        for e in edits[..<hunk.lowerBound] {
            switch e {
            case .same: a += 1; b += 1
            case .removed: a += 1
            case .added: b += 1
            }
        }
        var countA = 0, countB = 0
        for e in edits[hunk] {
            switch e {
            case .same: countA += 1; countB += 1
            case .removed: countA += 1
            case .added: countB += 1
            }
        }
        let startA = countA == 0 ? a + expectedStart - 1 : a + expectedStart
        let startB = countB == 0 ? b + actualStart - 1 : b + actualStart
        return "@@ -\(startA),\(countA) +\(startB),\(countB) @@\n"
    }
}
