// The methods and attributes of `int` (and `bool`, which inherits them).

enum IntMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> Value? = { isInt($0) ? $0 : nil }
        t.method("bit_length", cast) { _, v, call in
            try call.noArgs()
            return .int(magnitude(v).bitLength)
        }
        t.method("bit_count", cast) { _, v, call in
            try call.noArgs()
            return .int(magnitude(v).toString(radix: 2, uppercase: false).utf8.filter { $0 == 0x31 }.count)
        }
        t.method("as_integer_ratio", cast) { _, v, call in
            try call.noArgs()
            return .tuple([plainInt(v), .int(1)])
        }
        for name in ["conjugate", "__index__", "__int__", "__trunc__", "__floor__", "__ceil__"] {
            t.method(name, cast) { _, v, call in
                try call.noArgs()
                return plainInt(v)
            }
        }
        t.method("__float__", cast) { vm, v, call in
            try call.noArgs()
            guard let n = Numeric(v) else { return notImplemented }
            return .float(try vm.toDouble(n))
        }
        t.method("__round__", cast) { vm, v, call in
            let a = try call.positional(0, 1)
            return try vm.builtinRound(v, ndigits: a.first.flatMap { $0.isNone ? nil : $0 })
        }
        t.attribute("real") { _, v in plainInt(v) }
        t.attribute("imag") { _, _ in .int(0) }
        t.attribute("numerator") { _, v in plainInt(v) }
        t.attribute("denominator") { _, _ in .int(1) }
        installOperators(t, cast)
    }

    private static func installOperators(_ t: PyType, _ cast: @escaping (Value) -> Value?) {
        SpecialMethods.installComparisons(t, accepts: isInt)
        SpecialMethods.installHash(t, cast: isInt)
        SpecialMethods.installBool(t, cast: isInt)
        SpecialMethods.installArithmetic(t, [.add, .sub, .mul, .div, .floorDiv, .mod, .pow, .lshift, .rshift, .bitAnd, .bitOr, .bitXor], accepts: isInt)
        for (name, op) in [("__neg__", 0), ("__pos__", 1), ("__invert__", 3)] {
            t.method(name, cast) { vm, v, call in
                try call.noArgs()
                return try vm.unaryOp(op, plainInt(v))
            }
        }
        t.method("__abs__", cast) { vm, v, call in
            try call.noArgs()
            return try vm.absolute(v)
        }
        t.method("__divmod__", cast) { vm, v, call in
            let other = try call.one()
            guard isInt(other) else { return notImplemented }
            return .tuple([try vm.binaryOp(.floorDiv, v, other), try vm.binaryOp(.mod, v, other)])
        }
        t.method("__format__", cast) { vm, v, call in
            let spec = try vm.stringArgument(try call.one()) { "__format__() argument must be str, not \($0)" }
            return .str(try vm.format(v, spec: spec.value))
        }
    }

    /// An int or bool (or big int).
    static func isInt(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        case .object(let o): return o is PyBigInt
        default: return false
        }
    }

    /// The value as an `int` (bools become 0 or 1).
    static func plainInt(_ v: Value) -> Value {
        if case .bool(let b) = v { return .int(b ? 1 : 0) }
        return v
    }

    /// |v| as a big integer.
    static func magnitude(_ v: Value) -> BigInt {
        switch v {
        case .int(let i): return BigInt.abs(BigInt(i))
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let o): return BigInt.abs((o as? PyBigInt)?.value ?? BigInt(0))
        default: return BigInt(0)
        }
    }
}

/// `bool` adds nothing to `int`'s methods: `True & True` and friends are
/// operators, which the VM handles.
enum BoolMethods {
    static func install(_ t: PyType) {}
}
