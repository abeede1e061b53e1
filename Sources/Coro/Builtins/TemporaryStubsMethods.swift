// TEMPORARY: placeholders for the built-in types' method tables (being written).
enum IntMethods { static func install(_ t: PyType) {} }
enum BoolMethods { static func install(_ t: PyType) {} }
enum FloatMethods { static func install(_ t: PyType) {} }
enum StrMethods { static func install(_ t: PyType) {} }
enum TupleMethods { static func install(_ t: PyType) {} }
enum ListMethods { static func install(_ t: PyType) {} }
enum DictMethods { static func install(_ t: PyType) {} }
enum SetMethods { static func install(_ t: PyType) {}; static func installFrozen(_ t: PyType) {} }
enum RangeMethods { static func install(_ t: PyType) {} }
extension VM {
    func percentFormat(_ s: String, _ v: Value) throws -> String { s }
}
