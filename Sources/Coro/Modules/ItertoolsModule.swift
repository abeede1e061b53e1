// `itertools`: each function is a type (as in CPython, so `type(chain())` is
// `itertools.chain` and `chain.from_iterable` exists) whose instances are lazy
// `PySeqIter`s; `count` is its own object so its repr can show the next value,
// and `tee`'s iterators are `_tee` objects so that they can be copied.

enum ItertoolsModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "itertools")
        for t in types { m.attrs[t.name] = .object(t) }
        m.function("tee") { vm, a in try vm.tee(a) }
        m.attrs["_tee"] = .object(PyTee.teeType)
        return m
    }

    /// The module's types, created once per process (their constructors take
    /// the VM as a parameter, so they are shared safely).
    static let types: [PyType] = [
        iteratorType("chain") { vm, a in
            try a.noKeywords("chain")
            return .object(vm.chainIterator(sources: .object(PySeqIter(.values(a.positional), typeName: "tuple_iterator"))))
        },
        PyCount.countType,
        iteratorType("islice") { vm, a in try vm.islice(a) },
        iteratorType("repeat") { vm, a in try vm.repeatIterator(a) },
        iteratorType("cycle") { vm, a in try vm.cycle(a) },
        iteratorType("takewhile") { vm, a in try vm.takewhile(a, dropping: false) },
        iteratorType("dropwhile") { vm, a in try vm.takewhile(a, dropping: true) },
        iteratorType("filterfalse") { vm, a in try vm.filterfalse(a) },
        iteratorType("starmap") { vm, a in try vm.starmap(a) },
        iteratorType("pairwise") { vm, a in try vm.pairwise(a) },
        iteratorType("accumulate") { vm, a in try vm.accumulate(a) },
        iteratorType("product") { vm, a in try vm.product(a) },
        iteratorType("permutations") { vm, a in try vm.permutations(a) },
        iteratorType("combinations") { vm, a in try vm.combinations(a) },
        iteratorType("zip_longest") { vm, a in try vm.zipLongest(a) },
        iteratorType("groupby") { vm, a in try vm.groupby(a) },
        iteratorType("compress") { vm, a in try vm.compress(a) },
        iteratorType("combinations_with_replacement") { vm, a in try vm.combinationsWithReplacement(a) },
    ]

    /// The type of `groupby`'s groups.
    static let grouperType: PyType = {
        let t = PySeqIter.iteratorType("_grouper")
        t.module = "itertools"
        return t
    }()

    private static func iteratorType(_ name: String, _ constructor: @escaping (VM, CallArgs) throws -> Value) -> PyType {
        let t = PySeqIter.iteratorType(name)
        t.module = "itertools"
        t.constructor = constructor
        if name == "chain" {
            t.classMethod("from_iterable") { vm, _, call in
                .object(vm.chainIterator(sources: try vm.getIter(try call.one())))
            }
        }
        return t
    }
}

/// `itertools.count(start, step)`.
final class PyCount: PyObject {
    /// The next value to produce.
    var current: Value
    /// Added after each value.
    let step: Value

    override var type: PyType { PyCount.countType }

    init(current: Value, step: Value) {
        self.current = current
        self.step = step
    }

    static let countType: PyType = {
        let t = PyType(name: "count", base: BuiltinTypes.object, module: "itertools")
        t.isSubclassable = false
        t.constructor = { vm, a in
            let slots = try a.bind("count", ["start", "step"], required: 0)
            let start = slots[0] ?? .int(0), step = slots[1] ?? .int(1)
            guard vm.isNumber(start), vm.isNumber(step) else { throw typeError("a number is required") }
            return .object(PyCount(current: start, step: step))
        }
        let cast: (Value) -> PyCount? = { $0.object as? PyCount }
        SpecialMethods.installIterator(t, cast) { vm, c in
            try vm.chargeNativeItem()
            let v = c.current
            if case .int(let x) = v, case .int(let s) = c.step, case (let r, false) = x.addingReportingOverflow(s) {
                c.current = .int(r)
            } else {
                c.current = try vm.binaryOp(.add, v, c.step)
            }
            return v
        }
        t.method("__repr__", cast) { vm, c, call in
            try call.noArgs()
            switch c.step {
            case .int(1), .bool(true): return .str("count(\(try vm.repr(c.current)))")
            default: return .str("count(\(try vm.repr(c.current)), \(try vm.repr(c.step)))")
            }
        }
        return t
    }()
}

