/// Flags of a code object, as CPython's `co_flags`.
public struct CodeFlags: OptionSet {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Has a `*args` parameter.
    public static let varargs = CodeFlags(rawValue: 0x04)
    /// Has a `**kwargs` parameter.
    public static let varkeywords = CodeFlags(rawValue: 0x08)
    /// Calling it makes a generator.
    public static let generator = CodeFlags(rawValue: 0x20)
    /// Calling it makes a coroutine (`async def`).
    public static let coroutine = CodeFlags(rawValue: 0x80)
    /// A generator usable as a coroutine (`@asyncio.coroutine`).
    public static let iterableCoroutine = CodeFlags(rawValue: 0x100)
    /// Calling it makes an async generator.
    public static let asyncGenerator = CodeFlags(rawValue: 0x200)
    /// A class body: names live in a namespace dict.
    public static let classBody = CodeFlags(rawValue: 0x10000)
    /// A module or session input: names are globals.
    public static let module = CodeFlags(rawValue: 0x20000)
}

/// Compiled code of a module, function, class body, lambda or comprehension.
public final class CodeObject {
    /// `co_name`.
    public let name: String
    /// `co_qualname`, e.g. `outer.<locals>.inner`.
    public let qualname: String
    /// The source file name shown in tracebacks.
    public let filename: String
    /// Line of the `def` (or 1 for modules).
    public let firstLine: Int
    /// The instructions, see `Opcode`.
    public let instructions: [UInt32]
    /// The same instructions in stable memory for the dispatch loop.
    let code: UnsafeMutablePointer<UInt32>
    /// Source line of each instruction.
    public let lines: [Int32]
    /// Constants referenced by `loadConst`.
    public let constants: [Value]
    /// Names referenced by global, attribute and import instructions.
    public let names: [String]
    /// Local variable names; parameters first.
    public let varnames: [String]
    /// Locals captured by inner functions (each lives in a cell).
    public let cellvars: [String]
    /// Variables captured from enclosing functions.
    public let freevars: [String]
    /// For each cell variable that is also a parameter, the parameter's local index.
    public let cellParameters: [(cell: Int, local: Int)]
    /// Positional parameters (including positional-only).
    public let argcount: Int
    /// Positional-only parameters.
    public let posonlyargcount: Int
    /// Keyword-only parameters.
    public let kwonlyargcount: Int
    /// Kind flags. Mutable for one reason: `@asyncio.coroutine` (`types.coroutine`)
    /// adds `iterableCoroutine` to a generator function's code.
    public internal(set) var flags: CodeFlags
    /// Deepest value stack the code needs.
    public let stackSize: Int
    /// Exception handlers, innermost first for overlapping ranges.
    public let exceptionTable: [ExceptionTableEntry]
    /// Source lines of the file, for tracebacks and `where`.
    public let source: SourceText
    /// The function's docstring (`__doc__`), if its body starts with a string.
    public var docstring: String?
    /// Finished call frames of this code, emptied, reused by the next calls (a
    /// call then costs no allocation). Generator frames never come here. A stack
    /// of `framePoolCapacity` entries, allocated when the first frame is returned.
    var framePool: UnsafeMutablePointer<Frame>?
    /// How many frames `framePool` holds.
    var framePoolCount = 0
    static let framePoolCapacity = 64
    /// The namespace `globalCells` was filled for.
    var cacheOwnerID: ObjectIdentifier?
    /// Per name index: the global's cell (nil until first looked up), held
    /// retained by hand so that reading it in the dispatch loop costs no retain.
    let globalCells: UnsafeMutablePointer<Unmanaged<PyCell>?>
    /// Per name index: the builtin seen when the global was undefined (a later
    /// global definition still wins).
    let cachedBuiltins: UnsafeMutablePointer<Value?>
    /// Per name index: the method `loadMethod` found last, for which receiver type
    /// and at which `PyType.dictVersion` (an inline cache).
    let methodCache: UnsafeMutablePointer<(type: ObjectIdentifier?, version: Int, method: Value)>
    /// `constants` in stable memory for the dispatch loop.
    let constantsPointer: UnsafeMutablePointer<Value>
    /// Whether frames need cells installed.
    let hasCells: Bool
    /// Index of a frame's first value-stack slot: after the locals and cells.
    let stackBase: Int
    /// `varnames.count`, kept as a plain integer for the call path.
    let localCount: Int
    /// The unbound-local marker, held here so resetting a frame reads a field
    /// instead of a lazily initialised global.
    let unboundMarker = unboundValue
    /// Whether calling the function makes a generator, coroutine or async generator.
    public let isGeneratorLike: Bool
    /// Only positional-or-keyword parameters: a call with exactly `argcount`
    /// positional arguments can move them straight into the frame.
    let hasSimpleSignature: Bool
    /// A simple signature, no cells, not a generator: a call with exactly
    /// `argcount` positional arguments is a frame switch in the dispatch loop.
    let hasPlainCalls: Bool

