// The plain (non-coroutine) methods of asyncio's Queue and Event and of the
// loop-binding mixin, in Swift. They replace the Python methods of the same
// classes of `AsyncioPrelude` and do exactly what CPython's Python does, step for
// step — including calling overridable methods (`self.full()`, `self._put(item)`)
// through attribute lookup, so subclasses (`PriorityQueue`, user queues) behave as
// in CPython. They exist because a queue hand-off calls a dozen of them, and a
// Python frame each is what made `asyncio_pingpong` slow. The coroutines
// (`Queue.get`, `Queue.put`, `Event.wait`) stay in Python: they are real
// coroutines in CPython too.

enum AsyncioQueues {
    /// Installs the methods into the prelude's classes.
    static func install(_ g: Globals) {
        guard let queue = type(g, "Queue"), let event = type(g, "Event"),
              let mixin = type(g, "_LoopBoundMixin") else { return }
        let natives = Natives(globals: g)
        natives.installQueue(queue)
        natives.installEvent(event)
        natives.installMixin(mixin)
    }

    private static func type(_ g: Globals, _ name: String) -> PyType? {
        if case .object(let o)? = g[name] { return o as? PyType }
        return nil
    }
}

/// The methods, and the originals they compare overrides against.
private final class Natives {
    let globals: Globals
    /// The installed functions: a method found on an instance's class that is
    /// still one of these runs inline instead of through a call.
    var qsizeFn, fullFn, emptyFn, putFn, getFn, wakeupFn, clearFn: PyBuiltinFunction?
    /// The attributes the methods read and write, with where instances keep them.
    var queueSlot = Slot("_queue"), maxsizeSlot = Slot("_maxsize"), unfinishedSlot = Slot("_unfinished_tasks")
    var finishedSlot = Slot("_finished"), gettersSlot = Slot("_getters"), puttersSlot = Slot("_putters")
    var valueSlot = Slot("_value"), waitersSlot = Slot("_waiters"), loopSlot = Slot("_loop")

    init(globals: Globals) {
        self.globals = globals
    }

    @discardableResult
    private func define(_ t: PyType, _ name: String, _ body: @escaping (VM, Value, CallArgs) throws -> Value) -> PyBuiltinFunction {
        let qualname = "\(t.name).\(name)"
        let fn = PyBuiltinFunction(name: name, owner: t) { vm, a in
            guard let receiver = a.positional.first else {
                throw typeError("unbound method \(qualname)() needs an argument")
            }
            if !a.keywords.isEmpty { throw typeError("\(qualname)() takes no keyword arguments") }
            return try body(vm, receiver, a)
        }
        t.dict[name] = .object(fn)
        return fn
    }

    /// The arguments after `self`, checked to be `n`.
    private func arity(_ name: String, _ a: CallArgs, _ n: Int) throws {
        guard a.count == n + 1 else {
            let what = n == 0 ? "takes 1 positional argument" : "takes \(n + 1) positional arguments"
            throw typeError("\(name)() \(what) but \(a.count) were given")
        }
    }

    /// `self.name`, read as `object.__getattribute__` would, quickly for instances.
    private func read(_ vm: VM, _ s: Value, _ slot: inout Slot) throws -> Value {
        if case .object(let o) = s, let inst = o as? PyInstance, !hasDescriptor(inst.cls, slot.name),
           let v = inst.attrs.value(slot.name, hint: &slot.hint) {
            return v
        }
        return try vm.getAttr(s, slot.name)
    }

    /// `self.name = v`.
    private func write(_ vm: VM, _ s: Value, _ slot: inout Slot, _ v: Value) throws {
        if case .object(let o) = s, let inst = o as? PyInstance, inst.cls.lookupUser("__setattr__") == nil,
           !hasDescriptor(inst.cls, slot.name), inst.attrs.replace(slot.name, with: v, hint: &slot.hint) {
            return
        }
        try vm.setAttr(s, slot.name, v)
    }

    /// A property (or other wrapper) on the class takes precedence over the instance.
    private func hasDescriptor(_ t: PyType, _ name: String) -> Bool {
        guard case .object(let o)? = t.lookup(name) else { return false }
        return o is PyMethodWrapper
    }

