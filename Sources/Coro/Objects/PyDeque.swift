import DequeModule

/// `collections.deque`, the queue behind asyncio's `Queue` and the waiter lists of
/// its locks. There is no `collections` module; the type is reachable through
/// those objects (`q._queue`).
final class PyDeque: PyObject {
    /// The items, left to right.
    var items = Deque<Value>()

    override var type: PyType { PyDeque.dequeType }

    static let dequeType: PyType = {
        let t = PyType(name: "deque", base: BuiltinTypes.object, module: "collections")
        t.isSubclassable = false
        t.constructor = { vm, a in
            let d = PyDeque()
            if let first = a.positional.first { d.items.append(contentsOf: try vm.iterateToArray(first)) }
            return .object(d)
        }
        let cast: (Value) -> PyDeque? = { $0.object as? PyDeque }
        t.fastMethod("append", arity: 1, cast) { _, d, v in
            d.items.append(v)
            return .none
        }
        t.method("appendleft", cast) { _, d, call in
            d.items.prepend(try call.one())
            return .none
        }
        t.method("pop", cast) { _, d, call in
            try call.noArgs()
            guard let v = d.items.popLast() else { throw indexError("pop from an empty deque") }
            return v
        }
        t.fastMethod("popleft", arity: 0, cast) { _, d, _ in
            guard let v = d.items.popFirst() else { throw indexError("pop from an empty deque") }
            return v
        }
        t.method("clear", cast) { _, d, call in
            try call.noArgs()
            d.items.removeAll()
            return .none
        }
        t.method("remove", cast) { vm, d, call in
            let x = try call.one()
            for (i, v) in d.items.enumerated() where try v.isIdentical(to: x) || vm.eq(v, x) {
                d.items.remove(at: i)
                return .none
            }
            throw valueError("deque.remove(x): x not in deque")
        }
        t.method("__len__", cast) { _, d, call in
            try call.noArgs()
            return .int(d.items.count)
        }
        t.method("__getitem__", cast) { vm, d, call in
            var i = try vm.indexArgument(try call.one())
            if i < 0 { i += d.items.count }
            guard i >= 0 && i < d.items.count else { throw indexError("deque index out of range") }
            return d.items[i]
        }
        t.method("__repr__", cast) { vm, d, call in
            try call.noArgs()
            return .str(try vm.guardedRepr(d, "[...]") {
                "deque([" + (try d.items.map { try vm.repr($0) }.joined(separator: ", ")) + "])"
            })
        }
        t.unhashable()
        return t
    }()
}
