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
