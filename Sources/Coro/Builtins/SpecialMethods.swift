// Special methods of built-in types as Python code sees them when it calls them
// directly (`str.__len__("ab")`, `(5).__add__(3)`). The VM never looks these up
// for built-in values — its protocol functions handle them inline — so each one
// just forwards to that protocol function.

enum SpecialMethods {
    /// Comparison dunders and their operand index for `VM.richCompare`.
    static let comparisons: [(String, Int)] = [
        ("__eq__", 0), ("__ne__", 1), ("__lt__", 2), ("__le__", 3), ("__gt__", 4), ("__ge__", 5),
    ]

    /// `__eq__` … `__ge__`: the comparison when `accepts(other)`, else
    /// NotImplemented (as CPython's slot wrappers return for foreign types).
    static func installComparisons(_ t: PyType, equalityOnly: Bool = false, accepts: @escaping (Value) -> Bool) {
        for (name, op) in comparisons where !equalityOnly || op < 2 {
            t.method(name, { accepts($0) ? $0 : nil }) { vm, me, call in
                let other = try call.one()
                guard accepts(other) else { return notImplemented }
                return try vm.richCompare(me, other, op)
            }
        }
    }

    /// `__hash__`.
    static func installHash(_ t: PyType, cast: @escaping (Value) -> Bool) {
        t.method("__hash__", { cast($0) ? $0 : nil }) { vm, me, call in
            try call.noArgs()
            return .int(try vm.hash(me))
        }
    }

    /// `__len__`, `__iter__`, `__contains__`, `__getitem__` through the VM.
    static func installContainer(_ t: PyType, cast: @escaping (Value) -> Bool, subscriptable: Bool = true, membership: Bool = true) {
        let check: (Value) -> Value? = { cast($0) ? $0 : nil }
        t.method("__len__", check) { vm, me, call in
            try call.noArgs()
            return .int(try vm.length(me))
        }
        t.method("__iter__", check) { vm, me, call in
            try call.noArgs()
            return try vm.getIter(me)
        }
        if membership {
            t.method("__contains__", check) { vm, me, call in
                .bool(try vm.contains(me, try call.one()))
            }
        }
        if subscriptable {
            t.method("__getitem__", check) { vm, me, call in
                try vm.getItem(me, try call.one())
            }
        }
    }

    /// Binary operator dunders that raise like the operator itself (sequence
    /// concatenation and repetition: `[].__add__(())` is a TypeError).
    static func installOperators(_ t: PyType, _ ops: [(String, BinaryOp)], cast: @escaping (Value) -> Bool) {
        let check: (Value) -> Value? = { cast($0) ? $0 : nil }
        for (name, op) in ops {
            t.method(name, check) { vm, me, call in
                try vm.binaryOp(op, me, try call.one())
            }
        }
    }

    /// Arithmetic dunders and their reflected forms: the operation when
    /// `accepts(other)`, else NotImplemented (`(1).__add__(1.0)`).
    static func installArithmetic(_ t: PyType, _ ops: [BinaryOp], accepts: @escaping (Value) -> Bool) {
        for op in ops {
            let (forward, reflected, _) = op.dunders
            t.method(forward, { accepts($0) ? $0 : nil }) { vm, me, call in
                let other = try call.one()
                guard accepts(other) else { return notImplemented }
                return try vm.binaryOp(op, me, other)
            }
            t.method(reflected, { accepts($0) ? $0 : nil }) { vm, me, call in
                let other = try call.one()
                guard accepts(other) else { return notImplemented }
                return try vm.binaryOp(op, other, me)
            }
        }
    }

    /// `__bool__`.
    static func installBool(_ t: PyType, cast: @escaping (Value) -> Bool) {
        t.method("__bool__", { cast($0) ? $0 : nil }) { vm, me, call in
            try call.noArgs()
            return .bool(try vm.truthy(me))
        }
    }
}
