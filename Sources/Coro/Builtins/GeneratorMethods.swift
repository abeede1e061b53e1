// The methods of generators, coroutines and built-in iterators. Every resume
// goes through `VM.resume` / `VM.throwInto` / `VM.closeGenerator`: a yielded
// value is the result, a return raises StopIteration(value), an exception
// propagates.

enum GeneratorMethods {
    static func install(_ t: PyType) {
        let cast: (Value) -> PyGenerator? = { $0.object as? PyGenerator }
        if t.name == "async_generator" {
            AsyncGeneratorMethods.install(t)
            return
        }
        t.method("close", cast) { vm, g, call in
            try call.noArgs()
            try vm.closeGenerator(g)
            return .none
        }
        t.method("throw", cast) { vm, g, call in
            let p = try call.positional(1, 3)
            return try vm.sendResultValue(try vm.throwInto(g, ThrowArguments(p), closeOnGeneratorExit: true))
        }
        t.method("send", cast) { vm, g, call in
            try vm.sendResultValue(try vm.resume(g, sending: try call.one()))
        }
        switch t.name {
        case "generator":
            t.method("__iter__", cast) { _, g, call in
                try call.noArgs()
                return .object(g)
            }
            t.method("__next__", cast) { vm, g, call in
                try call.noArgs()
                return try vm.sendResultValue(try vm.resume(g))
            }
        case "coroutine":
            t.method("__await__", cast) { _, g, call in
                try call.noArgs()
                return .object(PyCoroutineWrapper(g))
            }
        default:
            break
        }
    }
}

/// `coro.__await__()`: an iterator that drives the coroutine (CPython's
/// `coroutine_wrapper`), so a class's `__await__` can delegate to a coroutine.
final class PyCoroutineWrapper: PyObject {
    /// The coroutine driven.
    let coroutine: PyGenerator

    override var type: PyType { PyCoroutineWrapper.wrapperType }

    init(_ coroutine: PyGenerator) {
        self.coroutine = coroutine
    }

    static let wrapperType: PyType = {
        let t = PyType(name: "coroutine_wrapper", base: BuiltinTypes.object)
        t.isSubclassable = false
        let cast: (Value) -> PyGenerator? = { ($0.object as? PyCoroutineWrapper)?.coroutine }
        t.method("__iter__", { $0.object as? PyCoroutineWrapper }) { _, w, call in
            try call.noArgs()
            return .object(w)
        }
        t.method("__next__", cast) { vm, g, call in
            try call.noArgs()
            return try vm.sendResultValue(try vm.resume(g))
        }
        t.method("send", cast) { vm, g, call in
            try vm.sendResultValue(try vm.resume(g, sending: try call.one()))
        }
        t.method("throw", cast) { vm, g, call in
            let p = try call.positional(1, 3)
            return try vm.sendResultValue(try vm.throwInto(g, ThrowArguments(p), closeOnGeneratorExit: true))
        }
        t.method("close", cast) { vm, g, call in
            try call.noArgs()
            try vm.closeGenerator(g)
            return .none
        }
        return t
    }()
}

/// `__iter__` and `__next__` of the built-in iterator types (`list_iterator`,
/// `map`, `zip`, …).
enum IteratorMethods {
    static func install(_ t: PyType) {
        SpecialMethods.installIterator(t, { $0.object as? PySeqIter }) { vm, it in try vm.next(.object(it)) }
    }
}

extension VM {
    /// A resume's outcome as a method result: the yielded value, or
    /// StopIteration(return value), or the exception raised.
    func sendResultValue(_ r: SendResult) throws -> Value {
        switch r {
        case .yielded(let v): return v
        case .returned(let v): throw stopIteration(v)
        case .raised(let e): throw e
        }
    }

    /// The exception `g.throw(typ[, val[, tb]])` delivers (CPython's `_gen_throw`
    /// normalisation): an instance as is, or a class instantiated from `val`.
    func exceptionToThrow(_ typ: Value, value: Value?, traceback: Value?) throws -> PyBaseException {
        if let tb = traceback, !tb.isNone, !(tb.object is PyTraceback) {
            throw typeError("throw() third argument must be a traceback object")
        }
        if case .object(let o) = typ {
            if let e = o as? PyBaseException {
                if let value, !value.isNone { throw typeError("instance exception may not have a separate value") }
                return e
            }
            if let cls = o as? PyType, cls.isSubtype(of: BuiltinTypes.baseException) {
                let v = value ?? .none
                if case .object(let vo) = v, let e = vo as? PyBaseException, e.isInstance(of: cls) { return e }
                let args: [Value]
                if v.isNone {
                    args = []
                } else if case .object(let vo) = v, let t = vo as? PyTuple {
                    args = t.items
                } else {
                    args = [v]
                }
                let made = try call(typ, args)
                guard case .object(let mo) = made, let e = mo as? PyBaseException else {
                    throw typeError("calling \(cls.name) should have returned an instance of BaseException, not \(made.type.name)")
                }
                return e
            }
        }
        throw typeError("exceptions must be classes or instances deriving from BaseException, not \(typ.type.name)")
    }
}