extension VM {
    /// CPython's `PyNumber_Check`, for `count`'s arguments.
    func isNumber(_ v: Value) -> Bool {
        if Numeric(v) != nil { return true }
        guard case .object(let o) = v else { return false }
        return ["__index__", "__int__", "__float__"].contains { o.type.lookupUser($0) != nil }
    }

    /// `chain`: the items of each iterable that `sources` produces, in turn.
    func chainIterator(sources: Value) -> PySeqIter {
        var current: Value? = nil
        return PySeqIter(.custom { [unowned self] in
            while true {
                if let c = current {
                    if let v = try self.next(c) { return v }
                    current = nil
                }
                guard let iterable = try self.next(sources) else { return nil }
                current = try self.getIter(iterable)
            }
        }, typeName: "chain")
    }

    /// `islice(iterable, stop)` / `islice(iterable, start, stop[, step])`, with
    /// CPython's `islice_next` consumption: no item past `stop` is read.
    func islice(_ a: CallArgs) throws -> Value {
        let p = try a.positionalOnly("islice", min: 2, max: 4)
        let it = try getIter(p[0])
        let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        let indexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        /// PyNumber_AsSsize_t with errors turned into -1, as islice does.
        func size(_ v: Value) throws -> Int {
            do { return try intIndex(v) } catch is PyBaseException { return -1 }
        }
        var start = 0, stop = -1, step = 1
        if p.count == 2 {
            if !p[1].isNone {
                stop = try size(p[1])
                if stop == -1 { throw valueError(stopMessage) }
            }
        } else {
            if !p[1].isNone { start = try size(p[1]) }
            if !p[2].isNone {
                stop = try size(p[2])
                if stop == -1 { throw valueError(stopMessage) }
            }
        }
        if start < 0 || stop < -1 { throw valueError(indexMessage) }
        if p.count == 4, !p[3].isNone { step = try size(p[3]) }
        if step < 1 { throw valueError("Step for islice() must be a positive integer or None.") }
        var source: Value? = it
        var count = 0
        var nextIndex = start
        return .object(PySeqIter(.custom { [unowned self] in
            guard let s = source else { return nil }
            while count < nextIndex {
                guard try self.next(s) != nil else { source = nil; return nil }
                count += 1
            }
            if stop != -1 && count >= stop { source = nil; return nil }
            guard let item = try self.next(s) else { source = nil; return nil }
            count += 1
            let (advanced, overflow) = nextIndex.addingReportingOverflow(step)
            nextIndex = overflow || (stop != -1 && advanced > stop) ? stop : advanced
            return item
        }, typeName: "islice"))
    }

    func repeatIterator(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("repeat", ["object", "times"], required: 1)
        let object = slots[0] ?? .none
        var remaining = try slots[1].map { Swift.max(0, try intIndex($0)) }
        return .object(PySeqIter(.custom {
            guard let r = remaining else { return object }
            if r == 0 { return nil }
            remaining = r - 1
            return object
        }, typeName: "repeat"))
    }

    func cycle(_ a: CallArgs) throws -> Value {
        try a.noKeywords("cycle")
        try a.checkPositional("cycle", min: 1, max: 1)
        let it = try getIter(a[0])
        var saved: [Value] = []
        var exhausted = false
        var index = 0
        return .object(PySeqIter(.custom { [unowned self] in
            if !exhausted {
                if let v = try self.next(it) {
                    saved.append(v)
                    return v
                }
                exhausted = true
            }
            if saved.isEmpty { return nil }
            let v = saved[index % saved.count]
            index += 1
            return v
        }, typeName: "cycle"))
    }

