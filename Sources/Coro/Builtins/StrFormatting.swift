// printf-style `str % args`, following CPython 3.11's PyUnicode_Format: the
// argument is a tuple of values, a single value, or a mapping for `%(key)s`;
// the conversion letters s r a d i u x X o e E f F g G c and `%%`.

extension VM {
    /// `s % v`.
    func percentFormat(_ s: String, _ v: Value) throws -> String {
        var formatter = PercentFormatter(vm: self, format: Array(s.unicodeScalars), args: v)
        return try formatter.run()
    }
}

/// One pass over a `%` format string (CPython's `unicode_formatter_t`).
private struct PercentFormatter {
    let vm: VM
    /// The format string's code points.
    let format: [Unicode.Scalar]
    /// Position in `format`.
    var pos = 0
    /// The right operand, or the value looked up by the last `%(key)`.
    var args: Value
    /// Items of a tuple operand.
    var items: [Value]
    /// Number of tuple items, or −1 for a single value (CPython's `arglen`).
    var argCount: Int
    /// Next tuple item, or −2 / −1 for an unused / used single value (`argidx`).
    var argIndex: Int
    /// The operand when it is a mapping (it then may go unused).
    let mapping: Value?
    var out = String.UnicodeScalarView()

    init(vm: VM, format: [Unicode.Scalar], args: Value) {
        self.vm = vm
        self.format = format
        self.args = args
        if case .object(let o) = args, let t = o as? PyTuple {
            items = t.items
            argCount = t.items.count
            argIndex = 0
        } else {
            items = []
            argCount = -1
            argIndex = -2
        }
        mapping = PercentFormatter.isMapping(args) ? args : nil
    }

