// Python's format-specification mini-language, as CPython 3.11's
// Python/formatter_unicode.c implements it for str, int and float:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// Parsing, validation order and every error message follow CPython, so
// `format(x, spec)` and f-string `{x:spec}` give the same text and the same
// ValueError. Widths count Unicode scalars, as CPython counts code points.

// MARK: - Errors

/// A failure of `format()`; `kind` names the Python exception class.
struct FormatSpecError: Error, Equatable {
    /// The Python exception class to raise.
    enum Kind: Equatable {
        /// ValueError (almost every failure).
        case valueError
        /// OverflowError ('c' out of range, int too large for float).
        case overflowError
        /// MemoryError (a width or precision too large to build).
        case memoryError
    }
    /// Which exception to raise.
    let kind: Kind
    /// CPython's exact message.
    let message: String

    init(_ message: String, kind: Kind = .valueError) {
        self.kind = kind
        self.message = message
    }
}

/// Largest width or precision we agree to materialise; CPython would try to
/// allocate and most likely fail with MemoryError, we fail early instead.
let formatSpecMaximumFieldSize = 100_000_000

// MARK: - Parsed specification

/// A parsed format specification; which defaults apply (type, alignment)
/// depends on the formatted type and is resolved when formatting. Junk after
/// the type is recorded rather than thrown, because CPython's "Invalid format
/// specifier" message names the formatted type.
struct FormatSpec: Equatable {
    /// The fill character; a space unless given before an alignment.
    var fill: Unicode.Scalar = " "
    /// Whether `fill` was written explicitly (it disables the `0` shortcut).
    var fillSpecified = false
    /// '<', '>', '=' or '^' when given.
    var align: Unicode.Scalar?
    /// '+', '-' or ' ' when given.
    var sign: Unicode.Scalar?
    /// `z`: coerce negative zero to zero (floats only).
    var noNegativeZero = false
    /// `#`: alternate form.
    var alternate = false
    /// A `0` before the width (zero fill; `=` alignment for numbers).
    var zeroPadding = false
    /// Minimum field width, when given.
    var width: Int?
    /// ',' or '_' when given.
    var grouping: Unicode.Scalar?
    /// Digits after the point, significant digits (g) or str length, when given.
    var precision: Int?
    /// The presentation type letter, when given.
    var type: Unicode.Scalar?
    /// The whole text if it had junk after the type (reported when formatting).
    var invalidText: String?

    /// The empty specification, as `format(x)` uses.
    init() {}

    /// Parses `text` as CPython's `parse_internal_render_format_spec`.
    init(parsing text: String) throws {
        var parser = SpecParser(scalars: Array(text.unicodeScalars))
        try parser.parse(into: &self, text: text)
    }
}

/// The scanning state of `FormatSpec.init(parsing:)`.
private struct SpecParser {
    /// The specification's scalars.
    let scalars: [Unicode.Scalar]
    /// Index of the next scalar to read.
    var pos = 0

    /// Scalars left to read.
    var remaining: Int { scalars.count - pos }

