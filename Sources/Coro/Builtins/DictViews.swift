// Dict iteration and the `keys()`/`values()`/`items()` views: their methods,
// membership, comparisons and set operations (CPython's dictobject.c views).

extension DictMethods {
    static func installView(_ t: PyType, _ kind: PyDictView.Kind) {
        let cast: (Value) -> PyDictView? = { v in (v.object as? PyDictView).flatMap { $0.kind == kind ? $0 : nil } }
        // dict_values has no __contains__ of its own (`in` iterates it).
        SpecialMethods.installContainer(t, cast: { cast($0) != nil }, subscriptable: false, membership: kind != .values)
        t.method("__reversed__", cast) { vm, v, call in
            try call.noArgs()
            return .object(vm.dictIterator(v.dict, kind, reversed: true))
        }
        t.attribute("mapping") { _, v in
            guard let view = v.object as? PyDictView else { return .none }
            return .object(view.dict)
        }
        guard kind != .values else { return }
        t.unhashable()
        t.method("isdisjoint", cast) { vm, v, call in
            let other = try call.one()
            var disjoint = true
            try vm.forEachItem(other) { x in
                if disjoint, try vm.contains(.object(v), x) { disjoint = false }
            }
            return .bool(disjoint)
        }
        let isSetLike: (Value) -> Bool = { v in
            guard case .object(let o) = v else { return false }
            return o is PySet || (o as? PyDictView)?.isSetLike == true
        }
        SpecialMethods.installComparisons(t, receiver: { cast($0) != nil }, accepts: isSetLike)
        for op in [BinaryOp.bitOr, .bitAnd, .sub, .bitXor] {
            t.method(op.dunders.0, cast) { vm, v, call in
                try vm.dictViewOperation(op, .object(v), try call.one()) ?? notImplemented
            }
            t.method(op.dunders.1, cast) { vm, v, call in
                try vm.dictViewOperation(op, try call.one(), .object(v)) ?? notImplemented
            }
        }
    }
}

extension VM {
    /// Iterates a dict's keys, values or items in order (or reverse order);
    /// raises once the dict changes size, and keeps raising, as CPython does.
    func dictIterator(_ d: PyDict, _ kind: PyDictView.Kind, reversed: Bool = false) -> PySeqIter {
        let expected = d.table.count
        var position = reversed ? d.table.entries.count - 1 : 0
        var broken = false
        let name = reversed ? kind.iteratorName.replacingPrefix("dict_", with: "dict_reverse") : kind.iteratorName
        return PySeqIter(.custom {
            if broken || d.table.count != expected {
                broken = true
                throw runtimeError("dictionary changed size during iteration")
            }
            let entries = d.table.entries
            while position >= 0 && position < entries.count {
                let entry = entries[position]
                position += reversed ? -1 : 1
                guard let e = entry else { continue }
                switch kind {
                case .keys: return e.key
                case .values: return e.value
                case .items: return .tuple([e.key, e.value])
                }
            }
            position = -1
            return nil
        }, typeName: name)
    }

    /// `x in view`: keys look up the key, items the key then the value.
    func dictViewContains(_ v: PyDictView, _ x: Value) throws -> Bool {
        switch v.kind {
        case .keys:
            return try dictGet(v.dict, x) != nil
        case .values:
            for e in v.dict.table.live {
                if try e.value.isIdentical(to: x) || eq(e.value, x) { return true }
            }
            return false
        case .items:
            guard case .object(let o) = x, let t = o as? PyTuple, t.items.count == 2 else { return false }
            guard let found = try dictGet(v.dict, t.items[0]) else { return false }
            return try found.isIdentical(to: t.items[1]) || eq(found, t.items[1])
        }
    }

    /// `dictview_richcompare`: a set-like view against a set or set-like view;
    /// nil when the operands are not both set-like.
    func dictViewCompare(_ a: PyObject, _ b: PyObject, _ op: Int) throws -> Bool? {
        func setLike(_ o: PyObject) -> Bool { o is PySet || (o as? PyDictView)?.isSetLike == true }
        guard setLike(a), setLike(b) else { return nil }
        guard a is PyDictView else {
            // The set declined; the view answers the reflected comparison.
            return try dictViewCompare(b, a, [0, 1, 4, 5, 2, 3][op])
        }
        let la = try length(.object(a)), lb = try length(.object(b))
        func contained(_ x: PyObject, in y: PyObject) throws -> Bool {
            for item in try iterateToArray(.object(x)) {
                if !(try contains(.object(y), item)) { return false }
            }
            return true
        }
        switch op {
        case 0: return try la == lb && contained(a, in: b)
        case 1: return try !(la == lb && contained(a, in: b))
        case 2: return try la < lb && contained(a, in: b)
        case 3: return try la <= lb && contained(a, in: b)
        case 4: return try la > lb && contained(b, in: a)
        default: return try la >= lb && contained(b, in: a)
        }
    }

    /// `|`, `&`, `-`, `^` with a keys or items view on either side: a new set
    /// (CPython's `dictviews_or` and friends); nil when neither side is one.
    func dictViewOperation(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        func view(_ v: Value) -> PyDictView? { (v.object as? PyDictView).flatMap { $0.isSetLike ? $0 : nil } }
        guard view(a) != nil || view(b) != nil else { return nil }
        switch op {
        case .bitAnd:
            return .object(try dictViewIntersection(a, b))
        case .bitOr, .sub, .bitXor:
            // A keys view starts from its dict (CPython's `dictviews_to_set`).
            let source: Value = view(a).flatMap { $0.kind == .keys ? .object($0.dict) : nil } ?? a
            let result = try newSet(from: source, frozen: false)
            switch op {
            case .bitOr: try setUpdate(result, with: b)
            case .sub: try setDifferenceUpdate(result, b)
            default: try setSymmetricDifferenceUpdate(result, b)
            }
            return .object(result)
        default:
            return nil
        }
    }

    /// `_PyDictView_Intersect`: walks one side, keeping what the other contains.
    private func dictViewIntersection(_ a: Value, _ b: Value) throws -> PySet {
        var (selfView, other) = (a, b)
        if !(a.object is PyDictView) { (selfView, other) = (b, a) }
        let selfLength = try length(selfView)
        if case .object(let o) = other, let s = o as? PySet, !s.isFrozen, selfLength <= s.count {
            return try setIntersection(s, selfView)
        }
        if case .object(let o) = other, let ov = o as? PyDictView, ov.isSetLike, ov.dict.table.count > selfLength {
            (selfView, other) = (other, selfView)
        }
        let result = PySet()
        try forEachItem(other) { x in
            if try contains(selfView, x) { try setAdd(result, x) }
        }
        return result
    }
}

private extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
