// `str.format` and `str.format_map`, a port of CPython 3.11's
// Objects/stringlib/unicode_format.h: the markup iterator, field names with
// `.attr` and `[key]`, conversions, nested `{}` inside format specs (two levels
// at most) and automatic/manual numbering — with CPython's messages.

extension StrMethods {
    static func installFormatting(_ t: PyType) {
        def(t, "format") { vm, s, call in
            let kwargs = call.keywords
            var renderer = FormatRenderer(vm: vm, args: call.args) { name in
                guard let v = kwargs.last(where: { $0.0 == name })?.1 else { throw keyError(.str(name)) }
                return v
            }
            return .str(try renderer.build(s.scalars[...], depth: 2))
        }
        def(t, "format_map") { vm, s, call in
            let mapping = try call.one()
            var renderer = FormatRenderer(vm: vm, args: nil) { name in try vm.getItem(mapping, .str(name)) }
            return .str(try renderer.build(s.scalars[...], depth: 2))
        }
    }
}

/// Renders one `str.format` call.
struct FormatRenderer {
    let vm: VM
    /// Positional arguments; nil for `format_map`, which has none.
    let args: [Value]?
    /// Looks up a keyword field; throws KeyError when missing.
    let keyword: (String) throws -> Value

    /// Whether fields are numbered automatically (`{}`) or manually (`{0}`).
    enum Numbering { case unset, automatic, manual }
    var numbering = Numbering.unset
    /// The next automatic field number.
    var nextAuto = 0

    init(vm: VM, args: [Value]?, keyword: @escaping (String) throws -> Value) {
        self.vm = vm
        self.args = args
        self.keyword = keyword
    }

    /// CPython's `build_string`: literal text and rendered fields.
    mutating func build(_ s: ArraySlice<Unicode.Scalar>, depth: Int) throws -> String {
        if depth <= 0 { throw valueError("Max string recursion exceeded") }
        var out = String.UnicodeScalarView()
        var iterator = MarkupIterator(text: s)
        while let piece = try iterator.next() {
            out.append(contentsOf: piece.literal)
            guard let field = piece.field else { continue }
            var obj = try fieldObject(field.name)
            if let c = field.conversion { obj = try convert(obj, c) }
            var spec = makeString(field.spec)
            if field.specNeedsExpanding { spec = try build(field.spec, depth: depth - 1) }
            out.append(contentsOf: try vm.format(obj, spec: spec).unicodeScalars)
        }
        return String(out)
    }

    private func convert(_ v: Value, _ c: Unicode.Scalar) throws -> Value {
        switch c {
        case "r": return .str(try vm.repr(v))
        case "s": return .str(try vm.str(v))
        case "a": return .str(try vm.ascii(v))
        default:
            if c.value > 32 && c.value < 127 { throw valueError("Unknown conversion specifier \(c)") }
            throw valueError("Unknown conversion specifier \\x\(String(c.value, radix: 16))")
        }
    }

    // MARK: - Field names

    /// CPython's `get_field_object`: the argument, then each `.attr` / `[key]`.
    private mutating func fieldObject(_ name: ArraySlice<Unicode.Scalar>) throws -> Value {
        var i = name.startIndex
        while i < name.endIndex && name[i] != "." && name[i] != "[" { i += 1 }
        let first = name[name.startIndex..<i]
        var index = try integer(first)
        let isEmpty = first.isEmpty
        if isEmpty || index != nil {
            if numbering == .unset { numbering = isEmpty ? .automatic : .manual }
            if numbering == .manual && isEmpty {
                throw valueError("cannot switch from manual field specification to automatic field numbering")
            }
            if numbering == .automatic && !isEmpty {
                throw valueError("cannot switch from automatic field numbering to manual field specification")
            }
            if isEmpty {
                index = nextAuto
                nextAuto += 1
            }
        }
        var obj: Value
        if let index {
            guard let args else { throw valueError("Format string contains positional fields") }
            guard index < args.count else {
                throw indexError("Replacement index \(index) out of range for positional args tuple")
            }
            obj = args[index]
        } else {
            obj = try keyword(makeString(first))
        }
        var rest = name[i...]
        while let (isAttribute, part) = try nextPart(&rest) {
            if isAttribute {
                obj = try vm.getAttr(obj, makeString(part))
            } else if let n = try integer(part) {
                obj = try vm.getItem(obj, .int(n))
            } else {
                obj = try vm.getItem(obj, .str(makeString(part)))
            }
        }
        return obj
    }

