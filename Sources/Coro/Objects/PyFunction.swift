/// A cell holding a variable shared between a function and its inner functions.
public final class PyCell: PyObject {
    /// The variable's value; nil when unbound.
    public var value: Value?

    public override var type: PyType { BuiltinTypes.cell }

    public init(_ value: Value? = nil) {
        self.value = value
    }
}

/// A function defined in Python (`def`, `lambda`, comprehension bodies).
public final class PyFunction: PyObject {
    /// The compiled body.
    public let code: CodeObject
    /// The module namespace the function reads globals from.
    public let globals: Globals
    /// Defaults of the last positional parameters.
    public var defaults: [Value]
    /// Defaults of keyword-only parameters, by name.
    public var kwDefaults: [(String, Value)]
    /// Cells of the free variables, in `code.freevars` order.
    public let closure: [PyCell]
    /// `__name__`.
    public var name: String
    /// `__qualname__`.
    public var qualname: String
    /// `__dict__` (set by `functools.wraps`, decorators…).
    public var attrs = AttrDict()

    public override var type: PyType { BuiltinTypes.function }

    public init(code: CodeObject, globals: Globals, defaults: [Value], kwDefaults: [(String, Value)], closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        self.name = code.name
        self.qualname = code.qualname
    }
}

/// A function implemented in Swift.
public final class PyBuiltinFunction: PyObject {
    /// `__name__`.
    public let name: String
    /// The type it is a method of, for reprs like `<method 'append' of 'list' objects>`.
    public let owner: PyType?
    /// The implementation.
    public let fn: (VM, CallArgs) throws -> Value
    /// The bound `self` of a builtin method taken from a module object, if any.
    public let boundSelf: Value?

    public override var type: PyType { owner == nil ? BuiltinTypes.builtinFunction : BuiltinTypes.methodDescriptor }

    public init(name: String, owner: PyType? = nil, boundSelf: Value? = nil, _ fn: @escaping (VM, CallArgs) throws -> Value) {
        self.name = name
        self.owner = owner
        self.fn = fn
        self.boundSelf = boundSelf
    }
}

/// A function bound to an instance (`obj.method`).
public final class PyBoundMethod: PyObject {
    /// `__self__`.
    public let receiver: Value
    /// `__func__`.
    public let function: Value

    public override var type: PyType { BuiltinTypes.method }

    public init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
    }
}

/// `classmethod(f)`, `staticmethod(f)` and `property(f)` wrappers in class bodies.
public final class PyMethodWrapper: PyObject {
    public enum Kind { case classMethod, staticMethod, property }
    /// Which wrapper this is.
    public let kind: Kind
    /// The wrapped callable (the getter for a property).
    public let function: Value
    /// A property's setter, if any.
    public var setter: Value?
    /// A property's deleter, if any.
    public var deleter: Value?
    /// A property's `doc` argument (nil: the getter's docstring).
    public var doc: Value?

    public override var type: PyType {
        switch kind {
        case .classMethod: return BuiltinTypes.classmethod
        case .staticMethod: return BuiltinTypes.staticmethod
        case .property: return BuiltinTypes.property
        }
    }

    public init(kind: Kind, function: Value) {
        self.kind = kind
        self.function = function
    }
}

/// A module object (`inspect`, `asyncio`, …).
public final class PyModule: PyObject {
    /// `__name__`.
    public let name: String
    /// The module's attributes.
    public var attrs = AttrDict()

    public override var type: PyType { BuiltinTypes.module }

    public init(name: String) {
        self.name = name
    }

    /// Registers a built-in function.
    public func function(_ name: String, _ fn: @escaping (VM, CallArgs) throws -> Value) {
        attrs[name] = .object(PyBuiltinFunction(name: name, fn))
    }
}

/// A namespace of module-level variables. Each name has a stable cell, so
/// `loadGlobal` can cache the cell per code object instead of hashing per access.
public final class Globals {
    /// Name → cell; a cell's nil value means "not defined".
    private var cells: [String: PyCell] = [:]
    /// Names in first-definition order, for deterministic listings.
    public private(set) var order: [String] = []

    public init() {}

    /// The cell for `name`, created empty when missing.
    public func cell(_ name: String) -> PyCell {
        if let c = cells[name] { return c }
        let c = PyCell(nil)
        cells[name] = c
        return c
    }

    public subscript(name: String) -> Value? {
        get { cells[name]?.value }
        set {
            let c = cell(name)
            if c.value == nil, newValue != nil, !order.contains(name) { order.append(name) }
            c.value = newValue
            if newValue == nil { order.removeAll { $0 == name } }
        }
    }

    /// Defined names and values in definition order.
    public var items: [(String, Value)] {
        order.compactMap { n in cells[n]?.value.map { (n, $0) } }
    }
}
