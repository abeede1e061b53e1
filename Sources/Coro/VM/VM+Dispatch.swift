/// How a run of the dispatch loop ended for its entry frame.
enum FrameExit {
    case returned(Value)
    case yielded(Value)
}

/// What calling a value produced: a finished result, or a Python frame that the
/// dispatch loop must run (so Python-to-Python calls never recurse in Swift).
enum CallOutcome {
    case value(Value)
    case frame(Frame)
}

extension VM {
    // MARK: - The dispatch loop

    /// Runs `entry` (and every frame it calls or resumes) until `entry` returns or
    /// yields. Python exceptions propagate out of it as `PyBaseException`.
    func runFrame(_ entry: Frame, throwing initial: PyBaseException? = nil) throws -> FrameExit {
        var f = entry
        var code = f.code.code
        var consts = f.code.constantsPointer
        var slots = f.slots
        var ip = f.ip
        var sp = f.sp
        var pending = initial
        // The marker of unbound locals, read once (a global's accessor would run per use).
        let unboundID = ObjectIdentifier(unbound)

        /// Makes `nf` the running frame: the loop's registers follow it.
        @inline(__always) func switchTo(_ nf: consuming Frame) {
            f = nf
            loadRegisters()
        }

        /// Reads the loop's registers from `f` after it has changed.
        @inline(__always) func loadRegisters() {
            code = f.code.code
            consts = f.code.constantsPointer
            slots = f.slots
            ip = f.ip
            sp = f.sp
        }

        while true {
            do {
                if let p = pending {
                    pending = nil
                    throw p
                }
                while true {
                    countdown &-= 1
                    if countdown < 0 {
                        f.ip = ip
                        f.sp = sp
                        try slowPath(f)
                    }
                    let word = code[ip]
                    ip &+= 1
                    let arg = Int(word >> 8)
                    switch unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) {
                    case .nop:
                        break
                    case .popTop:
                        sp &-= 1
                        (slots + sp).deinitialize(count: 1)
                    case .copy:
                        (slots + sp).initialize(to: slots[sp - arg])
                        sp &+= 1
                    case .swap:
                        let t = (slots + sp - 1).move()
                        (slots + sp - 1).moveInitialize(from: slots + sp - arg, count: 1)
                        (slots + sp - arg).initialize(to: t)
                    case .loadConst:
                        (slots + sp).initialize(to: consts[arg])
                        sp &+= 1
                    case .loadFast:
                        if case .int(let i) = slots[arg] {
                            // An int copies without the outlined copy of a `Value`.
                            (slots + sp).initialize(to: .int(i))
                            sp &+= 1
                            break
                        }
                        let v = slots[arg]
                        if case .object(let o) = v, ObjectIdentifier(o) == unboundID {
                            throw pyError(BuiltinTypes.unboundLocalError, "cannot access local variable '\(f.code.varnames[arg])' where it is not associated with a value")
                        }
                        (slots + sp).initialize(to: v)
                        sp &+= 1
                    case .loadFastPair:
                        if case .int(let x) = slots[arg & 0xfff], case .int(let y) = slots[arg >> 12] {
                            (slots + sp).initialize(to: .int(x))
                            (slots + sp + 1).initialize(to: .int(y))
                            sp &+= 2
                            break
                        }
                        let a = slots[arg & 0xfff]
                        let b = slots[arg >> 12]
                        if case .object(let o) = a, ObjectIdentifier(o) == unboundID { throw unboundLocal(f.code, arg & 0xfff) }
                        if case .object(let o) = b, ObjectIdentifier(o) == unboundID { throw unboundLocal(f.code, arg >> 12) }
                        (slots + sp).initialize(to: a)
                        (slots + sp + 1).initialize(to: b)
                        sp &+= 2
                    case .inplaceFastConst:
                        let t = arg & 0x3ff
                        if case .int(let x) = slots[t], case .int(let y) = consts[arg >> 14],
                           let r = smallIntOp((arg >> 10) & 0xf, x, y) {
                            (slots + t).initialize(to: .int(r))
                            break
                        }
                        let a = slots[t]
                        let b = consts[arg >> 14]
                        if case .object(let o) = a, ObjectIdentifier(o) == unboundID { throw unboundLocal(f.code, t) }
                        slots[t] = try binaryOp(BinaryOp.allCases[(arg >> 10) & 0xf], a, b, inplace: true)
                    case .inplaceFastFast:
                        let t = arg & 0x3ff
                        let u = (arg >> 10) & 0x3ff
                        if case .int(let x) = slots[t], case .int(let y) = slots[u], let r = smallIntOp(arg >> 20, x, y) {
                            (slots + t).initialize(to: .int(r))
                            break
                        }
                        let a = slots[t]
                        let b = slots[u]
                        if case .object(let o) = a, ObjectIdentifier(o) == unboundID { throw unboundLocal(f.code, t) }
                        if case .object(let o) = b, ObjectIdentifier(o) == unboundID { throw unboundLocal(f.code, u) }
                        slots[t] = try binaryOp(BinaryOp.allCases[arg >> 20], a, b, inplace: true)
                    case .storeFast:
                        sp &-= 1
                        if case .object = slots[arg] {
                            slots[arg] = (slots + sp).move()
                        } else {
                            // Nothing to release in the old value: overwrite it.
                            (slots + arg).initialize(to: (slots + sp).move())
                        }
                    case .deleteFast:
                        if case .object(let o) = slots[arg], ObjectIdentifier(o) == unboundID {
                            throw pyError(BuiltinTypes.unboundLocalError, "cannot access local variable '\(f.code.varnames[arg])' where it is not associated with a value")
                        }
                        slots[arg] = unboundValue
                    case .loadDeref:
                        guard let cell = f.cellAt(arg), let v = cell.value else {
                            throw unboundDeref(f.code, arg)
                        }
                        (slots + sp).initialize(to: v)
                        sp &+= 1
                    case .storeDeref:
                        sp &-= 1
                        f.cellAt(arg)?.value = (slots + sp).move()
                    case .deleteDeref:
                        guard let cell = f.cellAt(arg), cell.value != nil else { throw unboundDeref(f.code, arg) }
                        cell.value = nil
                    case .loadClosure:
                        (slots + sp).initialize(to: slots[f.code.varnames.count + arg])
                        sp &+= 1
                    case .loadClassDeref:
                        let name = (f.code.cellvars + f.code.freevars)[arg]
                        if let ns = f.namespace, let v = try dictGet(ns, .str(name)) {
                            (slots + sp).initialize(to: v)
                        } else if let cell = f.cellAt(arg), let v = cell.value {
                            (slots + sp).initialize(to: v)
                        } else {
                            throw unboundDeref(f.code, arg)
                        }
                        sp &+= 1
                    case .loadGlobal:
                        let v = try loadGlobal(f.code, f, arg)
                        (slots + sp).initialize(to: v)
                        sp &+= 1
                    case .storeGlobal:
                        sp &-= 1
                        f.globals[f.code.names[arg]] = (slots + sp).move()
                    case .deleteGlobal:
                        let name = f.code.names[arg]
                        if f.globals[name] == nil { throw pyError(BuiltinTypes.nameError, "name '\(name)' is not defined") }
                        f.globals[name] = nil
                    case .loadName:
                        let v = try loadName(f, f.code.names[arg])
                        (slots + sp).initialize(to: v)
                        sp &+= 1
                    case .storeName:
                        sp &-= 1
                        let v = (slots + sp).move()
                        if let ns = f.namespace { try dictSet(ns, .str(f.code.names[arg]), v) } else { f.globals[f.code.names[arg]] = v }
                    case .deleteName:
                        let name = f.code.names[arg]
                        if let ns = f.namespace {
                            if try dictDelete(ns, .str(name)) == nil { throw pyError(BuiltinTypes.nameError, "name '\(name)' is not defined") }
                        } else {
                            if f.globals[name] == nil { throw pyError(BuiltinTypes.nameError, "name '\(name)' is not defined") }
                            f.globals[name] = nil
                        }
                    case .loadAttr:
                        let o = slots[sp - 1]
                        let v = try getAttr(o, f.code.names[arg])
                        slots[sp - 1] = v
                    case .storeAttr:
                        sp &-= 2
                        let o = (slots + sp + 1).move()
                        let v = (slots + sp).move()
                        try setAttr(o, f.code.names[arg], v)
                    case .deleteAttr:
                        sp &-= 1
                        let o = (slots + sp).move()
                        try deleteAttr(o, f.code.names[arg])
                    case .loadMethod:
                        if let m = cachedMethod(f.code, arg, slots + sp - 1) {
                            // The receiver moves up a slot; the method goes under it.
                            (slots + sp).initialize(to: (slots + sp - 1).move())
                            (slots + sp - 1).initialize(to: m)
                            sp &+= 1
                            break
                        }
                        let o = slots[sp - 1]
                        let (m, selfArg) = try loadMethod(o, f.code.names[arg])
                        if selfArg.isIdentical(to: o), case .object = m {
                            f.code.methodCache[arg] = (ObjectIdentifier(o.type), PyType.dictVersion, m)
                        }
                        slots[sp - 1] = m
                        (slots + sp).initialize(to: selfArg)
                        sp &+= 1
                    case .callMethod, .call, .callKw:
                        let op = unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self)
                        var kwnames: PyTuple? = nil
                        if op == .callKw {
                            sp &-= 1
                            kwnames = (slots + sp).move().object as? PyTuple
                        }
                        var argc = arg
                        var fnIndex = sp - argc - 1
                        var argBase = sp - argc
                        if op == .callMethod {
                            // [callable, self or marker, args…]: with a self it is the first argument.
                            fnIndex -= 1
                            if case .object(let o) = slots[fnIndex + 1], ObjectIdentifier(o) == unboundID {
                            } else {
                                argBase -= 1
                                argc += 1
                            }
                        }
                        f.ip = ip
                        if kwnames == nil, var nf = try plainCallFrame(slots, fnIndex: fnIndex, argBase: argBase, argc: argc) {
                            // A plain Python function given exactly its positional
                            // parameters: its frame has taken the arguments off this stack.
                            sp = fnIndex
                            f.sp = sp
                            depth &+= 1
                            // The caller's reference moves from the register to the callee's `back`.
                            swap(&f, &nf)
                            f.back = consume nf
                            loadRegisters()
                            break
                        }
                        if kwnames == nil, argc <= 2, observer == nil, let gu = generatorStep(slots, fnIndex: fnIndex, argBase: argBase, argc: argc) {
                            // `g.send(v)`, `g.__next__()`, `next(g)`: switch to the generator's frame.
                            let sent: Value = argc == 2 ? (slots + argBase + 1).move() : .none
                            // The generator stays on the caller's stack while its frame
                            // runs (it owns the frame); its result replaces it.
                            let target = (slots + argBase).move()
                            var k = fnIndex
                            while k < argBase {
                                (slots + k).deinitialize(count: 1)
                                k &+= 1
                            }
                            (slots + fnIndex).initialize(to: target)
                            sp = fnIndex + 1
                            f.sp = sp
                            // The moved slot keeps the generator alive.
                            guard let gf = try resumeDelegating(gu, from: f, mode: .callNext, sending: sent) else {
                                throw stopIteration(.none)
                            }
                            switchTo(gf)
                            break
                        }
                        let outcome = try callFromStack(f, fnIndex: fnIndex, argBase: argBase, argc: argc, kwnames: kwnames, sp: &sp)
                        switch outcome {
                        case .value(let v):
                            (slots + sp).initialize(to: v)
                            sp &+= 1
                        case .frame(let nf):
                            f.sp = sp
                            f.ip = ip
                            try enterFrame(nf, from: f, mode: .call)
                            switchTo(nf)
                        }
                    case .callEx:
                        var kwargs: Value = .none
                        if arg & 1 != 0 {
                            sp &-= 1
                            kwargs = (slots + sp).move()
                        }
                        sp &-= 1
                        let argsTuple = (slots + sp).move()
                        sp &-= 1
                        let callee = (slots + sp).move()
                        f.ip = ip
                        f.sp = sp
                        let args = CallArgs((argsTuple.object as? PyTuple)?.items ?? [], keywords: try keywordPairs(kwargs))
                        switch try callOutcome(callee, args) {
                        case .value(let v):
                            (slots + sp).initialize(to: v)
                            sp &+= 1
                        case .frame(let nf):
                            try enterFrame(nf, from: f, mode: .call)
                            switchTo(nf)
                        }
                    case .binaryOp, .inplaceOp:
                        if case .int(let x) = slots[sp - 2], case .int(let y) = slots[sp - 1], let r = smallIntOp(arg, x, y) {
                            // Two ints in, one int out: nothing to release.
                            sp &-= 1
                            (slots + sp - 1).initialize(to: .int(r))
                            break
                        }
                        sp &-= 1
                        let b = (slots + sp).move()
                        let a = slots[sp - 1]
                        slots[sp - 1] = try binaryOp(BinaryOp.allCases[arg], a, b, inplace: word & 0xff == UInt32(Opcode.inplaceOp.rawValue))
                    case .binaryOpConst:
                        let op = arg & 0xf
                        if case .int(let x) = slots[sp - 1], case .int(let y) = consts[arg >> 4], let r = smallIntOp(op, x, y) {
                            (slots + sp - 1).initialize(to: .int(r))
                            break
                        }
                        let b = consts[arg >> 4]
                        let a = slots[sp - 1]
                        slots[sp - 1] = try binaryOp(BinaryOp.allCases[op], a, b)
                    case .compareJumpIfFalse:
                        if case .int(let x) = slots[sp - 2], case .int(let y) = slots[sp - 1] {
                            sp &-= 2
                            if !compareInts(arg & 7, x, y) { ip = arg >> 3 }
                            break
                        }
                        sp &-= 2
                        let b = (slots + sp + 1).move()
                        let a = (slots + sp).move()
                        let v = try richCompare(a, b, arg & 7)
                        let r: Bool
                        if case .bool(let bv) = v { r = bv } else { r = try truthy(v) }
                        if !r { ip = arg >> 3 }
                    case .unaryOp:
                        slots[sp - 1] = try unaryOp(arg, slots[sp - 1])
                    case .compareOp:
                        if case .int(let x) = slots[sp - 2], case .int(let y) = slots[sp - 1] {
                            sp &-= 1
                            (slots + sp - 1).initialize(to: .bool(compareInts(arg, x, y)))
                            break
                        }
                        sp &-= 1
                        let b = (slots + sp).move()
                        let a = slots[sp - 1]
                        slots[sp - 1] = try richCompare(a, b, arg)
                    case .isOp:
                        sp &-= 1
                        let b = (slots + sp).move()
                        let r = slots[sp - 1].isIdentical(to: b)
                        slots[sp - 1] = .bool(arg == 0 ? r : !r)
                    case .containsOp:
                        sp &-= 1
                        let container = (slots + sp).move()
                        let r = try contains(container, slots[sp - 1])
                        slots[sp - 1] = .bool(arg == 0 ? r : !r)
                    case .binarySubscr:
                        sp &-= 1
                        let k = (slots + sp).move()
                        if case .object(let o) = slots[sp - 1], ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyList.self), case .int(var i) = k {
                            let l = unsafeDowncast(o, to: PyList.self)
                            if i < 0 { i &+= l.items.count }
                            if i >= 0 && i < l.items.count {
                                slots[sp - 1] = l.items[i]
                                break
                            }
                        }
                        slots[sp - 1] = try getItem(slots[sp - 1], k)
                    case .storeSubscr:
                        sp &-= 3
                        let k = (slots + sp + 2).move()
                        let o = (slots + sp + 1).move()
                        let v = (slots + sp).move()
                        if case .object(let lo) = o, ObjectIdentifier(type(of: lo)) == ObjectIdentifier(PyList.self), case .int(var i) = k {
                            let l = unsafeDowncast(lo, to: PyList.self)
                            if i < 0 { i &+= l.items.count }
                            if i >= 0 && i < l.items.count {
                                l.items[i] = v
                                break
                            }
                        }
                        try setItem(o, k, v)
                    case .deleteSubscr:
                        sp &-= 2
                        let k = (slots + sp + 1).move()
                        let o = (slots + sp).move()
                        try deleteItem(o, k)
                    case .buildSlice:
                        var step: Value = .none
                        if arg == 3 { sp &-= 1; step = (slots + sp).move() }
                        sp &-= 2
                        let stop = (slots + sp + 1).move()
                        let start = (slots + sp).move()
                        (slots + sp).initialize(to: .object(PySlice(start: start, stop: stop, step: step)))
                        sp &+= 1
                    case .buildTuple, .buildList, .buildSet:
                        sp &-= arg
                        let items = Array(UnsafeBufferPointer(start: slots + sp, count: arg))
                        (slots + sp).deinitialize(count: arg)
                        let v: Value
                        switch unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self) {
                        case .buildTuple: v = .tuple(items)
                        case .buildList: v = .list(items)
                        default: v = .object(try makeSet(items))
                        }
                        (slots + sp).initialize(to: v)
                        sp &+= 1
                    case .buildMap:
                        // The pairs stay on the stack until the dict is built: an
                        // unhashable key raises with them still owned by the frame.
                        let base = sp - 2 * arg
                        let d = PyDict()
                        var i = 0
                        while i < arg {
                            try dictSet(d, slots[base + 2 * i], slots[base + 2 * i + 1])
                            i += 1
                        }
                        sp = base
                        (slots + sp).deinitialize(count: 2 * arg)
                        (slots + sp).initialize(to: .object(d))
                        sp &+= 1
                    case .buildString:
                        sp &-= arg
                        var s = ""
                        for i in 0..<arg {
                            if case .object(let o) = slots[sp + i], let ps = o as? PyStr { s += ps.value }
                        }
                        (slots + sp).deinitialize(count: arg)
                        (slots + sp).initialize(to: .str(s))
                        sp &+= 1
                    case .listAppend:
                        sp &-= 1
                        let v = (slots + sp).move()
                        if case .object(let o) = slots[sp - arg], let l = o as? PyList { l.items.append(v) }
                    case .setAdd:
                        sp &-= 1
                        let v = (slots + sp).move()
                        if case .object(let o) = slots[sp - arg], let s = o as? PySet { try setAdd(s, v) }
                    case .mapAdd:
                        sp &-= 2
                        let v = (slots + sp + 1).move()
                        let k = (slots + sp).move()
                        if case .object(let o) = slots[sp - arg], let d = o as? PyDict { try dictSet(d, k, v) }
                    case .listExtend:
                        sp &-= 1
                        let it = (slots + sp).move()
                        let depthArg = arg & 0xff
                        if case .object(let o) = slots[sp - depthArg], let l = o as? PyList {
                            if arg & 0x100 != 0, !isIterable(it) {
                                // `f(*x)` with a non-iterable x names the callee, as CPython does.
                                throw typeError("\(functionString(slots[sp - depthArg - 1])) argument after * must be an iterable, not \(it.type.name)")
                            }
                            l.items.append(contentsOf: try iterateToArray(it))
                        }
                    case .setUpdate:
                        sp &-= 1
                        let it = (slots + sp).move()
                        if case .object(let o) = slots[sp - arg], let s = o as? PySet {
                            if case .object(let src) = it, let other = src as? PySet {
                                try s.formUnion(other, eq: { try self.eq($0, $1) })
                            } else {
                                for v in try iterateToArray(it) { try setAdd(s, v) }
                            }
                        }
                    case .dictUpdate, .dictMerge:
                        sp &-= 1
                        let m = (slots + sp).move()
                        if case .object(let o) = slots[sp - arg], let d = o as? PyDict {
                            try dictMergeInto(d, m, forCall: word & 0xff == UInt32(Opcode.dictMerge.rawValue), callee: sp - arg - 2 >= f.stackBase ? slots[sp - arg - 2] : .none)
                        }
                    case .listToTuple:
                        if case .object(let o) = slots[sp - 1], let l = o as? PyList { slots[sp - 1] = .tuple(l.items) }
                    case .unpackSequence:
                        sp &-= 1
                        let seq = (slots + sp).move()
                        let items = try unpack(seq, count: arg)
                        var i = arg - 1
                        while i >= 0 {
                            (slots + sp).initialize(to: items[i])
                            sp &+= 1
                            i -= 1
                        }
                    case .unpackEx:
                        sp &-= 1
                        let seq = (slots + sp).move()
                        let before = arg & 0xff, after = arg >> 8
                        let items = try iterateToArray(seq)
                        if items.count < before + after {
                            throw valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
                        }
                        var out: [Value] = Array(items[0..<before])
                        out.append(.list(Array(items[before..<(items.count - after)])))
                        out.append(contentsOf: items[(items.count - after)...])
                        for v in out.reversed() {
                            (slots + sp).initialize(to: v)
                            sp &+= 1
                        }
                    case .jump:
                        ip = arg
                    case .popJumpIfFalse, .popJumpIfTrue:
                        sp &-= 1
                        let v = (slots + sp).move()
                        let t: Bool
                        if case .bool(let b) = v { t = b } else { t = try truthy(v) }
                        if t == (word & 0xff == UInt32(Opcode.popJumpIfTrue.rawValue)) { ip = arg }
                    case .jumpIfFalseOrPop, .jumpIfTrueOrPop:
                        let t = try truthy(slots[sp - 1])
                        if t == (word & 0xff == UInt32(Opcode.jumpIfTrueOrPop.rawValue)) {
                            ip = arg
                        } else {
                            sp &-= 1
                            (slots + sp).deinitialize(count: 1)
                        }
                    case .getIter:
                        slots[sp - 1] = try getIter(slots[sp - 1])
                    case .forIter:
                        let it = slots[sp - 1]
                        if case .object(let o) = it {
                            let cls = ObjectIdentifier(type(of: o))
                            if cls == ObjectIdentifier(PySeqIter.self), case let li = unsafeDowncast(o, to: PySeqIter.self), !li.isCustom {
                                if let v = li.next() {
                                    (slots + sp).initialize(to: v)
                                    sp &+= 1
                                } else {
                                    sp &-= 1
                                    (slots + sp).deinitialize(count: 1)
                                    ip = arg
                                }
                                break
                            }
                            if cls == ObjectIdentifier(PyGenerator.self), case let g = unsafeDowncast(o, to: PyGenerator.self),
                               g.kind == .generator, observer == nil {
                                f.ip = ip
                                f.sp = sp
                                if let gf = try resumeDelegating(g, from: f, mode: .forIter, sending: .none) {
                                    switchTo(gf)
                                } else {
                                    // Already finished: the loop ends.
                                    sp &-= 1
                                    (slots + sp).deinitialize(count: 1)
                                    ip = arg
                                }
                                break
                            }
                        }
                        f.ip = ip
                        f.sp = sp
                        if let v = try next(it) {
                            (slots + sp).initialize(to: v)
                            sp &+= 1
                        } else {
                            sp &-= 1
                            (slots + sp).deinitialize(count: 1)
                            ip = arg
                        }
                    case .makeFunction:
                        f.sp = sp
                        let fn = try makeFunction(f, flags: arg)
                        sp = f.sp
                        (slots + sp).initialize(to: .object(fn))
                        sp &+= 1
                    case .buildClass:
                        f.sp = sp
                        f.ip = ip
                        let cls = try buildClass(f, baseCount: arg)
                        sp = f.sp
                        (slots + sp).initialize(to: cls)
                        sp &+= 1
                    case .returnValue:
                        sp &-= 1
                        let v = (slots + sp).move()
                        f.ip = ip
                        f.sp = sp
                        let mode = f.resumeMode
                        let isGenerator = f.isGenerator
                        if isGenerator, let g = f.generator { finishGenerator(g) }
                        depth -= 1
                        if same(f, entry) { return .returned(v) }
                        // The caller's reference moves from `back` to the register,
                        // the finished frame's from the register to its pool.
                        var finished: Frame? = nil
                        swap(&finished, &f.back)
                        guard var done = finished else { return .returned(v) }
                        swap(&f, &done)
                        loadRegisters()
                        if !isGenerator { done.recycle() }
                        switch mode {
                        case .call, .swift:
                            (slots + sp).initialize(to: v)
                            sp &+= 1
                        case .forIter:
                            sp &-= 1
                            (slots + sp).deinitialize(count: 1)
                            ip = Int(code[ip - 1] >> 8)
                        case .yieldFrom:
                            slots[sp - 1] = v
                            ip = Int(code[ip - 1] >> 8)
                        case .delegatedYield:
                            // The delegator sits after its `yieldValue`; its `send` is just before.
                            slots[sp - 1] = v
                            ip = Int(code[ip - 2] >> 8)
                        case .callNext:
                            sp &-= 1
                            (slots + sp).deinitialize(count: 1)
                            throw stopIteration(v)
                        }
                    case .yieldValue:
                        sp &-= 1
                        let v = (slots + sp).move()
                        f.ip = ip
                        f.sp = sp
                        f.generatorRef?._withUnsafeGuaranteedRef { suspendGenerator($0) }
                        depth -= 1
                        // Delegators linked by `resumeDelegating` yield the same value
                        // without running: suspend them on the way up. Each `back`
                        // reference moves into the register (no reference counting).
                        while f.resumeMode == .delegatedYield, !same(f, entry), f.back != nil {
                            var up: Frame? = nil
                            swap(&up, &f.back)
                            var inner = up.unsafelyUnwrapped
                            swap(&f, &inner)
                            f.generatorRef?._withUnsafeGuaranteedRef { suspendDelegator($0) }
                            depth -= 1
                        }
                        if same(f, entry) { return .yielded(v) }
                        var back: Frame? = nil
                        swap(&back, &f.back)
                        guard var caller = back else { return .yielded(v) }
                        let mode = f.resumeMode
                        swap(&f, &caller)
                        loadRegisters()
                        if mode == .callNext {
                            slots[sp - 1] = v
                        } else {
                            (slots + sp).initialize(to: v)
                            sp &+= 1
                        }
                    case .getYieldFromIter:
                        slots[sp - 1] = try yieldFromIter(slots[sp - 1], inCoroutine: f.generator?.kind == .coroutine || f.code.flags.contains(.iterableCoroutine))
                    case .getAwaitable:
                        slots[sp - 1] = try awaitableIter(slots[sp - 1], context: arg)
                    case .send:
                        sp &-= 1
                        let sent = (slots + sp).move()
                        let sub = slots[sp - 1]
                        if observer == nil, case .object(let o) = sub, let g = o as? PyGenerator, g.state != .running {
                            f.ip = ip
                            f.sp = sp
                            if let gf = try resumeDelegating(g, from: f, mode: .yieldFrom, sending: sent) {
                                switchTo(gf)
                                break
                            }
                        }
                        f.ip = ip
                        f.sp = sp
                        switch try sendTo(sub, sent) {
                        case .yielded(let y):
                            (slots + sp).initialize(to: y)
                            sp &+= 1
                        case .returned(let r):
                            slots[sp - 1] = r
                            ip = arg
                        case .raised(let e):
                            throw e
                        }
                    case .raiseVarargs:
                        f.ip = ip
                        switch arg {
                        case 0:
                            let cur = handledException
                            guard case .object(let o) = cur, let e = o as? PyBaseException else {
                                throw runtimeError("No active exception to reraise")
                            }
                            throw e
                        case 1:
                            sp &-= 1
                            let e = try makeException((slots + sp).move())
                            attachContext(e)
                            throw e
                        default:
                            sp &-= 2
                            let causeV = (slots + sp + 1).move()
                            let e = try makeException((slots + sp).move())
                            try setCause(e, causeV)
                            attachContext(e)
                            throw e
                        }
                    case .reraise:
                        sp &-= 1
                        let v = (slots + sp).move()
                        if case .object(let o) = v, let e = o as? PyBaseException { throw ReRaise(exception: e) }
                        throw runtimeError("reraise of a non-exception")
                    case .pushExcInfo:
                        let e = (slots + sp - 1).move()
                        (slots + sp - 1).initialize(to: excState.exc)
                        excState.exc = e
                        (slots + sp).initialize(to: e)
                        sp &+= 1
                    case .popExcept:
                        sp &-= 1
                        excState.exc = (slots + sp).move()
                    case .popExceptReraise:
                        sp &-= 1
                        let e = (slots + sp).move()
                        sp &-= 1
                        excState.exc = (slots + sp).move()
                        if case .object(let o) = e, let ex = o as? PyBaseException { throw ReRaise(exception: ex) }
                    case .checkExcMatch:
                        sp &-= 1
                        let t = (slots + sp).move()
                        let r = try exceptionMatches(slots[sp - 1], t)
                        (slots + sp).initialize(to: .bool(r))
                        sp &+= 1
                    case .beforeWith:
                        let ctx = slots[sp - 1]
                        let (exit, entered) = try beforeWith(ctx)
                        slots[sp - 1] = exit
                        (slots + sp).initialize(to: entered)
                        sp &+= 1
                    case .withExceptStart:
                        // Stack: [exit, prev, e]
                        let e = slots[sp - 1]
                        let exit = slots[sp - 3]
                        f.ip = ip
                        f.sp = sp
                        let r = try call(exit, [.object(e.type), e, tracebackValue(e)])
                        (slots + sp).initialize(to: r)
                        sp &+= 1
                    case .beforeAsyncWith:
                        let ctx = slots[sp - 1]
                        let (exit, enter) = try beforeAsyncWith(ctx)
                        slots[sp - 1] = exit
                        (slots + sp).initialize(to: enter)
                        sp &+= 1
                    case .getAiter:
                        slots[sp - 1] = try asyncIter(slots[sp - 1])
                    case .getAnext:
                        let aw = try asyncNext(slots[sp - 1])
                        (slots + sp).initialize(to: aw)
                        sp &+= 1
                    case .endAsyncFor:
                        sp &-= 1
                        let e = (slots + sp).move()
                        sp &-= 1
                        (slots + sp).deinitialize(count: 1)
                        if case .object(let o) = e, let ex = o as? PyBaseException, !ex.isInstance(of: BuiltinTypes.stopAsyncIteration) {
                            throw ReRaise(exception: ex)
                        }
                    case .formatValue:
                        var spec = ""
                        if arg & 4 != 0 {
                            sp &-= 1
                            if case .object(let o) = (slots + sp).move(), let s = o as? PyStr { spec = s.value }
                        }
                        let v = slots[sp - 1]
                        slots[sp - 1] = .str(try formatValue(v, conversion: arg & 3, spec: spec))
                    case .importName:
                        (slots + sp).initialize(to: try importModule(f.code.names[arg]))
                        sp &+= 1
                    case .importFrom:
                        let m = slots[sp - 1]
                        (slots + sp).initialize(to: try importFrom(m, f.code.names[arg]))
                        sp &+= 1
                    case .loadAssertionError:
                        (slots + sp).initialize(to: .object(BuiltinTypes.assertionError))
                        sp &+= 1
                    case .printExpr:
                        sp &-= 1
                        let v = (slots + sp).move()
                        f.ip = ip
                        f.sp = sp
                        try displayHook(v)
                    }
                }
            } catch let thrown as PyBaseException {
                if case .rethrow(let e) = unwind(thrown, isReraise: false, f: &f, ip: ip, sp: sp, entry: entry) { throw e }
                switchTo(f)
            } catch let r as ReRaise {
                if case .rethrow(let e) = unwind(r.exception, isReraise: true, f: &f, ip: ip, sp: sp, entry: entry) { throw e }
                switchTo(f)
            } catch {
                // Step budget and other non-Python errors end the run: release the
                // frames this loop linked so nothing dangles.
                f.ip = ip
                f.sp = sp
                abandonFrames(from: f, to: entry)
                throw error
            }
        }
    }

    /// Resumes `g` in the loop. When `g` is suspended in `yield from` on another
    /// suspended generator (and so on down), the chain is marked running and linked
    /// without executing each level's `send` — PEP 380's optimisation, O(1)
    /// instructions in the depth — and the innermost generator runs. Each level
    /// still counts toward the recursion limit, as in CPython.
    func resumeDelegating(_ g: PyGenerator, from caller: Frame, mode: ResumeMode, sending v: Value) throws -> Frame? {
        guard delegatedGenerator(of: g) != nil else {
            return try resumeInLoop(g, from: caller, mode: mode, sending: v)
        }
        var below = caller
        var cur = g
        var curMode = mode
        var linked = 0
        while let inner = delegatedGenerator(of: cur), let frame = cur.frame {
            if depth >= recursionLimit {
                // Undo the links so the ordinary path raises at the right level.
                unlinkDelegators(below, count: linked)
                return try resumeInLoop(g, from: caller, mode: mode, sending: v)
            }
            cur.state = .running
            linkExcState(cur)
            depth += 1
            frame.back = below
            frame.resumeMode = curMode
            below = frame
            curMode = .delegatedYield
            linked += 1
            cur = inner
        }
        return try resumeInLoop(cur, from: below, mode: curMode, sending: v)
    }

    /// `resumeDelegating` for a generator held unretained (its caller's stack
    /// keeps it alive).
    @inline(never)
    func resumeDelegating(_ g: Unmanaged<PyGenerator>, from caller: Frame, mode: ResumeMode, sending v: Value) throws -> Frame? {
        try g._withUnsafeGuaranteedRef { try resumeDelegating($0, from: caller, mode: mode, sending: v) }
    }

    /// Returns `count` delegators linked by `resumeDelegating` (top frame first
    /// from `top` downward) to suspended.
    private func unlinkDelegators(_ top: Frame, count: Int) {
        var f: Frame? = top
        for _ in 0..<count {
            guard let cur = f else { break }
            cur.generatorRef?._withUnsafeGuaranteedRef { suspendDelegator($0) }
            depth -= 1
            f = cur.back
            cur.back = nil
        }
    }

    /// A delegator passed through on the way up: suspended again where it was.
    @inline(__always)
    func suspendDelegator(_ g: PyGenerator) {
        g.state = .suspended
        unlinkExcState(g)
    }

    /// The generator `g` delegates to when it is suspended at a `yield from`/`await`
    /// on a suspended generator or coroutine.
    @inline(__always)
    func delegatedGenerator(of g: PyGenerator) -> PyGenerator? {
        guard let f = g.frame, f.ip >= 2, UInt8(truncatingIfNeeded: f.code.code[f.ip - 2]) == Opcode.send.rawValue,
              g.state == .suspended, f.sp > f.stackBase,
              case .object(let o) = f.slots[f.sp - 1], let sub = o as? PyGenerator,
              sub.state == .suspended, sub.kind != .asyncGenerator else { return nil }
        return sub
    }

    /// The frame for calling a plain Python function (`hasPlainCalls`) with
    /// exactly its positional parameters, or nil for any other call. The frame
    /// takes the arguments; the callable's slots (function, and the unbound-method
    /// marker) are emptied. Out of line, so the function is read in place.
    @inline(never)
    func plainCallFrame(_ slots: UnsafeMutablePointer<Value>, fnIndex: Int, argBase: Int, argc: Int) throws -> Frame? {
        // Taken out of its slot, the function is owned here: reading its code and
        // globals needs no retain, and dropping it is the slot's one release.
        let callee = (slots + fnIndex).move()
        if case .object(let fo) = callee, ObjectIdentifier(type(of: fo)) == ObjectIdentifier(PyFunction.self) {
            let fn = unsafeDowncast(fo, to: PyFunction.self)
            let code = fn.code
            if code.hasPlainCalls, argc == code.argcount {
                if depth >= recursionLimit {
                    (slots + fnIndex).initialize(to: callee)
                    throw pyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
                }
                let nf = Frame.make(code, fn.globals, movingArguments: slots + argBase, count: argc)
                var k = fnIndex + 1
                while k < argBase {
                    (slots + k).deinitialize(count: 1)
                    k &+= 1
                }
                return nf
            }
        }
        (slots + fnIndex).initialize(to: callee)
        return nil
    }

    /// The generator a call resumes when it is `g.send(v)`, `g.__next__()` or
    /// `next(g)` on a plain generator (argc counts self for methods); nil otherwise.
    @inline(never)
    func generatorStep(_ slots: UnsafeMutablePointer<Value>, fnIndex: Int, argBase: Int, argc: Int) -> Unmanaged<PyGenerator>? {
        // An exact class check, not a cast: every Python-to-Python call passes here.
        guard case .object(let fo) = slots[fnIndex], ObjectIdentifier(type(of: fo)) == ObjectIdentifier(PyBuiltinFunction.self) else { return nil }
        let fn = ObjectIdentifier(fo)
        func isFunction(_ o: PyObject?) -> Bool { o.map { ObjectIdentifier($0) == fn } ?? false }
        if isFunction(generatorSendFunction) {
            guard argc == 2 else { return nil }
        } else if isFunction(generatorNextFunction) {
            guard argc == 1 else { return nil }
        } else if isFunction(builtinNextFunction) {
            guard argc == 1, argBase == fnIndex + 1 else { return nil }
        } else {
            return nil
        }
        guard case .object(let o) = slots[argBase], ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyGenerator.self) else { return nil }
        let g = unsafeDowncast(o, to: PyGenerator.self)
        return g.kind == .generator ? Unmanaged.passUnretained(g) : nil
    }

    /// The method `loadMethod` found for this receiver's type last time, when no
    /// type dictionary has changed since and the instance does not shadow it.
    @inline(never)
    func cachedMethod(_ code: CodeObject, _ i: Int, _ receiver: UnsafeMutablePointer<Value>) -> Value? {
        let entry = code.methodCache + i
        guard let cachedType = entry.pointee.type, entry.pointee.version == PyType.dictVersion else { return nil }
        switch receiver.pointee {
        case .object(let obj):
            guard cachedType == ObjectIdentifier(obj.type) else { return nil }
            if ObjectIdentifier(type(of: obj)) == ObjectIdentifier(PyInstance.self) {
                let inst = unsafeDowncast(obj, to: PyInstance.self)
                if inst.dictObject != nil || inst.attrs[code.names[i]] != nil { return nil }
            }
        case let v:
            guard cachedType == ObjectIdentifier(v.type) else { return nil }
        }
        return entry.pointee.method
    }

    /// The periodic check: interrupts, the step budget, pending finalizations.
    @inline(never)
    func slowPath(_ f: Frame) throws {
        try chargeSteps()
        if !pendingFinalizations.isEmpty { try runPendingFinalizations(at: f) }
        if interruptRequested() {
            throw PyBaseException(BuiltinTypes.keyboardInterrupt, args: [])
        }
    }

    /// The steps counted down since the last check come off the budget.
    private func chargeSteps() throws {
        let used = 4096 - max(countdown, -1)
        countdown = 4096
        if stepsLeft != Int.max {
            stepsLeft -= max(used, 1)
            if stepsLeft < 0 {
                stepsLeft = 0
                throw StepLimitExceeded(limit: stepLimit ?? 0)
            }
        }
    }

    /// An item made by an iterator written in Swift costs a step, so that a builtin
    /// consuming one that never ends (`max(itertools.cycle("ab"))`,
    /// `sum(range(10**18))`) meets the step budget and Ctrl-C like Python code.
    @inline(__always)
    func chargeNativeItem() throws {
        countdown &-= 1
        if countdown < 0 { try nativeSlowPath() }
    }

    /// `slowPath` for Swift code, which has no frame to run finalizers at: they wait
    /// for the next bytecode check.
    @inline(never)
    private func nativeSlowPath() throws {
        try chargeSteps()
        if interruptRequested() {
            throw PyBaseException(BuiltinTypes.keyboardInterrupt, args: [])
        }
    }

    /// Links a freshly made call frame on top of `caller`.
    @inline(__always)
    func enterFrame(_ nf: Frame, from caller: Frame, mode: ResumeMode) throws {
        if depth >= recursionLimit {
            throw pyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        depth += 1
        nf.back = caller
        nf.resumeMode = mode
    }

    func unboundLocal(_ code: CodeObject, _ i: Int) -> PyBaseException {
        pyError(BuiltinTypes.unboundLocalError, "cannot access local variable '\(code.varnames[i])' where it is not associated with a value")
    }

    func unboundDeref(_ code: CodeObject, _ i: Int) -> PyBaseException {
        let names = code.cellvars + code.freevars
        let name = i < names.count ? names[i] : "?"
        if i < code.cellvars.count {
            return pyError(BuiltinTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
        }
        return pyError(BuiltinTypes.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// A global (or builtin) through the code object's cache of global cells.
    @inline(__always)
    func loadGlobal(_ code: CodeObject, _ f: Frame, _ i: Int) throws -> Value {
        if code.cacheOwnerID == f.globalsID, let cell = code.globalCells[i] {
            if let v = cell._withUnsafeGuaranteedRef({ $0.value }) { return v }
            if let b = code.cachedBuiltins[i] { return b }
        }
        return try loadGlobalSlow(f, i)
    }

    @inline(never)
    func loadGlobalSlow(_ f: Frame, _ i: Int) throws -> Value {
        let code = f.code
        if code.cacheOwnerID != f.globalsID {
            code.cacheOwnerID = f.globalsID
            for j in 0..<code.names.count {
                code.globalCells[j]?.release()
                code.globalCells[j] = nil
                code.cachedBuiltins[j] = nil
            }
        }
        let name = code.names[i]
        let cell = f.globals.cell(name)
        let builtin = builtins[name]
        code.globalCells[i]?.release()
        code.globalCells[i] = Unmanaged.passRetained(cell)
        code.cachedBuiltins[i] = builtin
        if let v = cell.value { return v }
        if let v = builtin { return v }
        throw pyError(BuiltinTypes.nameError, "name '\(name)' is not defined")
    }

    func loadName(_ f: Frame, _ name: String) throws -> Value {
        if let ns = f.namespace, let v = try dictGet(ns, .str(name)) { return v }
        return try loadGlobalNamed(f.globals, name)
    }

    func loadGlobalNamed(_ g: Globals, _ name: String) throws -> Value {
        if let v = g[name] { return v }
        if let v = builtins[name] { return v }
        throw pyError(BuiltinTypes.nameError, "name '\(name)' is not defined")
    }
}

/// `x op y` for the binary operators whose int results need no object (`+`,
/// `-`, `*`, `//`, `%` by Python's rules), or nil when the slow path must run
/// (overflow, division by zero, other operators).
@inline(__always)
func smallIntOp(_ op: Int, _ x: Int, _ y: Int) -> Int? {
    switch op {
    case 0:
        let (r, o) = x.addingReportingOverflow(y)
        return o ? nil : r
    case 1:
        let (r, o) = x.subtractingReportingOverflow(y)
        return o ? nil : r
    case 2:
        let (r, o) = x.multipliedReportingOverflow(by: y)
        return o ? nil : r
    case 4:
        guard y != 0, y != -1 else { return nil }
        let q = x / y
        return (x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q
    case 5:
        guard y != 0, y != -1 else { return nil }
        let m = x % y
        return (m != 0 && (m < 0) != (y < 0)) ? m + y : m
    default:
        return nil
    }
}

/// `x op y` for comparison operator `op` (==, !=, <, <=, >, >=) on ints.
@inline(__always)
func compareInts(_ op: Int, _ x: Int, _ y: Int) -> Bool {
    switch op {
    case 0: return x == y
    case 1: return x != y
    case 2: return x < y
    case 3: return x <= y
    case 4: return x > y
    default: return x >= y
    }
}

/// Identity of two objects, inlined (`===` on optionals is an out-of-line call).
@inline(__always)
func same(_ a: AnyObject, _ b: AnyObject) -> Bool {
    ObjectIdentifier(a) == ObjectIdentifier(b)
}

/// A re-raise of an exception being handled: its traceback does not gain the
/// current frame again, and its context is left alone.
struct ReRaise: Error {
    let exception: PyBaseException
}