    /// CPython's `FieldNameIterator_next`.
    private func nextPart(_ rest: inout ArraySlice<Unicode.Scalar>) throws -> (Bool, ArraySlice<Unicode.Scalar>)? {
        guard let c = rest.first else { return nil }
        rest = rest.dropFirst()
        let part: ArraySlice<Unicode.Scalar>
        switch c {
        case ".":
            var j = rest.startIndex
            while j < rest.endIndex && rest[j] != "." && rest[j] != "[" { j += 1 }
            part = rest[rest.startIndex..<j]
            rest = rest[j...]
        case "[":
            guard let close = rest.firstIndex(of: "]") else { throw valueError("Missing ']' in format string") }
            part = rest[rest.startIndex..<close]
            rest = rest[(close + 1)...]
        default:
            throw valueError("Only '.' or '[' may follow ']' in format field specifier")
        }
        if part.isEmpty { throw valueError("Empty attribute in format string") }
        return (c == ".", part)
    }

    /// CPython's `get_integer`: the value when every character is a decimal digit.
    private func integer(_ s: ArraySlice<Unicode.Scalar>) throws -> Int? {
        guard !s.isEmpty else { return nil }
        var n = 0
        for c in s {
            guard c.properties.numericType == .decimal, let d = c.properties.numericValue else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (r, o2) = m.addingReportingOverflow(Int(d))
            if o1 || o2 { throw valueError("Too many decimal digits in format string") }
            n = r
        }
        return n
    }
}

/// One step of the markup iterator: literal text, then maybe a field.
struct MarkupPiece {
    var literal: ArraySlice<Unicode.Scalar>
    var field: ReplacementField?
}

/// A `{name!conversion:spec}` field.
struct ReplacementField {
    var name: ArraySlice<Unicode.Scalar>
    var conversion: Unicode.Scalar?
    var spec: ArraySlice<Unicode.Scalar>
    /// The spec holds nested fields (`{:{width}}`).
    var specNeedsExpanding: Bool
}

/// CPython's `MarkupIterator`.
struct MarkupIterator {
    var text: ArraySlice<Unicode.Scalar>

    mutating func next() throws -> MarkupPiece? {
        guard !text.isEmpty else { return nil }
        let start = text.startIndex
        var i = start
        var c: Unicode.Scalar = "\0"
        var markupFollows = false
        while i < text.endIndex {
            c = text[i]
            i += 1
            if c == "{" || c == "}" {
                markupFollows = true
                break
            }
        }
        let atEnd = i >= text.endIndex
        var literalEnd = i
        if c == "}" && (atEnd || text[i] != "}") {
            throw valueError("Single '}' encountered in format string")
        }
        if atEnd && c == "{" { throw valueError("Single '{' encountered in format string") }
        if !atEnd {
            if c == text[i] {
                // A doubled brace is one literal brace.
                i += 1
                markupFollows = false
            } else {
                literalEnd -= 1
            }
        }
        let literal = text[start..<literalEnd]
        text = text[i...]
        guard markupFollows else { return MarkupPiece(literal: literal, field: nil) }
        return MarkupPiece(literal: literal, field: try parseField())
    }

    /// CPython's `parse_field`: the name up to ':' / '!' / '}', then conversion and spec.
    private mutating func parseField() throws -> ReplacementField {
        var i = text.startIndex
        var c: Unicode.Scalar = "\0"
        let nameStart = i
        scan: while i < text.endIndex {
            c = text[i]
            i += 1
            switch c {
            case "{": throw valueError("unexpected '{' in field name")
            case "[":
                while i < text.endIndex && text[i] != "]" { i += 1 }
            case "}", ":", "!": break scan
            default: break
            }
        }
        var field = ReplacementField(name: text[nameStart..<(i - 1)], conversion: nil, spec: text[i..<i], specNeedsExpanding: false)
        guard c == "!" || c == ":" else {
            if c != "}" { throw valueError("expected '}' before end of string") }
            field.name = text[nameStart..<(i - 1)]
            text = text[i...]
            return field
        }
        if c == "!" {
            guard i < text.endIndex else { throw valueError("end of string while looking for conversion specifier") }
            field.conversion = text[i]
            i += 1
            if i < text.endIndex {
                let next = text[i]
                i += 1
                if next == "}" {
                    text = text[i...]
                    return field
                }
                if next != ":" { throw valueError("expected ':' after conversion specifier") }
            }
        }
        let specStart = i
        var depth = 1
        while i < text.endIndex {
            let s = text[i]
            i += 1
            if s == "{" {
                field.specNeedsExpanding = true
                depth += 1
            } else if s == "}" {
                depth -= 1
                if depth == 0 {
                    field.spec = text[specStart..<(i - 1)]
                    text = text[i...]
                    return field
                }
            }
        }
        throw valueError("unmatched '{' in format spec")
    }
}