    /// The scalar `offset` places ahead, if any.
    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        pos + offset < scalars.count ? scalars[pos + offset] : nil
    }

    /// Reads the fields in CPython's order; errors are thrown where CPython
    /// raises them during parsing.
    mutating func parse(into spec: inout FormatSpec, text: String) throws {
        parseFillAndAlign(into: &spec)
        if let c = peek(), c == "+" || c == "-" || c == " " {
            spec.sign = c
            pos += 1
        }
        if peek() == "z" {
            spec.noNegativeZero = true
            pos += 1
        }
        if peek() == "#" {
            spec.alternate = true
            pos += 1
        }
        if !spec.fillSpecified && peek() == "0" {
            spec.zeroPadding = true
            pos += 1
        }
        spec.width = try parseInteger()
        try parseGrouping(into: &spec)
        if peek() == "." {
            pos += 1
            guard let precision = try parseInteger() else {
                throw FormatSpecError("Format specifier missing precision")
            }
            spec.precision = precision
        }
        if remaining > 1 {
            spec.invalidText = text
            return
        }
        if let type = peek() {
            // Kept even when it is a NUL: CPython's float accepts that as
            // "no type", str and int report it as an unknown code.
            spec.type = type
            pos += 1
        }
    }

    /// "If the second char is an alignment token, then parse the fill char".
    mutating func parseFillAndAlign(into spec: inout FormatSpec) {
        if let second = peek(1), isAlignment(second), let first = peek() {
            spec.fill = first
            spec.fillSpecified = true
            spec.align = second
            pos += 2
        } else if let first = peek(), isAlignment(first) {
            spec.align = first
            pos += 1
        }
    }

    /// ',' or '_' once; both is an error (a second ',' falls through to be the type).
    mutating func parseGrouping(into spec: inout FormatSpec) throws {
        if peek() == "," {
            spec.grouping = ","
            pos += 1
        }
        if peek() == "_" {
            if spec.grouping != nil {
                throw FormatSpecError("Cannot specify both ',' and '_'.")
            }
            spec.grouping = "_"
            pos += 1
        }
        if peek() == "," && spec.grouping == "_" {
            throw FormatSpecError("Cannot specify both ',' and '_'.")
        }
    }

    /// `get_integer`: decimal digits (any script's, as CPython's
    /// Py_UNICODE_TODECIMAL); nil when there are none.
    mutating func parseInteger() throws -> Int? {
        var value = 0
        var count = 0
        while let c = peek(), let digit = decimalValue(c) {
            if value > (Int.max - digit) / 10 {
                throw FormatSpecError("Too many decimal digits in format string")
            }
            value = value * 10 + digit
            count += 1
            pos += 1
        }
        return count == 0 ? nil : value
    }

    func isAlignment(_ c: Unicode.Scalar) -> Bool {
        c == "<" || c == ">" || c == "=" || c == "^"
    }
}

/// The digit value of a Unicode decimal digit (Nd), else nil.
private func decimalValue(_ c: Unicode.Scalar) -> Int? {
    if c.isASCII {
        return c >= "0" && c <= "9" ? Int(c.value - 48) : nil
    }
    guard c.properties.numericType == .decimal, let value = c.properties.numericValue else {
        return nil
    }
    return Int(value)
}

// MARK: - Resolved specification

/// A specification with the formatted type's defaults applied and the
/// grouping validated (the tail of `parse_internal_render_format_spec`).
private struct ResolvedSpec {
    /// Fill character.
    var fill: Unicode.Scalar
    /// Alignment, default applied.
    var align: Unicode.Scalar
    /// Sign option, or nil for the default '-'.
    var sign: Unicode.Scalar?
    /// `z`.
    var noNegativeZero: Bool
    /// `#`.
    var alternate: Bool
    /// Width, or −1 when not given (CPython's convention).
    var width: Int
    /// Separator and group size, or nil for none.
    var grouping: (separator: Character, size: Int)?
    /// Precision when given.
    var precision: Int?
    /// Type letter; 0 for "none".
    var type: UInt32

    init(_ spec: FormatSpec, typeName: String, defaultType: UInt32, defaultAlign: Unicode.Scalar) throws {
        if let text = spec.invalidText {
            throw FormatSpecError("Invalid format specifier '\(text)' for object of type '\(typeName)'")
        }
        fill = spec.fill
        align = spec.align ?? defaultAlign
        if spec.zeroPadding {
            fill = "0"
            if spec.align == nil && defaultAlign == ">" { align = "=" }
        }
        sign = spec.sign
        noNegativeZero = spec.noNegativeZero
        alternate = spec.alternate
        width = spec.width ?? -1
        precision = spec.precision
        type = spec.type?.value ?? defaultType
        grouping = nil
        if let separator = spec.grouping {
            grouping = try Self.validateGrouping(separator, type: type)
        }
    }

    /// Refuses a width we could not build (CPython: MemoryError on allocation).
    func checkWidth() throws {
        if width > formatSpecMaximumFieldSize {
            throw FormatSpecError("", kind: .memoryError)
        }
    }

