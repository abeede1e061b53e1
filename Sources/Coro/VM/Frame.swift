/// How a frame that was switched into by the dispatch loop hands its results back
/// to the frame below it. Set when a generator frame is resumed.
enum ResumeMode {
    /// Entered from Swift (`runFrame`): results return to the Swift caller.
    case swift
    /// An ordinary call: the return value is pushed on the caller's stack.
    case call
    /// A `for` loop's `forIter`: a yield pushes the next item, a return ends the loop.
    case forIter
    /// A `yield from`/`await` `send`: a yield pushes the yielded value, a return
    /// pushes the result and jumps past the delegation loop.
    case yieldFrom
    /// `next(g)`/`g.send(v)` called from Python: a yield is the call's result, a
    /// return raises StopIteration in the caller.
    case callNext
    /// Linked under a generator that delegates to it without that generator
    /// executing its `send` (PEP 380's optimisation): a yield passes straight
    /// through the delegator, which stays suspended after its `yieldValue`; a
    /// return becomes the result of the delegator's `yield from`.
    case delegatedYield
}

/// Marks an unbound local slot.
final class UnboundMarker: PyObject {}
let unbound = UnboundMarker()
let unboundValue = Value.object(unbound)

/// An activation record on the heap: locals, cells and the value stack in one
/// buffer. Generator frames outlive their calls; the dispatch loop links frames
/// through `back` while they run.
public final class Frame {
    /// The code being run.
    public let code: CodeObject
    /// The module namespace.
    public internal(set) var globals: Globals
    /// Identity of `globals`, compared against the code's global cache.
    var globalsID: ObjectIdentifier { ObjectIdentifier(globals) }
    /// Locals, then cells (as `.object(PyCell)`), then the value stack. Slots below
    /// `sp` are initialised; slots at and above it are not.
    let slots: UnsafeMutablePointer<Value>
    /// Index of the first free stack slot.
    var sp: Int
    /// Index of the next instruction.
    var ip: Int = 0
    /// The frame that resumed or called this one, while it runs.
    var back: Frame?
    /// How results go back to `back`.
    var resumeMode: ResumeMode = .call
    /// Whether `generatorRef` is set (kept next to `resumeMode`: one word for
    /// both flags and `activation`).
    var isGenerator = false
    /// Bumped each time the frame returns to its pool: with the object's
    /// identity it names one activation (traceback entries compare it).
    var activation: UInt32 = 0
    /// The class namespace, for class bodies.
    var namespace: PyDict?
    /// The generator that owns this frame, not retained (the generator owns the
    /// frame). Unmanaged rather than `unowned(unsafe)`: converting the latter to a
    /// strong reference costs an atomic retain on every yield.
    var generatorRef: Unmanaged<PyGenerator>?
    /// The owning generator, if any.
    var generator: PyGenerator? {
        get { generatorRef?.takeUnretainedValue() }
        set { generatorRef = newValue.map { Unmanaged.passUnretained($0) } }
    }

    init(code: CodeObject, globals: Globals) {
        self.code = code
        self.globals = globals
        let size = code.frameSize
        slots = UnsafeMutablePointer<Value>.allocate(capacity: max(size, 1))
        let nlocals = code.varnames.count
        slots.initialize(repeating: unboundValue, count: nlocals)
        sp = nlocals
    }

    deinit {
        slots.deinitialize(count: sp)
        slots.deallocate()
    }

    /// A pooled frame of `code` (its slots all uninitialised), or nil.
    @inline(__always)
    private static func pooled(_ code: CodeObject, _ globals: Globals) -> Frame? {
        let n = code.framePoolCount
        guard n > 0 else { return nil }
        code.framePoolCount = n &- 1
        let f = (code.framePool.unsafelyUnwrapped + (n &- 1)).move()
        if !same(f.globals, globals) { f.globals = globals }
        return f
    }

    /// A frame for a call of `code`, every local unbound: a recycled one when the
    /// code has one.
    @inline(__always)
    static func make(_ code: CodeObject, _ globals: Globals) -> Frame {
        if let f = pooled(code, globals) {
            f.slots.initialize(repeating: code.unboundMarker, count: code.localCount)
            f.sp = code.localCount
            return f
        }
        return Frame(code: code, globals: globals)
    }

