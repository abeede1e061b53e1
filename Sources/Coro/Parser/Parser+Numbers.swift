import Glibc

// MARK: - Number literals

extension Parser {
    /// The value of a NUMBER token (already checked by the lexer): ints of any radix
    /// with underscores, floats rounded as CPython rounds them (C's `strtod` is
    /// correctly rounded, like CPython's own), and imaginary literals.
    static func numberConstant(_ text: String) -> Constant {
        let digits = text.filter { $0 != "_" }
        if let last = digits.last, last == "j" || last == "J" {
            return .imaginary(parseFloat(String(digits.dropLast())))
        }
        let lower = digits.lowercased()
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
            let body = String(digits.dropFirst(2))
            if let value = Int(body, radix: radix) { return .int(value) }
            return .bigInt(digits: body, radix: radix)
        }
        if lower.contains(".") || lower.contains("e") { return .float(parseFloat(digits)) }
        if let value = Int(digits) { return .int(value) }
        // Leading zeros cannot reach here with a large value: `00…0` fits in an Int.
        return .bigInt(digits: digits, radix: 10)
    }

    static func parseFloat(_ text: String) -> Double {
        text.withCString { strtod($0, nil) }
    }
}