    /// Slots a frame needs: locals, cells, then the value stack.
    public var frameSize: Int { varnames.count + cellvars.count + freevars.count + stackSize }

    public init(name: String, qualname: String, filename: String, firstLine: Int,
                instructions: [UInt32], lines: [Int32], constants: [Value], names: [String],
                varnames: [String], cellvars: [String], freevars: [String],
                cellParameters: [(cell: Int, local: Int)],
                argcount: Int, posonlyargcount: Int, kwonlyargcount: Int, flags: CodeFlags,
                stackSize: Int, exceptionTable: [ExceptionTableEntry], source: SourceText) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLine = firstLine
        self.instructions = instructions
        self.lines = lines
        self.constants = constants
        self.names = names
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.cellParameters = cellParameters
        self.argcount = argcount
        self.posonlyargcount = posonlyargcount
        self.kwonlyargcount = kwonlyargcount
        self.flags = flags
        self.stackSize = stackSize
        self.exceptionTable = exceptionTable
        self.source = source
        code = UnsafeMutablePointer<UInt32>.allocate(capacity: max(1, instructions.count))
        code.initialize(from: instructions, count: instructions.count)
        globalCells = UnsafeMutablePointer<Unmanaged<PyCell>?>.allocate(capacity: max(1, names.count))
        globalCells.initialize(repeating: nil, count: names.count)
        cachedBuiltins = UnsafeMutablePointer<Value?>.allocate(capacity: max(1, names.count))
        cachedBuiltins.initialize(repeating: nil, count: names.count)
        methodCache = .allocate(capacity: max(1, names.count))
        methodCache.initialize(repeating: (nil, 0, .none), count: names.count)
        constantsPointer = UnsafeMutablePointer<Value>.allocate(capacity: max(1, constants.count))
        constantsPointer.initialize(from: constants, count: constants.count)
        hasCells = !cellvars.isEmpty || !freevars.isEmpty
        stackBase = varnames.count + cellvars.count + freevars.count
        localCount = varnames.count
        isGeneratorLike = flags.contains(.generator) || flags.contains(.coroutine) || flags.contains(.asyncGenerator)
        hasSimpleSignature = !flags.contains(.varargs) && !flags.contains(.varkeywords) && kwonlyargcount == 0
        hasPlainCalls = hasSimpleSignature && !isGeneratorLike && !hasCells
    }

    deinit {
        code.deallocate()
        for i in 0..<names.count { globalCells[i]?.release() }
        globalCells.deinitialize(count: names.count)
        globalCells.deallocate()
        cachedBuiltins.deinitialize(count: names.count)
        cachedBuiltins.deallocate()
        methodCache.deinitialize(count: names.count)
        methodCache.deallocate()
        constantsPointer.deinitialize(count: constants.count)
        constantsPointer.deallocate()
        if let pool = framePool {
            pool.deinitialize(count: framePoolCount)
            pool.deallocate()
        }
    }

    /// The source line of the instruction at `ip` (0 if unknown).
    public func line(at ip: Int) -> Int {
        guard ip >= 0, ip < lines.count else { return firstLine }
        return Int(lines[ip])
    }

    /// The handler for an exception raised at `ip`, if any.
    func handler(at ip: Int) -> ExceptionTableEntry? {
        let i = Int32(ip)
        for e in exceptionTable where e.start <= i && i < e.end { return e }
        return nil
    }


}

/// The lines of one source text, shared by all code objects compiled from it.
public final class SourceText {
    /// The file name shown in tracebacks.
    public let filename: String
    /// The lines, without line terminators.
    public let lines: [String]

    public init(filename: String, text: String) {
        self.filename = filename
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
    }

    /// Line n (1-based), or nil.
    public func line(_ n: Int) -> String? {
        guard n >= 1, n <= lines.count else { return nil }
        return lines[n - 1]
    }
}
