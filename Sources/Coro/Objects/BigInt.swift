// BigInt.swift — arbitrary-precision integers behind Python `int` once a value
// leaves the `Int` range. Pure Swift on purpose: Foundation and third-party bignum
// packages cost process start-up, and big ints are the interpreter's slow path, so
// simple algorithms (schoolbook/Karatsuba multiply, Knuth division) are enough.

// MARK: - Storage

/// A signed arbitrary-precision integer with Python `int` semantics: floor division,
/// infinite two's-complement bitwise operations and CPython's hash.
public struct BigInt: Sendable {
    /// Magnitude as 64-bit limbs, least significant first, without high zero limbs,
    /// so that every value has exactly one representation (zero is `[]`).
    var limbs: [UInt]
    /// Sign of the value; never set for zero, which keeps equality structural.
    var negative: Bool

    /// Builds a value from raw limbs, restoring the normal form.
    init(limbs: consuming [UInt], negative: Bool) {
        var normal = limbs
        Mag.normalize(&normal)
        self.negative = negative && !normal.isEmpty
        self.limbs = normal
    }
}

// MARK: - Construction and inspection

extension BigInt {
    /// The value 0.
    public static let zero = BigInt(limbs: [], negative: false)
    /// The value 1.
    public static let one = BigInt(1)

    public init(_ v: Int) {
        limbs = v == 0 ? [] : [v.magnitude]
        negative = v < 0
    }

    public init(_ v: UInt) {
        limbs = v == 0 ? [] : [v]
        negative = false
    }

    /// The value as a machine integer, or nil when it does not fit.
    public var asInt: Int? {
        switch limbs.count {
        case 0: return 0
        case 1:
            let m = limbs[0]
            if !negative { return m <= UInt(Int.max) ? Int(m) : nil }
            return m <= UInt(Int.max) + 1 ? Int(bitPattern: 0 &- m) : nil
        default: return nil
        }
    }

    public var isZero: Bool { limbs.isEmpty }
    public var isNegative: Bool { negative }
    public var signum: Int { limbs.isEmpty ? 0 : (negative ? -1 : 1) }
    public var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    /// Python's `int.bit_length()`: bits in the absolute value, 0 for zero.
    public var bitLength: Int { Mag.bitLength(limbs) }

    /// The absolute value.
    public var magnitude: BigInt { BigInt(limbs: limbs, negative: false) }
}

// MARK: - Comparison and hashing

extension BigInt: Equatable, Hashable, Comparable {
    public static func < (a: BigInt, b: BigInt) -> Bool {
        if a.negative != b.negative { return a.negative }
        let c = Mag.compare(a.limbs, b.limbs)
        return a.negative ? c > 0 : c < 0
    }

    /// Exact three-way comparison with a float, as CPython compares `int` and
    /// `float` without rounding; nil when `d` is NaN (every comparison is False).
    public func compare(toDouble d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let whole = d.rounded(.towardZero)
        guard let w = BigInt(truncating: whole) else { return nil }
        if self != w { return self < w ? -1 : 1 }
        let fraction = d - whole
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }

    /// CPython's `hash(int)`: |value| mod 2**61 − 1 with the sign applied, and −1
    /// (reserved for errors in C) replaced by −2.
    public var pythonHash: Int {
        let modulus: UInt = (1 << 61) - 1
        var h: UInt = 0
        for limb in limbs.reversed() {
            // h < modulus, so (h·2^64 + limb) / modulus fits in one limb.
            h = modulus.dividingFullWidth((h, limb)).remainder
        }
        let signed = negative ? -Int(h) : Int(h)
        return signed == -1 ? -2 : signed
    }
}

// MARK: - Arithmetic

extension BigInt: SignedNumeric {
    public typealias Magnitude = BigInt
    public typealias IntegerLiteralType = Int

    public init(integerLiteral value: Int) { self.init(value) }

