/// `NotImplemented`.
final class NotImplementedObject: PyObject {
    override var type: PyType { BuiltinTypes.notImplementedType }
}
let notImplemented = Value.object(NotImplementedObject())

/// `...`.
final class EllipsisObject: PyObject {
    override var type: PyType { BuiltinTypes.ellipsisType }
}
let ellipsis = Value.object(EllipsisObject())

extension VM {
    // MARK: - repr and str

    /// `repr(v)`.
    public func repr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return pythonFloatRepr(d)
        case .object(let o): return try reprObject(o)
        }
    }

    private func reprObject(_ o: PyObject) throws -> String {
        if let s = o as? PyStr { return pythonStringRepr(s.value) }
        if let r = o.type.lookupUser("__repr__") {
            return try expectString(try call(r, [.object(o)]), what: "__repr__")
        }
        switch o {
        case let b as PyBigInt: return try bigIntString(b.value)
        case let l as PyList: return try guardedRepr(l, "[...]") { "[" + (try reprItems(l.items)) + "]" }
        case let t as PyTuple:
            if t.items.count == 1 { return try guardedRepr(t, "(...)") { "(" + (try repr(t.items[0])) + ",)" } }
            return try guardedRepr(t, "(...)") { "(" + (try reprItems(t.items)) + ")" }
        case let d as PyDict:
            return try guardedRepr(d, "{...}") {
                var parts: [String] = []
                for e in d.table.live { parts.append((try repr(e.key)) + ": " + (try repr(e.value))) }
                return "{" + parts.joined(separator: ", ") + "}"
            }
        case let s as PySet:
            let name = s.isFrozen ? "frozenset" : "set"
            if s.count == 0 { return "\(name)()" }
            return try guardedRepr(s, "\(name)(...)") {
                let inner = "{" + (try reprItems(s.orderedItems)) + "}"
                return s.isFrozen ? "frozenset(\(inner))" : inner
            }
        case let e as PyBaseException:
            return try baseExceptionRepr(e)
        case let v as PyDictView:
            return try guardedRepr(v, "...") { "\(v.kind.typeName)([" + (try reprItems(v.elements())) + "])" }
        case let r as PyLongRange:
            return longRangeRepr(r)
        case let r as PyRange:
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as PySlice:
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let t as PyType:
            return t.module == "builtins" ? "<class '\(t.qualname)'>" : "<class '\(t.module).\(t.qualname)'>"
        case let f as PyFunction:
            return "<function \(f.qualname) at \(address(f))>"
        case let b as PyBuiltinFunction:
            if let owner = b.owner { return "<method '\(b.name)' of '\(owner.name)' objects>" }
            return "<built-in function \(b.name)>"
        case let m as PyBoundMethod:
            if case .object(let fo) = m.function, let bf = fo as? PyBuiltinFunction {
                return "<built-in method \(bf.name) of \(m.receiver.type.name) object at \(address(m.receiver.object ?? m))>"
            }
            let fname = (m.function.object as? PyFunction)?.qualname ?? "?"
            return "<bound method \(fname) of \(try repr(m.receiver))>"
        case let g as PyGenerator:
            let what: String
            switch g.kind {
            case .generator: what = "generator"
            case .coroutine: what = "coroutine"
            case .asyncGenerator: what = "async_generator"
            }
            return "<\(what) object \(g.qualname) at \(address(g))>"
        case let m as PyModule:
            return "<module '\(m.name)' (built-in)>"
        case let p as PyPartial:
            var parts = [try repr(p.function)]
            for a in p.args { parts.append(try repr(a)) }
            for (k, v) in p.keywords { parts.append("\(k)=\(try repr(v))") }
            return "functools.partial(" + parts.joined(separator: ", ") + ")"
        case let w as PyMethodWrapper where w.kind != .property:
            // 3.10+: `<staticmethod(<function f at 0x1>)>`.
            return "<\(w.kind == .staticMethod ? "staticmethod" : "classmethod")(\(try repr(w.function)))>"
        case is NotImplementedObject:
            return "NotImplemented"
        case is EllipsisObject:
            return "Ellipsis"
        default:
            // Built-in types with a native `__repr__` of their own (itertools.count…).
            if o.type.isBuiltin, let r = o.type.dict["__repr__"] {
                return try expectString(try call(r, [.object(o)]), what: "__repr__")
            }
            return defaultRepr(o)
        }
    }

    /// `object.__repr__`: `<module.Class object at 0x…>`.
    func defaultRepr(_ o: PyObject) -> String {
        let t = o.type
        let name = t.module == "builtins" ? t.qualname : "\(t.module).\(t.qualname)"
        return "<\(name) object at \(address(o))>"
    }

    /// `BaseException.__repr__`: `ValueError('x')`.
    func baseExceptionRepr(_ e: PyBaseException) throws -> String {
        let args = e.args.count == 1 ? try repr(e.args[0]) : try reprItems(e.args)
        return "\(e.cls.name)(\(args))"
    }

    /// ` at 0x…` uses the per-session counter, never a real address.
    func address(_ o: PyObject) -> String {
        "0x" + String(serial(of: o), radix: 16)
    }

    private func reprItems(_ items: [Value]) throws -> String {
        var parts: [String] = []
        parts.reserveCapacity(items.count)
        for v in items { parts.append(try repr(v)) }
        return parts.joined(separator: ", ")
    }

    /// Runs a container repr with self-reference detection and a depth bound (a
    /// deeply nested list raises RecursionError instead of overflowing the stack).
    func guardedRepr(_ o: PyObject, _ recursive: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprActive.contains(id) { return recursive }
        if reprActive.count + depth >= recursionLimit {
            throw pyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
        }
        reprActive.append(id)
        defer { reprActive.removeLast() }
        return try body()
    }

    func expectString(_ v: Value, what: String) throws -> String {
        if case .object(let o) = v, let s = o as? PyStr { return s.value }
        throw typeError("\(what) returned non-string (type \(v.type.name))")
    }

    /// Decimal text of a big int, with CPython 3.11's 4300-digit limit.
    func bigIntString(_ b: BigInt) throws -> String {
        if b.hasMoreDecimalDigits(than: BigInt.maxStrDigits) {
            throw valueError(BigInt.toStrLimitMessage())
        }
        return b.description
    }

    /// `str(v)`.
    public func str(_ v: Value) throws -> String {
        guard case .object(let o) = v else { return try repr(v) }
        if let s = o as? PyStr { return s.value }
        if let m = o.type.lookupUser("__str__") {
            return try expectString(try call(m, [v]), what: "__str__")
        }
        if let e = o as? PyBaseException { return try baseExceptionStr(e) }
        // `object.__str__` calls the type's repr slot directly: a bad result is
        // reported as `__str__`'s.
        if let m = o.type.lookupUser("__repr__") {
            return try expectString(try call(m, [v]), what: "__str__")
        }
        return try repr(v)
    }

    /// `BaseException.__str__` (and KeyError's): from the args alone.
    func baseExceptionStr(_ e: PyBaseException) throws -> String {
        if e.cls.isSubtype(of: BuiltinTypes.keyError) && e.args.count == 1 { return try repr(e.args[0]) }
        switch e.args.count {
        case 0: return ""
        case 1: return try str(e.args[0])
        default: return try repr(.tuple(e.args))
        }
    }

    /// `ascii(v)`: repr with non-ASCII escaped.
    func ascii(_ v: Value) throws -> String {
        var out = ""
        for s in try repr(v).unicodeScalars {
            if s.value < 128 { out.unicodeScalars.append(s) } else { out += escapeScalar(s) }
        }
        return out
    }
}

