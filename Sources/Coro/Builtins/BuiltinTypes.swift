/// The built-in types and the exception hierarchy. They are immutable after
/// creation (built-in types refuse attribute assignment), so they are shared by
/// every interpreter in the process. Methods are installed by each type's file.
public enum BuiltinTypes {
    public static let object: PyType = {
        let t = PyType(name: "object", base: nil, layout: .instance)
        ObjectMethods.install(t)
        return t
    }()
    public static let type: PyType = make("type") { TypeMethods.install($0) }
    public static let noneType = make("NoneType")
    public static let notImplementedType = make("NotImplementedType")
    public static let ellipsisType = make("ellipsis")
    public static let int: PyType = make("int") { IntMethods.install($0) }
    public static let bool: PyType = {
        let t = PyType(name: "bool", base: int)
        t.isSubclassable = false
        BoolMethods.install(t)
        return t
    }()
    public static let float: PyType = make("float") { FloatMethods.install($0) }
    public static let str: PyType = make("str") { StrMethods.install($0) }
    public static let tuple: PyType = make("tuple") { TupleMethods.install($0) }
    public static let list: PyType = make("list") { ListMethods.install($0) }
    public static let dict: PyType = make("dict") { DictMethods.install($0) }
    public static let set: PyType = make("set") { SetMethods.install($0) }
    public static let frozenset: PyType = make("frozenset") { SetMethods.installFrozen($0) }
    public static let range: PyType = make("range") { RangeMethods.install($0) }
    public static let slice: PyType = make("slice")
    public static let function: PyType = make("function") { FunctionMethods.install($0) }
    public static let builtinFunction = make("builtin_function_or_method")
    public static let methodDescriptor = make("method_descriptor")
    public static let method = make("method")
    public static let cell = make("cell")
    public static let module = make("module")
    public static let classmethod = make("classmethod")
    public static let staticmethod = make("staticmethod")
    public static let property: PyType = make("property") { PropertyMethods.install($0) }
    public static let generator: PyType = make("generator") { GeneratorMethods.install($0) }
    public static let coroutine: PyType = make("coroutine") { GeneratorMethods.install($0) }
    public static let asyncGenerator: PyType = make("async_generator") { GeneratorMethods.install($0) }
    public static let code = make("code")
    public static let frame = make("frame")
    public static let traceback = make("traceback")
    public static let iterator = make("iterator")
    public static let superType = make("super")

    private static func make(_ name: String, _ install: (PyType) -> Void = { _ in }) -> PyType {
        let t = PyType(name: name, base: object)
        install(t)
        return t
    }

    // MARK: - Exceptions

