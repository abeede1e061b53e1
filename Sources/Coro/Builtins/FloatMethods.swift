#if canImport(Glibc)
import Glibc
#endif

// The methods and attributes of `float`.

enum FloatMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> Double? = { if case .float(let d) = $0 { return d } else { return nil } }
        t.method("is_integer", cast) { _, d, call in
            try call.noArgs()
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        t.method("as_integer_ratio", cast) { _, d, call in
            try call.noArgs()
            let (n, m) = try integerRatio(d)
            return .tuple([.bigint(n), .bigint(m)])
        }
        t.method("conjugate", cast) { _, d, call in
            try call.noArgs()
            return .float(d)
        }
        t.method("__float__", cast) { _, d, call in
            try call.noArgs()
            return .float(d)
        }
        for (name, rule) in [("__int__", FloatingPointRoundingRule.towardZero), ("__trunc__", .towardZero),
                             ("__floor__", .down), ("__ceil__", .up)] {
            t.method(name, cast) { _, d, call in
                try call.noArgs()
                return try integer(d.rounded(rule))
            }
        }
        t.method("__round__", cast) { vm, d, call in
            let a = try call.positional(0, 1)
            return try vm.builtinRound(.float(d), ndigits: a.first.flatMap { $0.isNone ? nil : $0 })
        }
        t.attribute("real") { _, v in v }
        t.attribute("imag") { _, _ in .float(0) }
        installOperators(t, cast)
    }

    private static func installOperators(_ t: PyType, _ cast: @escaping (Value) -> Double?) {
        let isFloat: (Value) -> Bool = { cast($0) != nil }
        SpecialMethods.installComparisons(t, receiver: isFloat, accepts: isNumber)
        SpecialMethods.installHash(t, cast: isFloat)
        SpecialMethods.installBool(t, cast: isFloat)
        SpecialMethods.installArithmetic(t, [.add, .sub, .mul, .div, .floorDiv, .mod, .pow], receiver: isFloat, accepts: isNumber)
        for (name, op) in [("__neg__", 0), ("__pos__", 1)] {
            t.method(name, cast) { vm, d, call in
                try call.noArgs()
                return try vm.unaryOp(op, .float(d))
            }
        }
        t.method("__abs__", cast) { _, d, call in
            try call.noArgs()
            return .float(Swift.abs(d))
        }
        t.method("__format__", cast) { vm, d, call in
            let spec = try vm.stringArgument(try call.one()) { "__format__() argument must be str, not \($0)" }
            return .str(try vm.format(.float(d), spec: spec.value))
        }
    }

    /// Floats accept ints in arithmetic and comparisons.
    static func isNumber(_ v: Value) -> Bool {
        if case .float = v { return true }
        return IntMethods.isInt(v)
    }

    /// An integral double as an int, with CPython's errors for inf and nan.
    static func integer(_ d: Double) throws -> Value {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        guard let b = BigInt(truncating: d) else { throw overflowError("cannot convert float infinity to integer") }
        return .bigint(b)
    }

    /// CPython's `float_as_integer_ratio`: the exact fraction in lowest terms.
    static func integerRatio(_ d: Double) throws -> (BigInt, BigInt) {
        if d.isInfinite { throw overflowError("cannot convert Infinity to integer ratio") }
        if d.isNaN { throw valueError("cannot convert NaN to integer ratio") }
        var exponent: Int32 = 0
        var part = frexp(d, &exponent)
        var e = Int(exponent)
        var i = 0
        while i < 300 && part != part.rounded(.down) {
            part *= 2
            e -= 1
            i += 1
        }
        let numerator = BigInt(truncating: part) ?? BigInt(0)
        if e > 0 { return (numerator.shiftedLeft(e), BigInt(1)) }
        return (numerator, BigInt(1).shiftedLeft(-e))
    }
}