    /// `takewhile` (stop at the first false) or `dropwhile` (skip until it).
    func takewhile(_ a: CallArgs, dropping: Bool) throws -> Value {
        let name = dropping ? "dropwhile" : "takewhile"
        try a.noKeywords(name)
        try a.checkPositional(name, min: 2, max: 2)
        let predicate = a[0]
        let it = try getIter(a[1])
        var done = false
        return .object(PySeqIter(.custom { [unowned self] in
            if dropping {
                if done { return try self.next(it) }
                while let v = try self.next(it) {
                    if !(try self.truthy(try self.call(predicate, [v]))) {
                        done = true
                        return v
                    }
                }
                return nil
            }
            if done { return nil }
            guard let v = try self.next(it) else { return nil }
            if try self.truthy(try self.call(predicate, [v])) { return v }
            done = true
            return nil
        }, typeName: name))
    }

    func filterfalse(_ a: CallArgs) throws -> Value {
        try a.noKeywords("filterfalse")
        try a.checkPositional("filterfalse", min: 2, max: 2)
        let predicate = a[0]
        let it = try getIter(a[1])
        return .object(PySeqIter(.custom { [unowned self] in
            while let v = try self.next(it) {
                let test = predicate.isNone ? v : try self.call(predicate, [v])
                if !(try self.truthy(test)) { return v }
            }
            return nil
        }, typeName: "filterfalse"))
    }

    func starmap(_ a: CallArgs) throws -> Value {
        try a.noKeywords("starmap")
        try a.checkPositional("starmap", min: 2, max: 2)
        let fn = a[0]
        let it = try getIter(a[1])
        return .object(PySeqIter(.custom { [unowned self] in
            guard let args = try self.next(it) else { return nil }
            return try self.call(fn, try self.iterateToArray(args))
        }, typeName: "starmap"))
    }

    func pairwise(_ a: CallArgs) throws -> Value {
        let it = try getIter(try a.single("pairwise"))
        var previous: Value? = nil
        return .object(PySeqIter(.custom { [unowned self] in
            if previous == nil { previous = try self.next(it) }
            guard let first = previous, let second = try self.next(it) else { return nil }
            previous = second
            return .tuple([first, second])
        }, typeName: "pairwise"))
    }

    func accumulate(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("accumulate", ["iterable", "func", "initial"], required: 1, keywordOnly: 1)
        let it = try getIter(slots[0] ?? .none)
        let fn = slots[1]?.nonNone
        var total = slots[2]?.nonNone
        var pendingInitial = total != nil
        return .object(PySeqIter(.custom { [unowned self] in
            if pendingInitial {
                pendingInitial = false
                return total
            }
            guard let v = try self.next(it) else { return nil }
            if let t = total {
                total = try fn.map { try self.call($0, [t, v]) } ?? (try self.binaryOp(.add, t, v))
            } else {
                total = v
            }
            return total
        }, typeName: "accumulate"))
    }

    func product(_ a: CallArgs) throws -> Value {
        try a.onlyKeywords("product", ["repeat"])
        let times = try a.keyword("repeat").map { try intIndex($0) } ?? 1
        if times < 0 { throw valueError("repeat argument cannot be negative") }
        let once = try a.positional.map { try iterateToArray($0) }
        // CPython's size checks on the `npools` index array.
        if times > 0 && once.count > Int.max / 8 / times { throw overflowError("repeat argument too large") }
        try requireBuildable(once.count, times: times)
        var pools: [[Value]] = []
        if !once.isEmpty { for _ in 0..<times { pools.append(contentsOf: once) } }
        var indices = [Int](repeating: 0, count: pools.count)
        var started = false
        var done = pools.contains { $0.isEmpty }
        return .object(PySeqIter(.custom {
            if done { return nil }
            if started {
                // Odometer: advance the rightmost index that can move.
                var i = pools.count - 1
                while i >= 0 {
                    indices[i] += 1
                    if indices[i] < pools[i].count { break }
                    indices[i] = 0
                    i -= 1
                }
                if i < 0 { done = true; return nil }
            }
            started = true
            return .tuple(indices.enumerated().map { pools[$0.offset][$0.element] })
        }, typeName: "product"))
    }

