import Glibc

// Float-to-text conversion exactly as CPython 3.11's `PyOS_double_to_string`
// (Python/pystrtod.c, `format_float_short`): digits come from a correctly
// rounded source (Swift's shortest round-trip `description` for repr, glibc's
// exact `%e`/`%f` for a fixed number of digits), then are laid out with
// CPython's rules for exponents, padding zeros, `#` and the trailing `.0`.

// MARK: - Public entry points

/// repr(float) in Python 3: shortest round-trip digits, positional for decimal
/// exponents −4..<16, else scientific; integral values keep a `.0`.
func pythonFloatRepr(_ d: Double) -> String {
    formatDouble(d, code: .repr, precision: 0, options: [.addDotZero])
}

/// str(float), which is the same as repr(float) since Python 3.2.
func pythonFloatStr(_ d: Double) -> String {
    pythonFloatRepr(d)
}

/// The presentation modes of `PyOS_double_to_string`.
enum FloatCode {
    /// 'e': scientific with `precision` digits after the point.
    case exponent
    /// 'f': positional with `precision` digits after the point.
    case fixed
    /// 'g': `precision` significant digits, trailing zeros removed.
    case general
    /// 'r': shortest round-trip digits (precision unused).
    case repr
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
struct FloatFormatOptions: OptionSet {
    /// Bit set of the flags below.
    let rawValue: Int
    /// Py_DTSF_SIGN: always write a sign.
    static let alwaysSign = FloatFormatOptions(rawValue: 1)
    /// Py_DTSF_ADD_DOT_0: write "1.0", not "1", for integral positional values.
    static let addDotZero = FloatFormatOptions(rawValue: 2)
    /// Py_DTSF_ALT: `#` — keep the point and trailing zeros.
    static let alternate = FloatFormatOptions(rawValue: 4)
    /// Py_DTSF_NO_NEG_0: `z` — a result that rounds to zero drops its minus.
    static let noNegativeZero = FloatFormatOptions(rawValue: 8)
    /// Upper-case 'E', "INF", "NAN" (types E, F, G).
    static let upperCase = FloatFormatOptions(rawValue: 16)
}

/// `PyOS_double_to_string(d, code, precision, flags)`.
/// `precision` must be ≥ 0 and small enough to allocate (the caller checks).
func formatDouble(_ d: Double, code: FloatCode, precision: Int,
                  options: FloatFormatOptions = []) -> String {
    let upper = options.contains(.upperCase)
    if !d.isFinite {
        return nonFiniteText(d, upper: upper, alwaysSign: options.contains(.alwaysSign))
    }
    var digits: DecimalDigits
    var ndigits = precision
    switch code {
    case .exponent:
        ndigits = precision + 1
        digits = significantDigits(d, count: ndigits)
    case .fixed:
        digits = fixedDigits(d, fractionDigits: precision)
    case .general:
        ndigits = max(precision, 1)  // precision 0 makes no sense for 'g': it means 1
        digits = significantDigits(d, count: ndigits)
    case .repr:
        digits = shortestDigits(d)
    }
    if options.contains(.noNegativeZero) && digits.digits == [asciiZero] {
        digits.negative = false
    }
    return layOut(digits, code: code, precision: ndigits, options: options)
}

// MARK: - Digit generation

/// A decimal number 0.d1d2d3… × 10**decpt, as `_Py_dg_dtoa` returns it.
struct DecimalDigits {
    /// ASCII digits, no leading or trailing zeros; exactly "0" for zero.
    var digits: [UInt8]
    /// Position of the decimal point relative to the start of `digits`.
    var decpt: Int
    /// The sign bit of the value (kept for −0.0).
    var negative: Bool
}

/// ASCII '0'.
private let asciiZero = UInt8(ascii: "0")

/// `_Py_dg_dtoa` mode 0: the shortest digits that read back as `d`.
/// Swift's `description` produces exactly those (shortest, then closest).
func shortestDigits(_ d: Double) -> DecimalDigits {
    let text = Array(d.magnitude.description.utf8)
    var mantissa = text[...]
    var exponent = 0
    if let eIndex = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
        mantissa = text[..<eIndex]
        exponent = parseExponent(text[(eIndex + 1)...])
    }
    var result = digitsFromPositional(mantissa)
    result.decpt += exponent
    result.negative = d.sign == .minus
    return result
}

