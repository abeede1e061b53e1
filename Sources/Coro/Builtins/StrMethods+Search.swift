// Searching and replacing in `str`: find/index/count/startswith/endswith with
// CPython's slice-style bounds, replace, partition and join.

extension StrMethods {
    static func installSearch(_ t: PyType) {
        def(t, "find") { vm, s, call in .int(try find(vm, s, call, reverse: false) ?? -1) }
        def(t, "rfind") { vm, s, call in .int(try find(vm, s, call, reverse: true) ?? -1) }
        def(t, "index") { vm, s, call in
            guard let i = try find(vm, s, call, reverse: false) else { throw valueError("substring not found") }
            return .int(i)
        }
        def(t, "rindex") { vm, s, call in
            guard let i = try find(vm, s, call, reverse: true) else { throw valueError("substring not found") }
            return .int(i)
        }
        def(t, "count") { vm, s, call in
            let (sub, start, end) = try searchArguments(vm, s, call)
            let hay = s.scalars
            if end - start < sub.count { return .int(0) }
            if sub.isEmpty { return .int(end - start + 1) }
            return .int(occurrences(of: sub, in: hay, from: start, to: end, limit: Int.max).count)
        }
        def(t, "startswith") { vm, s, call in try affixMatch(vm, s, call, atEnd: false) }
        def(t, "endswith") { vm, s, call in try affixMatch(vm, s, call, atEnd: true) }
        def(t, "replace") { vm, s, call in
            let a = try call.positional(2, 3)
            let old = try vm.stringArgument(a[0]) { "replace() argument 1 must be str, not \($0)" }
            let new = try vm.stringArgument(a[1]) { "replace() argument 2 must be str, not \($0)" }
            let count = a.count > 2 ? try vm.indexArgument(a[2]) : -1
            return .str(try replace(s, old.value, new.value, count: count))
        }
        def(t, "partition") { vm, s, call in try partition(vm, s, try call.one(), reverse: false) }
        def(t, "rpartition") { vm, s, call in try partition(vm, s, try call.one(), reverse: true) }
        def(t, "join") { vm, s, call in .str(try join(vm, s.value, try call.one())) }
    }

    /// The (sub, start, end) of find/index/count, bounds already adjusted.
    private static func searchArguments(_ vm: VM, _ s: PyStr, _ call: MethodCall) throws -> ([Unicode.Scalar], Int, Int) {
        let a = try call.parseTuple(1, 3)
        let sub = try vm.stringArgument(a[0]) { "must be str, not \($0)" }
        let start = try a.count > 1 ? vm.sliceIndexArgument(a[1], allowNone: true) : nil
        let end = try a.count > 2 ? vm.sliceIndexArgument(a[2], allowNone: true) : nil
        let (lo, hi) = adjustIndices(start, end, length: s.length)
        return (sub.scalars, lo, hi)
    }

    private static func find(_ vm: VM, _ s: PyStr, _ call: MethodCall, reverse: Bool) throws -> Int? {
        let (sub, start, end) = try searchArguments(vm, s, call)
        if end - start < sub.count { return nil }
        if sub.isEmpty { return reverse ? end : start }
        let hay = s.scalars
        return reverse ? lastIndex(of: sub, in: hay, from: start, to: end) : firstIndex(of: sub, in: hay, from: start, to: end)
    }

    /// startswith / endswith with a str or a tuple of str.
    private static func affixMatch(_ vm: VM, _ s: PyStr, _ call: MethodCall, atEnd: Bool) throws -> Value {
        let a = try call.parseTuple(1, 3)
        let start = try a.count > 1 ? vm.sliceIndexArgument(a[1], allowNone: true) : nil
        let end = try a.count > 2 ? vm.sliceIndexArgument(a[2], allowNone: true) : nil
        let candidates: [Value]
        if case .object(let o) = a[0], let tup = o as? PyTuple {
            candidates = tup.items
        } else if isStr(a[0]) {
            candidates = [a[0]]
        } else {
            throw typeError("\(call.name) first arg must be str or a tuple of str, not \(a[0].type.name)")
        }
        let hay = s.scalars
        for c in candidates {
            let affix = try vm.stringArgument(c) { "tuple for \(call.name) must only contain str, not \($0)" }
            if tailMatch(hay, affix.scalars, start, end, atEnd: atEnd) { return .bool(true) }
        }
        return .bool(false)
    }

    /// CPython's `tailmatch`.
    private static func tailMatch(_ hay: [Unicode.Scalar], _ affix: [Unicode.Scalar], _ start: Int?, _ end: Int?, atEnd: Bool) -> Bool {
        var (lo, hi) = adjustIndices(start, end, length: hay.count)
        hi -= affix.count
        if hi < lo { return false }
        if affix.isEmpty { return true }
        let base = atEnd ? hi : lo
        for i in affix.indices where hay[base + i] != affix[i] { return false }
        return true
    }

