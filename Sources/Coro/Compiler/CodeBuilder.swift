/// Accumulates one code object's instructions, constants, names, line numbers,
/// exception handlers and stack depth while the compiler walks a scope.
final class CodeBuilder {
    /// Emitted instructions.
    var instructions: [UInt32] = []
    /// Source line of each instruction.
    var lines: [Int32] = []
    /// Constant pool.
    var constants: [Value] = []
    /// Deduplication of simple constants.
    private var constantIndex: [String: Int] = [:]
    /// Name pool for global/attribute/import instructions.
    var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    /// Line of the node being compiled.
    var line: Int32 = 1
    /// Value stack depth at the current point.
    var depth = 0
    /// Deepest the stack gets.
    var maxDepth = 0
    /// Whether the current point is unreachable (after a jump, return or raise).
    var unreachable = false
    /// Label positions (instruction index), nil until bound.
    private var labels: [Int?] = []
    /// Stack depth expected at each label.
    private var labelDepths: [Int?] = []
    /// Jumps to patch: (instruction index, label).
    private var fixups: [(Int, Int)] = []
    /// Active exception handlers, innermost last: (handler label, stack depth).
    var handlerStack: [(label: Int, depth: Int)] = []
    /// The innermost handler for each instruction (index into `handlerRecords`).
    private var handlerOf: [Int] = []
    /// Every handler ever pushed: (label, depth).
    private var handlerRecords: [(label: Int, depth: Int)] = []
    /// Index of the record for each entry of `handlerStack`.
    private var handlerStackRecords: [Int] = []

    // MARK: - Emitting

    func emit(_ op: Opcode, _ arg: Int = 0) {
        instructions.append(encode(op, arg))
        lines.append(line)
        handlerOf.append(handlerStackRecords.last ?? -1)
        depth += CodeBuilder.stackEffect(op, arg)
        if depth > maxDepth { maxDepth = depth }
        switch op {
        case .returnValue, .raiseVarargs, .reraise, .popExceptReraise, .jump:
            unreachable = true
        default:
            unreachable = false
        }
    }

    /// Where the last label was bound: no fusion across a jump target.
    private var lastBindPosition = -1

    /// The opcode and operand of the last instruction, if it can be fused with
    /// the next one (no jump lands between them).
    private var fusable: (Opcode, Int)? {
        guard let last = instructions.last, lastBindPosition != instructions.count,
              let op = Opcode(rawValue: UInt8(truncatingIfNeeded: last)) else { return nil }
        return (op, Int(last >> 8))
    }

    private func dropLast() {
        let (op, arg) = decoded(instructions.count - 1) ?? (.nop, 0)
        instructions.removeLast()
        lines.removeLast()
        handlerOf.removeLast()
        depth -= CodeBuilder.stackEffect(op, arg)
    }

    /// Instruction i decoded.
    private func decoded(_ i: Int) -> (Opcode, Int)? {
        guard i >= 0, i < instructions.count, let op = Opcode(rawValue: UInt8(truncatingIfNeeded: instructions[i])) else { return nil }
        return (op, Int(instructions[i] >> 8))
    }

    /// Whether the last `n` instructions can be fused with the next one: no jump
    /// lands among them and they share the current exception handler.
    private func canFuse(last n: Int) -> Bool {
        let count = instructions.count
        guard count >= n, lastBindPosition <= count - n else { return false }
        let current = handlerStackRecords.last ?? -1
        for i in (count - n)..<count where handlerOf[i] != current { return false }
        return true
    }

    /// `loadFast` after `loadFast` becomes `loadFastPair`.
    func emitLoadFast(_ b: Int) {
        if canFuse(last: 1), let (prev, a) = decoded(instructions.count - 1), prev == .loadFast, a < 4096, b < 4096 {
            dropLast()
            emit(.loadFastPair, a | (b << 12))
            return
        }
        emit(.loadFast, b)
    }

