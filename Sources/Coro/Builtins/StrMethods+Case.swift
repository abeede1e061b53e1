// Case mappings and character-class predicates of `str`, following CPython's
// unicodeobject.c: full case mappings (`"ß".upper() == "SS"`), the final-sigma
// rule of `lower`, and Python's own definitions of space, digit and so on.

extension StrMethods {
    static func installCase(_ t: PyType) {
        mapping(t, "upper") { out, s, i in appendUpper(&out, s[i]) }
        mapping(t, "lower") { out, s, i in appendLower(&out, s, i) }
        mapping(t, "casefold") { out, s, i in out.append(contentsOf: casefold(s[i])) }
        mapping(t, "swapcase") { out, s, i in
            let c = s[i]
            if c.properties.isUppercase { appendLower(&out, s, i) }
            else if c.properties.isLowercase { appendUpper(&out, c) }
            else { out.append(c) }
        }
        mapping(t, "capitalize") { out, s, i in
            // Since 3.8 the first character is title-cased, not upper-cased.
            if i == 0 { out.append(contentsOf: s[0].properties.titlecaseMapping.unicodeScalars) }
            else { appendLower(&out, s, i) }
        }
        def(t, "title") { _, s, call in
            try call.noArgs()
            return .str(title(s.scalars))
        }
    }

    /// A method mapping each code point (with its context) to some output.
    private static func mapping(_ t: PyType, _ name: String,
                                _ map: @escaping (inout String.UnicodeScalarView, [Unicode.Scalar], Int) -> Void) {
        def(t, name) { _, s, call in
            try call.noArgs()
            let scalars = s.scalars
            var out = String.UnicodeScalarView()
            for i in scalars.indices { map(&out, scalars, i) }
            return .str(String(out))
        }
    }

    private static func appendUpper(_ out: inout String.UnicodeScalarView, _ c: Unicode.Scalar) {
        if c.value < 0x80 {
            let v = c.value >= 0x61 && c.value <= 0x7a ? c.value - 32 : c.value
            out.append(Unicode.Scalar(UInt8(v)))
            return
        }
        out.append(contentsOf: c.properties.uppercaseMapping.unicodeScalars)
    }

    /// CPython's `lower_ucs4`: capital sigma becomes final sigma at the end of a word.
    private static func appendLower(_ out: inout String.UnicodeScalarView, _ s: [Unicode.Scalar], _ i: Int) {
        let c = s[i]
        if c.value < 0x80 {
            let v = c.value >= 0x41 && c.value <= 0x5a ? c.value + 32 : c.value
            out.append(Unicode.Scalar(UInt8(v)))
            return
        }
        if c.value == 0x3a3 {
            out.append(isFinalSigma(s, i) ? "\u{3c2}" : "\u{3c3}")
            return
        }
        out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
    }

    /// Preceded by a cased letter and not followed by one (case-ignorable ones skipped).
    private static func isFinalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && s[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && s[j].properties.isCased else { return false }
        var k = i + 1
        while k < s.count && s[k].properties.isCaseIgnorable { k += 1 }
        return k == s.count || !s[k].properties.isCased
    }

    /// Full case folding where it differs from lowercasing (CaseFolding.txt's
    /// common multi-character and Greek/Latin special cases); lowercase otherwise.
    private static func casefold(_ c: Unicode.Scalar) -> String.UnicodeScalarView {
        switch c.value {
        case 0xdf, 0x1e9e: return "ss".unicodeScalars
        case 0xb5: return "\u{3bc}".unicodeScalars
        case 0x17f: return "s".unicodeScalars
        case 0x3c2: return "\u{3c3}".unicodeScalars
        case 0x3d0: return "\u{3b2}".unicodeScalars
        case 0x3d1: return "\u{3b8}".unicodeScalars
        case 0x3d5: return "\u{3c6}".unicodeScalars
        case 0x3d6: return "\u{3c0}".unicodeScalars
        case 0x3f0: return "\u{3ba}".unicodeScalars
        case 0x3f1: return "\u{3c1}".unicodeScalars
        case 0x3f5: return "\u{3b5}".unicodeScalars
        case 0x1e9b: return "\u{1e61}".unicodeScalars
        case 0xfb00: return "ff".unicodeScalars
        case 0xfb01: return "fi".unicodeScalars
        case 0xfb02: return "fl".unicodeScalars
        case 0xfb03: return "ffi".unicodeScalars
        case 0xfb04: return "ffl".unicodeScalars
        case 0xfb05, 0xfb06: return "st".unicodeScalars
        default: return c.properties.lowercaseMapping.unicodeScalars
        }
    }