    /// `permutations(iterable, r=None)`: CPython's cycles algorithm, one step per item.
    func permutations(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("permutations", ["iterable", "r"], required: 1)
        let pool = try iterateToArray(slots[0] ?? .none)
        let n = pool.count
        let r = try slots[1]?.nonNone.map { try intIndex($0) } ?? n
        if r < 0 { throw valueError("r must be non-negative") }
        var indices = Array(0..<n)
        var cycles = r <= n ? Array(stride(from: n, to: n - r, by: -1)) : []
        var started = false
        var done = r > n
        return .object(PySeqIter(.custom {
            if done { return nil }
            if started {
                var i = r - 1
                while i >= 0 {
                    cycles[i] -= 1
                    if cycles[i] == 0 {
                        let moved = indices[i]
                        indices.remove(at: i)
                        indices.append(moved)
                        cycles[i] = n - i
                    } else {
                        let j = cycles[i]
                        indices.swapAt(i, n - j)
                        break
                    }
                    i -= 1
                }
                if i < 0 { done = true; return nil }
            }
            started = true
            return .tuple(indices.prefix(r).map { pool[$0] })
        }, typeName: "permutations"))
    }

    func combinations(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("combinations", ["iterable", "r"], required: 2)
        let pool = try iterateToArray(slots[0] ?? .none)
        let n = pool.count
        let r = try intIndex(slots[1] ?? .none)
        if r < 0 { throw valueError("r must be non-negative") }
        var indices = Array(0..<Swift.min(r, n))
        var started = false
        var done = r > n
        return .object(PySeqIter(.custom {
            if done { return nil }
            if started {
                var i = r - 1
                while i >= 0 && indices[i] == i + n - r { i -= 1 }
                if i < 0 { done = true; return nil }
                indices[i] += 1
                var j = i + 1
                while j < r {
                    indices[j] = indices[j - 1] + 1
                    j += 1
                }
            }
            started = true
            return .tuple(indices.map { pool[$0] })
        }, typeName: "combinations"))
    }

    func zipLongest(_ a: CallArgs) throws -> Value {
        try a.onlyKeywords("zip_longest", ["fillvalue"])
        let fill = a.keyword("fillvalue") ?? .none
        var its: [Value?] = try a.positional.map { try getIter($0) }
        var active = its.count
        return .object(PySeqIter(.custom { [unowned self] in
            if active == 0 { return nil }
            var items: [Value] = []
            for i in its.indices {
                if let it = its[i], let v = try self.next(it) {
                    items.append(v)
                    continue
                }
                if its[i] != nil {
                    its[i] = nil
                    active -= 1
                    if active == 0 { return nil }
                }
                items.append(fill)
            }
            return .tuple(items)
        }, typeName: "zip_longest"))
    }
}

extension VM {
    func compress(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("compress", ["data", "selectors"], required: 2)
        let data = try getIter(slots[0] ?? .none)
        let selectors = try getIter(slots[1] ?? .none)
        return .object(PySeqIter(.custom { [unowned self] in
            // A datum is read before its selector, as CPython does.
            while let datum = try self.next(data) {
                guard let selector = try self.next(selectors) else { return nil }
                if try self.truthy(selector) { return datum }
            }
            return nil
        }, typeName: "compress"))
    }

