/// One string literal token taken apart: its prefix and its body between the quotes.
struct StringLiteral {
    var isRaw = false
    var isBytes = false
    var isFString = false
    /// The text between the quotes.
    var body: ArraySlice<Unicode.Scalar>
    /// Where the body starts in the token (prefix and opening quotes).
    var bodyOffset: Int

    init(_ token: Token) {
        let scalars = Array(token.text.unicodeScalars)
        var i = 0
        while scalars[i] != "'" && scalars[i] != "\"" {
            switch scalars[i] {
            case "r", "R": isRaw = true
            case "b", "B": isBytes = true
            case "f", "F": isFString = true
            default: break
            }
            i += 1
        }
        let quote = scalars[i]
        let quoteLength = i + 2 < scalars.count && scalars[i + 1] == quote && scalars[i + 2] == quote
            && scalars.count - i >= 6 ? 3 : 1
        bodyOffset = i + quoteLength
        body = scalars[(i + quoteLength)..<(scalars.count - quoteLength)]
    }
}

// MARK: - Escape sequences

/// A failed escape sequence, with CPython's message.
struct EscapeError: Error {
    var message: String
}

/// Decoding of backslash escapes, as CPython's `unicode_escape` and bytes decoders do
/// them for string literals.
enum StringEscapes {
    /// A `str` literal body (not raw). Unknown escapes stay as written, as in CPython.
    static func decode(_ body: ArraySlice<Unicode.Scalar>) throws -> String {
        var out = String.UnicodeScalarView()
        var i = body.startIndex
        // Byte offsets into the UTF-8 body, for CPython's "position X-Y".
        var byteOffset = 0
        while i < body.endIndex {
            let c = body[i]
            guard c == "\\", i + 1 < body.endIndex else {
                out.append(c)
                byteOffset += utf8Length(c)
                i += 1
                continue
            }
            let escapeStart = byteOffset
            let e = body[i + 1]
            i += 2
            byteOffset += 1 + utf8Length(e)
            switch e {
            case "\n": break
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var value = e.value - 48
                for _ in 0..<2 {
                    guard i < body.endIndex, body[i] >= "0", body[i] <= "7" else { break }
                    value = value * 8 + body[i].value - 48
                    i += 1
                    byteOffset += 1
                }
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "x", "u", "U":
                let count = e == "x" ? 2 : e == "u" ? 4 : 8
                let (value, digits) = hexValue(body, from: i, count: count)
                i += digits
                byteOffset += digits
                let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                guard digits == count else {
                    throw unicodeError(escapeStart, byteOffset - 1, "truncated \(name) escape")
                }
                guard let scalar = Unicode.Scalar(value) else {
                    if value <= 0x10FFFF {
                        throw EscapeError(message: "(unicode error) lone surrogates such as \\u\(String(value, radix: 16)) are not supported")
                    }
                    throw unicodeError(escapeStart, byteOffset - 1, "illegal Unicode character")
                }
                out.append(scalar)
            case "N":
                let (scalar, consumed) = try namedEscape(body, from: i, escapeStart: escapeStart, byteOffset: byteOffset)
                i += consumed.scalars
                byteOffset += consumed.bytes
                out.append(scalar)
            default:
                out.append("\\")
                out.append(e)
            }
        }
        return String(out)
    }

