// The methods of `set` and `frozenset`. Each follows the CPython 3.11 function
// of the same name in Objects/setobject.c — set operands go through the table
// operations of `PySet`, dicts and other iterables element by element — so the
// resulting tables, and therefore iteration orders, are CPython's.

enum SetMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PySet? = { v in (v.object as? PySet).flatMap { $0.isFrozen ? nil : $0 } }
        installCommon(t, cast)
        installMutators(t, cast)
        t.unhashable()
        t.method("copy", cast) { _, s, call in
            try call.noArgs()
            return .object(s.copy(frozen: false))
        }
    }

    static func installFrozen(_ t: PyType) {
        let cast: (Value) -> PySet? = { v in (v.object as? PySet).flatMap { $0.isFrozen ? $0 : nil } }
        installCommon(t, cast)
        SpecialMethods.installHash(t, cast: { cast($0) != nil })
        t.method("copy", cast) { _, s, call in
            try call.noArgs()
            return .object(s)
        }
    }

    static func isSet(_ v: Value) -> Bool { v.object is PySet }

    // MARK: - set and frozenset

    private static func installCommon(_ t: PyType, _ cast: @escaping (Value) -> PySet?) {
        t.method("union", cast) { vm, s, call in
            let result = s.copy(frozen: s.isFrozen)
            for other in try call.varargs() where other.object !== s {
                try vm.setUpdate(result, with: other)
            }
            return .object(result)
        }
        t.method("intersection", cast) { vm, s, call in
            var result = s
            let others = try call.varargs()
            if others.isEmpty { return .object(s.copy(frozen: s.isFrozen)) }
            for other in others { result = try vm.setIntersection(result, other) }
            return .object(result)
        }
        t.method("difference", cast) { vm, s, call in
            let others = try call.varargs()
            guard let first = others.first else { return .object(s.copy(frozen: s.isFrozen)) }
            let result = try vm.setDifference(s, first)
            for other in others.dropFirst() { try vm.setDifferenceUpdate(result, other) }
            return .object(result)
        }
        t.method("symmetric_difference", cast) { vm, s, call in
            let result = try vm.newSet(from: try call.one(), frozen: s.isFrozen)
            try vm.setSymmetricDifferenceUpdate(result, .object(s))
            return .object(result)
        }
        t.method("issubset", cast) { vm, s, call in .bool(try vm.setIsSubset(s, try call.one())) }
        t.method("issuperset", cast) { vm, s, call in .bool(try vm.setIsSuperset(s, try call.one())) }
        t.method("isdisjoint", cast) { vm, s, call in .bool(try vm.setIsDisjoint(s, try call.one())) }
        SpecialMethods.installContainer(t, cast: { cast($0) != nil }, subscriptable: false)
        let isReceiver: (Value) -> Bool = { cast($0) != nil }
        SpecialMethods.installComparisons(t, receiver: isReceiver, accepts: isSet)
        SpecialMethods.installArithmetic(t, [.bitOr, .bitAnd, .sub, .bitXor], receiver: isReceiver, accepts: isSet)
    }

    // MARK: - set only

    private static func installMutators(_ t: PyType, _ cast: @escaping (Value) -> PySet?) {
        t.method("add", cast) { vm, s, call in
            try vm.setAdd(s, try call.one())
            return .none
        }
        t.method("remove", cast) { vm, s, call in
            let x = try call.one()
            if !(try vm.setDiscardRetryingFrozen(s, x)) { throw keyError(x) }
            return .none
        }
        t.method("discard", cast) { vm, s, call in
            _ = try vm.setDiscardRetryingFrozen(s, try call.one())
            return .none
        }
        t.method("pop", cast) { _, s, call in
            try call.noArgs()
            guard let v = s.pop() else { throw keyError(.str("pop from an empty set")) }
            return v
        }
        t.method("clear", cast) { _, s, call in
            try call.noArgs()
            s.removeAll()
            return .none
        }
        t.method("update", cast) { vm, s, call in
            for other in try call.varargs() { try vm.setUpdate(s, with: other) }
            return .none
        }
        t.method("intersection_update", cast) { vm, s, call in
            var result = s
            for other in try call.varargs() { result = try vm.setIntersection(result, other) }
            if result !== s { s.replaceContents(with: result) }
            return .none
        }
        t.method("difference_update", cast) { vm, s, call in
            for other in try call.varargs() { try vm.setDifferenceUpdate(s, other) }
            return .none
        }
        t.method("symmetric_difference_update", cast) { vm, s, call in
            try vm.setSymmetricDifferenceUpdate(s, try call.one())
            return .none
        }
        for op in [BinaryOp.bitOr, .bitAnd, .sub, .bitXor] {
            t.method(op.dunders.2, cast) { vm, s, call in
                let other = try call.one()
                guard isSet(other) else { return notImplemented }
                return try vm.binaryOp(op, .object(s), other, inplace: true)
            }
        }
    }
}

// MARK: - CPython's set algorithms on any iterable

extension VM {
    private var setEq: (Value, Value) throws -> Bool { { [unowned self] in try self.eq($0, $1) } }