    /// `storeFast t` after `t op= constant` or `t op= u` becomes one instruction.
    func emitStoreFast(_ t: Int) {
        let n = instructions.count
        if t < 1024, canFuse(last: 2), let (last, op) = decoded(n - 1), last == .inplaceOp, op < 16,
           let (prev, pArg) = decoded(n - 2) {
            if prev == .loadFastPair, pArg & 0xfff == t, pArg >> 12 < 1024 {
                dropLast()
                dropLast()
                emit(.inplaceFastFast, t | ((pArg >> 12) << 10) | (op << 20))
                return
            }
            if prev == .loadConst, pArg < 1024, canFuse(last: 3), let (first, fArg) = decoded(n - 3), first == .loadFast, fArg == t {
                dropLast()
                dropLast()
                dropLast()
                emit(.inplaceFastConst, t | (op << 10) | (pArg << 14))
                return
            }
        }
        emit(.storeFast, t)
    }

    /// `binaryOp` after `loadConst` becomes `binaryOpConst`.
    func emitBinary(_ op: Int) {
        if let (prev, k) = fusable, prev == .loadConst, k < (1 << 20) {
            dropLast()
            emit(.binaryOpConst, op | (k << 4))
            return
        }
        emit(.binaryOp, op)
    }

    /// Emits a jump to `label`; `depthAtTarget` is the stack depth there.
    func emitJump(_ op: Opcode, _ label: Int) {
        if op == .popJumpIfFalse, let (prev, cmp) = fusable, prev == .compareOp {
            dropLast()
            fixups.append((instructions.count, label))
            emit(.compareJumpIfFalse, cmp)
            noteLabelDepth(label, depth)
            return
        }
        let before = depth
        fixups.append((instructions.count, label))
        emit(op, 0)
        let atTarget: Int
        switch op {
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: atTarget = before
        case .forIter: atTarget = before - 1
        case .send: atTarget = before - 1
        default: atTarget = depth
        }
        noteLabelDepth(label, atTarget)
    }

    private func noteLabelDepth(_ label: Int, _ d: Int) {
        if labelDepths[label] == nil { labelDepths[label] = d }
    }

    func newLabel() -> Int {
        labels.append(nil)
        labelDepths.append(nil)
        return labels.count - 1
    }

    /// Places `label` here; after an unconditional transfer the depth is the label's.
    func bind(_ label: Int) {
        labels[label] = instructions.count
        lastBindPosition = instructions.count
        if unreachable, let d = labelDepths[label] {
            depth = d
        } else {
            noteLabelDepth(label, depth)
        }
        unreachable = false
    }

    // MARK: - Pools

    func constant(_ v: Value) -> Int {
        let key: String?
        switch v {
        case .none: key = "n"
        case .bool(let b): key = b ? "T" : "F"
        case .int(let i): key = "i\(i)"
        case .float(let d): key = "f\(d.bitPattern)"
        case .object(let o):
            if let s = o as? PyStr { key = "s" + s.value } else { key = nil }
        }
        if let key, let i = constantIndex[key] { return i }
        constants.append(v)
        if let key { constantIndex[key] = constants.count - 1 }
        return constants.count - 1
    }

    func name(_ n: String) -> Int {
        if let i = nameIndex[n] { return i }
        names.append(n)
        nameIndex[n] = names.count - 1
        return names.count - 1
    }

    // MARK: - Handlers

    /// Starts a region whose exceptions go to `label` with the stack cut to `depth`.
    func pushHandler(_ label: Int, depth d: Int) {
        handlerRecords.append((label, d))
        handlerStackRecords.append(handlerRecords.count - 1)
        handlerStack.append((label, d))
        // At the handler the exception is pushed on the cut stack.
        noteLabelDepth(label, d + 1)
    }

    func popHandler() {
        handlerStack.removeLast()
        handlerStackRecords.removeLast()
    }

    /// Temporarily leaves the innermost `n` handlers (inline `finally` copies).
    func withoutHandlers<T>(_ n: Int, _ body: () throws -> T) rethrows -> T {
        let savedStack = handlerStack
        let savedRecords = handlerStackRecords
        handlerStack.removeLast(min(n, handlerStack.count))
        handlerStackRecords.removeLast(min(n, handlerStackRecords.count))
        defer {
            handlerStack = savedStack
            handlerStackRecords = savedRecords
        }
        return try body()
    }

