// TEMPORARY: placeholders for the built-in functions and modules (being written).
enum ObjectMethods { static func install(_ t: PyType) {} }
enum TypeMethods { static func install(_ t: PyType) {} }
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
}
