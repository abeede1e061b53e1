/// A markdown file read as one session (PRODUCT.md §4): its fenced ```` ```coro ````
/// blocks, in order, are a transcript — `coro> ` and `... ` lines are input, every
/// other line the output expected — checked like doctests. Each input is run as if
/// typed at the shell (`<input>`, lines counted within the input), so a reader who
/// types the examples sees exactly what the document shows.
public struct MarkdownSession {
    /// One fenced `coro` block.
    public struct Block {
        /// The 1-based line of the block's first content line (after the fence).
        public let firstLine: Int
        /// The block's content lines.
        public let lines: [String]
        /// The block's inputs.
        public let inputs: [SessionInput]
    }

    /// The file's lines.
    public let lines: [String]
    /// The `coro` blocks, in order.
    public let blocks: [Block]
    /// Index in `lines` of each block's first content line and its end (exclusive).
    let ranges: [Range<Int>]

    public init(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        var blocks: [Block] = []
        var ranges: [Range<Int>] = []
        var i = 0
        while i < lines.count {
            guard MarkdownSession.opensCoroBlock(lines[i]) else { i += 1; continue }
            let start = i + 1
            var end = start
            while end < lines.count && !MarkdownSession.closesBlock(lines[end]) { end += 1 }
            let content = Array(lines[start..<end])
            blocks.append(Block(firstLine: start + 1, lines: content, inputs: MarkdownSession.inputs(in: content)))
            ranges.append(start..<end)
            i = end + 1
        }
        self.lines = lines
        self.blocks = blocks
        self.ranges = ranges
    }

    static func opensCoroBlock(_ line: String) -> Bool {
        var s = Substring(line)
        while s.first == " " { s = s.dropFirst() }
        guard s.hasPrefix("```") else { return false }
        let info = s.drop { $0 == "`" }.trimmingBlanks()
        return info == "coro"
    }

    static func closesBlock(_ line: String) -> Bool {
        var s = Substring(line)
        while s.first == " " { s = s.dropFirst() }
        return s.hasPrefix("```") && s.drop(while: { $0 == "`" }).trimmingBlanks().isEmpty
    }

    /// The inputs of a block: a `coro> ` line and the `... ` lines after it, with the
    /// closing bare `...` lines dropped.
    static func inputs(in content: [String]) -> [SessionInput] {
        var inputs: [SessionInput] = []
        var current: [String]?
        func finish() {
            guard var lines = current else { return }
            while lines.count > 1 && lines.last?.isEmpty == true { lines.removeLast() }
            inputs.append(.typed(lines.joined(separator: "\n")))
            current = nil
        }
        for line in content {
            if line.hasPrefix("coro> ") || line == "coro>" {
                finish()
                current = [String(line.dropFirst(min(6, line.count)))]
            } else if current != nil && (line.hasPrefix("... ") || line == "...") {
                current?.append(String(line.dropFirst(min(4, line.count))))
            } else {
                finish()
            }
        }
        finish()
        return inputs
    }

    /// The file with each block's content replaced by `contents[i]`.
    public func replacingBlocks(with contents: [[String]]) -> String {
        var out: [String] = []
        var next = 0
        for (b, range) in ranges.enumerated() {
            out += lines[next..<range.lowerBound]
            out += b < contents.count ? contents[b] : blocks[b].lines
            next = range.upperBound
        }
        out += lines[next...]
        return out.joined(separator: "\n")
    }
}

extension Substring {
    func trimmingBlanks() -> Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return s
    }
}