/// `_Py_dg_dtoa` mode 2: `count` (≥ 1) correctly rounded significant digits,
/// trailing zeros removed.
func significantDigits(_ d: Double, count: Int) -> DecimalDigits {
    let text = cFormat(d.magnitude, conversion: "e", precision: count - 1)
    var mantissa = text[...]
    var exponent = 0
    if let eIndex = text.firstIndex(of: UInt8(ascii: "e")) {
        mantissa = text[..<eIndex]
        exponent = parseExponent(text[(eIndex + 1)...])
    }
    var result = digitsFromPositional(mantissa)
    if result.digits != [asciiZero] { result.decpt += exponent }
    result.negative = d.sign == .minus
    return result
}

/// `_Py_dg_dtoa` mode 3: correctly rounded to `fractionDigits` places after
/// the point, leading and trailing zeros removed.
func fixedDigits(_ d: Double, fractionDigits: Int) -> DecimalDigits {
    var result = digitsFromPositional(cFormat(d.magnitude, conversion: "f", precision: fractionDigits)[...])
    result.negative = d.sign == .minus
    return result
}

/// Reads "123.4500" (any single non-digit as the point, so a locale's decimal
/// comma is harmless) into normalised digits and a point position.
private func digitsFromPositional(_ text: ArraySlice<UInt8>) -> DecimalDigits {
    var digits: [UInt8] = []
    digits.reserveCapacity(text.count)
    var integerDigits = 0
    var seenPoint = false
    for byte in text {
        if byte >= asciiZero && byte <= UInt8(ascii: "9") {
            digits.append(byte)
            if !seenPoint { integerDigits += 1 }
        } else {
            seenPoint = true
        }
    }
    var decpt = integerDigits
    var leading = 0
    while leading < digits.count && digits[leading] == asciiZero {
        leading += 1
    }
    if leading == digits.count {
        return DecimalDigits(digits: [asciiZero], decpt: 1, negative: false)
    }
    decpt -= leading
    var end = digits.count
    while digits[end - 1] == asciiZero {
        end -= 1
    }
    return DecimalDigits(digits: Array(digits[leading..<end]), decpt: decpt, negative: false)
}

/// Parses "+05", "-324", "16" after an exponent marker.
private func parseExponent(_ text: ArraySlice<UInt8>) -> Int {
    var value = 0
    var negative = false
    for byte in text {
        if byte == UInt8(ascii: "-") {
            negative = true
        } else if byte >= asciiZero && byte <= UInt8(ascii: "9") {
            value = value * 10 + Int(byte - asciiZero)
        }
    }
    return negative ? -value : value
}

/// glibc's `%.*e` / `%.*f` of a finite non-negative double: exact decimal
/// expansion, rounded half-even, as `_Py_dg_dtoa` rounds.
private func cFormat(_ d: Double, conversion: Character, precision: Int) -> [UInt8] {
    // 'f' needs up to 309 integer digits; 'e' at most a 3-digit exponent.
    let capacity = precision + (conversion == "f" ? 320 : 16)
    var buffer = [CChar](repeating: 0, count: capacity)
    let format = conversion == "f" ? "%.*f" : "%.*e"
    let written = withVaList([Int32(clamping: precision), d]) { args in
        buffer.withUnsafeMutableBufferPointer { raw in
            vsnprintf(raw.baseAddress, raw.count, format, args)
        }
    }
    let length = max(0, min(Int(written), capacity - 1))
    return buffer[..<length].map { UInt8(bitPattern: $0) }
}

// MARK: - Layout

/// "inf", "-inf", "nan" (a nan never shows a sign), upper-cased on request.
private func nonFiniteText(_ d: Double, upper: Bool, alwaysSign: Bool) -> String {
    if d.isNaN { return upper ? "NAN" : "nan" }
    let body = upper ? "INF" : "inf"
    if d < 0 { return "-" + body }
    return alwaysSign ? "+" + body : body
}

