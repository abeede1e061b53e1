/// What Tab may put in place of the word before the cursor.
public struct Completion: Equatable {
    /// The word being completed: a name, a command word, or a dotted chain (`g.se`).
    public var word: String
    /// Whole replacements for the word, sorted, without duplicates.
    public var candidates: [String]

    public init(word: String, candidates: [String]) {
        self.word = word
        self.candidates = candidates
    }

    /// The longest prefix all candidates share (at least `word` when there are any).
    public var commonPrefix: String {
        guard var prefix = candidates.first.map({ Array($0.unicodeScalars) }) else { return word }
        for c in candidates.dropFirst() {
            let s = Array(c.unicodeScalars)
            var n = 0
            while n < prefix.count && n < s.count && prefix[n] == s[n] { n += 1 }
            prefix = Array(prefix[0..<n])
        }
        return String(String.UnicodeScalarView(prefix))
    }
}

/// Tab completion from what the session knows: command words at the start of a line,
/// names in scope (globals, builtins, keywords), a command's own arguments
/// (`trace o` → on/off, `help n` → next), and attributes (`g.se` → `g.send`).
public struct Completer {
    /// The session whose names are completed.
    public let session: Session

    public init(session: Session) {
        self.session = session
    }

    /// Completions for the last word of `line` (the text before the cursor).
    public func complete(_ line: String) -> Completion {
        let scalars = Array(line.unicodeScalars)
        var start = scalars.count
        while start > 0 && Completer.isWordScalar(scalars[start - 1]) { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start...]))
        let before = String(String.UnicodeScalarView(scalars[..<start]))
        if let dot = word.lastIndex(of: ".") {
            let base = String(word[..<dot])
            let partial = String(word[word.index(after: dot)...])
            let names = attributes(of: base).filter { $0.hasPrefix(partial) && (partial.hasPrefix("_") || !$0.hasPrefix("_")) }
            return Completion(word: word, candidates: Completer.sortedUnique(names.map { base + "." + $0 }))
        }
        let pool: [String]
        if before.isEmpty {
            pool = CommandTable.names + pythonNames()
        } else if let argumentPool = commandArgumentPool(before) {
            pool = argumentPool
        } else {
            pool = pythonNames()
        }
        return Completion(word: word, candidates: Completer.sortedUnique(pool.filter { $0.hasPrefix(word) }))
    }

    /// What may follow a command word: `before` is the line up to the word completed.
    func commandArgumentPool(_ before: String) -> [String]? {
        let words = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first, let spec = CommandTable.spec(first), before.first != " " else { return nil }
        if words.count == 1 {
            switch spec.argument {
            case .object: return globalNames()
            case .command: return CommandTable.names
            case .words(let options): return options
            case .path, .none: return []
            }
        }
        return pythonNames()
    }

    /// Globals, builtins and keywords.
    func pythonNames() -> [String] {
        globalNames() + Array(session.vm.builtins.keys) + Array(pythonKeywords)
    }

    func globalNames() -> [String] {
        session.globals.items.map(\.0)
    }

    /// Attribute names of the object a dotted chain of names reaches. Only plain
    /// names and attributes are followed, never calls or subscripts.
    func attributes(of chain: String) -> [String] {
        let parts = chain.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, parts.allSatisfy({ Completer.isIdentifier($0) }) else { return [] }
        let vm = session.vm
        guard var value = session.globals[first] ?? vm.builtins[first] else { return [] }
        for part in parts.dropFirst() {
            guard let next = try? vm.getAttr(value, part) else { return [] }
            value = next
        }
        var names = vm.attributeNames(value)
        if let g = value.object as? PyGenerator {
            let prefix = g.kind == .generator ? "gi_" : g.kind == .coroutine ? "cr_" : "ag_"
            let suffixes = g.kind == .coroutine ? ["running", "suspended", "frame", "code", "await"]
                : ["running", "suspended", "frame", "code", "yieldfrom"]
            names += suffixes.map { prefix + $0 } + ["__name__", "__qualname__"]
        }
        return names
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c == "." || c.properties.isAlphabetic || ("0"..."9").contains(c)
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    static func sortedUnique(_ names: [String]) -> [String] {
        Array(Set(names)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
