#if canImport(Glibc)
import Glibc
#endif

extension BinaryOp: CaseIterable {
    public static let allCases: [BinaryOp] = [.add, .sub, .mul, .div, .floorDiv, .mod, .pow, .lshift, .rshift, .bitAnd, .bitOr, .bitXor, .matMul]

    /// Operand of `binaryOp`/`inplaceOp`.
    var index: Int { BinaryOp.allCases.firstIndex(of: self) ?? 0 }

    /// Special method names: (forward, reflected, in-place).
    var dunders: (String, String, String) {
        switch self {
        case .add: return ("__add__", "__radd__", "__iadd__")
        case .sub: return ("__sub__", "__rsub__", "__isub__")
        case .mul: return ("__mul__", "__rmul__", "__imul__")
        case .div: return ("__truediv__", "__rtruediv__", "__itruediv__")
        case .floorDiv: return ("__floordiv__", "__rfloordiv__", "__ifloordiv__")
        case .mod: return ("__mod__", "__rmod__", "__imod__")
        case .pow: return ("__pow__", "__rpow__", "__ipow__")
        case .lshift: return ("__lshift__", "__rlshift__", "__ilshift__")
        case .rshift: return ("__rshift__", "__rrshift__", "__irshift__")
        case .bitAnd: return ("__and__", "__rand__", "__iand__")
        case .bitOr: return ("__or__", "__ror__", "__ior__")
        case .bitXor: return ("__xor__", "__rxor__", "__ixor__")
        case .matMul: return ("__matmul__", "__rmatmul__", "__imatmul__")
        }
    }
}

/// A number as the arithmetic sees it.
enum Numeric {
    case int(Int)
    case big(BigInt)
    case float(Double)

    init?(_ v: Value) {
        switch v {
        case .int(let i): self = .int(i)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d): self = .float(d)
        case .object(let o):
            guard let b = o as? PyBigInt else { return nil }
            self = .big(b.value)
        case .none: return nil
        }
    }

    /// The value as a float, for constant folding (nil when too large).
    var double: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .big(let b): return b.toDouble()
        case .float(let d): return d
        }
    }

    var big: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float: return nil
        }
    }
}

extension VM {
    // MARK: - Binary operators

    /// `a op b` (or `a op= b`), following CPython's dispatch: built-in numbers and
    /// sequences, then the operands' special methods with their reflected forms.
    public func binaryOp(_ op: BinaryOp, _ a: Value, _ b: Value, inplace: Bool = false) throws -> Value {
        if let x = Numeric(a), let y = Numeric(b) {
            // bool & | ^ bool stays a bool.
            if case .bool(let p) = a, case .bool(let q) = b {
                switch op {
                case .bitAnd: return .bool(p && q)
                case .bitOr: return .bool(p || q)
                case .bitXor: return .bool(p != q)
                default: break
                }
            }
            let r = try numericOp(op, x, y)
            // A float operand of a bitwise operator: no method applies.
            if r.isIdentical(to: notImplemented) { throw binaryTypeError(op, a, b, inplace: inplace) }
            return r
        }
        if inplace {
            if case .object(let o) = a, let l = o as? PyList {
                if op == .add { l.items.append(contentsOf: try iterateToArray(b)); return a }
                if op == .mul, let n = Numeric(b), case .int(let k) = n {
                    try requireBuildable(l.items.count, times: k)
                    l.items = repeated(l.items, k)
                    return a
                }
            }
            if case .object(let o) = a, let s = o as? PySet, !s.isFrozen, case .object(let bo) = b, let t = bo as? PySet {
                if let r = try setOperation(op, s, t, inPlace: true) { return r }
            }
            if case .object(let o) = a, let d = o as? PyDict, op == .bitOr {
                try dictUpdate(d, from: b)  // `d |= x` is `d.update(x)`: pairs too
                return a
            }
            if let m = a.type.lookupUser(op.dunders.2) {
                let r = try call(m, [a, b])
                if !r.isIdentical(to: notImplemented) { return r }
            }
        }
        if let r = try sequenceOp(op, a, b) { return r }
        let ta = a.type, tb = b.type
        let subclassFirst = ta !== tb && tb.isSubtype(of: ta) && tb.lookupUser(op.dunders.1) != nil
        if !subclassFirst, let m = ta.lookupUser(op.dunders.0) {
            let r = try call(m, [a, b])
            if !r.isIdentical(to: notImplemented) { return r }
        }
        if ta !== tb || subclassFirst, let m = tb.lookupUser(op.dunders.1) {
            let r = try call(m, [b, a])
            if !r.isIdentical(to: notImplemented) { return r }
        }
        if subclassFirst, let m = ta.lookupUser(op.dunders.0) {
            let r = try call(m, [a, b])
            if !r.isIdentical(to: notImplemented) { return r }
        }
        throw binaryTypeError(op, a, b, inplace: inplace)
    }