    /// `combinations_with_replacement(iterable, r)`: sorted index tuples that may repeat.
    func combinationsWithReplacement(_ a: CallArgs) throws -> Value {
        let name = "combinations_with_replacement"
        let slots = try a.bind(name, ["iterable", "r"], required: 2)
        let pool = try iterateToArray(slots[0] ?? .none)
        let n = pool.count
        let r = try intIndex(slots[1] ?? .none)
        if r < 0 { throw valueError("r must be non-negative") }
        try requireBuildable(r)
        var indices = [Int](repeating: 0, count: r)
        var started = false
        var done = n == 0 && r > 0
        return .object(PySeqIter(.custom {
            if done { return nil }
            if started {
                // The rightmost index below n - 1 goes up; those after it follow it.
                var i = r - 1
                while i >= 0 && indices[i] == n - 1 { i -= 1 }
                if i < 0 { done = true; return nil }
                let v = indices[i] + 1
                for j in i..<r { indices[j] = v }
            }
            started = true
            return .tuple(indices.map { pool[$0] })
        }, typeName: name))
    }

    // MARK: - groupby

    /// `groupby(iterable, key=None)`: (key, group) pairs for runs of equal keys.
    func groupby(_ a: CallArgs) throws -> Value {
        let slots = try a.bind("groupby", ["iterable", "key"], required: 1)
        let state = GroupbyState(iterator: try getIter(slots[0] ?? .none), keyfunc: slots[1]?.nonNone)
        return .object(PySeqIter(.custom { [unowned self] in try self.groupbyNext(state) }, typeName: "groupby"))
    }

    /// CPython's `groupby_next`: skips what is left of the current group, then
    /// starts the next one. The previous group's iterator stops working.
    private func groupbyNext(_ s: GroupbyState) throws -> Value? {
        s.currentGroup = 0
        while true {
            if let current = s.currentKey {
                guard let target = s.targetKey else { break }
                if !(try sameKey(target, current)) { break }
            }
            guard try groupbyStep(s) else { return nil }
        }
        guard let key = s.currentKey else { return nil }
        s.targetKey = key
        s.groupsMade += 1
        s.currentGroup = s.groupsMade
        return .tuple([key, .object(grouper(s, number: s.groupsMade, key: key))])
    }

    /// One group: the values while their key equals `key` and the group is current.
    private func grouper(_ s: GroupbyState, number: Int, key: Value) -> PySeqIter {
        PySeqIter(.custom { [unowned self] in
            if s.currentGroup != number { return nil }
            if s.currentValue == nil {
                guard try self.groupbyStep(s) else { return nil }
            }
            guard let current = s.currentKey, try self.sameKey(key, current), let value = s.currentValue else { return nil }
            s.currentValue = nil
            s.currentKey = nil
            return value
        }, typeName: ItertoolsModule.grouperType.name)  // made through grouperType, which sets its module
    }

    /// Reads the next value and its key; false when the iterator is exhausted.
    private func groupbyStep(_ s: GroupbyState) throws -> Bool {
        guard let value = try next(s.iterator) else { return false }
        let key = try s.keyfunc.map { try call($0, [value]) } ?? value
        s.currentValue = value
        s.currentKey = key
        return true
    }

    /// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity first.
    private func sameKey(_ a: Value, _ b: Value) throws -> Bool {
        try a.isIdentical(to: b) || eq(a, b)
    }

    // MARK: - tee

    /// `tee(iterable, n=2, /)`: n iterators over one, each seeing every value.
    func tee(_ a: CallArgs) throws -> Value {
        try a.noKeywords("itertools.tee")
        try a.checkPositional("tee", min: 1, max: 2)
        let n = a.count > 1 ? try intIndex(a[1]) : 2
        if n < 0 { throw valueError("n must be >= 0") }
        if n == 0 { return .emptyTuple }
        try requireBuildable(n)
        let it = try getIter(a[0])
        // An iterator that can copy itself (a `_tee`, or one with `__copy__`) is used as is.
        if case .object(let o) = it, let t = o as? PyTee {
            return .tuple([it] + (1..<n).map { _ in .object(t.copy()) })
        }
        let copier: Value
        do {
            copier = try getAttr(it, "__copy__")
        } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.attributeError) {
            let first = PyTee(TeeData(it))
            return .tuple([.object(first)] + (1..<n).map { _ in .object(first.copy()) })
        }
        var out = [it]
        for _ in 1..<n { out.append(try call(copier, [])) }
        return .tuple(out)
    }
}

