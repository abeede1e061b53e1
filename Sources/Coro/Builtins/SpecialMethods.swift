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
    static func installComparisons(_ t: PyType, equalityOnly: Bool = false, receiver: ((Value) -> Bool)? = nil,
                                   accepts: @escaping (Value) -> Bool) {
        let isReceiver = receiver ?? accepts
        for (name, op) in comparisons where !equalityOnly || op < 2 {
            t.method(name, { isReceiver($0) ? $0 : nil }) { vm, me, call in
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

    /// `__add__`, `__mul__`, `__rmul__` of a sequence: they raise rather than
    /// return NotImplemented (`[].__add__(())` is a TypeError), and repetition
    /// takes any index (`"a".__mul__("b")`: "'str' object cannot be interpreted
    /// as an integer").
    static func installSequenceOperators(_ t: PyType, cast: @escaping (Value) -> Bool) {
        let check: (Value) -> Value? = { cast($0) ? $0 : nil }
        t.method("__add__", check) { vm, me, call in
            try vm.binaryOp(.add, me, try call.one())
        }
        for name in ["__mul__", "__rmul__"] {
            t.method(name, check) { vm, me, call in
                let n: Int
                do {
                    n = try vm.indexArgument(try call.one())
                } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.overflowError) {
                    throw overflowError("cannot fit 'int' into an index-sized integer")
                }
                return try vm.binaryOp(.mul, me, .int(n))
            }
        }
    }

    /// Arithmetic dunders and their reflected forms: the operation when
    /// `accepts(other)`, else NotImplemented (`(1).__add__(1.0)`).
    static func installArithmetic(_ t: PyType, _ ops: [BinaryOp], receiver: ((Value) -> Bool)? = nil,
                                  accepts: @escaping (Value) -> Bool) {
        let isReceiver = receiver ?? accepts
        for op in ops {
            let (forward, reflected, _) = op.dunders
            t.method(forward, { isReceiver($0) ? $0 : nil }) { vm, me, call in
                let other = try call.one()
                guard accepts(other) else { return notImplemented }
                return try vm.binaryOp(op, me, other)
            }
            t.method(reflected, { isReceiver($0) ? $0 : nil }) { vm, me, call in
                let other = try call.one()
                guard accepts(other) else { return notImplemented }
                return try vm.binaryOp(op, other, me)
            }
        }
    }

    /// The iterator protocol of a built-in iterator type: `__iter__` returns the
    /// iterator, `__next__` its next item or StopIteration when `next` gives nil.
    static func installIterator<T: PyObject>(_ t: PyType, _ cast: @escaping (Value) -> T?,
                                             next: @escaping (VM, T) throws -> Value?) {
        t.method("__iter__", cast) { _, it, call in
            try call.noArgs()
            return .object(it)
        }
        t.method("__next__", cast) { vm, it, call in
            try call.noArgs()
            if let v = try next(vm, it) { return v }
            throw PyBaseException(BuiltinTypes.stopIteration, args: [])
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