    public init?<T: BinaryInteger>(exactly source: T) {
        if let v = Int(exactly: source) { self.init(v); return }
        if let v = UInt(exactly: source) { self.init(v); return }
        // Wider types: `words` is two's complement, least significant first.
        let words = Array(source.words)
        if source < 0 {
            self.init(limbs: Mag.negateTwos(words), negative: true)
        } else {
            self.init(limbs: words, negative: false)
        }
    }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative {
            return BigInt(limbs: Mag.add(a.limbs, b.limbs), negative: a.negative)
        }
        switch Mag.compare(a.limbs, b.limbs) {
        case 0: return .zero
        case 1: return BigInt(limbs: Mag.subtract(a.limbs, b.limbs), negative: a.negative)
        default: return BigInt(limbs: Mag.subtract(b.limbs, a.limbs), negative: b.negative)
        }
    }

    public static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(limbs: Mag.multiply(a.limbs, b.limbs), negative: a.negative != b.negative)
    }

    public static prefix func - (a: BigInt) -> BigInt {
        BigInt(limbs: a.limbs, negative: !a.negative)
    }

    public static func += (a: inout BigInt, b: BigInt) { a = a + b }
    public static func -= (a: inout BigInt, b: BigInt) { a = a - b }
    public static func *= (a: inout BigInt, b: BigInt) { a = a * b }

    /// The absolute value (also reachable as the standard library's `abs`).
    public static func abs(_ x: BigInt) -> BigInt { x.magnitude }

    /// Python's `divmod`: the quotient rounds toward −∞ and the remainder takes the
    /// divisor's sign; nil when dividing by zero.
    public func floorDivMod(_ other: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        if other.isZero { return nil }
        let (q, r) = Mag.divMod(limbs, other.limbs)
        var quotient = BigInt(limbs: q, negative: negative != other.negative)
        var remainder = BigInt(limbs: r, negative: negative)
        if !remainder.isZero && negative != other.negative {
            quotient -= .one
            remainder += other
        }
        return (quotient, remainder)
    }

    /// `self ** exponent` by square-and-multiply (exponent ≥ 0). Callers bound the
    /// result size (about `bitLength * exponent` bits) before asking.
    public func power(_ exponent: Int) -> BigInt {
        precondition(exponent >= 0, "negative exponent")
        if exponent == 0 { return .one }
        if let shift = powerOfTwoShift(exponent) {
            let r = BigInt.one.shiftedLeft(shift)
            return negative && exponent & 1 == 1 ? -r : r
        }
        var result = BigInt.one
        var base = self
        var e = exponent
        while true {
            if e & 1 == 1 { result *= base }
            e >>= 1
            if e == 0 { return result }
            base *= base
        }
    }

    /// The largest result `**` computes by multiplying (about 16 MB): beyond it the
    /// multiplications take minutes, and the VM raises MemoryError instead.
    public static let maxPowerBits = 1 << 27

    /// The largest result a shift (or a power of two) builds (512 MB): beyond it
    /// the VM raises MemoryError, as CPython does where its allocation fails,
    /// instead of asking for memory that is not there.
    public static let maxShiftBits = 1 << 32

    /// Whether |self| is a power of two (its powers are shifts).
    public var isPowerOfTwoMagnitude: Bool {
        guard let top = limbs.last, top & (top - 1) == 0 else { return false }
        return limbs.dropLast().allSatisfy { $0 == 0 }
    }

    /// For ±2**k, the shift giving (2**k)**exponent, so powers of two cost no multiplies.
    private func powerOfTwoShift(_ exponent: Int) -> Int? {
        guard isPowerOfTwoMagnitude else { return nil }
        let (shift, overflow) = (bitLength - 1).multipliedReportingOverflow(by: exponent)
        return overflow ? nil : shift
    }
}

// MARK: - Shifts

extension BigInt {
    /// `self << n` (n ≥ 0).
    public func shiftedLeft(_ n: Int) -> BigInt {
        precondition(n >= 0, "negative shift count")
        return BigInt(limbs: Mag.shiftLeft(limbs, n), negative: negative)
    }

    /// `self >> n` (n ≥ 0), flooring toward −∞ like Python (−5 >> 1 == −3).
    public func shiftedRight(_ n: Int) -> BigInt {
        precondition(n >= 0, "negative shift count")
        let shifted = Mag.shiftRight(limbs, n)
        if negative && Mag.hasLowBits(limbs, n) {
            return BigInt(limbs: Mag.add(shifted, [1]), negative: true)
        }
        return BigInt(limbs: shifted, negative: negative)
    }
}

// MARK: - Bitwise operations

extension BigInt {
    /// Python `&` on infinite two's-complement values.
    public func and(_ other: BigInt) -> BigInt {
        bitwise(other, resultNegative: negative && other.negative, &)
    }

    /// Python `|` on infinite two's-complement values.
    public func or(_ other: BigInt) -> BigInt {
        bitwise(other, resultNegative: negative || other.negative, |)
    }

    /// Python `^` on infinite two's-complement values.
    public func xor(_ other: BigInt) -> BigInt {
        bitwise(other, resultNegative: negative != other.negative, ^)
    }

