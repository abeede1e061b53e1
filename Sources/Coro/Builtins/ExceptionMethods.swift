// The methods of `BaseException`, inherited by every exception class. `str(e)`
// and `repr(e)` are computed by the VM; these are for explicit calls and for
// `super().__init__(...)` / `super().__str__()` in user exception classes.

enum ExceptionMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PyBaseException? = { $0.object as? PyBaseException }
        t.method("__new__") { _, a in
            guard case .object(let o)? = a.positional.first, let cls = o as? PyType,
                  cls.isSubtype(of: BuiltinTypes.baseException) else {
                throw typeError("BaseException.__new__(X): X is not a subtype of BaseException")
            }
            return .object(PyBaseException(cls, args: Array(a.positional.dropFirst())))
        }
        t.method("__init__", cast) { _, e, call in
            if !call.keywords.isEmpty { throw typeError("\(e.cls.name)() takes no keyword arguments") }
            e.args = call.args
            return .none
        }
        t.method("__str__", cast) { vm, e, call in
            try call.noArgs()
            return .str(try vm.baseExceptionStr(e))
        }
        t.method("__repr__", cast) { vm, e, call in
            try call.noArgs()
            return .str(try vm.baseExceptionRepr(e))
        }
        // coro has no traceback objects: the traceback argument is accepted and dropped.
        t.method("with_traceback", cast) { _, e, call in
            _ = try call.one()
            return .object(e)
        }
        t.method("add_note", cast) { vm, e, call in
            let note = try call.one()
            guard case .object(let o) = note, o is PyStr else {
                throw typeError("note must be a str, not '\(note.type.name)'")
            }
            if case .object(let lo)? = e.attrs["__notes__"], let notes = lo as? PyList {
                notes.items.append(note)
            } else {
                e.attrs["__notes__"] = .list([note])
            }
            return .none
        }
    }
}
