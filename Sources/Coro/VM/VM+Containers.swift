extension VM {
    // MARK: - dict

    /// `d.get(k)` without a default: nil when absent.
    public func dictGet(_ d: PyDict, _ k: Value) throws -> Value? {
        let h = try hash(k)
        guard let p = try d.table.find(k, hash: h, eq: eq) else { return nil }
        return d.table.entry(at: p)?.value
    }

    /// `d[k] = v`.
    public func dictSet(_ d: PyDict, _ k: Value, _ v: Value) throws {
        let h = try hash(k)
        if let p = try d.table.find(k, hash: h, eq: eq) {
            d.table.setValue(v, at: p)
        } else {
            d.table.append(k, v, hash: h)
        }
    }

    /// Removes `k`; returns its value, or nil when absent.
    @discardableResult
    public func dictDelete(_ d: PyDict, _ k: Value) throws -> Value? {
        let h = try hash(k)
        guard let p = try d.table.find(k, hash: h, eq: eq), let e = d.table.entry(at: p) else { return nil }
        d.table.remove(at: p)
        return e.value
    }

    /// `{**m}` (or `f(**m)` when `forCall`, where repeated keys are errors).
    func dictMergeInto(_ d: PyDict, _ m: Value, forCall: Bool, callee: Value) throws {
        if case .object(let o) = m, let src = o as? PyDict {
            for e in src.table.live {
                if forCall {
                    guard case .object(let ko) = e.key, ko is PyStr else {
                        throw typeError("keywords must be strings")
                    }
                    if try dictGet(d, e.key) != nil {
                        throw typeError("\(functionString(callee)) got multiple values for keyword argument '\(try str(e.key))'")
                    }
                }
                try dictSet(d, e.key, e.value)
            }
            return
        }
        guard m.type.lookup("keys") != nil else {
            if forCall { throw typeError("\(functionString(callee)) argument after ** must be a mapping, not \(m.type.name)") }
            throw typeError("'\(m.type.name)' object is not a mapping")
        }
        for k in try iterateToArray(try callMethod(m, "keys", [])) {
            try dictSet(d, k, try getItem(m, k))
        }
    }

    /// CPython's `_PyObject_FunctionStr`: `__main__.f()`, `print()`, `C.m()`.
    func functionString(_ v: Value) -> String {
        guard case .object(let o) = v else { return "\(v.type.name) object" }
        switch o {
        case let f as PyFunction: return "__main__.\(f.qualname)()"
        case let b as PyBuiltinFunction: return b.owner.map { "\($0.name).\(b.name)()" } ?? "\(b.name)()"
        case let m as PyBoundMethod: return functionString(m.function)
        case let t as PyType: return t.module == "builtins" ? "\(t.qualname)()" : "\(t.module).\(t.qualname)()"
        default: return "\(o.type.name) object"
        }
    }

    // MARK: - set

    /// A new set from items (a `{…}` display adds them left to right).
    func makeSet(_ items: [Value], frozen: Bool = false) throws -> PySet {
        let s = PySet(frozen: frozen)
        for v in items { try setAdd(s, v) }
        return s
    }

    public func setAdd(_ s: PySet, _ v: Value) throws {
        let h = try hash(v)
        try s.insert(v, hash: h, eq: { try self.eq($0, v) })
    }

    public func setContains(_ s: PySet, _ v: Value) throws -> Bool {
        let h: Int
        do { h = try hash(v) } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.typeError) && v.object is PySet {
            // `frozenset` lookup of a set, as CPython retries.
            h = try hash(.object(try makeSet((v.object as? PySet)?.orderedItems ?? [], frozen: true)))
        }
        return try s.contains(v, hash: h, eq: { try self.eq($0, v) })
    }

    /// Removes v; false when it was absent.
    @discardableResult
    public func setDiscard(_ s: PySet, _ v: Value) throws -> Bool {
        let h = try hash(v)
        return try s.remove(v, hash: h, eq: { try self.eq($0, v) })
    }

    /// `|`, `&`, `-`, `^` on sets (in place for `|=` and friends).
    func setOperation(_ op: BinaryOp, _ a: PySet, _ b: PySet, inPlace: Bool) throws -> Value? {
        let eqf: (Value, Value) throws -> Bool = { try self.eq($0, $1) }
        let result: PySet
        switch op {
        case .bitOr:
            result = inPlace ? a : a.copy(frozen: a.isFrozen)
            try result.formUnion(b, eq: eqf)
        case .bitAnd:
            result = try a.intersection(b, eq: eqf)
        case .sub:
            result = try a.subtracting(b, eq: eqf)
        case .bitXor:
            result = try a.symmetricDifference(b, eq: eqf)
        default:
            return nil
        }
        if inPlace && result !== a {
            a.replaceContents(with: result)
            return .object(a)
        }
        return .object(result)
    }
}
