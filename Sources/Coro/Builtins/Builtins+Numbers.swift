#if canImport(Glibc)
import Glibc
#endif

// Numeric built-ins: abs, round, divmod, pow, chr, ord, hex, oct, bin.

extension VM {
    func installNumberBuiltins() {
        define("abs") { vm, a in try vm.absolute(try a.single("abs")) }
        define("round") { vm, a in
            let slots = try a.bind("round", ["number", "ndigits"], required: 1)
            return try vm.builtinRound(slots[0] ?? .none, ndigits: slots[1]?.nonNone)
        }
        define("divmod") { vm, a in
            let p = try a.positionalOnly("divmod", min: 2, max: 2)
            return try vm.divmod(p[0], p[1])
        }
        define("pow") { vm, a in
            let slots = try a.bind("pow", ["base", "exp", "mod"], required: 2)
            let base = slots[0] ?? .none, exp = slots[1] ?? .none
            guard let mod = slots[2]?.nonNone else { return try vm.binaryOp(.pow, base, exp) }
            return try vm.modularPower(base, exp, mod)
        }
        define("chr") { vm, a in
            let i = try vm.intIndex(try a.single("chr"), overflow: "Python int too large to convert to C int")
            guard i >= 0, i <= 0x10FFFF else { throw valueError("chr() arg not in range(0x110000)") }
            // A lone surrogate cannot live in a Swift String; it becomes U+FFFD.
            return .object(PyStr.char(Unicode.Scalar(UInt32(i)) ?? "\u{FFFD}"))
        }
        define("ord") { vm, a in
            let v = try a.single("ord")
            guard case .object(let o) = v, let s = o as? PyStr else {
                throw typeError("ord() expected string of length 1, but \(v.type.name) found")
            }
            let scalars = s.scalars
            guard scalars.count == 1 else {
                throw typeError("ord() expected a character, but string of length \(scalars.count) found")
            }
            return .int(Int(scalars[0].value))
        }
        define("hex") { vm, a in .str(try vm.radixString(try a.single("hex"), radix: 16, prefix: "0x")) }
        define("oct") { vm, a in .str(try vm.radixString(try a.single("oct"), radix: 8, prefix: "0o")) }
        define("bin") { vm, a in .str(try vm.radixString(try a.single("bin"), radix: 2, prefix: "0b")) }
    }

    /// `hex(v)`, `oct(v)`, `bin(v)`: sign, prefix, digits.
    private func radixString(_ v: Value, radix: Int, prefix: String) throws -> String {
        let b = try bigIndex(v)
        let digits = BigInt.abs(b).toString(radix: radix, uppercase: false)
        return (b.isNegative ? "-" : "") + prefix + digits
    }

    // MARK: - abs

    func absolute(_ v: Value) throws -> Value {
        switch v {
        case .int(let i): return i == Int.min ? .bigint(-BigInt(i)) : .int(Swift.abs(i))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(Swift.abs(d))
        case .object(let o):
            if let b = o as? PyBigInt { return .bigint(BigInt.abs(b.value)) }
            if let m = o.type.lookupUser("__abs__") { return try call(m, [v]) }
        case .none: break
        }
        throw typeError("bad operand type for abs(): '\(v.type.name)'")
    }

    // MARK: - round

    func builtinRound(_ v: Value, ndigits: Value?) throws -> Value {
        switch v {
        case .int, .bool:
            let n = try intFromValue(v)
            guard let ndigits else { return n }
            return try roundInteger(try bigIndex(n), ndigits: try bigIndex(ndigits))
        case .float(let d):
            guard let ndigits else { return try floatToInt(d.rounded(.toNearestOrEven)) }
            return .float(try roundFloat(d, ndigits: try bigIndex(ndigits)))
        case .object(let o):
            if let b = o as? PyBigInt {
                guard let ndigits else { return v }
                return try roundInteger(b.value, ndigits: try bigIndex(ndigits))
            }
            if let m = o.type.lookupUser("__round__") {
                return try call(m, ndigits.map { [v, $0] } ?? [v])
            }
        case .none: break
        }
        throw typeError("type \(v.type.name) doesn't define __round__ method")
    }

    /// `round(int, ndigits)`: exact, half to even, for negative ndigits.
    private func roundInteger(_ x: BigInt, ndigits: BigInt) throws -> Value {
        guard ndigits.isNegative else { return .bigint(x) }
        guard let k = (-ndigits).asInt, k <= x.decimalDigitCount else { return .int(0) }
        let p = BigInt(10).power(k)
        return .bigint(roundedQuotient(x, p) * p)
    }

    /// x / d rounded half to even (d > 0).
    private func roundedQuotient(_ x: BigInt, _ d: BigInt) -> BigInt {
        guard let (q, r) = x.floorDivMod(d) else { return .zero }
        let twice = r + r
        if d < twice || (twice == d && q.isOdd) { return q + .one }
        return q
    }

