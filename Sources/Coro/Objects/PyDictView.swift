/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict — they see later
/// changes, as in Python.
public final class PyDictView: PyObject {
    public enum Kind {
        case keys, values, items

        /// The type name of the view (`dict_keys`).
        var typeName: String {
            switch self {
            case .keys: return "dict_keys"
            case .values: return "dict_values"
            case .items: return "dict_items"
            }
        }

        /// The type name of its iterator (`dict_keyiterator`).
        var iteratorName: String {
            switch self {
            case .keys: return "dict_keyiterator"
            case .values: return "dict_valueiterator"
            case .items: return "dict_itemiterator"
            }
        }
    }

    /// Which part of the dict the view shows.
    public let kind: Kind
    /// The viewed dict.
    public let dict: PyDict

    public override var type: PyType {
        switch kind {
        case .keys: return BuiltinTypes.dictKeys
        case .values: return BuiltinTypes.dictValues
        case .items: return BuiltinTypes.dictItems
        }
    }

    public init(_ kind: Kind, of dict: PyDict) {
        self.kind = kind
        self.dict = dict
    }

    /// Keys and items views behave like sets (`&`, `|`, `==` with sets).
    public var isSetLike: Bool { kind != .values }

    /// The view's elements, in the dict's order.
    func elements() -> [Value] {
        let live = dict.table.live
        switch kind {
        case .keys: return live.map { $0.key }
        case .values: return live.map { $0.value }
        case .items: return live.map { .tuple([$0.key, $0.value]) }
        }
    }
}

extension BuiltinTypes {
    public static let dictKeys: PyType = view(.keys)
    public static let dictValues: PyType = view(.values)
    public static let dictItems: PyType = view(.items)

    private static func view(_ kind: PyDictView.Kind) -> PyType {
        let t = PyType(name: kind.typeName, base: object)
        t.isSubclassable = false
        DictMethods.installView(t, kind)
        return t
    }
}