    /// CPython's `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`.
    static func isMapping(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyDict, is PyList, is PyRange: return true
        case is PyTuple, is PyStr: return false
        default: return !o.type.isBuiltin && o.type.lookupUser("__getitem__") != nil
        }
    }

    mutating func run() throws -> String {
        while pos < format.count {
            let c = format[pos]
            pos += 1
            if c != "%" {
                out.append(c)
                continue
            }
            try conversion()
        }
        if argIndex < argCount && mapping == nil {
            throw typeError("not all arguments converted during string formatting")
        }
        return String(out)
    }

    mutating func nextArg() throws -> Value {
        if argCount >= 0 {
            guard argIndex < argCount else { throw typeError("not enough arguments for format string") }
            argIndex += 1
            return items[argIndex - 1]
        }
        guard argIndex == -2 else { throw typeError("not enough arguments for format string") }
        argIndex = -1
        return args
    }

    func peek() throws -> Unicode.Scalar {
        guard pos < format.count else { throw valueError("incomplete format") }
        return format[pos]
    }

    // MARK: - One conversion

    /// Flags, width and precision of one conversion.
    struct Spec {
        var leftAlign = false, sign = false, blank = false, alternate = false, zero = false
        var width = -1
        var precision = -1
    }

    mutating func conversion() throws {
        if try peek() == "%" {
            pos += 1
            out.append("%")
            return
        }
        if try peek() == "(" { try mappingKey() }
        var spec = Spec()
        flags: while true {
            switch try peek() {
            case "-": spec.leftAlign = true
            case "+": spec.sign = true
            case " ": spec.blank = true
            case "#": spec.alternate = true
            case "0": spec.zero = true
            default: break flags
            }
            pos += 1
        }
        try readWidth(&spec)
        try readPrecision(&spec)
        var type = try peek()
        if type == "h" || type == "l" || type == "L" {
            pos += 1
            type = try peek()
        }
        pos += 1
        let v = try nextArg()
        let body = try convert(v, type, &spec)
        pad(body, spec)
    }

    /// `%(key)`: looks the key up in the mapping; it becomes the next argument.
    mutating func mappingKey() throws {
        guard let mapping else { throw typeError("format requires a mapping") }
        pos += 1
        var depth = 1
        let start = pos
        while depth > 0 && pos < format.count {
            if format[pos] == "(" { depth += 1 } else if format[pos] == ")" { depth -= 1 }
            pos += 1
        }
        if depth > 0 { throw valueError("incomplete format key") }
        let key = makeString(format[start..<(pos - 1)])
        args = try vm.getItem(mapping, .str(key))
        argCount = -1
        argIndex = -2
    }

    mutating func readWidth(_ spec: inout Spec) throws {
        if try peek() == "*" {
            pos += 1
            spec.width = try starArgument()
            if spec.width < 0 {
                spec.leftAlign = true
                spec.width = -spec.width
            }
            return
        }
        if let n = try digits(tooBig: "width too big") { spec.width = n }
    }

    mutating func readPrecision(_ spec: inout Spec) throws {
        guard try peek() == "." else { return }
        pos += 1
        if try peek() == "*" {
            pos += 1
            spec.precision = max(0, try starArgument())
            return
        }
        spec.precision = try digits(tooBig: "precision too big") ?? 0
    }

    mutating func starArgument() throws -> Int {
        let v = try nextArg()
        switch v {
        case .int(let i):
            try requireBuildable(abs(i == Int.min ? Int.max : i))
            return i
        case .bool(let b): return b ? 1 : 0
        default: throw typeError("* wants int")
        }
    }

    mutating func digits(tooBig: String) throws -> Int? {
        var n: Int? = nil
        while pos < format.count, let d = asciiDigit(format[pos]) {
            let (m, o1) = (n ?? 0).multipliedReportingOverflow(by: 10)
            let (r, o2) = m.addingReportingOverflow(d)
            if o1 || o2 || r > Int(Int32.max) { throw valueError(tooBig) }
            n = r
            pos += 1
        }
        if let n { try requireBuildable(n) }
        return n
    }

    func asciiDigit(_ c: Unicode.Scalar) -> Int? {
        c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil
    }

    // MARK: - Conversions

    func convert(_ v: Value, _ type: Unicode.Scalar, _ spec: inout Spec) throws -> String {
        switch type {
        case "s", "r", "a":
            let text = type == "s" ? try vm.str(v) : (type == "r" ? try vm.repr(v) : try vm.ascii(v))
            spec.zero = false
            if spec.precision >= 0 { return makeString(text.unicodeScalars.prefix(spec.precision)) }
            return text
        case "d", "i", "u", "x", "X", "o":
            return try integer(v, type, spec)
        case "e", "E", "f", "F", "g", "G":
            return try floating(v, type, &spec)
        case "c":
            spec.zero = false
            return try character(v)
        default:
            let shown = type.value >= 32 && type.value <= 126 ? String(type) : "?"
            let hex = String(type.value, radix: 16)
            throw valueError("unsupported format character '\(shown)' (0x\(hex)) at index \(pos - 1)")
        }
    }

    /// %d %i %u %x %X %o (CPython's `mainformatlong` and `_PyUnicode_FormatLong`).
    func integer(_ v: Value, _ type: Unicode.Scalar, _ spec: Spec) throws -> String {
        let value = try integerValue(v, type)
        let radix = type == "x" || type == "X" ? 16 : (type == "o" ? 8 : 10)
        let magnitude = BigInt.abs(value)
        var digits = radix == 10 ? try vm.bigIntString(magnitude) : magnitude.toString(radix: radix, uppercase: type == "X")
        if spec.precision > digits.count {
            digits = String(repeating: "0", count: spec.precision - digits.count) + digits
        }
        var prefix = value.isNegative ? "-" : (spec.sign ? "+" : (spec.blank ? " " : ""))
        if spec.alternate && radix != 10 { prefix += type == "o" ? "0o" : (type == "X" ? "0X" : "0x") }
        let length = prefix.count + digits.count
        if spec.zero && !spec.leftAlign && spec.width > length {
            return prefix + String(repeating: "0", count: spec.width - length) + digits
        }
        return prefix + digits
    }

    func integerValue(_ v: Value, _ type: Unicode.Scalar) throws -> BigInt {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o) where o is PyBigInt: return (o as? PyBigInt)?.value ?? BigInt(0)
        case .float(let d) where type != "x" && type != "X" && type != "o":
            if d.isNaN { throw valueError("cannot convert float NaN to integer") }
            guard let b = BigInt(truncating: d) else { throw overflowError("cannot convert float infinity to integer") }
            return b
        default:
            if case .object(let o) = v, !o.type.isBuiltin {
                let hook = type == "x" || type == "X" || type == "o" ? "__index__" : "__int__"
                if let m = o.type.lookupUser(hook) ?? (hook == "__int__" ? o.type.lookupUser("__index__") : nil) {
                    return try integerValue(try vm.call(m, [v]), "d")
                }
            }
            if type == "x" || type == "X" || type == "o" {
                throw typeError("%\(type) format: an integer is required, not \(v.type.name)")
            }
            throw typeError("%\(type) format: a real number is required, not \(v.type.name)")
        }
    }

    /// %e %f %g and their capitals, through the format-spec float formatter.
    func floating(_ v: Value, _ type: Unicode.Scalar, _ spec: inout Spec) throws -> String {
        let d: Double
        switch v {
        case .float(let x): d = x
        case .int(let i): d = Double(i)
        case .bool(let b): d = b ? 1 : 0
        case .object(let o) where o is PyBigInt:
            guard let x = (o as? PyBigInt)?.value.toDouble() else { throw overflowError("int too large to convert to float") }
            d = x
        default:
            if case .object(let o) = v, !o.type.isBuiltin, let m = o.type.lookupUser("__float__") {
                return try floating(try vm.call(m, [v]), type, &spec)
            }
            throw typeError("must be real number, not \(v.type.name)")
        }
        var f = FormatSpec()
        f.type = type
        f.precision = spec.precision >= 0 ? spec.precision : 6
        f.alternate = spec.alternate
        if spec.sign { f.sign = "+" } else if spec.blank { f.sign = " " }
        if spec.width >= 0 { f.width = spec.width }
        if spec.leftAlign { f.align = "<" } else if spec.zero { f.zeroPadding = true }
        spec.width = -1
        do {
            return try formatFloat(d, spec: f)
        } catch let e as FormatSpecError {
            throw valueError(e.message)
        }
    }

    func character(_ v: Value) throws -> String {
        if case .object(let o) = v, let s = o as? PyStr {
            guard s.length == 1 else { throw typeError("%c requires int or char") }
            return s.value
        }
        let code: Int
        switch v {
        case .int(let i): code = i
        case .bool(let b): code = b ? 1 : 0
        case .object(let o) where o is PyBigInt: code = -1
        default: throw typeError("%c requires int or char")
        }
        guard code >= 0 && code < 0x110000, let sc = Unicode.Scalar(UInt32(code)) else {
            if code >= 0xd800 && code < 0xe000 { return "\u{fffd}" }
            throw overflowError("%c arg not in range(0x110000)")
        }
        return String(sc)
    }

    /// Pads a converted value to the width (spaces; numbers zero-pad themselves).
    mutating func pad(_ body: String, _ spec: Spec) {
        let length = body.unicodeScalars.count
        let fill = spec.width > length ? spec.width - length : 0
        if !spec.leftAlign { out.append(contentsOf: repeatElement(" ", count: fill)) }
        out.append(contentsOf: body.unicodeScalars)
        if spec.leftAlign { out.append(contentsOf: repeatElement(" ", count: fill)) }
    }
}
