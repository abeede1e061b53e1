// TEMPORARY: placeholders replaced by the real built-in method tables.
enum ObjectMethods { static func install(_ t: PyType) {} }
enum TypeMethods { static func install(_ t: PyType) {} }
enum IntMethods { static func install(_ t: PyType) {} }
enum BoolMethods { static func install(_ t: PyType) {} }
enum FloatMethods { static func install(_ t: PyType) {} }
enum StrMethods { static func install(_ t: PyType) {} }
enum TupleMethods { static func install(_ t: PyType) {} }
enum ListMethods { static func install(_ t: PyType) {} }
enum DictMethods { static func install(_ t: PyType) {} }
enum SetMethods { static func install(_ t: PyType) {}; static func installFrozen(_ t: PyType) {} }
enum RangeMethods { static func install(_ t: PyType) {} }
enum FunctionMethods { static func install(_ t: PyType) {} }
enum GeneratorMethods { static func install(_ t: PyType) {} }
enum ExceptionMethods { static func install(_ t: PyType) {} }
enum IteratorMethods { static func install(_ t: PyType) {} }
enum BuiltinModules { static let factories: [String: (VM) -> PyModule] = [:] }
extension BuiltinTypes { public static let partial = PyType(name: "partial", base: object, module: "functools") }
extension VM {
    func installBuiltins() {
        builtins["print"] = .object(PyBuiltinFunction(name: "print") { vm, a in
            vm.output.write(try a.positional.map { try vm.str($0) }.joined(separator: " ") + "\n")
            return .none
        })
    }
    func percentFormat(_ s: String, _ v: Value) throws -> String { s }
}
