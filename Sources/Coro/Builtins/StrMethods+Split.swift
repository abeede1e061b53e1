// str.split, rsplit and splitlines, as CPython's stringlib/split.h does them.

extension StrMethods {
    static func installSplit(_ t: PyType) {
        def(t, "split") { vm, s, call in try split(vm, s, call, reverse: false) }
        def(t, "rsplit") { vm, s, call in try split(vm, s, call, reverse: true) }
        def(t, "splitlines") { vm, s, call in
            let a = try call.bind(["keepends"])
            let keep = try a[0].map { try vm.indexArgument($0) != 0 } ?? false
            return .list(splitLines(s.scalars, keepEnds: keep).map { .str(makeString($0)) })
        }
    }

    private static func split(_ vm: VM, _ s: PyStr, _ call: MethodCall, reverse: Bool) throws -> Value {
        let a = try call.bind(["sep", "maxsplit"])
        var maxsplit = try a[1].map { try vm.indexArgument($0) } ?? -1
        if maxsplit < 0 { maxsplit = Int.max }
        if let sepValue = a[0], !sepValue.isNone {
            let sep = try vm.stringArgument(sepValue) { "must be str or None, not \($0)" }
            if sep.value.isEmpty { throw valueError("empty separator") }
            let hay = Array(s.value.utf8), pattern = Array(sep.value.utf8)
            let ranges = reverse ? rsplitRanges(hay, pattern, maxsplit) : splitRanges(hay, pattern, maxsplit)
            return .list(ranges.map { .str(makeString(utf8: hay[$0])) })
        }
        let utf8 = Array(s.value.utf8)
        if utf8.allSatisfy({ $0 < 0x80 }) {
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0d) || ($0 >= 0x1c && $0 <= 0x1f) }
            let ranges = reverse ? rsplitWhitespace(utf8, maxsplit, isSpace) : splitWhitespace(utf8, maxsplit, isSpace)
            return .list(ranges.map { .str(makeString(utf8: utf8[$0])) })
        }
        let scalars = s.scalars
        let ranges = reverse ? rsplitWhitespace(scalars, maxsplit, isPythonSpace) : splitWhitespace(scalars, maxsplit, isPythonSpace)
        return .list(ranges.map { .str(makeString(scalars[$0])) })
    }

    private static func splitRanges<T: Equatable>(_ hay: [T], _ sep: [T], _ maxsplit: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        while out.count < maxsplit, let j = firstIndex(of: sep, in: hay, from: start, to: hay.count) {
            out.append(start..<j)
            start = j + sep.count
        }
        out.append(start..<hay.count)
        return out
    }

    private static func rsplitRanges<T: Equatable>(_ hay: [T], _ sep: [T], _ maxsplit: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var end = hay.count
        while out.count < maxsplit, let j = lastIndex(of: sep, in: hay, from: 0, to: end) {
            out.append((j + sep.count)..<end)
            end = j
        }
        out.append(0..<end)
        return out.reversed()
    }

    /// CPython's `split_whitespace`: runs of non-space; after `maxsplit` pieces
    /// the rest (leading spaces skipped) is one piece.
    private static func splitWhitespace<T>(_ s: [T], _ maxsplit: Int, _ isSpace: (T) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let n = s.count
        while out.count < maxsplit {
            while i < n && isSpace(s[i]) { i += 1 }
            if i == n { break }
            let j = i
            i += 1
            while i < n && !isSpace(s[i]) { i += 1 }
            out.append(j..<i)
        }
        if i < n {
            while i < n && isSpace(s[i]) { i += 1 }
            if i != n { out.append(i..<n) }
        }
        return out
    }

    private static func rsplitWhitespace<T>(_ s: [T], _ maxsplit: Int, _ isSpace: (T) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = s.count - 1
        while out.count < maxsplit {
            while i >= 0 && isSpace(s[i]) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !isSpace(s[i]) { i -= 1 }
            out.append((i + 1)..<(j + 1))
        }
        if i >= 0 {
            while i >= 0 && isSpace(s[i]) { i -= 1 }
            if i >= 0 { out.append(0..<(i + 1)) }
        }
        return out.reversed()
    }

    /// Lines split at any of Python's line boundaries; "\r\n" is one boundary.
    private static func splitLines(_ s: [Unicode.Scalar], keepEnds: Bool) -> [ArraySlice<Unicode.Scalar>] {
        var out: [ArraySlice<Unicode.Scalar>] = []
        var i = 0
        let n = s.count
        while i < n {
            let start = i
            while i < n && !isPythonLineBreak(s[i]) { i += 1 }
            var eol = i
            if i < n {
                if s[i] == "\r" && i + 1 < n && s[i + 1] == "\n" { i += 2 } else { i += 1 }
                if keepEnds { eol = i }
            }
            out.append(s[start..<eol])
        }
        return out
    }
}