    /// Python `~x`, which is `-x - 1`.
    public func invert() -> BigInt { -(self + .one) }

    public static func & (a: BigInt, b: BigInt) -> BigInt { a.and(b) }
    public static func | (a: BigInt, b: BigInt) -> BigInt { a.or(b) }
    public static func ^ (a: BigInt, b: BigInt) -> BigInt { a.xor(b) }
    public static prefix func ~ (a: BigInt) -> BigInt { a.invert() }

    /// Applies `op` limb by limb to both operands in two's complement. One limb
    /// past the longer operand holds the sign extension, so the sign of the result
    /// is `resultNegative` and the limbs convert straight back to a magnitude.
    private func bitwise(_ other: BigInt, resultNegative: Bool,
                         _ op: (UInt, UInt) -> UInt) -> BigInt {
        let count = Swift.max(limbs.count, other.limbs.count)
        let a = Mag.twosComplement(limbs, negative: negative, count: count)
        let b = Mag.twosComplement(other.limbs, negative: other.negative, count: count)
        var r = [UInt](repeating: 0, count: count)
        for i in 0..<count { r[i] = op(a[i], b[i]) }
        return BigInt(limbs: resultNegative ? Mag.negateTwos(r) : r, negative: resultNegative)
    }
}

// MARK: - Floats

extension BigInt {
    /// `float(self)`, correctly rounded (half to even) like CPython; nil when the
    /// result would overflow ("int too large to convert to float").
    public func toDouble() -> Double? {
        let bits = bitLength
        if bits <= UInt.bitWidth {
            let d = Double(limbs.first ?? 0)   // the hardware conversion rounds half-even
            return negative ? -d : d
        }
        if bits > 1024 { return nil }
        // Keep the top 64 bits and fold every lower bit into a sticky bit 0: it lies
        // below the rounding position, so one rounding of `top` is exact rounding.
        let shift = bits - UInt.bitWidth
        var top = Mag.shiftRight(limbs, shift)[0]
        if Mag.hasLowBits(limbs, shift) { top |= 1 }
        let d = Double(sign: negative ? .minus : .plus, exponent: shift, significand: Double(top))
        return d.isFinite ? d : nil
    }

    /// `a / b` correctly rounded, following CPython's `long_true_divide`; nil on
    /// overflow. The caller raises ZeroDivisionError for `b == 0`.
    public static func trueDivide(_ a: BigInt, _ b: BigInt) -> Double? {
        precondition(!b.isZero, "division by zero")
        let negate = a.negative != b.negative
        let sign: FloatingPointSign = negate ? .minus : .plus
        if a.isZero { return negate ? -0.0 : 0.0 }
        let aBits = a.bitLength, bBits = b.bitLength
        if aBits <= 53 && bBits <= 53, let x = a.asInt, let y = b.asInt {
            return Double(x) / Double(y)   // both exact, so IEEE division rounds once
        }
        let diff = aBits - bBits
        if diff > 1024 { return nil }
        if diff < -1021 - 53 - 1 { return negate ? -0.0 : 0.0 }
        // Scale so the integer quotient has 55 or 56 bits (fewer when subnormal),
        // remembering whether anything was lost, then round it by hand.
        let shift = Swift.max(diff, -1021) - 53 - 2
        var inexact = false
        let x: [UInt]
        if shift <= 0 {
            x = Mag.shiftLeft(a.limbs, -shift)
        } else {
            x = Mag.shiftRight(a.limbs, shift)
            inexact = Mag.hasLowBits(a.limbs, shift)
        }
        let (q, r) = Mag.divMod(x, b.limbs)
        if !r.isEmpty { inexact = true }
        let qBits = Mag.bitLength(q)
        let extraBits = Swift.max(qBits, -1021 - shift) - 53
        let rounded = roundHalfEven(q.first ?? 0, extraBits: extraBits, inexact: inexact)
        let d = Double(sign: sign, exponent: shift, significand: Double(rounded))
        return d.isFinite ? d : nil
    }

    /// Drops `extraBits` low bits of `low` with half-to-even rounding, where
    /// `inexact` says that nonzero bits lie below `low`.
    private static func roundHalfEven(_ low: UInt, extraBits: Int, inexact: Bool) -> UInt {
        precondition(extraBits >= 1 && extraBits < UInt.bitWidth - 1)
        let mask: UInt = 1 << (extraBits - 1)
        var v = low | (inexact ? 1 : 0)
        if v & mask != 0 && v & (3 * mask - 1) != 0 { v += mask }
        return v & ~(2 * mask - 1)
    }