    public static let baseException: PyType = {
        let t = PyType(name: "BaseException", base: object, layout: .exception)
        ExceptionMethods.install(t)
        return t
    }()
    public static let generatorExit = exc("GeneratorExit", baseException)
    public static let keyboardInterrupt = exc("KeyboardInterrupt", baseException)
    public static let systemExit = exc("SystemExit", baseException)
    public static let exception = exc("Exception", baseException)
    public static let arithmeticError = exc("ArithmeticError", exception)
    public static let floatingPointError = exc("FloatingPointError", arithmeticError)
    public static let overflowError = exc("OverflowError", arithmeticError)
    public static let zeroDivisionError = exc("ZeroDivisionError", arithmeticError)
    public static let assertionError = exc("AssertionError", exception)
    public static let attributeError = exc("AttributeError", exception)
    public static let bufferError = exc("BufferError", exception)
    public static let eofError = exc("EOFError", exception)
    public static let importError = exc("ImportError", exception)
    public static let moduleNotFoundError = exc("ModuleNotFoundError", importError)
    public static let lookupError = exc("LookupError", exception)
    public static let indexError = exc("IndexError", lookupError)
    public static let keyError = exc("KeyError", lookupError)
    public static let memoryError = exc("MemoryError", exception)
    public static let nameError = exc("NameError", exception)
    public static let unboundLocalError = exc("UnboundLocalError", nameError)
    public static let osError = exc("OSError", exception)
    public static let timeoutError = exc("TimeoutError", osError)
    public static let connectionError = exc("ConnectionError", osError)
    public static let brokenPipeError = exc("BrokenPipeError", connectionError)
    public static let connectionAbortedError = exc("ConnectionAbortedError", connectionError)
    public static let connectionRefusedError = exc("ConnectionRefusedError", connectionError)
    public static let connectionResetError = exc("ConnectionResetError", connectionError)
    public static let referenceError = exc("ReferenceError", exception)
    public static let runtimeError = exc("RuntimeError", exception)
    public static let notImplementedError = exc("NotImplementedError", runtimeError)
    public static let recursionError = exc("RecursionError", runtimeError)
    public static let stopAsyncIteration = exc("StopAsyncIteration", exception)
    public static let stopIteration = exc("StopIteration", exception)
    public static let syntaxError = exc("SyntaxError", exception)
    public static let indentationError = exc("IndentationError", syntaxError)
    public static let tabError = exc("TabError", indentationError)
    public static let systemError = exc("SystemError", exception)
    public static let typeError = exc("TypeError", exception)
    public static let valueError = exc("ValueError", exception)
    public static let unicodeError = exc("UnicodeError", valueError)
    public static let warning = exc("Warning", exception)
    public static let deprecationWarning = exc("DeprecationWarning", warning)
    public static let runtimeWarning = exc("RuntimeWarning", warning)
    public static let userWarning = exc("UserWarning", warning)
    public static let cancelledError = exc("CancelledError", baseException, module: "asyncio.exceptions")
    public static let invalidStateError = exc("InvalidStateError", exception, module: "asyncio.exceptions")

    private static func exc(_ name: String, _ base: PyType, module: String = "builtins") -> PyType {
        PyType(name: name, base: base, module: module)
    }

    /// Every exception class exposed as a builtin name.
    public static var builtinExceptions: [PyType] {
        [baseException, generatorExit, keyboardInterrupt, systemExit, exception, arithmeticError,
         floatingPointError, overflowError, zeroDivisionError, assertionError, attributeError,
         bufferError, eofError, importError, moduleNotFoundError, lookupError, indexError, keyError,
         memoryError, nameError, unboundLocalError, osError, timeoutError, connectionError, brokenPipeError,
         connectionAbortedError, connectionRefusedError, connectionResetError, referenceError,
         runtimeError, notImplementedError, recursionError, stopAsyncIteration, stopIteration,
         syntaxError, indentationError, tabError, systemError, typeError, valueError, unicodeError,
         warning, deprecationWarning, runtimeWarning, userWarning]
    }
}

// MARK: - Raising

/// A new exception of type `t` with a message, ready to throw.
@inline(never)
public func pyError(_ t: PyType, _ message: String) -> PyBaseException {
    PyBaseException(t, message)
}

public func typeError(_ m: String) -> PyBaseException { pyError(BuiltinTypes.typeError, m) }
public func valueError(_ m: String) -> PyBaseException { pyError(BuiltinTypes.valueError, m) }
public func attributeError(_ m: String) -> PyBaseException { pyError(BuiltinTypes.attributeError, m) }
public func indexError(_ m: String) -> PyBaseException { pyError(BuiltinTypes.indexError, m) }
public func runtimeError(_ m: String) -> PyBaseException { pyError(BuiltinTypes.runtimeError, m) }
public func overflowError(_ m: String) -> PyBaseException { pyError(BuiltinTypes.overflowError, m) }
public func zeroDivision(_ m: String) -> PyBaseException { pyError(BuiltinTypes.zeroDivisionError, m) }

/// `KeyError(key)`: its argument is the key itself, not a message.
public func keyError(_ key: Value) -> PyBaseException {
    PyBaseException(BuiltinTypes.keyError, args: [key])
}