    /// `self.name(args)`: inline when the class still has the native method and the
    /// instance does not shadow it.
    private func callMethod(_ vm: VM, _ receiver: Value, _ name: String, _ native: PyBuiltinFunction?,
                            _ args: [Value], inline: () throws -> Value) throws -> Value {
        if let native, case .object(let o)? = receiver.type.lookup(name), o === native,
           (receiver.object as? PyInstance)?.attrs[name] == nil {
            return try inline()
        }
        return try vm.callMethod(receiver, name, args)
    }

    // MARK: - Queue

    func installQueue(_ t: PyType) {
        qsizeFn = define(t, "qsize") { vm, s, a in
            try self.arity("qsize", a, 0)
            return .int(try vm.length(try self.read(vm, s, &self.queueSlot)))
        }
        emptyFn = define(t, "empty") { vm, s, a in
            try self.arity("empty", a, 0)
            return .bool(try self.empty(vm, s))
        }
        fullFn = define(t, "full") { vm, s, a in
            try self.arity("full", a, 0)
            return .bool(try self.full(vm, s))
        }
        putFn = define(t, "_put") { vm, s, a in
            try self.arity("_put", a, 1)
            try self.put(vm, s, a[1])
            return .none
        }
        getFn = define(t, "_get") { vm, s, a in
            try self.arity("_get", a, 0)
            return try self.get(vm, s)
        }
        wakeupFn = define(t, "_wakeup_next") { vm, _, a in
            try self.arity("_wakeup_next", a, 1)
            try self.wakeupNext(vm, a[1])
            return .none
        }
        define(t, "put_nowait") { vm, s, a in
            try self.arity("put_nowait", a, 1)
            try self.putNowait(vm, s, a[1])
            return .none
        }
        define(t, "get_nowait") { vm, s, a in
            try self.arity("get_nowait", a, 0)
            return try self.getNowait(vm, s)
        }
    }

    /// `return not self._queue`
    private func empty(_ vm: VM, _ s: Value) throws -> Bool {
        !(try vm.truthy(try self.read(vm, s, &self.queueSlot)))
    }

    /// `if self._maxsize <= 0: return False` / `return self.qsize() >= self._maxsize`
    private func full(_ vm: VM, _ s: Value) throws -> Bool {
        let maxsize = try self.read(vm, s, &self.maxsizeSlot)
        if case .int(let m) = maxsize {
            if m <= 0 { return false }
        } else if try vm.truthy(try vm.richCompare(maxsize, .int(0), 3)) {
            return false
        }
        let size = try callMethod(vm, s, "qsize", qsizeFn, []) { .int(try vm.length(try self.read(vm, s, &self.queueSlot))) }
        if case .int(let a) = size, case .int(let b) = maxsize { return a >= b }
        return try vm.truthy(try vm.richCompare(size, maxsize, 5))
    }

    /// `self._queue.append(item)`
    private func put(_ vm: VM, _ s: Value, _ item: Value) throws {
        let q = try self.read(vm, s, &self.queueSlot)
        if let d = q.object as? PyDeque { d.items.append(item); return }
        _ = try vm.callMethod(q, "append", [item])
    }

    /// `return self._queue.popleft()`
    private func get(_ vm: VM, _ s: Value) throws -> Value {
        let q = try self.read(vm, s, &self.queueSlot)
        if let d = q.object as? PyDeque {
            guard let v = d.items.popFirst() else { throw indexError("pop from an empty deque") }
            return v
        }
        return try vm.callMethod(q, "popleft", [])
    }

    /// Wakes the next waiter (if any) that isn't cancelled.
    private func wakeupNext(_ vm: VM, _ waiters: Value) throws {
        while try vm.truthy(waiters) {
            let waiter: Value
            if let d = waiters.object as? PyDeque, let first = d.items.popFirst() {
                waiter = first
            } else {
                waiter = try vm.callMethod(waiters, "popleft", [])
            }
            if let f = waiter.object as? PyFuture {
                if f.state == .pending {
                    try f.setResult(.none)
                    break
                }
                continue
            }
            if !(try vm.truthy(try vm.callMethod(waiter, "done", []))) {
                _ = try vm.callMethod(waiter, "set_result", [.none])
                break
            }
        }
    }