    /// `int(d)`: truncates toward zero; nil for infinities and NaN (the caller
    /// raises OverflowError or ValueError).
    public init?(truncating d: Double) {
        guard d.isFinite else { return nil }
        let whole = d.rounded(.towardZero)
        if Swift.abs(whole) < 9_223_372_036_854_775_808.0 {   // 2**63
            self.init(Int(whole))
            return
        }
        // |whole| ≥ 2**63: an integer equal to (2**52 + fraction bits) << (e − 52).
        let significand = (UInt(1) << 52) | UInt(whole.significandBitPattern)
        let shift = Int(whole.exponent) - 52
        self.init(limbs: Mag.shiftLeft([significand], shift), negative: whole < 0)
    }
}

// MARK: - Text

extension BigInt: CustomStringConvertible, LosslessStringConvertible {
    /// The decimal form, like Python's `str(int)` (no digit limit applied here).
    public var description: String { toString(radix: 10, uppercase: false) }

    public init?(_ description: String) {
        self.init(text: Substring(description), radix: 10)
    }

    /// Parses ASCII digits in `radix` (2...36) with an optional leading sign; the
    /// caller strips whitespace, underscores and base prefixes first.
    public init?(text: Substring, radix: Int = 10) {
        guard (2...36).contains(radix) else { return nil }
        var chars = text.utf8[...]
        var negative = false
        if let first = chars.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            chars = chars.dropFirst()
        }
        guard !chars.isEmpty else { return nil }
        var digits = [UInt8]()
        digits.reserveCapacity(chars.count)
        for c in chars {
            guard let d = BigInt.digitValue(c), d < radix else { return nil }
            digits.append(UInt8(d))
        }
        let mag = radix & (radix - 1) == 0
            ? Mag.packBits(digits, bitsPerDigit: radix.trailingZeroBitCount)
            : Mag.fromDigits(digits, radix: radix)
        self.init(limbs: mag, negative: negative)
    }

    /// The value of an ASCII digit or letter (case-insensitive), or nil.
    private static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// The digits in `radix` (2...36) with a leading "-" for negatives and no prefix.
    public func toString(radix: Int, uppercase: Bool) -> String {
        precondition((2...36).contains(radix), "radix out of range")
        if isZero { return "0" }
        var values = radix & (radix - 1) == 0
            ? Mag.unpackBits(limbs, bitsPerDigit: radix.trailingZeroBitCount)
            : Mag.toDigits(limbs, radix: radix)
        let letterBase = uppercase ? UInt8(ascii: "A") : UInt8(ascii: "a")
        for i in values.indices {
            let v = values[i]
            values[i] = v < 10 ? UInt8(ascii: "0") + v : letterBase + (v - 10)
        }
        if negative { values.append(UInt8(ascii: "-")) }
        values.reverse()
        return String(decoding: values, as: UTF8.self)
    }
}

// MARK: - CPython's integer string conversion limit

extension BigInt {
    /// CPython 3.11's default `sys.get_int_max_str_digits()`: `str()` and `int()`
    /// refuse longer decimal (non-power-of-two radix) conversions.
    public static let maxStrDigits = 4300

    /// Whether CPython applies the digit limit to a conversion in `radix`
    /// (power-of-two radixes are linear-time and therefore exempt).
    public static func digitLimitApplies(radix: Int) -> Bool { radix & (radix - 1) != 0 }

    /// The ValueError message for `str(n)` of an int with too many digits.
    public static func toStrLimitMessage(limit: Int = maxStrDigits) -> String {
        "Exceeds the limit (\(limit) digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit"
    }

    /// The ValueError message for `int(s)` where `s` has `digits` digits (not
    /// counting sign, whitespace or underscores; leading zeros count).
    public static func fromStrLimitMessage(digits: Int, limit: Int = maxStrDigits) -> String {
        "Exceeds the limit (\(limit) digits) for integer string conversion: "
            + "value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit"
    }

    /// Whether `str(self)` has more than `limit` digits, not counting the sign,
    /// i.e. |self| ≥ 10**limit. Cheap unless the bit length is borderline.
    public func hasMoreDecimalDigits(than limit: Int) -> Bool {
        if limit <= 0 { return true }
        let bits = Double(bitLength)
        let threshold = Double(limit) * 3.321928094887362   // log2(10)
        if bits < threshold - 1 { return false }    // |self| < 2**bits < 10**limit
        if bits - 1 > threshold + 1 { return true } // |self| ≥ 2**(bits-1) > 10**limit
        let bound = limit == BigInt.maxStrDigits ? BigInt.maxStrPower : BigInt(10).power(limit)
        return Mag.compare(limbs, bound.limbs) >= 0
    }