    /// `str.title`: title-case after uncased characters, lowercase after cased ones.
    private static func title(_ s: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var previousCased = false
        for i in s.indices {
            let c = s[i]
            if previousCased { appendLower(&out, s, i) }
            else { out.append(contentsOf: c.properties.titlecaseMapping.unicodeScalars) }
            previousCased = c.properties.isCased
        }
        return String(out)
    }

    // MARK: - Predicates

    static func installPredicates(_ t: PyType) {
        every(t, "isspace", isPythonSpace)
        every(t, "isalpha", isPythonAlpha)
        every(t, "isdecimal", isPythonDecimal)
        every(t, "isdigit", isPythonDigit)
        every(t, "isnumeric", isPythonNumeric)
        every(t, "isalnum") { isPythonAlpha($0) || isPythonNumeric($0) }
        every(t, "isascii", allowEmpty: true) { $0.value < 0x80 }
        every(t, "isprintable", allowEmpty: true, isPrintable)
        def(t, "isupper") { _, s, call in
            try call.noArgs()
            return .bool(casedCheck(s.scalars, wanted: { $0.properties.isUppercase }, unwanted: { $0.properties.isLowercase || isTitlecase($0) }))
        }
        def(t, "islower") { _, s, call in
            try call.noArgs()
            return .bool(casedCheck(s.scalars, wanted: { $0.properties.isLowercase }, unwanted: { $0.properties.isUppercase || isTitlecase($0) }))
        }
        def(t, "istitle") { _, s, call in
            try call.noArgs()
            return .bool(isTitle(s.scalars))
        }
        def(t, "isidentifier") { _, s, call in
            try call.noArgs()
            return .bool(isIdentifier(s.scalars))
        }
    }

    /// A predicate true when every code point passes (and, usually, there is one).
    private static func every(_ t: PyType, _ name: String, allowEmpty: Bool = false, _ test: @escaping (Unicode.Scalar) -> Bool) {
        def(t, name) { _, s, call in
            try call.noArgs()
            if s.value.isEmpty { return .bool(allowEmpty) }
            for c in s.value.unicodeScalars where !test(c) { return .bool(false) }
            return .bool(true)
        }
    }

    /// `isupper`/`islower`: at least one wanted character and no unwanted one.
    private static func casedCheck(_ s: [Unicode.Scalar], wanted: (Unicode.Scalar) -> Bool, unwanted: (Unicode.Scalar) -> Bool) -> Bool {
        var cased = false
        for c in s {
            if unwanted(c) { return false }
            if wanted(c) { cased = true }
        }
        return cased
    }

    private static func isTitle(_ s: [Unicode.Scalar]) -> Bool {
        var cased = false, previousCased = false
        for c in s {
            if c.properties.isUppercase || isTitlecase(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if c.properties.isLowercase {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    private static func isIdentifier(_ s: [Unicode.Scalar]) -> Bool {
        guard let first = s.first, first == "_" || first.properties.isXIDStart else { return false }
        return s.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    }

    private static func isTitlecase(_ c: Unicode.Scalar) -> Bool {
        c.properties.generalCategory == .titlecaseLetter
    }
}

// MARK: - Character classes (Python's definitions)

/// `Py_UNICODE_ISSPACE`: Unicode White_Space plus the separators \x1c–\x1f.
func isPythonSpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x09...0x0d, 0x1c...0x20: return true
    case 0..<0x80: return false
    default: return c.properties.isWhitespace
    }
}

/// Line boundaries of `str.splitlines`.
func isPythonLineBreak(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}

/// `str.isalpha` for one character: the letter categories.
func isPythonAlpha(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7a }
    switch c.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
}

func isPythonDecimal(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
    return c.properties.numericType == .decimal
}

func isPythonDigit(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
    return c.properties.numericType == .decimal || c.properties.numericType == .digit
}

func isPythonNumeric(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
    return c.properties.numericType != nil
}
