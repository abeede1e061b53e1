/// A frame as Python sees it (`gi_frame`, `cr_frame`): a view that reads the live frame.
public final class PyFrameObject: PyObject {
    /// The frame viewed.
    let frame: Frame
    public override var type: PyType { BuiltinTypes.frame }
    init(_ frame: Frame) { self.frame = frame }
}

extension VM {
    // MARK: - Context managers

    /// `beforeWith`: `(bound __exit__, __enter__())`.
    func beforeWith(_ ctx: Value) throws -> (Value, Value) {
        let t = ctx.type
        guard let enter = t.lookup("__enter__") else {
            throw typeError("'\(t.name)' object does not support the context manager protocol")
        }
        guard let exit = t.lookup("__exit__") else {
            throw typeError("'\(t.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        let bound = Value.object(PyBoundMethod(receiver: ctx, function: exit))
        return (bound, try call(enter, [ctx]))
    }

    // MARK: - Imports

    /// `import name`: only the built-in modules exist.
    func importModule(_ name: String) throws -> Value {
        if let m = modules[name] { return .object(m) }
        guard let make = BuiltinModules.factories[name] else {
            // `import a.b`: CPython names the first part that cannot be found.
            let top = String(name.split(separator: ".").first ?? Substring(name))
            let message = BuiltinModules.factories[top] == nil
                ? "No module named '\(top)'" : "No module named '\(name)'; '\(top)' is not a package"
            let e = pyError(BuiltinTypes.moduleNotFoundError, message)
            e.attrs["name"] = .str(top)
            throw e
        }
        let m = make(self)
        modules[name] = m
        return .object(m)
    }

    /// `from m import name`.
    func importFrom(_ m: Value, _ name: String) throws -> Value {
        if case .object(let o) = m, let mod = o as? PyModule {
            if let v = mod.attrs[name] { return v }
            throw pyError(BuiltinTypes.importError, "cannot import name '\(name)' from '\(mod.name)' (unknown location)")
        }
        return try getAttr(m, name)
    }

    // MARK: - Formatting

    /// `formatValue`: the conversion, then `format(v, spec)`.
    func formatValue(_ v: Value, conversion: Int, spec: String) throws -> String {
        let converted: Value
        switch conversion {
        case 1: converted = .str(try str(v))
        case 2: converted = .str(try repr(v))
        case 3: converted = .str(try ascii(v))
        default: converted = v
        }
        return try format(converted, spec: spec)
    }

    /// `format(v, spec)`.
    public func format(_ v: Value, spec: String) throws -> String {
        if case .object(let o) = v, !o.type.isBuiltin, let m = o.type.lookupUser("__format__") {
            return try expectString(try call(m, [v, .str(spec)]), what: "__format__")
        }
        do {
            switch v {
            case .int(let i):
                return try formatInteger(BigInt(i), spec: spec, isBool: false)
            case .bool(let b):
                if spec.isEmpty { return b ? "True" : "False" }
                return try formatInteger(BigInt(b ? 1 : 0), spec: spec, isBool: true)
            case .float(let d):
                return try formatFloat(d, spec: try FormatSpec(parsing: spec))
            case .object(let o):
                if let b = o as? PyBigInt { return try formatInteger(b.value, spec: spec, isBool: false) }
                if let s = o as? PyStr { return try formatString(s.value, spec: try FormatSpec(parsing: spec)) }
            case .none:
                break
            }
        } catch let e as FormatSpecError {
            switch e.kind {
            case .valueError: throw valueError(e.message)
            case .overflowError: throw overflowError(e.message)
            case .memoryError: throw pyError(BuiltinTypes.memoryError, e.message)
            }
        }
        if spec.isEmpty { return try str(v) }
        throw typeError("unsupported format string passed to \(v.type.name).__format__")
    }

    private func formatInteger(_ b: BigInt, spec: String, isBool: Bool) throws -> String {
        if spec.isEmpty { return try bigIntString(b) }
        let parsed = try FormatSpec(parsing: spec)
        let value = FormattableInteger(
            negative: b.isNegative,
            magnitude: { radix in BigInt.abs(b).toString(radix: radix, uppercase: false) },
            toDouble: {
                guard let d = b.toDouble() else { throw overflowError("int too large to convert to float") }
                return d
            })
        return try formatInt(value, spec: parsed, typeName: isBool ? "bool" : "int")
    }

    /// The interactive echo: the repr of a non-None value, kept in `_`.
    func displayHook(_ v: Value) throws {
        if v.isNone { return }
        builtins["_"] = v
        output.write(try repr(v) + "\n")
    }

    // MARK: - Generator introspection

    func generatorAttribute(_ g: PyGenerator, _ name: String) throws -> Value? {
        switch name {
        case "__name__": return .str(g.name)
        case "__qualname__": return .str(g.qualname)
        default: break
        }
        guard let field = GeneratorField(name, kind: g.kind) else { return nil }
        switch field.name {
        // An async generator is "running" while an asend/athrow awaitable drives it.
        case .running: return .bool(g.kind == .asyncGenerator ? g.runningAsync : g.state == .running)
        case .suspended: return .bool(g.state == .suspended)
        case .frame: return frameObject(of: g)
        case .code: return codeValue(g.code)
        case .delegate: return delegate(of: g) ?? Value.none
        case .origin: return Value.none
        }
    }

    /// Why `g.name = v` / `del g.name` fails: CPython's getset ("not writable"),
    /// member ("readonly attribute") and method ("read-only") messages.
    func generatorAttributeNotWritable(_ g: PyGenerator, _ name: String) -> PyBaseException {
        guard let field = GeneratorField(name, kind: g.kind) else { return readOnlyAttribute(.object(g), name) }
        if field.isMember { return attributeError("readonly attribute") }
        return attributeError("attribute '\(name)' of '\(g.type.name)' objects is not writable")
    }

    /// `gi_frame`: the same frame object each time while the generator has a frame.
    func frameObject(of g: PyGenerator) -> Value {
        guard let f = g.frame else {
            g.frameObject = nil
            return .none
        }
        if let fo = g.frameObject, fo.frame === f { return .object(fo) }
        let fo = PyFrameObject(f)
        g.frameObject = fo
        return .object(fo)
    }

    /// What a suspended generator delegates to (`gi_yieldfrom`/`cr_await`): the
    /// iterator on its stack while it is suspended inside a `send` loop.
    func delegate(of g: PyGenerator) -> Value? {
        guard g.state == .suspended, let f = g.frame, f.ip >= 2, f.sp > f.stackBase else { return nil }
        let word = f.code.instructions[f.ip - 2]
        guard UInt8(truncatingIfNeeded: word) == Opcode.send.rawValue else { return nil }
        return f.top
    }

    func frameAttribute(_ fr: PyFrameObject, _ name: String) -> Value? {
        switch name {
        // A frame that has not started is on its `def` line, as CPython's RESUME is.
        case "f_lineno": return .int(fr.frame.ip == 0 ? fr.frame.code.firstLine : fr.frame.line)
        case "f_code": return codeValue(fr.frame.code)
        case "f_locals":
            let d = PyDict()
            for (k, v) in fr.frame.boundLocals { try? dictSet(d, .str(k), v) }
            return .object(d)
        case "f_back": return Value.none
        default: return nil
        }
    }
}

/// The `gi_*` / `cr_*` / `ag_*` attributes of CPython 3.11's generator types.
struct GeneratorField {
    enum Name { case running, suspended, frame, code, delegate, origin }

    /// Which attribute.
    let name: Name
    /// A struct member (READONLY) rather than a getset: it fails differently.
    let isMember: Bool

    init?(_ attribute: String, kind: PyGenerator.Kind) {
        switch (kind, attribute) {
        case (.generator, "gi_running"), (.coroutine, "cr_running"): name = .running
        case (.asyncGenerator, "ag_running"): name = .running
        case (.generator, "gi_suspended"), (.coroutine, "cr_suspended"): name = .suspended
        case (.generator, "gi_frame"), (.coroutine, "cr_frame"), (.asyncGenerator, "ag_frame"): name = .frame
        case (.generator, "gi_code"), (.coroutine, "cr_code"), (.asyncGenerator, "ag_code"): name = .code
        case (.generator, "gi_yieldfrom"), (.coroutine, "cr_await"), (.asyncGenerator, "ag_await"): name = .delegate
        case (.coroutine, "cr_origin"): name = .origin
        default: return nil
        }
        isMember = name == .code || name == .origin || (name == .running && kind == .asyncGenerator)
    }
}
