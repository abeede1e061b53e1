// The `builtins` namespace: every name a program can use without importing.
// The functions are grouped by file: objects and attributes (+Objects),
// iteration (+Iteration), numbers (+Numbers), type constructors (+Constructors).

extension VM {
    /// Fills `builtins`. Runs once per interpreter.
    func installBuiltins() {
        _ = BuiltinConstructors.installed
        let types: [PyType] = [
            BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
            BuiltinTypes.str, BuiltinTypes.tuple, BuiltinTypes.list, BuiltinTypes.dict, BuiltinTypes.set,
            BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.property,
            BuiltinTypes.classmethod, BuiltinTypes.staticmethod, BuiltinTypes.superType,
        ]
        for t in types { builtins[t.name] = .object(t) }
        builtins["super"] = .object(BuiltinTypes.superType)
        for t in BuiltinTypes.builtinExceptions { builtins[t.name] = .object(t) }
        builtins["NotImplemented"] = notImplemented
        builtins["Ellipsis"] = ellipsis
        builtins["__name__"] = .str("builtins")
        installTextBuiltins()
        installObjectBuiltins()
        installIterationBuiltins()
        installNumberBuiltins()
    }

    // MARK: - Text

    private func installTextBuiltins() {
        define("print") { vm, a in try vm.builtinPrint(a) }
        define("len") { vm, a in .int(try vm.length(try a.single("len"))) }
        define("repr") { vm, a in .str(try vm.repr(try a.single("repr"))) }
        define("ascii") { vm, a in .str(try vm.ascii(try a.single("ascii"))) }
        define("format") { vm, a in
            let p = try a.positionalOnly("format", min: 1, max: 2)
            let spec = p.count > 1 ? try vm.requireString(p[1], "format() argument 2") : ""
            return .str(try vm.format(p[0], spec: spec))
        }
    }

    /// `print(*objects, sep=' ', end='\n', file=None, flush=False)`; `file` is
    /// accepted and ignored (there is only the program's output).
    private func builtinPrint(_ a: CallArgs) throws -> Value {
        try a.onlyKeywords("print", ["sep", "end", "file", "flush"])
        let sep = try printSeparator(a.keyword("sep"), "sep", default: " ")
        let end = try printSeparator(a.keyword("end"), "end", default: "\n")
        var text = ""
        for (i, v) in a.positional.enumerated() {
            if i > 0 { text += sep }
            text += try str(v)
        }
        output.write(text + end)
        return .none
    }

    private func printSeparator(_ v: Value?, _ name: String, default d: String) throws -> String {
        guard let v, !v.isNone else { return d }
        guard case .object(let o) = v, let s = o as? PyStr else {
            throw typeError("\(name) must be None or a string, not \(v.type.name)")
        }
        return s.value
    }
}