/// Where `format_float_short` puts the digits: think of them padded with
/// zeros on both sides, and a slice of that virtual string being written.
private struct DigitLayout {
    /// Scientific notation is used.
    var useExponent = false
    /// The printed exponent (when `useExponent`).
    var exponent = 0
    /// Position of the decimal point in the virtual digit string.
    var decpt: Int
    /// First virtual position written (negative: leading zeros).
    var start = 0
    /// One past the last virtual position written (past the digits: zeros).
    var end: Int
}

/// Chooses positional or exponent form and the zero padding, per mode.
private func chooseLayout(_ number: DecimalDigits, code: FloatCode, precision: Int,
                          options: FloatFormatOptions) -> DigitLayout {
    let addDotZero = options.contains(.addDotZero)
    var layout = DigitLayout(decpt: number.decpt, end: number.digits.count)
    switch code {
    case .exponent:
        layout.useExponent = true
        layout.end = precision
    case .fixed:
        layout.end = number.decpt + precision
    case .general:
        layout.useExponent = number.decpt <= -4 || number.decpt > (addDotZero ? precision - 1 : precision)
        if options.contains(.alternate) { layout.end = precision }
    case .repr:
        // Exponent form from 1e16 on, where 17 significant digits could be needed.
        layout.useExponent = number.decpt <= -4 || number.decpt > 16
    }
    if layout.useExponent {
        layout.exponent = layout.decpt - 1
        layout.decpt = 1
    }
    layout.start = layout.decpt <= 0 ? layout.decpt - 1 : 0
    let minimumEnd = !layout.useExponent && addDotZero ? layout.decpt + 1 : layout.decpt
    layout.end = max(layout.end, minimumEnd)
    return layout
}

/// `format_float_short`'s output: sign, zero-padded digits with exactly one
/// point (dropped at the end unless `#`), then the exponent.
private func layOut(_ number: DecimalDigits, code: FloatCode, precision: Int,
                    options: FloatFormatOptions) -> String {
    let layout = chooseLayout(number, code: code, precision: precision, options: options)
    let digits = number.digits
    let count = digits.count
    let decpt = layout.decpt
    var out: [UInt8] = []
    out.reserveCapacity(layout.end - layout.start + 8)
    if number.negative {
        out.append(UInt8(ascii: "-"))
    } else if options.contains(.alwaysSign) {
        out.append(UInt8(ascii: "+"))
    }
    if decpt <= 0 {
        appendZeros(&out, decpt - layout.start)
        out.append(UInt8(ascii: "."))
        appendZeros(&out, -decpt)
        out.append(contentsOf: digits)
        appendZeros(&out, layout.end - count)
    } else if decpt <= count {
        out.append(contentsOf: digits[..<decpt])
        out.append(UInt8(ascii: "."))
        out.append(contentsOf: digits[decpt...])
        appendZeros(&out, layout.end - count)
    } else {
        out.append(contentsOf: digits)
        appendZeros(&out, decpt - count)
        out.append(UInt8(ascii: "."))
        appendZeros(&out, layout.end - decpt)
    }
    if out.last == UInt8(ascii: ".") && !options.contains(.alternate) {
        out.removeLast()
    }
    if layout.useExponent {
        appendExponent(&out, layout.exponent, upper: options.contains(.upperCase))
    }
    return String(decoding: out, as: UTF8.self)
}

/// Appends `n` ASCII zeros (nothing when n ≤ 0).
private func appendZeros(_ out: inout [UInt8], _ n: Int) {
    if n > 0 { out.append(contentsOf: repeatElement(asciiZero, count: n)) }
}

/// Appends "e+05" style: C's "%+.02d", a sign and at least two digits.
private func appendExponent(_ out: inout [UInt8], _ exponent: Int, upper: Bool) {
    out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
    out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    let magnitude = exponent.magnitude
    if magnitude < 10 { out.append(asciiZero) }
    out.append(contentsOf: String(magnitude).utf8)
}
