extension VM {
    // MARK: - Calls from the dispatch loop

    /// Calls the callable at `fnIndex` with `argc` arguments at `argBase` (the last
    /// `kwnames.count` of them keyword values), popping everything from `fnIndex`
    /// up. The stack is popped before anything can throw.
    @inline(__always)
    func callFromStack(_ f: Frame, fnIndex: Int, argBase: Int, argc: Int, kwnames: PyTuple?, sp: inout Int) throws -> CallOutcome {
        let slots = f.slots
        if kwnames == nil, case .object(let o) = slots[fnIndex], ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyFunction.self),
           case let fn = unsafeDowncast(o, to: PyFunction.self), fn.code.hasSimpleSignature, argc == fn.code.argcount {
            // Fast path: exactly the positional parameters; move them into the new frame.
            let nf = Frame.make(fn.code, fn.globals, movingArguments: slots + argBase, count: argc)
            var k = fnIndex
            while k < argBase {
                (slots + k).deinitialize(count: 1)
                k += 1
            }
            sp = fnIndex
            nf.installCells(closure: fn.closure)
            return try functionOutcome(fn, nf)
        }
        var positional: [Value]
        var keywords: [(String, Value)] = []
        let nkw = kwnames?.items.count ?? 0
        positional = Array(UnsafeBufferPointer(start: slots + argBase, count: argc - nkw))
        if let kwnames {
            for (i, k) in kwnames.items.enumerated() {
                if case .object(let o) = k, let s = o as? PyStr { keywords.append((s.value, slots[argBase + argc - nkw + i])) }
            }
        }
        let callee = slots[fnIndex]
        (slots + fnIndex).deinitialize(count: argBase + argc - fnIndex)
        sp = fnIndex
        return try callOutcome(callee, CallArgs(positional, keywords: keywords))
    }

    /// A Python function's call: a frame to run, or a new generator object.
    @inline(__always)
    func functionOutcome(_ fn: PyFunction, _ nf: Frame) throws -> CallOutcome {
        if fn.code.isGeneratorLike { return .value(.object(makeGenerator(fn, nf))) }
        return .frame(nf)
    }

    func makeGenerator(_ fn: PyFunction, _ nf: Frame) -> PyGenerator {
        let flags = fn.code.flags
        let kind: PyGenerator.Kind = flags.contains(.coroutine) ? .coroutine : flags.contains(.asyncGenerator) ? .asyncGenerator : .generator
        return PyGenerator(kind: kind, frame: nf, name: fn.name, qualname: fn.qualname, vm: self)
    }

    /// Calls any callable. Python functions come back as frames for the caller to run.
    func callOutcome(_ callee: Value, _ args: CallArgs) throws -> CallOutcome {
        guard case .object(let o) = callee else { throw notCallable(callee) }
        if let fn = o as? PyFunction {
            let nf = try bindArguments(fn, args)
            return try functionOutcome(fn, nf)
        }
        if let b = o as? PyBuiltinFunction {
            if let s = b.boundSelf {
                var a = args
                a.positional.insert(s, at: 0)
                return .value(try b.fn(self, a))
            }
            return .value(try b.fn(self, args))
        }
        if let m = o as? PyBoundMethod {
            var a = args
            a.positional.insert(m.receiver, at: 0)
            return try callOutcome(m.function, a)
        }
        if let t = o as? PyType { return .value(try callType(t, args)) }
        if let call = o.type.lookupUser("__call__") {
            var a = args
            a.positional.insert(callee, at: 0)
            return try callOutcome(call, a)
        }
        if let p = o as? PyPartial {
            var a = args
            a.positional.insert(contentsOf: p.args, at: 0)
            a.keywords = p.keywords.filter { kw in !args.keywords.contains { $0.0 == kw.0 } } + args.keywords
            return try callOutcome(p.function, a)
        }
        throw notCallable(callee)
    }

    func notCallable(_ v: Value) -> PyBaseException {
        typeError("'\(v.type.name)' object is not callable")
    }

    // MARK: - Calls from Swift

    /// Calls a callable from Swift (built-ins calling back into Python). A Python
    /// function runs in a nested dispatch loop; its frames count toward the
    /// recursion limit like any other.
    public func call(_ callee: Value, _ positional: [Value], keywords: [(String, Value)] = []) throws -> Value {
        switch try callOutcome(callee, CallArgs(positional, keywords: keywords)) {
        case .value(let v):
            return v
        case .frame(let nf):
            return try runCallFrame(nf)
        }
    }

    /// Runs a call frame to completion from Swift.
    func runCallFrame(_ nf: Frame) throws -> Value {
        if depth >= recursionLimit {
            throw pyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        depth += 1
        nf.resumeMode = .swift
        switch try runFrame(nf) {
        case .returned(let v), .yielded(let v):
            return v
        }
    }

    // MARK: - Argument binding

    /// Makes the frame for a call of `fn`, binding arguments as CPython does, with
    /// its error messages.
    func bindArguments(_ fn: PyFunction, _ args: CallArgs) throws -> Frame {
        let code = fn.code
        let nf = code.isGeneratorLike ? Frame(code: code, globals: fn.globals) : Frame.make(code, fn.globals)
        let slots = nf.slots
        let argcount = code.argcount
        let kwonly = code.kwonlyargcount
        let given = args.positional.count
        var index = argcount + kwonly
        var varargsSlot = -1
        var varkwSlot = -1
        if code.flags.contains(.varargs) { varargsSlot = index; index += 1 }
        if code.flags.contains(.varkeywords) { varkwSlot = index }

        for i in 0..<min(given, argcount) { slots[i] = args.positional[i] }
        if given > argcount {
            if varargsSlot >= 0 {
                slots[varargsSlot] = .tuple(Array(args.positional[argcount...]))
            } else {
                throw tooManyPositional(fn, given: given, kwGiven: args.keywords.count)
            }
        } else if varargsSlot >= 0 {
            slots[varargsSlot] = .emptyTuple
        }
        var kwdict: PyDict? = nil
        if varkwSlot >= 0 {
            let d = PyDict()
            kwdict = d
            slots[varkwSlot] = .object(d)
        }
        for (name, value) in args.keywords {
            var found = -1
            for i in code.posonlyargcount..<(argcount + kwonly) where code.varnames[i] == name {
                found = i
                break
            }
            if found >= 0 {
                if case .object(let o) = slots[found], o === unbound {
                    slots[found] = value
                } else {
                    throw typeError("\(fn.qualname)() got multiple values for argument '\(name)'")
                }
            } else if let kwdict {
                try dictSet(kwdict, .str(name), value)
            } else if code.varnames[0..<code.posonlyargcount].contains(name) {
                throw typeError("\(fn.qualname)() got some positional-only arguments passed as keyword arguments: '\(name)'")
            } else {
                throw typeError("\(fn.qualname)() got an unexpected keyword argument '\(name)'")
            }
        }
        // Defaults for missing positional parameters.
        let firstDefault = argcount - fn.defaults.count
        var missing: [String] = []
        for i in 0..<argcount {
            guard case .object(let o) = slots[i], o === unbound else { continue }
            if i >= firstDefault {
                slots[i] = fn.defaults[i - firstDefault]
            } else {
                missing.append(code.varnames[i])
            }
        }
        if !missing.isEmpty { throw missingArguments(fn, missing, kind: "positional") }
        for i in argcount..<(argcount + kwonly) {
            guard case .object(let o) = slots[i], o === unbound else { continue }
            if let d = fn.kwDefaults.first(where: { $0.0 == code.varnames[i] }) {
                slots[i] = d.1
            } else {
                missing.append(code.varnames[i])
            }
        }
        if !missing.isEmpty { throw missingArguments(fn, missing, kind: "keyword-only") }
        nf.installCells(closure: fn.closure)
        return nf
    }

    func missingArguments(_ fn: PyFunction, _ names: [String], kind: String) -> PyBaseException {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
        }
        let s = names.count == 1 ? "" : "s"
        return typeError("\(fn.qualname)() missing \(names.count) required \(kind) argument\(s): \(list)")
    }

    func tooManyPositional(_ fn: PyFunction, given: Int, kwGiven: Int) -> PyBaseException {
        let code = fn.code
        let required = code.argcount - fn.defaults.count
        let takes: String
        if fn.defaults.isEmpty {
            takes = "\(code.argcount) positional argument\(code.argcount == 1 ? "" : "s")"
        } else {
            takes = "from \(required) to \(code.argcount) positional arguments"
        }
        let was = given == 1 ? "was" : "were"
        var kwPart = ""
        // CPython mentions keyword-only arguments that were given.
        if kwGiven > 0 && code.kwonlyargcount > 0 {
            kwPart = " positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s"))"
            return typeError("\(fn.qualname)() takes \(takes) but \(given)\(kwPart) were given")
        }
        return typeError("\(fn.qualname)() takes \(takes) but \(given) \(was) given")
    }

    /// Keyword pairs from a `**kwargs` dict value (or none).
    func keywordPairs(_ v: Value) throws -> [(String, Value)] {
        guard case .object(let o) = v, let d = o as? PyDict else { return [] }
        var out: [(String, Value)] = []
        for e in d.table.live {
            guard case .object(let k) = e.key, let s = k as? PyStr else {
                throw typeError("keywords must be strings")
            }
            out.append((s.value, e.value))
        }
        return out
    }

    // MARK: - Function and class creation

    /// `makeFunction`: pops the code object and the optional parts named by `flags`.
    func makeFunction(_ f: Frame, flags: Int) throws -> PyFunction {
        guard case .object(let co) = f.pop(), let holder = co as? PyCode else {
            throw runtimeError("makeFunction without a code object")
        }
        var closure: [PyCell] = []
        var kwDefaults: [(String, Value)] = []
        var defaults: [Value] = []
        if flags & 8 != 0, case .object(let t) = f.pop(), let tup = t as? PyTuple {
            closure = tup.items.compactMap { $0.object as? PyCell }
        }
        if flags & 2 != 0, case .object(let d) = f.pop(), let dict = d as? PyDict {
            for e in dict.table.live {
                if case .object(let k) = e.key, let s = k as? PyStr { kwDefaults.append((s.value, e.value)) }
            }
        }
        if flags & 1 != 0, case .object(let t) = f.pop(), let tup = t as? PyTuple {
            defaults = tup.items
        }
        return PyFunction(code: holder.code, globals: f.globals, defaults: defaults, kwDefaults: kwDefaults, closure: closure)
    }

    /// `buildClass`: runs the class body in a fresh namespace and makes the class.
    /// The body, name and base stay on `f`'s stack until the class is made: the
    /// dispatch loop unwinds an error with its own stack pointer, so popping them
    /// before a step that can raise would release them twice.
    func buildClass(_ f: Frame, baseCount: Int) throws -> Value {
        var base: PyType = BuiltinTypes.object
        let bodyV = f.slots[f.sp - 2 - baseCount]
        let nameV = f.slots[f.sp - 1 - baseCount]
        if baseCount == 1 {
            let b = f.slots[f.sp - 1]
            guard case .object(let o) = b, let t = o as? PyType else {
                throw typeError("bases must be types")
            }
            if t.isBuiltin && !t.isSubclassable || t.layout == .builtin {
                throw typeError("type '\(t.name)' is not an acceptable base type")
            }
            base = t
        }
        guard case .object(let bo) = bodyV, let body = bo as? PyFunction else {
            throw runtimeError("class body is not a function")
        }
        let name = (nameV.object as? PyStr)?.value ?? "?"
        let ns = PyDict()
        let frame = Frame(code: body.code, globals: body.globals)
        frame.namespace = ns
        frame.installCells(closure: body.closure)
        _ = try runCallFrame(frame)
        let cls = PyType(name: name, base: base, module: "__main__", isBuiltin: false)
        cls.qualname = String(body.code.qualname)
        for e in ns.table.live {
            guard case .object(let k) = e.key, let s = k as? PyStr else { continue }
            if s.value == "__qualname__" {
                // `type.__new__` takes `__qualname__` out of the namespace.
                guard let q = e.value.object as? PyStr else {
                    throw typeError("type __qualname__ must be a str, not \(e.value.type.name)")
                }
                cls.qualname = q.value
                continue
            }
            cls.dict[s.value] = e.value
        }
        if cls.dict["__doc__"] == nil { cls.dict["__doc__"] = Value.none }
        // `type.__new__`: a class defining __eq__ but not __hash__ gets `__hash__ = None`.
        if cls.dict["__eq__"] != nil && cls.dict["__hash__"] == nil { cls.dict["__hash__"] = Value.none }
        if let i = body.code.cellvars.firstIndex(of: "__class__"), let cell = frame.cellAt(i) {
            cell.value = .object(cls)
        }
        f.truncateStack(to: f.sp - f.stackBase - 2 - baseCount)
        return .object(cls)
    }

    // MARK: - Calling types

    /// `T(args)`: built-in constructors, or `__new__`/`__init__` of user classes.
    func callType(_ t: PyType, _ args: CallArgs) throws -> Value {
        if t.isBuiltin {
            if t === BuiltinTypes.type && args.count == 1 { return .object(args[0].type) }
            if let ctor = t.constructor { return try ctor(self, args) }
            if t.layout == .exception { return .object(try newException(t, args)) }
            if t === BuiltinTypes.object {
                if args.count > 0 { throw typeError("object() takes no arguments") }
                return .object(PyInstance(cls: t))
            }
            throw typeError("cannot create '\(t.name)' instances")
        }
        let instance: Value
        if let new = t.lookupUser("__new__") {
            var a = args
            a.positional.insert(.object(t), at: 0)
            instance = try call(unwrapStatic(new), a.positional, keywords: a.keywords)
            // CPython calls __init__ only when __new__ returned an instance of the class.
            guard instance.type.isSubtype(of: t) else { return instance }
        } else {
            instance = try allocateInstance(t)
            // BaseException.__new__ keeps the constructor's arguments as `args`.
            if case .object(let o) = instance, let e = o as? PyBaseException { e.args = args.positional }
        }
        if let initFn = t.lookupUser("__init__") {
            var a = args.positional
            a.insert(instance, at: 0)
            let r = try call(initFn, a, keywords: args.keywords)
            if !r.isNone { throw typeError("__init__() should return None, not '\(r.type.name)'") }
        } else if t.layout == .exception {
            if case .object(let o) = instance, let e = o as? PyBaseException { e.args = args.positional }
        } else if !args.positional.isEmpty || !args.keywords.isEmpty {
            throw typeError("\(t.name)() takes no arguments")
        }
        return instance
    }

    /// A bare instance of a user class (`object.__new__(cls)`).
    func allocateInstance(_ t: PyType) throws -> Value {
        switch t.layout {
        case .exception: return .object(PyBaseException(t, args: []))
        case .instance:
            // Built-in types inherit `object`'s layout, but their instances are not PyInstances.
            if t.isBuiltin && t !== BuiltinTypes.object {
                throw typeError("object.__new__(\(t.name)) is not safe, use \(t.name).__new__()")
            }
            return .object(PyInstance(cls: t))
        case .builtin: throw typeError("object.__new__(\(t.name)) is not safe, use \(t.name).__new__()")
        }
    }

    func newException(_ t: PyType, _ args: CallArgs) throws -> PyBaseException {
        if let kw = args.keywords.first {
            throw typeError("\(t.name)() takes no keyword arguments".replacingKeyword(kw.0))
        }
        return PyBaseException(t, args: args.positional)
    }

    func unwrapStatic(_ v: Value) -> Value {
        if case .object(let o) = v, let w = o as? PyMethodWrapper, w.kind == .staticMethod { return w.function }
        return v
    }
}

private extension String {
    func replacingKeyword(_ k: String) -> String { self }
}

/// A code object as a Python value (a constant of the enclosing code).
public final class PyCode: PyObject {
    /// The code.
    public let code: CodeObject
    public override var type: PyType { BuiltinTypes.code }
    public init(_ code: CodeObject) { self.code = code }
}

/// `functools.partial(f, *args, **kwargs)`.
public final class PyPartial: PyObject {
    /// The wrapped callable.
    public let function: Value
    /// Arguments placed before the call's own.
    public let args: [Value]
    /// Keyword arguments, overridden by the call's own.
    public let keywords: [(String, Value)]
    public override var type: PyType { BuiltinTypes.partial }
    public init(function: Value, args: [Value], keywords: [(String, Value)]) {
        self.function = function
        self.args = args
        self.keywords = keywords
    }
}