    /// 10**maxStrDigits, cached because `str()` checks against it for borderline sizes.
    private static let maxStrPower = BigInt(10).power(maxStrDigits)

    /// The number of decimal digits of |self| (1 for zero), computed exactly.
    public var decimalDigitCount: Int {
        if isZero { return 1 }
        // The estimate is within one of the truth; one comparison settles it.
        let estimate = Swift.max(1, Int(Double(bitLength - 1) * 0.30102999566398120) + 1)
        if !hasMoreDecimalDigits(than: estimate - 1) { return estimate - 1 }
        return hasMoreDecimalDigits(than: estimate) ? estimate + 1 : estimate
    }
}

// MARK: - Magnitude arithmetic

extension BigInt {
    /// Unsigned arithmetic on little-endian limb arrays. Inputs are normalised
    /// unless a function says otherwise; outputs are normalised.
    enum Mag {
        /// Operand size (limbs) below which schoolbook multiplication beats Karatsuba.
        static let karatsubaThreshold = 40

        static func normalize(_ a: inout [UInt]) {
            while let last = a.last, last == 0 { a.removeLast() }
        }

        static func bitLength(_ a: [UInt]) -> Int {
            guard let top = a.last else { return 0 }
            return a.count * UInt.bitWidth - top.leadingZeroBitCount
        }

        static func compare(_ a: [UInt], _ b: [UInt]) -> Int {
            if a.count != b.count { return a.count < b.count ? -1 : 1 }
            var i = a.count - 1
            while i >= 0 {
                if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
                i -= 1
            }
            return 0
        }

        // MARK: Addition and subtraction

        static func add(_ a: [UInt], _ b: [UInt]) -> [UInt] {
            let (long, short) = a.count >= b.count ? (a, b) : (b, a)
            var r = long
            r.append(0)
            addInto(&r, short, at: 0)
            normalize(&r)
            return r
        }

        /// r += x << (64·offset); r must be long enough to absorb every carry.
        static func addInto(_ r: inout [UInt], _ x: [UInt], at offset: Int) {
            var carry = false
            var i = 0
            while i < x.count || carry {
                let (s1, o1) = r[offset + i].addingReportingOverflow(i < x.count ? x[i] : 0)
                let (s2, o2) = s1.addingReportingOverflow(carry ? 1 : 0)
                r[offset + i] = s2
                carry = o1 || o2
                i += 1
            }
        }