    /// `round(float, ndigits)`: the exact binary value rounded half to even at
    /// the decimal position, then converted back with correct rounding, which
    /// is what CPython's dtoa-based `double_round` computes (so
    /// `round(2.675, 2) == 2.67`).
    func roundFloat(_ d: Double, ndigits: BigInt) throws -> Double {
        if !d.isFinite || d == 0 { return d }
        // CPython's NDIGITS_MAX / NDIGITS_MIN shortcuts.
        guard let n = ndigits.asInt, n <= 323 else {
            return ndigits.isNegative ? 0.0 * d : d
        }
        if n < -308 { return 0.0 * d }
        let (mantissa, exponent) = exactBinary(Swift.abs(d))
        let result: Double
        if n >= 0 {
            if exponent >= 0 { return d }
            let scale = BigInt(10).power(n)
            let q = roundedQuotient(mantissa * scale, BigInt.one.shiftedLeft(-exponent))
            result = q.isZero ? 0 : (BigInt.trueDivide(q, scale) ?? .infinity)
        } else {
            let p = BigInt(10).power(-n)
            let q = exponent >= 0
                ? roundedQuotient(mantissa.shiftedLeft(exponent), p)
                : roundedQuotient(mantissa, p.shiftedLeft(-exponent))
            guard let r = (q * p).toDouble() else { throw overflowError("rounded value too large to represent") }
            result = r
        }
        return copysign(result, d)
    }

    /// A positive finite double as mantissa × 2**exponent, exactly.
    private func exactBinary(_ d: Double) -> (BigInt, Int) {
        let bits = d.significandBitPattern
        let e = Int(d.exponentBitPattern)
        if e == 0 { return (BigInt(UInt(bits)), -1074) }
        return (BigInt(UInt(bits | (1 << 52))), e - 1075)
    }

    // MARK: - divmod and pow

    func divmod(_ a: Value, _ b: Value) throws -> Value {
        if let x = Numeric(a), let y = Numeric(b) {
            if case .float = x {} else if case .float = y {} else {
                return .tuple([try binaryOp(.floorDiv, a, b), try binaryOp(.mod, a, b)])
            }
            let dx = try toDouble(x), dy = try toDouble(y)
            if dy == 0 { throw zeroDivision("float divmod()") }
            let (q, r) = floatDivmod(dx, dy)
            return .tuple([.float(q), .float(r)])
        }
        if let m = a.type.lookupUser("__divmod__") {
            let r = try call(m, [a, b])
            if !r.isIdentical(to: notImplemented) { return r }
        }
        if let m = b.type.lookupUser("__rdivmod__") {
            let r = try call(m, [b, a])
            if !r.isIdentical(to: notImplemented) { return r }
        }
        throw typeError("unsupported operand type(s) for divmod(): '\(a.type.name)' and '\(b.type.name)'")
    }

    /// `pow(base, exp, mod)` on integers, with modular inverses for negative exponents.
    func modularPower(_ base: Value, _ exp: Value, _ mod: Value) throws -> Value {
        guard let b = Numeric(base)?.big, let e = Numeric(exp)?.big, let m = Numeric(mod)?.big else {
            // CPython tries each operand's slot: float's refuses a modulus, the
            // others decline.
            let args = [base, exp, mod]
            if args.contains(where: { if case .float = $0 { return true } else { return false } }) {
                throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
            throw typeError("unsupported operand type(s) for ** or pow(): " + args.map { "'\($0.type.name)'" }.joined(separator: ", "))
        }
        if m.isZero { throw valueError("pow() 3rd argument cannot be 0") }
        let modulus = BigInt.abs(m)
        var x = positiveRemainder(b, modulus)
        var n = e
        if n.isNegative {
            guard let inverse = modularInverse(x, modulus) else {
                throw valueError("base is not invertible for the given modulus")
            }
            x = inverse
            n = -n
        }
        var result = positiveRemainder(.one, modulus)
        while !n.isZero {
            if n.isOdd { result = positiveRemainder(result * x, modulus) }
            n = n.shiftedRight(1)
            if !n.isZero { x = positiveRemainder(x * x, modulus) }
        }
        // The result takes the modulus's sign, as `%` does.
        if m.isNegative && !result.isZero { result = result + m }
        return .bigint(result)
    }

    private func positiveRemainder(_ a: BigInt, _ m: BigInt) -> BigInt {
        a.floorDivMod(m)?.remainder ?? .zero
    }

    /// The inverse of a modulo m (m > 0), or nil when they share a factor.
    private func modularInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
        var (r0, r1) = (m, a)
        var (t0, t1) = (BigInt.zero, BigInt.one)
        while !r1.isZero {
            guard let (q, r) = r0.floorDivMod(r1) else { return nil }
            (r0, r1) = (r1, r)
            (t0, t1) = (t1, t0 - q * t1)
        }
        guard r0 == .one else { return nil }
        return positiveRemainder(t0, m)
    }
}