    /// PEP 378 / PEP 515: ',' and '_' for decimal and float types, '_' every
    /// four digits for b, o, x, X.
    private static func validateGrouping(_ separator: Unicode.Scalar,
                                         type: UInt32) throws -> (separator: Character, size: Int) {
        switch type {
        case 0, ascii("d"), ascii("e"), ascii("f"), ascii("g"), ascii("E"), ascii("G"),
             ascii("%"), ascii("F"):
            return (Character(separator), 3)
        case ascii("b"), ascii("o"), ascii("x"), ascii("X"):
            if separator == "_" { return ("_", 4) }
        default:
            break
        }
        throw FormatSpecError("Cannot specify '\(separator)' with \(quotedCode(type)).")
    }
}

/// The value of an ASCII character, for switching over type letters.
private func ascii(_ c: Unicode.Scalar) -> UInt32 { c.value }

/// CPython's `'%c'` for printable ASCII codes, else `'\x%x'`.
private func quotedCode(_ code: UInt32) -> String {
    if code > 32 && code < 128, let scalar = Unicode.Scalar(code) {
        return "'\(Character(scalar))'"
    }
    return "'\\x\(String(code, radix: 16))'"
}

/// "Unknown format code 'x' for object of type 'float'".
private func unknownCode(_ code: UInt32, typeName: String) -> FormatSpecError {
    FormatSpecError("Unknown format code \(quotedCode(code)) for object of type '\(typeName)'")
}

// MARK: - str

