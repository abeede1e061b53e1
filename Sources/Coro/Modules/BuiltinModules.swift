/// The modules `import` can find: each is built on first import, per interpreter
/// (`VM.importModule` caches it). `asyncio` is added by the event loop layer.
enum BuiltinModules {
    static let factories: [String: (VM) -> PyModule] = [
        "functools": FunctoolsModule.make,
        "itertools": ItertoolsModule.make,
        "time": TimeModule.make,
        "inspect": InspectModule.make,
        "asyncio": AsyncioModule.make,
    ]
}

extension VM {
    /// Runs the Python part of a built-in module in namespace `g`. It is fixed
    /// text: failing is a bug of coro's, reported rather than hidden.
    func runModuleSource(_ source: String, file: String, in g: Globals) {
        do {
            let code = try Compile.module(try Parse.module(source), source: SourceText(filename: file, text: source))
            let frame = Frame(code: code, globals: g)
            frame.installCells(closure: [])
            _ = try runCallFrame(frame)
        } catch let e as PyBaseException {
            output.writeError("coro: internal error in \(file):\n" + formatException(e))
        } catch {
            output.writeError("coro: internal error in \(file): \(error)\n")
        }
    }
}