    // MARK: - Finishing

    func resolvedInstructions() -> [UInt32] {
        var out = instructions
        var byIndex: [Int: Int] = [:]
        for (at, label) in fixups { byIndex[at] = label }
        for (at, label) in fixups {
            var target = labels[label] ?? instructions.count
            // A jump to an unconditional jump goes straight to its target.
            var hops = 0
            while hops < 8, let j = labelTarget(ofJumpAt: target, byIndex) {
                target = j
                hops += 1
            }
            if UInt8(truncatingIfNeeded: out[at]) == Opcode.compareJumpIfFalse.rawValue {
                out[at] = (out[at] & 0x7ff) | (UInt32(target) << 11)
            } else {
                out[at] = (out[at] & 0xff) | (UInt32(target) << 8)
            }
        }
        return out
    }

    /// The label target of the unconditional `jump` at instruction `i`, if it is one.
    private func labelTarget(ofJumpAt i: Int, _ byIndex: [Int: Int]) -> Int? {
        guard i < instructions.count, UInt8(truncatingIfNeeded: instructions[i]) == Opcode.jump.rawValue,
              let fix = byIndex[i] else { return nil }
        return labels[fix]
    }

    func exceptionTable() -> [ExceptionTableEntry] {
        var out: [ExceptionTableEntry] = []
        var i = 0
        while i < handlerOf.count {
            let h = handlerOf[i]
            var j = i
            while j < handlerOf.count && handlerOf[j] == h { j += 1 }
            if h >= 0 {
                let rec = handlerRecords[h]
                out.append(ExceptionTableEntry(start: Int32(i), end: Int32(j), target: Int32(labels[rec.label] ?? 0), depth: Int32(rec.depth)))
            }
            i = j
        }
        return out
    }

    // MARK: - Stack effects

    /// Net stack change of an instruction on its fall-through path.
    static func stackEffect(_ op: Opcode, _ arg: Int) -> Int {
        switch op {
        case .nop, .swap, .deleteFast, .deleteDeref, .deleteGlobal, .deleteName, .loadAttr, .unaryOp,
             .listToTuple, .jump, .getIter, .yieldValue, .getYieldFromIter, .getAwaitable, .send,
             .checkExcMatch, .getAiter:
            return 0
        case .copy, .loadConst, .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadGlobal, .loadName,
             .loadMethod, .forIter, .pushExcInfo, .beforeWith, .withExceptStart, .beforeAsyncWith, .getAnext,
             .importName, .importFrom, .loadAssertionError:
            return 1
        case .popTop, .storeFast, .storeDeref, .storeGlobal, .storeName, .deleteAttr, .binaryOp, .inplaceOp,
             .compareOp, .isOp, .containsOp, .binarySubscr, .listAppend, .setAdd, .listExtend, .setUpdate,
             .dictUpdate, .dictMerge, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop,
             .returnValue, .reraise, .popExcept, .printExpr:
            return -1
        case .storeAttr, .deleteSubscr, .mapAdd, .popExceptReraise, .endAsyncFor:
            return -2
        case .storeSubscr:
            return -3
        case .compareJumpIfFalse:
            return -2
        case .binaryOpConst, .inplaceFastConst, .inplaceFastFast:
            return 0
        case .loadFastPair:
            return 2
        case .call:
            return -arg
        case .callMethod, .callKw:
            return -arg - 1
        case .callEx:
            return arg & 1 != 0 ? -2 : -1
        case .buildSlice, .buildTuple, .buildList, .buildSet, .buildString:
            return 1 - arg
        case .buildMap:
            return 1 - 2 * arg
        case .unpackSequence:
            return arg - 1
        case .unpackEx:
            return (arg & 0xff) + (arg >> 8)
        case .makeFunction:
            return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 3) & 1))
        case .buildClass:
            return -1 - arg
        case .raiseVarargs:
            return -arg
        case .formatValue:
            return arg & 4 != 0 ? -1 : 0
        }
    }
}