    /// A frame for a call of `code` whose first `count` locals are moved from
    /// `arguments` (the caller's stack), the rest unbound.
    @inline(__always)
    static func make(_ code: CodeObject, _ globals: Globals,
                     movingArguments arguments: UnsafeMutablePointer<Value>, count: Int) -> Frame {
        let nlocals = code.localCount
        if !code.isGeneratorLike, let f = pooled(code, globals) {
            let slots = f.slots
            var i = 0
            while i < count {
                (slots + i).initialize(to: (arguments + i).move())
                i &+= 1
            }
            while i < nlocals {
                (slots + i).initialize(to: code.unboundMarker)
                i &+= 1
            }
            f.sp = nlocals
            return f
        }
        let f = Frame(code: code, globals: globals)
        var i = 0
        while i < count {
            f.slots[i] = (arguments + i).move()
            i &+= 1
        }
        return f
    }

    /// Returns a finished call frame to its code's pool, emptied (its caller has
    /// already unlinked `back`).
    @inline(__always)
    func recycle() {
        activation &+= 1
        while sp > 0 {
            sp &-= 1
            (slots + sp).deinitialize(count: 1)
        }
        ip = 0
        resumeMode = .call
        if namespace != nil { namespace = nil }
        let code = self.code
        let n = code.framePoolCount
        guard n < CodeObject.framePoolCapacity else { return }
        let pool: UnsafeMutablePointer<Frame>
        if let p = code.framePool {
            pool = p
        } else {
            pool = .allocate(capacity: CodeObject.framePoolCapacity)
            code.framePool = pool
        }
        (pool + n).initialize(to: self)
        code.framePoolCount = n &+ 1
    }

    /// First slot of the value stack.
    var stackBase: Int { code.stackBase }

    /// Installs the cells after the locals (fresh cells, then the closure's).
    @inline(__always)
    func installCells(closure: [PyCell]) {
        if code.hasCells { installCellsSlow(closure: closure) }
    }

    private func installCellsSlow(closure: [PyCell]) {
        for _ in code.cellvars { (slots + sp).initialize(to: .object(PyCell())); sp += 1 }
        for c in closure { (slots + sp).initialize(to: .object(c)); sp += 1 }
        for (cell, local) in code.cellParameters {
            if let c = cellAt(cell) { c.value = slots[local] }
        }
    }

    /// The cell at index i of cellvars + freevars.
    func cellAt(_ i: Int) -> PyCell? {
        if case .object(let o) = slots[code.varnames.count + i] { return o as? PyCell }
        return nil
    }

    @inline(__always) func push(_ v: Value) {
        (slots + sp).initialize(to: v)
        sp += 1
    }

    @inline(__always) func pop() -> Value {
        sp -= 1
        return (slots + sp).move()
    }

    /// The top of the value stack (the frame must have one).
    var top: Value { slots[sp - 1] }

    /// Drops the value stack down to `depth` items above the stack base.
    func truncateStack(to depth: Int) {
        let target = stackBase + depth
        while sp > target { _ = pop() }
    }

    /// Releases everything the frame holds (a finished generator's frame), as
    /// CPython clears frames so reference cycles through them do not linger.
    func clear() {
        slots.deinitialize(count: sp)
        sp = 0
    }

    /// Whether throwing GeneratorExit in at the suspension point can run code: a
    /// handler covers it, or the frame is delegating (`yield from`/`await`).
    var closeHasEffect: Bool {
        if code.handler(at: ip - 1) != nil { return true }
        guard ip >= 2 else { return false }
        return UInt8(truncatingIfNeeded: code.instructions[ip - 2]) == Opcode.send.rawValue
    }

    /// Current source line (of the instruction last executed).
    public var line: Int { code.line(at: max(ip - 1, 0)) }

    /// Local variables that are bound, in declaration order (cells included).
    public var boundLocals: [(String, Value)] {
        var out: [(String, Value)] = []
        guard sp > 0 else { return out }
        for (i, n) in code.varnames.enumerated() where !code.cellvars.contains(n) {
            if case .object(let o) = slots[i], o === unbound { continue }
            out.append((n, slots[i]))
        }
        let names = code.cellvars + code.freevars
        for (i, n) in names.enumerated() {
            if let c = cellAt(i), let v = c.value { out.append((n, v)) }
        }
        return out
    }
}