    private static func replace(_ s: PyStr, _ old: String, _ new: String, count: Int) throws -> String {
        if old.isEmpty {
            // An empty pattern matches before every character and at the end.
            let scalars = s.value.unicodeScalars
            let limit = count < 0 ? Int.max : count
            try requireBuildable(min(limit, scalars.count + 1), times: new.unicodeScalars.count)
            var out = String.UnicodeScalarView()
            var inserted = 0
            for c in scalars {
                if inserted < limit { out.append(contentsOf: new.unicodeScalars); inserted += 1 }
                out.append(c)
            }
            if inserted < limit { out.append(contentsOf: new.unicodeScalars) }
            return String(out)
        }
        let hay = Array(s.value.utf8), pattern = Array(old.utf8)
        let hits = occurrences(of: pattern, in: hay, from: 0, to: hay.count, limit: count < 0 ? Int.max : count)
        if hits.isEmpty { return s.value }
        try requireBuildable(hits.count, times: new.utf8.count)
        var out: [UInt8] = []
        out.reserveCapacity(hay.count + hits.count * (new.utf8.count - pattern.count))
        var last = 0
        for h in hits {
            out.append(contentsOf: hay[last..<h])
            out.append(contentsOf: new.utf8)
            last = h + pattern.count
        }
        out.append(contentsOf: hay[last...])
        return String(decoding: out, as: UTF8.self)
    }

    private static func partition(_ vm: VM, _ s: PyStr, _ sepValue: Value, reverse: Bool) throws -> Value {
        let sep = try vm.stringArgument(sepValue) { "must be str, not \($0)" }
        if sep.value.isEmpty { throw valueError("empty separator") }
        let hay = Array(s.value.utf8), pattern = Array(sep.value.utf8)
        let hit = reverse ? lastIndex(of: pattern, in: hay, from: 0, to: hay.count) : firstIndex(of: pattern, in: hay, from: 0, to: hay.count)
        guard let i = hit else {
            return reverse ? .tuple([.str(""), .str(""), .object(s)]) : .tuple([.object(s), .str(""), .str("")])
        }
        return .tuple([.str(makeString(utf8: hay[0..<i])), .object(sep), .str(makeString(utf8: hay[(i + pattern.count)...]))])
    }

    /// `sep.join(iterable)`.
    static func join(_ vm: VM, _ sep: String, _ iterable: Value) throws -> String {
        let items = try vm.iterateArgument(iterable, notIterable: "can only join an iterable")
        var out = ""
        for (i, item) in items.enumerated() {
            guard case .object(let o) = item, let piece = o as? PyStr else {
                throw typeError("sequence item \(i): expected str instance, \(item.type.name) found")
            }
            if i > 0 { out += sep }
            out += piece.value
        }
        return out
    }
}

// MARK: - Substring search

/// First position of a non-empty `needle` in `hay[start..<end]`.
func firstIndex<T: Equatable>(of needle: [T], in hay: [T], from start: Int, to end: Int) -> Int? {
    let m = needle.count
    guard m > 0, end - start >= m else { return nil }
    let first = needle[0]
    var i = start
    while i <= end - m {
        if hay[i] == first {
            var j = 1
            while j < m && hay[i + j] == needle[j] { j += 1 }
            if j == m { return i }
        }
        i += 1
    }
    return nil
}

/// Last position of a non-empty `needle` in `hay[start..<end]`.
func lastIndex<T: Equatable>(of needle: [T], in hay: [T], from start: Int, to end: Int) -> Int? {
    let m = needle.count
    guard m > 0, end - start >= m else { return nil }
    var i = end - m
    while i >= start {
        var j = 0
        while j < m && hay[i + j] == needle[j] { j += 1 }
        if j == m { return i }
        i -= 1
    }
    return nil
}

/// Positions of non-overlapping occurrences, left to right, at most `limit`.
func occurrences<T: Equatable>(of needle: [T], in hay: [T], from start: Int, to end: Int, limit: Int) -> [Int] {
    var out: [Int] = []
    var i = start
    while out.count < limit, let j = firstIndex(of: needle, in: hay, from: i, to: end) {
        out.append(j)
        i = j + needle.count
    }
    return out
}

extension VM {
    /// The items of an argument that must be iterable, with the method's own
    /// message when it is not (`"".join(5)`: "can only join an iterable").
    func iterateArgument(_ v: Value, notIterable: String) throws -> [Value] {
        if case .object(let o) = v, o is PyList || o is PyTuple || o is PyStr || o is PyDict || o is PySet {
            return try iterateToArray(v)
        }
        let it: Value
        do {
            it = try getIter(v)
        } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.typeError) {
            throw typeError(notIterable)
        }
        var out: [Value] = []
        while let x = try next(it) { out.append(x) }
        return out
    }
}
