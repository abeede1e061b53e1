import Glibc

// CPython 3.11's hash functions for the types whose hash does not depend on
// per-process randomisation: int, bool, float, tuple, frozenset. Sets iterate
// in table order, and table order follows from these values, so they must be
// bit-for-bit CPython's (Python/pyhash.c, Objects/longobject.c,
// Objects/tupleobject.c, Objects/setobject.c).

// MARK: - Constants

/// `_PyHASH_BITS`: numeric hashes are reduced modulo the Mersenne prime 2**61 − 1.
let pythonHashBits = 61

/// `_PyHASH_MODULUS` = 2**61 − 1.
let pythonHashModulus: UInt64 = (1 << 61) - 1

/// `_PyHASH_INF`: hash(float('inf')); hash(-inf) is its negation.
let pythonHashInf = 314_159

// MARK: - int and bool

/// hash(x) for a machine integer: sign × (|x| mod 2**61−1), with −1 → −2.
/// Bools hash as the ints 0 and 1.
func pythonHash(int value: Int) -> Int {
    let reduced = Int(value.magnitude % UInt(pythonHashModulus))
    return fixMinusOne(value < 0 ? -reduced : reduced)
}

/// hash(x) for an arbitrary-precision integer given as its magnitude in
/// 64-bit words, least significant first, plus a sign.
func pythonHash(magnitudeWords words: [UInt], negative: Bool) -> Int {
    // 2**64 ≡ 2**3 (mod 2**61−1), so shifting in a word is a 61-bit rotation by 3
    // followed by adding the word reduced modulo the prime.
    var acc: UInt64 = 0
    for word in words.reversed() {
        acc = rotate61(acc, by: 64 % pythonHashBits)
        acc = addMod61(acc, UInt64(word) % pythonHashModulus)
    }
    let reduced = Int(acc)
    return fixMinusOne(negative ? -reduced : reduced)
}

// MARK: - float

/// `_Py_HashDouble`: integral floats hash like the equal int, inf → 314159,
/// −inf → −314159. CPython 3.11 hashes a nan by object identity
/// (`_Py_HashPointer`), so the caller passes the object's identity number.
func pythonHash(double value: Double, identity: Int) -> Int {
    if value.isNaN { return pythonHashPointer(identity) }
    if value.isInfinite { return value > 0 ? pythonHashInf : -pythonHashInf }
    var exponent: Int32 = 0
    var mantissa = frexp(value, &exponent)
    var sign: UInt64 = 1
    if mantissa < 0 {
        sign = UInt64.max  // −1 in unsigned arithmetic, as CPython's `x * sign`
        mantissa = -mantissa
    }
    var e = Int(exponent)
    var x: UInt64 = 0
    // Take 28 bits of the mantissa at a time, as CPython does.
    while mantissa != 0 {
        x = ((x << 28) & pythonHashModulus) | (x >> UInt64(pythonHashBits - 28))
        mantissa *= 268_435_456.0  // 2**28
        e -= 28
        let chunk = UInt64(mantissa)
        mantissa -= Double(chunk)
        x += chunk
        if x >= pythonHashModulus { x -= pythonHashModulus }
    }
    // Reduce the exponent modulo 61; a negative exponent rotates the other way.
    e = e >= 0 ? e % pythonHashBits : pythonHashBits - 1 - ((-1 - e) % pythonHashBits)
    x = rotate61(x, by: e)
    x = x &* sign
    return fixMinusOne(Int(bitPattern: UInt(x)))
}

/// `_Py_HashPointer`: the pointer rotated right by 4 bits, with −1 → −2.
func pythonHashPointer(_ identity: Int) -> Int {
    let bits = UInt(bitPattern: identity)
    let rotated = (bits >> 4) | (bits << UInt(UInt.bitWidth - 4))
    return fixMinusOne(Int(bitPattern: rotated))
}

// MARK: - tuple

/// `_PyHASH_XXPRIME_1` of the xxHash-based tuple hash (3.8+).
private let xxPrime1: UInt64 = 11_400_714_785_074_694_791
/// `_PyHASH_XXPRIME_2`.
private let xxPrime2: UInt64 = 14_029_467_366_897_019_727
/// `_PyHASH_XXPRIME_5`.
private let xxPrime5: UInt64 = 2_870_177_450_012_600_261

/// `tuplehash`: combines the item hashes (each already computed, never −1).
func pythonTupleHash(_ itemHashes: [Int]) -> Int {
    var acc = xxPrime5
    for itemHash in itemHashes {
        let lane = UInt64(bitPattern: Int64(itemHash))
        acc = acc &+ lane &* xxPrime2
        acc = (acc << 31) | (acc >> 33)
        acc = acc &* xxPrime1
    }
    // The length is mixed in so that hash(()) keeps its historical value.
    acc = acc &+ (UInt64(itemHashes.count) ^ (xxPrime5 ^ 3_527_539))
    if acc == UInt64.max { return 1_546_275_796 }
    return Int(Int64(bitPattern: acc))
}

// MARK: - frozenset

/// `frozenset_hash`: order-independent; equal to CPython's table-walking
/// version because its null and dummy corrections cancel out.
func pythonFrozenSetHash(_ itemHashes: [Int]) -> Int {
    var hash: UInt64 = 0
    for itemHash in itemHashes {
        hash ^= shuffleBits(UInt64(bitPattern: Int64(itemHash)))
    }
    hash ^= (UInt64(itemHashes.count) &+ 1) &* 1_927_868_237
    hash ^= (hash >> 11) ^ (hash >> 25)
    hash = hash &* 69069 &+ 907_133_923
    if hash == UInt64.max { return 590_923_713 }
    return Int(Int64(bitPattern: hash))
}

/// `_shuffle_bits`: spreads nearby hashes before they are xor-ed together.
private func shuffleBits(_ h: UInt64) -> UInt64 {
    ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167
}

// MARK: - Helpers

/// CPython reserves −1 as the error return of every hash function.
@inline(__always)
private func fixMinusOne(_ hash: Int) -> Int {
    hash == -1 ? -2 : hash
}

/// Multiplies by 2**k modulo 2**61−1, which is a rotation of the 61-bit value.
@inline(__always)
private func rotate61(_ x: UInt64, by k: Int) -> UInt64 {
    if k == 0 { return x }
    return ((x << UInt64(k)) & pythonHashModulus) | (x >> UInt64(pythonHashBits - k))
}

/// (a + b) mod 2**61−1 for a, b already reduced.
@inline(__always)
private func addMod61(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let sum = a + b
    return sum >= pythonHashModulus ? sum - pythonHashModulus : sum
}