/// `groupby`'s state, shared by the groupby iterator and its groups (CPython's
/// groupbyobject). Groups are numbered; only the current one may advance.
final class GroupbyState {
    /// The underlying iterator.
    let iterator: Value
    /// The key function; nil for the values themselves.
    let keyfunc: Value?
    /// The key of the current group.
    var targetKey: Value?
    /// The key of `currentValue`.
    var currentKey: Value?
    /// A value read but not yet produced.
    var currentValue: Value?
    /// The number of the group that may advance (0: none).
    var currentGroup = 0
    /// Groups made so far.
    var groupsMade = 0

    init(iterator: Value, keyfunc: Value?) {
        self.iterator = iterator
        self.keyfunc = keyfunc
    }
}

/// A block of the values a `tee` has read (CPython's teedataobject): up to
/// `capacity` values, then a link to the next block. Blocks every `_tee` has
/// passed are freed.
final class TeeData {
    static let capacity = 57
    /// The iterator being copied.
    let iterator: Value
    /// The values read into this block.
    var values: [Value] = []
    /// The block after this one, made when the first `_tee` gets there.
    var next: TeeData?
    /// Set while reading from the iterator, which must not re-enter the tee.
    var running = false

    init(_ iterator: Value) {
        self.iterator = iterator
    }

    /// The block after this one.
    func following() -> TeeData {
        if let n = next { return n }
        let n = TeeData(iterator)
        next = n
        return n
    }

    /// The value at `i`, read from the iterator by the leading `_tee`.
    func value(at i: Int, _ vm: VM) throws -> Value? {
        if i < values.count { return values[i] }
        if running { throw runtimeError("cannot re-enter the tee iterator") }
        running = true
        defer { running = false }
        guard let v = try vm.next(iterator) else { return nil }
        values.append(v)
        return v
    }

    deinit {
        // Free a long chain iteratively rather than by nested releases.
        var link = next
        next = nil
        while isKnownUniquelyReferenced(&link) {
            guard let l = link else { break }
            link = l.next
            l.next = nil
        }
    }
}

/// One of `tee`'s iterators: a position in the shared blocks.
final class PyTee: PyObject {
    /// The block holding the next value.
    var data: TeeData
    /// The next value's index in `data`.
    var index = 0

    override var type: PyType { PyTee.teeType }

    init(_ data: TeeData, index: Int = 0) {
        self.data = data
        self.index = index
    }

    /// `__copy__`: a `_tee` at the same position.
    func copy() -> PyTee { PyTee(data, index: index) }

    func next(_ vm: VM) throws -> Value? {
        if index >= TeeData.capacity {
            data = data.following()
            index = 0
        }
        guard let v = try data.value(at: index, vm) else { return nil }
        index += 1
        return v
    }

    static let teeType: PyType = {
        let t = PyType(name: "_tee", base: BuiltinTypes.object, module: "itertools")
        t.isSubclassable = false
        t.constructor = { vm, a in
            try a.noKeywords("_tee")
            try a.checkPositional("_tee", min: 1, max: 1)
            let it = try vm.getIter(a[0])
            if case .object(let o) = it, let tee = o as? PyTee { return .object(tee.copy()) }
            return .object(PyTee(TeeData(it)))
        }
        let cast: (Value) -> PyTee? = { $0.object as? PyTee }
        SpecialMethods.installIterator(t, cast) { vm, tee in try tee.next(vm) }
        t.method("__copy__", cast) { _, tee, call in
            try call.noArgs()
            return .object(tee.copy())
        }
        return t
    }()
}