    func binaryTypeError(_ op: BinaryOp, _ a: Value, _ b: Value, inplace: Bool) -> PyBaseException {
        let ta = a.type.name, tb = b.type.name
        if op == .add, a.type === b.type || a.object is PyStr || a.object is PyList || a.object is PyTuple {
            if a.object is PyStr { return typeError("can only concatenate str (not \"\(tb)\") to str") }
            if a.object is PyList { return typeError("can only concatenate list (not \"\(tb)\") to list") }
            if a.object is PyTuple { return typeError("can only concatenate tuple (not \"\(tb)\") to tuple") }
        }
        if op == .pow {
            return typeError("unsupported operand type(s) for \(inplace ? "**=" : "** or pow()"): '\(ta)' and '\(tb)'")
        }
        if op == .mul, a.object is PyStr || a.object is PyList || a.object is PyTuple || b.object is PyStr || b.object is PyList || b.object is PyTuple {
            let other = a.object is PyStr || a.object is PyList || a.object is PyTuple ? tb : ta
            return typeError("can't multiply sequence by non-int of type '\(other)'")
        }
        return typeError("unsupported operand type(s) for \(op.rawValue)\(inplace ? "=" : ""): '\(ta)' and '\(tb)'")
    }

    /// str/list/tuple concatenation and repetition, `%` formatting, set and dict operators.
    private func sequenceOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        if a.object is PyDictView || b.object is PyDictView, let r = try dictViewOperation(op, a, b) { return r }
        guard case .object(let x) = a else {
            if op == .mul, case .object = b, let n = Numeric(a), case .int = n { return try sequenceOp(.mul, b, a) }
            return nil
        }
        switch (op, x) {
        case (.add, let s as PyStr):
            guard case .object(let y) = b, let t = y as? PyStr else { return nil }
            return .str(s.value + t.value)
        case (.add, let l as PyList):
            guard case .object(let y) = b, let m = y as? PyList else { return nil }
            return .list(l.items + m.items)
        case (.add, let l as PyTuple):
            guard case .object(let y) = b, let m = y as? PyTuple else { return nil }
            return .tuple(l.items + m.items)
        case (.mul, _):
            guard let n = Numeric(b) else { return nil }
            let count: Int
            switch n {
            case .int(let i): count = max(i, 0)
            case .big(let bg): if bg.isNegative { count = 0 } else { throw overflowError("cannot fit 'int' into an index-sized integer") }
            case .float: return nil
            }
            switch x {
            case let s as PyStr:
                if count > 0 && s.length > Int.max / count { throw overflowError("repeated string is too long") }
                try requireBuildable(s.value.utf8.count, times: count)
                return .str(s.value.isEmpty ? "" : String(repeating: s.value, count: count))
            case let l as PyList:
                try requireBuildable(l.items.count, times: count)
                return .list(repeated(l.items, count))
            case let t as PyTuple:
                try requireBuildable(t.items.count, times: count)
                return .tuple(repeated(t.items, count))
            default: return nil
            }
        case (.mod, let s as PyStr):
            return .str(try percentFormat(s.value, b))
        case (_, let s as PySet):
            guard case .object(let y) = b, let t = y as? PySet else { return nil }
            return try setOperation(op, s, t, inPlace: false)
        case (.bitOr, let d as PyDict):
            guard case .object(let y) = b, y is PyDict else { return nil }
            let r = PyDict()
            try dictMergeInto(r, .object(d), forCall: false, callee: .none)
            try dictMergeInto(r, b, forCall: false, callee: .none)
            return .object(r)
        default:
            return nil
        }
    }

    /// `items * n`; empty at once for no items (`[] * 2**62` must not loop).
    private func repeated(_ items: [Value], _ n: Int) -> [Value] {
        if items.isEmpty || n <= 0 { return [] }
        var out: [Value] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    // MARK: - Numbers

    func numericOp(_ op: BinaryOp, _ x: Numeric, _ y: Numeric) throws -> Value {
        if case .float = x { return try floatOp(op, x, y) }
        if case .float = y { return try floatOp(op, x, y) }
        if case .int(let a) = x, case .int(let b) = y, let r = try smallIntOp(op, a, b) { return r }
        guard let a = x.big, let b = y.big else { return notImplemented }
        return try bigIntOp(op, a, b)
    }

    /// Machine-int arithmetic; nil when the result needs a big int.
    private func smallIntOp(_ op: BinaryOp, _ a: Int, _ b: Int) throws -> Value? {
        switch op {
        case .add:
            let (r, o) = a.addingReportingOverflow(b)
            return o ? nil : .int(r)
        case .sub:
            let (r, o) = a.subtractingReportingOverflow(b)
            return o ? nil : .int(r)
        case .mul:
            let (r, o) = a.multipliedReportingOverflow(by: b)
            return o ? nil : .int(r)
        case .floorDiv:
            if b == 0 { throw zeroDivision("integer division or modulo by zero") }
            if a == Int.min && b == -1 { return nil }
            var q = a / b
            if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if b == 0 { throw zeroDivision("integer modulo by zero") }
            if b == -1 { return .int(0) }
            var r = a % b
            if r != 0 && ((r < 0) != (b < 0)) { r += b }
            return .int(r)
        case .div:
            if b == 0 { throw zeroDivision("division by zero") }
            if a.magnitude <= 1 << 53 && b.magnitude <= 1 << 53 { return .float(Double(a) / Double(b)) }
            return nil
        case .pow:
            if b < 0 {
                if a == 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(pow(Double(a), Double(b)))
            }
            var result = 1, base = a, e = b
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { return nil }
                    result = r
                }
                e >>= 1
                if e > 0 {
                    let (sq, o) = base.multipliedReportingOverflow(by: base)
                    if o { return nil }
                    base = sq
                }
            }
            return .int(result)
        case .lshift:
            if b < 0 { throw valueError("negative shift count") }
            if a == 0 { return .int(0) }
            if b >= 63 { return nil }
            let r = a << b
            return r >> b == a ? .int(r) : nil
        case .rshift:
            if b < 0 { throw valueError("negative shift count") }
            return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .matMul: return notImplemented
        }
    }

    private func bigIntOp(_ op: BinaryOp, _ a: BigInt, _ b: BigInt) throws -> Value {
        switch op {
        case .add: return .bigint(a + b)
        case .sub: return .bigint(a - b)
        case .mul: return .bigint(a * b)
        case .floorDiv, .mod:
            guard let (q, r) = a.floorDivMod(b) else {
                throw zeroDivision(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            return .bigint(op == .floorDiv ? q : r)
        case .div:
            if b.isZero { throw zeroDivision("division by zero") }
            guard let d = BigInt.trueDivide(a, b) else { throw overflowError("integer division result too large for a float") }
            return .float(d)
        case .pow:
            if b.isNegative {
                if a.isZero { throw zeroDivision("0.0 cannot be raised to a negative power") }
                guard let x = a.toDouble(), let y = b.toDouble() else { throw overflowError("int too large to convert to float") }
                return .float(pow(x, y))
            }
            guard let e = b.asInt else {
                if a.isZero || a == BigInt(1) { return .bigint(a) }
                if a == BigInt(-1) { return .int(b.isOdd ? -1 : 1) }
                throw pyError(BuiltinTypes.memoryError, "")
            }
            // A result of more than `maxPowerBits` bits would take minutes to compute
            // (CPython grinds on until it runs out of memory): MemoryError instead.
            // Powers of two are shifts and cost nothing.
            if a.bitLength > 1 {
                let (bits, overflow) = a.bitLength.multipliedReportingOverflow(by: e)
                let limit = a.isPowerOfTwoMagnitude ? BigInt.maxShiftBits : BigInt.maxPowerBits
                if overflow || bits > limit { throw pyError(BuiltinTypes.memoryError, "") }
            }
            return .bigint(a.power(e))
        case .lshift:
            if b.isNegative { throw valueError("negative shift count") }
            guard let n = b.asInt else {
                if a.isZero { return .int(0) }
                throw overflowError("too many digits in integer")
            }
            // CPython tries to allocate the result and fails with MemoryError.
            if a.bitLength > BigInt.maxShiftBits - n { throw pyError(BuiltinTypes.memoryError, "") }
            return .bigint(a.shiftedLeft(n))
        case .rshift:
            if b.isNegative { throw valueError("negative shift count") }
            guard let n = b.asInt else { return .int(a.isNegative ? -1 : 0) }
            return .bigint(a.shiftedRight(n))
        case .bitAnd: return .bigint(a & b)
        case .bitOr: return .bigint(a | b)
        case .bitXor: return .bigint(a ^ b)
        case .matMul: return notImplemented
        }
    }

    func toDouble(_ n: Numeric) throws -> Double {
        switch n {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .big(let b):
            guard let d = b.toDouble() else { throw overflowError("int too large to convert to float") }
            return d
        }
    }

    private func floatOp(_ op: BinaryOp, _ x: Numeric, _ y: Numeric) throws -> Value {
        let a = try toDouble(x), b = try toDouble(y)
        switch op {
        case .add: return .float(a + b)
        case .sub: return .float(a - b)
        case .mul: return .float(a * b)
        case .div:
            if b == 0 { throw zeroDivision("float division by zero") }
            return .float(a / b)
        case .floorDiv:
            if b == 0 { throw zeroDivision("float floor division by zero") }
            return .float(floatDivmod(a, b).0)
        case .mod:
            if b == 0 { throw zeroDivision("float modulo") }
            return .float(floatDivmod(a, b).1)
        case .pow:
            return .float(try floatPow(a, b))
        default:
            return notImplemented
        }
    }

    /// CPython's `float_divmod`.
    func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    /// CPython's `float_pow` error cases.
    func floatPow(_ a: Double, _ b: Double) throws -> Double {
        if b == 0 { return 1.0 }
        if a == 0 && b < 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
        if a < 0 && b != b.rounded() && b.isFinite {
            throw valueError("math domain error")
        }
        let r = pow(a, b)
        if r.isInfinite && a.isFinite && b.isFinite { throw overflowError("(34, 'Numerical result out of range')") }
        return r
    }

    // MARK: - Unary operators

    func unaryOp(_ op: Int, _ v: Value) throws -> Value {
        switch op {
        case 2: return .bool(!(try truthy(v)))
        default: break
        }
        if let n = Numeric(v) {
            switch (op, n) {
            case (0, .int(let i)): return i == Int.min ? .bigint(-BigInt(i)) : .int(-i)
            case (0, .big(let b)): return .bigint(-b)
            case (0, .float(let d)): return .float(-d)
            case (1, .int(let i)): return .int(i)
            case (1, _): return v.object is PyBigInt || { if case .float = v { return true } else { return false } }() ? v : .int(0)
            case (3, .int(let i)): return .int(~i)
            case (3, .big(let b)): return .bigint(~b)
            default: break
            }
        }
        let names = ["__neg__", "__pos__", "__not__", "__invert__"]
        if let m = v.type.lookupUser(names[op]) { return try call(m, [v]) }
        let sym = ["-", "+", "not ", "~"][op]
        throw typeError("bad operand type for unary \(sym): '\(v.type.name)'")
    }
}