    /// A `bytes` literal body (not raw); the caller has checked it is ASCII.
    static func decodeBytes(_ body: ArraySlice<Unicode.Scalar>) throws -> [UInt8] {
        var out: [UInt8] = []
        var i = body.startIndex
        while i < body.endIndex {
            let c = body[i]
            guard c == "\\", i + 1 < body.endIndex else {
                out.append(UInt8(truncatingIfNeeded: c.value))
                i += 1
                continue
            }
            let escapeStart = i - body.startIndex
            let e = body[i + 1]
            i += 2
            switch e {
            case "\n": break
            case "\\": out.append(0x5C)
            case "'": out.append(0x27)
            case "\"": out.append(0x22)
            case "a": out.append(0x07)
            case "b": out.append(0x08)
            case "f": out.append(0x0C)
            case "n": out.append(0x0A)
            case "r": out.append(0x0D)
            case "t": out.append(0x09)
            case "v": out.append(0x0B)
            case "0"..."7":
                var value = e.value - 48
                for _ in 0..<2 {
                    guard i < body.endIndex, body[i] >= "0", body[i] <= "7" else { break }
                    value = value * 8 + body[i].value - 48
                    i += 1
                }
                out.append(UInt8(truncatingIfNeeded: value)) // `\777` wraps, as in CPython
            case "x":
                let (value, digits) = hexValue(body, from: i, count: 2)
                guard digits == 2 else {
                    throw EscapeError(message: "(value error) invalid \\x escape at position \(escapeStart)")
                }
                i += 2
                out.append(UInt8(value))
            default:
                out.append(0x5C)
                out.append(UInt8(truncatingIfNeeded: e.value))
            }
        }
        return out
    }

    /// Up to `count` hex digits from `i`: their value and how many there were.
    static func hexValue(_ body: ArraySlice<Unicode.Scalar>, from i: Int, count: Int) -> (UInt32, Int) {
        var value: UInt32 = 0
        var digits = 0
        while digits < count, i + digits < body.endIndex, let d = hexDigit(body[i + digits]) {
            value = value &* 16 &+ d
            digits += 1
        }
        return (value, digits)
    }

    static func hexDigit(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f": return c.value - 87
        case "A"..."F": return c.value - 55
        default: return nil
        }
    }

    /// `\N{name}` after the `N`.
    static func namedEscape(_ body: ArraySlice<Unicode.Scalar>, from i: Int, escapeStart: Int,
                            byteOffset: Int) throws -> (Unicode.Scalar, consumed: (scalars: Int, bytes: Int)) {
        let malformed = "malformed \\N character escape"
        // CPython's error range ends where its decoder stopped reading.
        guard i < body.endIndex, body[i] == "{" else {
            throw unicodeError(escapeStart, byteOffset - 1, malformed)
        }
        guard let close = body[i...].firstIndex(of: "}") else {
            let rest = body[i...].reduce(0) { $0 + utf8Length($1) }
            throw unicodeError(escapeStart, byteOffset + rest - 1, malformed)
        }
        if close == i + 1 { throw unicodeError(escapeStart, byteOffset, malformed) }
        let name = String(String.UnicodeScalarView(body[(i + 1)..<close]))
        let bytes = name.utf8.count + 2
        guard let scalar = UnicodeNames.scalar(named: name) else {
            throw unicodeError(escapeStart, byteOffset + bytes - 1, "unknown Unicode character name")
        }
        return (scalar, (close - i + 1, bytes))
    }

    /// CPython's message for a `UnicodeDecodeError` in a literal.
    static func unicodeError(_ start: Int, _ end: Int, _ reason: String) -> EscapeError {
        let place = start == end ? "byte 0x5c in position \(start)" : "bytes in position \(start)-\(end)"
        return EscapeError(message: "(unicode error) 'unicodeescape' codec can't decode \(place): \(reason)")
    }

    static func utf8Length(_ c: Unicode.Scalar) -> Int {
        c.value < 0x80 ? 1 : c.value < 0x800 ? 2 : c.value < 0x10000 ? 3 : 4
    }
}

// MARK: - Unicode names

/// Looks up `\N{...}` names among the scalars' Unicode names and aliases.
enum UnicodeNames {
    /// Every named scalar by its upper-case name, built on first use.
    static let table: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [:]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if let name = properties.name { table[name] = scalar }
            if let alias = properties.nameAlias, table[alias] == nil { table[alias] = scalar }
        }
        return table
    }()

    /// The scalar called `name` (case-insensitive, as CPython's lookup).
    static func scalar(named name: String) -> Unicode.Scalar? {
        table[name.uppercased()]
    }
}