/// format(s, spec) for a str: type 's' or none, precision truncates,
/// default alignment left.
func formatString(_ s: String, spec: FormatSpec, typeName: String = "str") throws -> String {
    let r = try ResolvedSpec(spec, typeName: typeName, defaultType: ascii("s"), defaultAlign: "<")
    guard r.type == ascii("s") else { throw unknownCode(r.type, typeName: typeName) }
    if r.sign == " " {
        throw FormatSpecError("Space not allowed in string format specifier")
    }
    if r.sign != nil {
        throw FormatSpecError("Sign not allowed in string format specifier")
    }
    if r.noNegativeZero {
        throw FormatSpecError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if r.alternate {
        throw FormatSpecError("Alternate form (#) not allowed in string format specifier")
    }
    if r.align == "=" {
        throw FormatSpecError("'=' alignment not allowed in string format specifier")
    }
    try r.checkWidth()
    var scalars = s.unicodeScalars[...]
    if let precision = r.precision, precision < scalars.count {
        scalars = scalars.prefix(precision)
    }
    let body = String(String.UnicodeScalarView(scalars))
    return pad(body, length: scalars.count, width: r.width, align: r.align, fill: r.fill)
}

/// format(s, text): parses and formats in one step.
func formatString(_ s: String, spec text: String, typeName: String = "str") throws -> String {
    if text.isEmpty { return s }
    return try formatString(s, spec: FormatSpec(parsing: text), typeName: typeName)
}

/// `calc_padding` + `fill_padding` for a non-numeric body of `length` scalars.
private func pad(_ body: String, length: Int, width: Int, align: Unicode.Scalar,
                 fill: Unicode.Scalar) -> String {
    let total = max(width, length)
    let padding = total - length
    if padding == 0 { return body }
    let left: Int
    switch align {
    case ">": left = padding
    case "^": left = padding / 2
    default: left = 0
    }
    return repeated(fill, left) + body + repeated(fill, padding - left)
}

/// `count` copies of `c` (empty when count ≤ 0).
private func repeated(_ c: Unicode.Scalar, _ count: Int) -> String {
    guard count > 0 else { return "" }
    return String(repeating: String(Character(c)), count: count)
}

// MARK: - int

/// An integer to format: its sign, its magnitude in a radix, and its value
/// as a float, so one API serves machine ints and big ints alike.
struct FormattableInteger {
    /// True for values below zero.
    let negative: Bool
    /// The magnitude's digits in radix 2, 8, 10 or 16, lower case, no prefix.
    let magnitude: (_ radix: Int) -> String
    /// The value converted to float (throws OverflowError when too large).
    let toDouble: () throws -> Double

    /// A machine integer.
    init(_ value: Int) {
        negative = value < 0
        magnitude = { radix in String(value.magnitude, radix: radix) }
        toDouble = { Double(value) }
    }

    /// Any integer, described by the three pieces above.
    init(negative: Bool, magnitude: @escaping (_ radix: Int) -> String,
         toDouble: @escaping () throws -> Double) {
        self.negative = negative
        self.magnitude = magnitude
        self.toDouble = toDouble
    }
}

/// format(n, spec) for an int: types b c d o x X n and none, and the float
/// types e E f F g G % after conversion to float.
func formatInt(_ value: FormattableInteger, spec: FormatSpec, typeName: String = "int") throws -> String {
    let r = try ResolvedSpec(spec, typeName: typeName, defaultType: ascii("d"), defaultAlign: ">")
    switch r.type {
    case ascii("b"), ascii("c"), ascii("d"), ascii("o"), ascii("x"), ascii("X"), ascii("n"):
        return try formatIntegerDigits(value, r)
    case ascii("e"), ascii("E"), ascii("f"), ascii("F"), ascii("g"), ascii("G"), ascii("%"):
        return try formatFloatResolved(value.toDouble(), r)
    default:
        throw unknownCode(r.type, typeName: typeName)
    }
}

/// format(n, spec) for a machine integer.
func formatInt(_ value: Int, spec: FormatSpec, typeName: String = "int") throws -> String {
    try formatInt(FormattableInteger(value), spec: spec, typeName: typeName)
}

/// format(n, text) for a machine integer: parses and formats in one step.
func formatInt(_ value: Int, spec text: String, typeName: String = "int") throws -> String {
    if text.isEmpty { return String(value) }
    return try formatInt(value, spec: FormatSpec(parsing: text), typeName: typeName)
}

/// `format_long_internal`.
private func formatIntegerDigits(_ value: FormattableInteger, _ r: ResolvedSpec) throws -> String {
    if r.precision != nil {
        throw FormatSpecError("Precision not allowed in integer format specifier")
    }
    if r.noNegativeZero {
        throw FormatSpecError("Negative zero coercion (z) not allowed in integer format specifier")
    }
    if r.type == ascii("c") {
        return try formatCharacter(value, r)
    }
    try r.checkWidth()
    let radix: Int
    var prefix = ""
    switch r.type {
    case ascii("b"): radix = 2; prefix = "0b"
    case ascii("o"): radix = 8; prefix = "0o"
    case ascii("x"), ascii("X"): radix = 16; prefix = "0x"
    default: radix = 10
    }
    let upper = r.type == ascii("X")
    var digits = value.magnitude(radix)
    if upper {
        digits = digits.uppercased()
        prefix = prefix.uppercased()
    }
    // 'n' uses the current locale, which is always "C" here: no grouping.
    let grouping = r.type == ascii("n") ? nil : r.grouping
    return layOutNumber(NumberParts(negative: value.negative, prefix: r.alternate ? prefix : "",
                                    integerDigits: digits, hasDecimal: false, remainder: ""),
                        r, grouping: grouping)
}

/// The 'c' presentation: the code point as a one-character string.
private func formatCharacter(_ value: FormattableInteger, _ r: ResolvedSpec) throws -> String {
    if r.sign != nil {
        throw FormatSpecError("Sign not allowed with integer format specifier 'c'")
    }
    if r.alternate {
        throw FormatSpecError("Alternate form (#) not allowed with integer format specifier 'c'")
    }
    // PyLong_AsLong first: the value must fit a C long (−2**63 ..< 2**63).
    let longLimit = value.negative ? UInt(1) << 63 : (UInt(1) << 63) - 1
    guard let magnitude = UInt(value.magnitude(10)), magnitude <= longLimit else {
        throw FormatSpecError("Python int too large to convert to C long", kind: .overflowError)
    }
    if value.negative || magnitude > 0x10FFFF {
        throw FormatSpecError("%c arg not in range(0x110000)", kind: .overflowError)
    }
    try r.checkWidth()
    // A lone surrogate cannot live in a Swift String; it shows as U+FFFD.
    let scalar = Unicode.Scalar(UInt32(magnitude)) ?? "\u{FFFD}"
    return layOutNumber(NumberParts(negative: false, prefix: "", integerDigits: "",
                                    hasDecimal: false, remainder: String(Character(scalar))),
                        r, grouping: nil)
}

// MARK: - float

/// format(x, spec) for a float: types e E f F g G n % and none (like 'g' but
/// repr-like without a precision and always with a digit after the point).
func formatFloat(_ d: Double, spec: FormatSpec, typeName: String = "float") throws -> String {
    let r = try ResolvedSpec(spec, typeName: typeName, defaultType: 0, defaultAlign: ">")
    switch r.type {
    case 0, ascii("e"), ascii("E"), ascii("f"), ascii("F"), ascii("g"), ascii("G"),
         ascii("n"), ascii("%"):
        return try formatFloatResolved(d, r)
    default:
        throw unknownCode(r.type, typeName: typeName)
    }
}

/// format(x, text): parses and formats in one step.
func formatFloat(_ d: Double, spec text: String, typeName: String = "float") throws -> String {
    if text.isEmpty { return pythonFloatRepr(d) }
    return try formatFloat(d, spec: FormatSpec(parsing: text), typeName: typeName)
}

/// `format_float_internal`.
private func formatFloatResolved(_ value: Double, _ r: ResolvedSpec) throws -> String {
    if let precision = r.precision, precision > Int(Int32.max) {
        throw FormatSpecError("precision too big")
    }
    if let precision = r.precision, precision > formatSpecMaximumFieldSize {
        throw FormatSpecError("", kind: .memoryError)
    }
    try r.checkWidth()
    let percent = r.type == ascii("%")
    let (code, options) = floatConversion(r)
    var text = formatDouble(percent ? value * 100 : value, code: code,
                            precision: r.precision ?? (r.type == 0 ? 0 : 6), options: options)
    if percent { text += "%" }
    // 'n' uses the current locale, which is always "C" here: no grouping.
    return layOutNumber(NumberParts(floatText: text), r,
                        grouping: r.type == ascii("n") ? nil : r.grouping)
}

/// The `PyOS_double_to_string` mode and flags for a float presentation type.
private func floatConversion(_ r: ResolvedSpec) -> (FloatCode, FloatFormatOptions) {
    var options: FloatFormatOptions = []
    if r.alternate { options.insert(.alternate) }
    if r.noNegativeZero { options.insert(.noNegativeZero) }
    switch r.type {
    case 0:
        // No type: repr without a precision, else 'g' — both with a ".0".
        options.insert(.addDotZero)
        return (r.precision == nil ? .repr : .general, options)
    case ascii("e"): return (.exponent, options)
    case ascii("E"): return (.exponent, options.union(.upperCase))
    case ascii("f"), ascii("%"): return (.fixed, options)
    case ascii("F"): return (.fixed, options.union(.upperCase))
    case ascii("G"): return (.general, options.union(.upperCase))
    default: return (.general, options)  // g, n
    }
}

// MARK: - Number layout

/// A number split as `calc_number_widths` sees it:
/// sign, prefix, integer digits, optional point, remainder.
private struct NumberParts {
    /// A minus sign is needed.
    var negative: Bool
    /// "0x", "0b", "0o" (already in the final case) or "".
    var prefix: String
    /// The digits that grouping and zero padding apply to.
    var integerDigits: String
    /// A decimal point follows the integer digits.
    var hasDecimal: Bool
    /// Fraction digits, exponent, '%', "inf", or the 'c' character.
    var remainder: String

    init(negative: Bool, prefix: String, integerDigits: String, hasDecimal: Bool, remainder: String) {
        self.negative = negative
        self.prefix = prefix
        self.integerDigits = integerDigits
        self.hasDecimal = hasDecimal
        self.remainder = remainder
    }

    /// `parse_number` over `PyOS_double_to_string`'s output.
    init(floatText: String) {
        var bytes = Array(floatText.utf8)[...]
        negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        let digitEnd = bytes.firstIndex { $0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9") } ?? bytes.endIndex
        integerDigits = String(decoding: bytes[..<digitEnd], as: UTF8.self)
        var rest = bytes[digitEnd...]
        hasDecimal = rest.first == UInt8(ascii: ".")
        if hasDecimal { rest = rest.dropFirst() }
        remainder = String(decoding: rest, as: UTF8.self)
        prefix = ""
    }
}

/// `calc_number_widths` + `fill_number`:
/// <lpad><sign><prefix><spad><grouped digits><point><remainder><rpad>.
private func layOutNumber(_ parts: NumberParts, _ r: ResolvedSpec,
                          grouping: (separator: Character, size: Int)?) -> String {
    let sign: String
    switch r.sign {
    case "+": sign = parts.negative ? "-" : "+"
    case " ": sign = parts.negative ? "-" : " "
    default: sign = parts.negative ? "-" : ""
    }
    let nonDigits = sign.count + parts.prefix.count + (parts.hasDecimal ? 1 : 0)
        + parts.remainder.unicodeScalars.count
    let minWidth = (r.fill == "0" && r.align == "=") ? r.width - nonDigits : 0
    let grouped = parts.integerDigits.isEmpty
        ? [] : insertGrouping(Array(parts.integerDigits.utf8), minWidth: minWidth, grouping: grouping)
    let padding = r.width - (nonDigits + grouped.count)
    var left = 0, middle = 0, right = 0
    if padding > 0 {
        switch r.align {
        case "<": right = padding
        case "^":
            left = padding / 2
            right = padding - left
        case "=": middle = padding
        default: left = padding
        }
    }
    var out = repeated(r.fill, left)
    out += sign
    out += parts.prefix
    out += repeated(r.fill, middle)
    out += String(decoding: grouped, as: UTF8.self)
    if parts.hasDecimal { out += "." }
    out += parts.remainder
    out += repeated(r.fill, right)
    return out
}

/// `_PyUnicode_InsertThousandsGrouping`: separates groups from the right and
/// left-pads with zeros (inside the grouping) up to `minWidth`.
private func insertGrouping(_ digits: [UInt8], minWidth: Int,
                            grouping: (separator: Character, size: Int)?) -> [UInt8] {
    var pieces: [ArraySlice<UInt8>] = []  // right to left
    var remaining = digits.count
    var minWidth = minWidth
    let separatorLength = grouping == nil ? 0 : 1
    var finished = false
    if let grouping {
        while true {
            let length = min(grouping.size, max(remaining, minWidth, 1))
            pieces.append(groupPiece(digits, remaining: &remaining, length: length))
            minWidth -= length
            if remaining <= 0 && minWidth <= 0 {
                finished = true
                break
            }
            minWidth -= separatorLength
        }
    }
    if !finished {
        let length = max(remaining, minWidth, 1)
        pieces.append(groupPiece(digits, remaining: &remaining, length: length))
    }
    var out: [UInt8] = []
    let separator = grouping.map { UInt8(ascii: $0.separator == "," ? "," : "_") }
    for (index, piece) in pieces.reversed().enumerated() {
        if index > 0, let separator { out.append(separator) }
        out.append(contentsOf: piece)
    }
    return out
}

/// One group of `length` characters: leading zeros when the digits run out.
private func groupPiece(_ digits: [UInt8], remaining: inout Int, length: Int) -> ArraySlice<UInt8> {
    let taken = max(0, min(remaining, length))
    let zeros = max(0, length - remaining)
    var piece = ArraySlice(repeating: UInt8(ascii: "0"), count: zeros)
    piece.append(contentsOf: digits[(remaining - taken)..<remaining])
    remaining -= taken
    return piece
}