    /// `set(iterable)` / `frozenset(iterable)`: `set_update_internal` into an
    /// empty set (a set operand is copied table and all, as CPython does).
    func newSet(from v: Value, frozen: Bool) throws -> PySet {
        let s = PySet(frozen: frozen)
        try setUpdate(s, with: v)
        return s
    }

    /// `set_update_internal`: merge a set, pre-size for a dict's keys, else add
    /// each item.
    func setUpdate(_ s: PySet, with other: Value) throws {
        if case .object(let o) = other {
            if let t = o as? PySet {
                if t !== s { try s.formUnion(t, eq: setEq) }
                return
            }
            if let d = o as? PyDict {
                s.reserve(forAdding: d.table.count)
                for e in d.table.live {
                    try s.insert(e.key, hash: e.hash, eq: { [unowned self] in try self.eq($0, e.key) })
                }
                return
            }
        }
        try forEachItem(other) { try setAdd(s, $0) }
    }

    /// `set_intersection`: a new set of the receiver's kind.
    func setIntersection(_ s: PySet, _ other: Value) throws -> PySet {
        if case .object(let o) = other, let t = o as? PySet {
            if t === s { return s.copy(frozen: s.isFrozen) }
            return try s.intersection(t, eq: setEq)
        }
        let result = PySet(frozen: s.isFrozen)
        try forEachItem(other) { x in
            if try setContains(s, x) { try setAdd(result, x) }
        }
        return result
    }

    /// `set_difference`: a new set of the receiver's kind.
    func setDifference(_ s: PySet, _ other: Value) throws -> PySet {
        if case .object(let o) = other {
            if let t = o as? PySet { return try s.subtracting(t, eq: setEq) }
            // A dict subtracts its keys; as a set they give the same table.
            if o is PyDict { return try s.subtracting(try newSet(from: other, frozen: true), eq: setEq) }
        }
        let result = s.copy(frozen: s.isFrozen)
        try setDifferenceUpdate(result, other)
        return result
    }

    /// `set_difference_update_internal`.
    func setDifferenceUpdate(_ s: PySet, _ other: Value) throws {
        if case .object(let o) = other, let t = o as? PySet {
            if t === s { s.removeAll() } else { try s.subtract(t, eq: setEq) }
            return
        }
        try forEachItem(other) { _ = try setDiscard(s, $0) }
        s.resizeAfterBulkRemoval()
    }

    /// `set_symmetric_difference_update`.
    func setSymmetricDifferenceUpdate(_ s: PySet, _ other: Value) throws {
        if case .object(let o) = other {
            if o === s {
                s.removeAll()
                return
            }
            if let d = o as? PyDict {
                for e in d.table.live {
                    if !(try setDiscard(s, e.key)) { try setAdd(s, e.key) }
                }
                return
            }
            if let t = o as? PySet {
                try s.formSymmetricDifference(t, eq: setEq)
                return
            }
        }
        try s.formSymmetricDifference(try newSet(from: other, frozen: s.isFrozen), eq: setEq)
    }

    func setIsSubset(_ s: PySet, _ other: Value) throws -> Bool {
        if case .object(let o) = other, let t = o as? PySet { return try s.isSubset(of: t, eq: setEq) }
        return try setIntersection(s, other).count == s.count
    }

    func setIsSuperset(_ s: PySet, _ other: Value) throws -> Bool {
        if case .object(let o) = other, let t = o as? PySet { return try t.isSubset(of: s, eq: setEq) }
        var all = true
        try forEachItem(other) { x in if all, !(try setContains(s, x)) { all = false } }
        return all
    }

    func setIsDisjoint(_ s: PySet, _ other: Value) throws -> Bool {
        if case .object(let o) = other, let t = o as? PySet {
            if t === s { return s.count == 0 }
            return try s.isDisjoint(with: t, eq: setEq)
        }
        var disjoint = true
        try forEachItem(other) { x in if disjoint, try setContains(s, x) { disjoint = false } }
        return disjoint
    }

    /// `set.remove`/`discard`: a set argument is looked up as a frozenset.
    func setDiscardRetryingFrozen(_ s: PySet, _ x: Value) throws -> Bool {
        do {
            return try setDiscard(s, x)
        } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.typeError) {
            guard case .object(let o) = x, let inner = o as? PySet else { throw e }
            return try setDiscard(s, .object(inner.copy(frozen: true)))
        }
    }

    /// `iter(s)`: raises once the set changes size, as CPython's set iterator does.
    func setIterator(_ s: PySet) -> PySeqIter {
        let items = s.orderedItems
        let expected = s.count
        var i = 0
        var broken = false
        return PySeqIter(.custom {
            if broken || s.count != expected {
                broken = true
                throw runtimeError("Set changed size during iteration")
            }
            guard i < items.count else { return nil }
            i += 1
            return items[i - 1]
        }, typeName: "set_iterator")
    }

    /// Calls `body` with each item of an iterable, as it is produced.
    func forEachItem(_ v: Value, _ body: (Value) throws -> Void) throws {
        if case .object(let o) = v, o is PyList || o is PyTuple || o is PyStr || o is PyDict {
            for x in try iterateToArray(v) { try body(x) }
            return
        }
        let it = try getIter(v)
        while let x = try next(it) { try body(x) }
    }
}
