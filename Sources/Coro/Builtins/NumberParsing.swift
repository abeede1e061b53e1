#if canImport(Glibc)
import Glibc
#endif

// `int(str, base)` and `float(str)`: CPython's `PyLong_FromString` and
// `PyOS_string_to_double` rules for the text (whitespace, signs, base prefixes,
// PEP 515 underscores, Unicode decimal digits, the 4300-digit limit).

/// Python's `str.strip()` whitespace test for one code point.
func isPythonWhitespace(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0: return true
    default: return s.value > 0x7f && s.properties.isWhitespace
    }
}

/// The text with surrounding whitespace removed and Unicode decimal digits
/// replaced by ASCII ones (CPython accepts `int('٣')`); nil if some character
/// cannot appear in a number at all.
private func normalisedNumberText(_ text: String) -> [UInt8]? {
    var scalars = Array(text.unicodeScalars)
    while let last = scalars.last, isPythonWhitespace(last) { scalars.removeLast() }
    var start = 0
    while start < scalars.count && isPythonWhitespace(scalars[start]) { start += 1 }
    var out: [UInt8] = []
    out.reserveCapacity(scalars.count - start)
    for s in scalars[start...] {
        if s.isASCII {
            out.append(UInt8(s.value))
        } else if s.properties.numericType == .decimal, let v = s.properties.numericValue {
            out.append(UInt8(ascii: "0") + UInt8(Int(v)))
        } else {
            return nil
        }
    }
    return out
}

/// The value of an ASCII digit or letter in bases up to 36.
private func digitValue(_ c: UInt8) -> Int? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
    default: return nil
    }
}

/// Digits separated by single underscores (no leading, trailing or doubled
/// ones, except one leading underscore right after a base prefix), with the
/// underscores removed; nil when malformed.
private func digitsWithoutUnderscores(_ text: ArraySlice<UInt8>, base: Int, afterPrefix: Bool) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(text.count)
    var previousWasDigit = afterPrefix
    for c in text {
        if c == UInt8(ascii: "_") {
            guard previousWasDigit else { return nil }
            previousWasDigit = false
            continue
        }
        guard let d = digitValue(c), d < base else { return nil }
        out.append(c)
        previousWasDigit = true
    }
    guard !out.isEmpty, previousWasDigit else { return nil }
    return out
}

extension VM {
    /// `int(text, base)`; base is 0 or 2...36 (checked by the caller).
    func parseInt(_ text: String, base: Int) throws -> Value {
        let invalid = { () -> PyBaseException in
            var shown = pythonStringRepr(text)
            if shown.unicodeScalars.count > 200 { shown = String(String.UnicodeScalarView(shown.unicodeScalars.prefix(200))) }
            return valueError("invalid literal for int() with base \(base): \(shown)")
        }
        guard let chars = normalisedNumberText(text) else { throw invalid() }
        var rest = chars[...]
        var negative = false
        if let c = rest.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            negative = c == UInt8(ascii: "-")
            rest = rest.dropFirst()
        }
        var radix = base
        var afterPrefix = false
        if rest.count >= 2, rest.first == UInt8(ascii: "0") {
            let marker = rest[rest.startIndex + 1] | 0x20
            let prefixBase: Int? = marker == UInt8(ascii: "x") ? 16 : marker == UInt8(ascii: "o") ? 8 : marker == UInt8(ascii: "b") ? 2 : nil
            if let prefixBase, base == 0 || base == prefixBase {
                radix = prefixBase
                rest = rest.dropFirst(2)
                afterPrefix = true
            }
        }
        if radix == 0 {
            radix = 10
            // Base 0 refuses "010": a decimal with a leading zero must be all zeros.
            if rest.first == UInt8(ascii: "0"), rest.contains(where: { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: "_") }) {
                throw invalid()
            }
        }
        guard let digits = digitsWithoutUnderscores(rest, base: radix, afterPrefix: afterPrefix) else { throw invalid() }
        if digits.count <= 18 {
            var v = 0
            for c in digits { v = v * radix + (digitValue(c) ?? 0) }
            return .int(negative ? -v : v)
        }
        if BigInt.digitLimitApplies(radix: radix) && digits.count > BigInt.maxStrDigits {
            throw valueError(BigInt.fromStrLimitMessage(digits: digits.count))
        }
        guard let big = BigInt(text: Substring(decoding: digits, as: UTF8.self), radix: radix) else { throw invalid() }
        return .bigint(negative ? -big : big)
    }
}

/// `float(text)`: nil when the text is not a Python float literal (after
/// whitespace), or `inf`/`infinity`/`nan` in any case with an optional sign.
func parseFloat(_ text: String) -> Double? {
    guard let chars = normalisedNumberText(text) else { return nil }
    var rest = chars[...]
    var negative = false
    if let c = rest.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
        negative = c == UInt8(ascii: "-")
        rest = rest.dropFirst()
    }
    let word = String(decoding: rest, as: UTF8.self).lowercased()
    if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
    if word == "nan" { return negative ? -.nan : .nan }
    guard let cleaned = decimalLiteral(rest) else { return nil }
    let value = cleaned.withCString { strtod($0, nil) }
    return negative ? -value : value
}

/// Checks `digits [. digits] [e [sign] digits]` (PEP 515 underscores between
/// digits, at least one mantissa digit) and returns it without underscores.
private func decimalLiteral(_ text: ArraySlice<UInt8>) -> String? {
    var out: [UInt8] = []
    var i = text.startIndex
    /// Reads a run of digits with single underscores between them; the count of digits.
    func digitRun() -> Int? {
        var count = 0
        while i < text.endIndex {
            let c = text[i]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                out.append(c)
                count += 1
                i += 1
            } else if c == UInt8(ascii: "_") {
                let next = i + 1
                guard count > 0, next < text.endIndex, text[next] >= UInt8(ascii: "0"), text[next] <= UInt8(ascii: "9") else { return nil }
                i += 1
            } else {
                break
            }
        }
        return count
    }
    guard let whole = digitRun() else { return nil }
    var fraction = 0
    if i < text.endIndex, text[i] == UInt8(ascii: ".") {
        out.append(UInt8(ascii: "."))
        i += 1
        guard let f = digitRun() else { return nil }
        fraction = f
    }
    guard whole + fraction > 0 else { return nil }
    if i < text.endIndex, text[i] | 0x20 == UInt8(ascii: "e") {
        out.append(UInt8(ascii: "e"))
        i += 1
        if i < text.endIndex, text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-") {
            out.append(text[i])
            i += 1
        }
        guard let e = digitRun(), e > 0 else { return nil }
    }
    guard i == text.endIndex else { return nil }
    return String(decoding: out, as: UTF8.self)
}