// MARK: - String repr

/// Python's `repr(str)`: single quotes unless the text has a single quote and no
/// double quote; escapes for control and non-printable characters.
public func pythonStringRepr(_ s: String) -> String {
    var hasSingle = false, hasDouble = false
    for u in s.utf8 {
        if u == 0x27 { hasSingle = true } else if u == 0x22 { hasDouble = true }
    }
    let quote: Character = hasSingle && !hasDouble ? "\"" : "'"
    var out = String(quote)
    for sc in s.unicodeScalars {
        switch sc {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if Character(sc) == quote {
                out += "\\" + String(quote)
            } else if isPrintable(sc) {
                out.unicodeScalars.append(sc)
            } else {
                out += escapeScalar(sc)
            }
        }
    }
    out.append(quote)
    return out
}

func escapeScalar(_ s: Unicode.Scalar) -> String {
    let v = s.value
    func hex(_ n: UInt32, _ width: Int) -> String {
        let h = String(n, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }
    if v < 0x100 { return "\\x" + hex(v, 2) }
    if v < 0x10000 { return "\\u" + hex(v, 4) }
    return "\\U" + hex(v, 8)
}

/// Python's `str.isprintable` for one character, approximated with Unicode
/// general categories: other (C*) and separators other than space are not printable.
func isPrintable(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x20 || s.value == 0x7f { return false }
    if s.value < 0x7f { return true }
    switch s.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
        return false
    case .spaceSeparator:
        return s.value == 0x20
    default:
        return true
    }
}