    private func putNowait(_ vm: VM, _ s: Value, _ item: Value) throws {
        let isFull = try callMethod(vm, s, "full", fullFn, []) { .bool(try self.full(vm, s)) }
        if try vm.truthy(isFull) { throw try exception(vm, "QueueFull") }
        _ = try callMethod(vm, s, "_put", putFn, [item]) { try self.put(vm, s, item); return .none }
        let unfinished = try self.read(vm, s, &self.unfinishedSlot)
        if case .int(let n) = unfinished, n < Int.max {
            try self.write(vm, s, &self.unfinishedSlot, .int(n + 1))
        } else {
            try self.write(vm, s, &self.unfinishedSlot, try vm.binaryOp(.add, unfinished, .int(1), inplace: true))
        }
        let finished = try self.read(vm, s, &self.finishedSlot)
        _ = try callMethod(vm, finished, "clear", clearFn, []) { try self.write(vm, finished, &self.valueSlot, .bool(false)); return .none }
        let getters = try self.read(vm, s, &self.gettersSlot)
        _ = try callMethod(vm, s, "_wakeup_next", wakeupFn, [getters]) { try self.wakeupNext(vm, getters); return .none }
    }

    private func getNowait(_ vm: VM, _ s: Value) throws -> Value {
        let isEmpty = try callMethod(vm, s, "empty", emptyFn, []) { .bool(try self.empty(vm, s)) }
        if try vm.truthy(isEmpty) { throw try exception(vm, "QueueEmpty") }
        let item = try callMethod(vm, s, "_get", getFn, []) { try self.get(vm, s) }
        let putters = try self.read(vm, s, &self.puttersSlot)
        _ = try callMethod(vm, s, "_wakeup_next", wakeupFn, [putters]) { try self.wakeupNext(vm, putters); return .none }
        return item
    }

    /// `raise QueueFull` (an instance of the Python class).
    private func exception(_ vm: VM, _ name: String) throws -> PyBaseException {
        guard let cls = globals[name], case .object(let o) = try vm.call(cls, []),
              let e = o as? PyBaseException else { return runtimeError("asyncio: no \(name)") }
        return e
    }

    // MARK: - Event

    func installEvent(_ t: PyType) {
        define(t, "is_set") { vm, s, a in
            try self.arity("is_set", a, 0)
            return try self.read(vm, s, &self.valueSlot)
        }
        clearFn = define(t, "clear") { vm, s, a in
            try self.arity("clear", a, 0)
            try self.write(vm, s, &self.valueSlot, .bool(false))
            return .none
        }
        define(t, "set") { vm, s, a in
            try self.arity("set", a, 0)
            if try vm.truthy(try self.read(vm, s, &self.valueSlot)) { return .none }
            try self.write(vm, s, &self.valueSlot, .bool(true))
            for fut in try vm.iterateToArray(try self.read(vm, s, &self.waitersSlot)) {
                if let f = fut.object as? PyFuture {
                    if f.state == .pending { try f.setResult(.bool(true)) }
                } else if !(try vm.truthy(try vm.callMethod(fut, "done", []))) {
                    _ = try vm.callMethod(fut, "set_result", [.bool(true)])
                }
            }
            return .none
        }
    }

    // MARK: - _LoopBoundMixin

    func installMixin(_ t: PyType) {
        define(t, "_get_loop") { vm, s, a in
            try self.arity("_get_loop", a, 0)
            let loop: Value = vm.asyncio.runningLoop.map { .object($0) } ?? .none
            if try self.read(vm, s, &self.loopSlot).isNone { try self.write(vm, s, &self.loopSlot, loop) }
            if !loop.isIdentical(to: try self.read(vm, s, &self.loopSlot)) {
                throw runtimeError("\(try vm.repr(s)) is bound to a different event loop")
            }
            return loop
        }
    }
}

/// An attribute name and the position instances last had it at.
private struct Slot {
    let name: String
    var hint = 0

    init(_ name: String) {
        self.name = name
    }
}