        /// a − b for a ≥ b.
        static func subtract(_ a: [UInt], _ b: [UInt]) -> [UInt] {
            var r = a
            var borrow = false
            var i = 0
            while i < b.count || borrow {
                precondition(i < r.count, "subtrahend larger than minuend")
                let (d1, o1) = r[i].subtractingReportingOverflow(i < b.count ? b[i] : 0)
                let (d2, o2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
                r[i] = d2
                borrow = o1 || o2
                i += 1
            }
            normalize(&r)
            return r
        }

        // MARK: Multiplication

        static func multiply(_ a: [UInt], _ b: [UInt]) -> [UInt] {
            if a.count < b.count { return multiply(b, a) }
            if b.isEmpty { return [] }
            if b.count < karatsubaThreshold { return schoolbook(a, b) }
            if 2 * b.count <= a.count { return multiplyUnbalanced(a, b) }
            return karatsuba(a, b)
        }

        static func schoolbook(_ a: [UInt], _ b: [UInt]) -> [UInt] {
            var r = [UInt](repeating: 0, count: a.count + b.count)
            r.withUnsafeMutableBufferPointer { rp in
                a.withUnsafeBufferPointer { ap in
                    b.withUnsafeBufferPointer { bp in
                        for i in 0..<ap.count where ap[i] != 0 {
                            let ai = ap[i]
                            var carry: UInt = 0
                            for j in 0..<bp.count {
                                let (hi, lo) = ai.multipliedFullWidth(by: bp[j])
                                let (s1, o1) = lo.addingReportingOverflow(rp[i + j])
                                let (s2, o2) = s1.addingReportingOverflow(carry)
                                rp[i + j] = s2
                                // hi ≤ 2^64 − 2, so adding two carries cannot overflow.
                                carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                            }
                            rp[i + bp.count] = carry
                        }
                    }
                }
            }
            normalize(&r)
            return r
        }

        /// Multiplies a long `a` by a much shorter `b` in `b`-sized pieces of `a`,
        /// so each piece multiplication is balanced.
        static func multiplyUnbalanced(_ a: [UInt], _ b: [UInt]) -> [UInt] {
            var r = [UInt](repeating: 0, count: a.count + b.count + 1)
            var offset = 0
            while offset < a.count {
                var piece = Array(a[offset..<Swift.min(offset + b.count, a.count)])
                normalize(&piece)
                addInto(&r, multiply(piece, b), at: offset)
                offset += b.count
            }
            normalize(&r)
            return r
        }

        /// (a1·B + a0)(b1·B + b0) with three half-size products.
        static func karatsuba(_ a: [UInt], _ b: [UInt]) -> [UInt] {
            let half = (a.count + 1) / 2
            let (a0, a1) = split(a, at: half)
            let (b0, b1) = split(b, at: half)
            let z0 = multiply(a0, b0)
            let z2 = multiply(a1, b1)
            let z1 = subtract(subtract(multiply(add(a0, a1), add(b0, b1)), z0), z2)
            var r = [UInt](repeating: 0, count: a.count + b.count + 1)
            addInto(&r, z0, at: 0)
            addInto(&r, z1, at: half)
            addInto(&r, z2, at: 2 * half)
            normalize(&r)
            return r
        }

        /// The low `n` limbs and the rest, each normalised.
        static func split(_ a: [UInt], at n: Int) -> ([UInt], [UInt]) {
            var low = Array(a[0..<Swift.min(n, a.count)])
            normalize(&low)
            let high = n < a.count ? Array(a[n...]) : []
            return (low, high)
        }

        /// a = a·m + c, in place.
        static func multiplyAdd(_ a: inout [UInt], _ m: UInt, _ c: UInt) {
            var carry = c
            for i in 0..<a.count {
                let (hi, lo) = a[i].multipliedFullWidth(by: m)
                let (s, o) = lo.addingReportingOverflow(carry)
                a[i] = s
                carry = hi &+ (o ? 1 : 0)
            }
            if carry != 0 { a.append(carry) }
        }

        // MARK: Division

        /// a = a / d in place (normalised); returns the remainder.
        static func divideSmall(_ a: inout [UInt], _ d: UInt) -> UInt {
            var rem: UInt = 0
            a.withUnsafeMutableBufferPointer { ap in
                var i = ap.count - 1
                while i >= 0 {
                    let (q, r) = d.dividingFullWidth((rem, ap[i]))
                    ap[i] = q
                    rem = r
                    i -= 1
                }
            }
            normalize(&a)
            return rem
        }

        /// Truncating quotient and remainder of magnitudes (b nonzero).
        static func divMod(_ a: [UInt], _ b: [UInt]) -> (q: [UInt], r: [UInt]) {
            precondition(!b.isEmpty, "division by zero")
            if compare(a, b) < 0 { return ([], a) }
            if b.count == 1 {
                var q = a
                let r = divideSmall(&q, b[0])
                return (q, r == 0 ? [] : [r])
            }
            return knuthDivide(a, b)
        }

        /// Knuth's algorithm D (TAOCP 4.3.1) for a ≥ b with b of two or more limbs.
        static func knuthDivide(_ a: [UInt], _ b: [UInt]) -> (q: [UInt], r: [UInt]) {
            // Normalise so the divisor's top bit is set; quotient digit estimates
            // are then off by at most two.
            let s = b[b.count - 1].leadingZeroBitCount
            let v = shiftLeft(b, s)
            var u = shiftLeft(a, s)
            while u.count <= a.count { u.append(0) }
            let n = v.count, m = a.count - n
            var q = [UInt](repeating: 0, count: m + 1)
            u.withUnsafeMutableBufferPointer { up in
                v.withUnsafeBufferPointer { vp in
                    var j = m
                    while j >= 0 {
                        var qhat = estimateQuotientDigit(up, vp, j)
                        if multiplySubtract(up, vp, j, qhat) {
                            qhat -= 1
                            addBack(up, vp, j)
                        }
                        q[j] = qhat
                        j -= 1
                    }
                }
            }
            normalize(&q)
            var r = Array(u[0..<n])
            normalize(&r)
            return (q, shiftRight(r, s))
        }

        /// Steps D3: the estimate of u[j...j+n] / v, at most one too large.
        static func estimateQuotientDigit(_ u: UnsafeMutableBufferPointer<UInt>,
                                          _ v: UnsafeBufferPointer<UInt>, _ j: Int) -> UInt {
            let n = v.count
            let vTop = v[n - 1], vNext = v[n - 2]
            let uTop = u[j + n], uMid = u[j + n - 1], uLow = u[j + n - 2]
            var qhat: UInt, rhat: UInt
            if uTop >= vTop {
                // The true digit is at most B − 1; the remainder uTop·B + uMid − qhat·vTop.
                qhat = UInt.max
                let (sum, overflow) = uMid.addingReportingOverflow(vTop)
                if overflow { return qhat }
                rhat = sum
            } else {
                (qhat, rhat) = vTop.dividingFullWidth((uTop, uMid))
            }
            while true {
                let (ph, pl) = qhat.multipliedFullWidth(by: vNext)
                guard ph > rhat || (ph == rhat && pl > uLow) else { return qhat }
                qhat -= 1
                let (sum, overflow) = rhat.addingReportingOverflow(vTop)
                if overflow { return qhat }
                rhat = sum
            }
        }

        /// Step D4: u[j...j+n] −= qhat·v; true when the result went negative.
        static func multiplySubtract(_ u: UnsafeMutableBufferPointer<UInt>,
                                     _ v: UnsafeBufferPointer<UInt>, _ j: Int, _ qhat: UInt) -> Bool {
            var carry: UInt = 0
            var borrow = false
            for i in 0..<v.count {
                let (ph, pl) = qhat.multipliedFullWidth(by: v[i])
                let (p, o) = pl.addingReportingOverflow(carry)
                carry = ph &+ (o ? 1 : 0)
                let (d1, b1) = u[i + j].subtractingReportingOverflow(p)
                let (d2, b2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
                u[i + j] = d2
                borrow = b1 || b2
            }
            let (d1, b1) = u[j + v.count].subtractingReportingOverflow(carry)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
            u[j + v.count] = d2
            return b1 || b2
        }

        /// Step D6: u[j...j+n] += v, dropping the final carry (it cancels the borrow).
        static func addBack(_ u: UnsafeMutableBufferPointer<UInt>,
                            _ v: UnsafeBufferPointer<UInt>, _ j: Int) {
            var carry = false
            for i in 0..<v.count {
                let (s1, o1) = u[i + j].addingReportingOverflow(v[i])
                let (s2, o2) = s1.addingReportingOverflow(carry ? 1 : 0)
                u[i + j] = s2
                carry = o1 || o2
            }
            u[j + v.count] &+= carry ? 1 : 0
        }

        // MARK: Shifts

        static func shiftLeft(_ a: [UInt], _ n: Int) -> [UInt] {
            if a.isEmpty { return [] }
            let limbShift = n / UInt.bitWidth, bitShift = n % UInt.bitWidth
            var r = [UInt](repeating: 0, count: limbShift)
            r.reserveCapacity(limbShift + a.count + 1)
            if bitShift == 0 {
                r.append(contentsOf: a)
                return r
            }
            var carry: UInt = 0
            for x in a {
                r.append((x &<< bitShift) | carry)
                carry = x &>> (UInt.bitWidth - bitShift)
            }
            if carry != 0 { r.append(carry) }
            return r
        }

        static func shiftRight(_ a: [UInt], _ n: Int) -> [UInt] {
            let limbShift = n / UInt.bitWidth, bitShift = n % UInt.bitWidth
            if limbShift >= a.count { return [] }
            if bitShift == 0 { return Array(a[limbShift...]) }
            var r = [UInt]()
            r.reserveCapacity(a.count - limbShift)
            for i in limbShift..<a.count {
                let high = i + 1 < a.count ? a[i + 1] &<< (UInt.bitWidth - bitShift) : 0
                r.append((a[i] &>> bitShift) | high)
            }
            normalize(&r)
            return r
        }

        /// Whether any of the lowest `n` bits is set (bits a right shift drops).
        static func hasLowBits(_ a: [UInt], _ n: Int) -> Bool {
            let fullLimbs = Swift.min(n / UInt.bitWidth, a.count)
            for i in 0..<fullLimbs where a[i] != 0 { return true }
            let bitShift = n % UInt.bitWidth
            guard bitShift != 0, fullLimbs < a.count else { return false }
            return a[fullLimbs] & ((1 &<< bitShift) - 1) != 0
        }

        // MARK: Two's complement

        /// `count` limbs of the two's complement of ±a, whose (infinite) sign
        /// extension beyond `count` is all ones for negatives.
        static func twosComplement(_ a: [UInt], negative: Bool, count: Int) -> [UInt] {
            var r = a
            r.append(contentsOf: repeatElement(0, count: count - a.count))
            return negative ? negateTwos(r) : r
        }

        /// Two's-complement negation (~x + 1) of a limb array; also maps the limbs of
        /// a negative two's-complement value back to its magnitude, extending the
        /// result by a limb when the negation carries out.
        static func negateTwos(_ a: [UInt]) -> [UInt] {
            var r = a
            var carry = true
            for i in 0..<r.count {
                let (s, o) = (~r[i]).addingReportingOverflow(carry ? 1 : 0)
                r[i] = s
                carry = o
            }
            if carry { r.append(1) }
            return r
        }

        // MARK: Digits

        /// The largest power of `radix` that fits in a limb, and its exponent.
        static func chunk(radix: Int) -> (digits: Int, base: UInt) {
            var base = UInt(radix), digits = 1
            while true {
                let (p, overflow) = base.multipliedReportingOverflow(by: UInt(radix))
                if overflow { return (digits, base) }
                base = p
                digits += 1
            }
        }

        /// The magnitude of digit values (most significant first) in any radix:
        /// a limb's worth of digits at a time, folded in by multiply-add.
        static func fromDigits(_ digits: [UInt8], radix: Int) -> [UInt] {
            let (chunkDigits, chunkBase) = chunk(radix: radix)
            var r = [UInt]()
            var acc: UInt = 0, accDigits = 0, accBase: UInt = 1
            for d in digits {
                acc = acc * UInt(radix) + UInt(d)
                accDigits += 1
                accBase *= UInt(radix)
                if accDigits == chunkDigits {
                    multiplyAdd(&r, chunkBase, acc)
                    acc = 0; accDigits = 0; accBase = 1
                }
            }
            if accDigits > 0 { multiplyAdd(&r, accBase, acc) }
            normalize(&r)
            return r
        }

        /// The magnitude of digit values (most significant first) in radix
        /// 2**bitsPerDigit, placed bit by bit in linear time.
        static func packBits(_ digits: [UInt8], bitsPerDigit: Int) -> [UInt] {
            let totalBits = digits.count * bitsPerDigit
            var r = [UInt](repeating: 0, count: (totalBits + UInt.bitWidth - 1) / UInt.bitWidth)
            var bit = 0
            for d in digits.reversed() {
                let limb = bit / UInt.bitWidth, offset = bit % UInt.bitWidth
                r[limb] |= UInt(d) &<< offset
                if offset + bitsPerDigit > UInt.bitWidth {
                    r[limb + 1] |= UInt(d) &>> (UInt.bitWidth - offset)
                }
                bit += bitsPerDigit
            }
            normalize(&r)
            return r
        }

        /// Digit values of a nonzero magnitude, least significant first.
        static func toDigits(_ a: [UInt], radix: Int) -> [UInt8] {
            let (chunkDigits, chunkBase) = chunk(radix: radix)
            var work = a
            var out = [UInt8]()
            out.reserveCapacity(a.count * UInt.bitWidth / 3 + chunkDigits)
            while !work.isEmpty {
                var rem = divideSmall(&work, chunkBase)
                // Full chunks are zero-padded; the most significant one is not.
                var emitted = 0
                while emitted < chunkDigits && (rem != 0 || !work.isEmpty) {
                    out.append(UInt8(rem % UInt(radix)))
                    rem /= UInt(radix)
                    emitted += 1
                }
            }
            return out
        }

        /// Digit values in radix 2**bitsPerDigit of a nonzero magnitude, least
        /// significant first.
        static func unpackBits(_ a: [UInt], bitsPerDigit: Int) -> [UInt8] {
            let total = bitLength(a)
            let mask: UInt = (1 << bitsPerDigit) - 1
            var out = [UInt8]()
            out.reserveCapacity(total / bitsPerDigit + 1)
            var bit = 0
            while bit < total {
                let limb = bit / UInt.bitWidth, offset = bit % UInt.bitWidth
                var v = a[limb] &>> offset
                if offset + bitsPerDigit > UInt.bitWidth && limb + 1 < a.count {
                    v |= a[limb + 1] &<< (UInt.bitWidth - offset)
                }
                out.append(UInt8(v & mask))
                bit += bitsPerDigit
            }
            return out
        }
    }
}
