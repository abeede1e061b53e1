// The methods of `list`.

enum ListMethods {
    static func install(_ t: PyType) {
        installMutators(t)
        installQueries(t)
        installProtocol(t)
        def(t, "sort") { vm, l, call in
            let a = try call.bind(["key", "reverse"], positionalMax: 0)
            let key = a[0].flatMap { $0.isNone ? nil : $0 }
            let reverse = try a[1].map { try vm.indexArgument($0) != 0 } ?? false
            try vm.sortList(l, key: key, reverse: reverse)
            return .none
        }
    }

    /// Registers a method of `list` objects.
    static func def(_ t: PyType, _ name: String, _ body: @escaping (VM, PyList, MethodCall) throws -> Value) {
        t.method(name, { $0.object as? PyList }, body)
    }

    static func isList(_ v: Value) -> Bool { v.object is PyList }

    private static func installMutators(_ t: PyType) {
        def(t, "append") { _, l, call in
            l.items.append(try call.one())
            return .none
        }
        def(t, "extend") { vm, l, call in
            let arg = try call.one()
            // `a.extend(a)` reads the items before appending.
            l.items.append(contentsOf: try vm.iterateToArray(arg))
            return .none
        }
        def(t, "insert") { vm, l, call in
            let a = try call.positional(2, 2)
            var i = try vm.indexArgument(a[0])
            let n = l.items.count
            if i < 0 { i = max(0, i + n) }
            l.items.insert(a[1], at: min(i, n))
            return .none
        }
        def(t, "pop") { vm, l, call in
            let a = try call.positional(0, 1)
            var i = try a.first.map { try vm.indexArgument($0) } ?? -1
            if l.items.isEmpty { throw indexError("pop from empty list") }
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw indexError("pop index out of range") }
            return l.items.remove(at: i)
        }
        def(t, "remove") { vm, l, call in
            let x = try call.one()
            guard let i = try position(vm, of: x, in: l, from: 0, to: Int.max) else {
                throw valueError("list.remove(x): x not in list")
            }
            // Comparisons may have shrunk the list.
            if i < l.items.count { l.items.remove(at: i) }
            return .none
        }
        def(t, "clear") { _, l, call in
            try call.noArgs()
            l.items.removeAll()
            return .none
        }
        def(t, "reverse") { _, l, call in
            try call.noArgs()
            l.items.reverse()
            return .none
        }
    }

    private static func installQueries(_ t: PyType) {
        def(t, "copy") { _, l, call in
            try call.noArgs()
            return .list(l.items)
        }
        def(t, "count") { vm, l, call in
            let x = try call.one()
            var n = 0
            var i = 0
            // Re-read the list each step: comparisons may mutate it.
            while i < l.items.count {
                let item = l.items[i]
                if try item.isIdentical(to: x) || vm.eq(item, x) { n += 1 }
                i += 1
            }
            return .int(n)
        }
        def(t, "index") { vm, l, call in
            let a = try call.positional(1, 3)
            let start = try a.count > 1 ? vm.sliceIndexArgument(a[1], allowNone: false) : nil
            let stop = try a.count > 2 ? vm.sliceIndexArgument(a[2], allowNone: false) : nil
            guard let i = try position(vm, of: a[0], in: l, from: start ?? 0, to: stop ?? Int.max) else {
                throw valueError("\(try vm.repr(a[0])) is not in list")
            }
            return .int(i)
        }
    }

    /// The first index in `start..<stop` (slice-adjusted) holding x.
    static func position(_ vm: VM, of x: Value, in l: PyList, from start: Int, to stop: Int) throws -> Int? {
        var lo = start, hi = stop
        let n = l.items.count
        if lo < 0 { lo = max(0, lo + n) }
        if hi < 0 { hi = max(0, hi + n) }
        var i = lo
        while i < min(hi, l.items.count) {
            let item = l.items[i]
            if try item.isIdentical(to: x) || vm.eq(item, x) { return i }
            i += 1
        }
        return nil
    }

    private static func installProtocol(_ t: PyType) {
        t.unhashable()
        SpecialMethods.installComparisons(t, accepts: isList)
        SpecialMethods.installContainer(t, cast: isList)
        SpecialMethods.installSequenceOperators(t, cast: isList)
        def(t, "__iadd__") { vm, l, call in try vm.binaryOp(.add, .object(l), try call.one(), inplace: true) }
        def(t, "__imul__") { vm, l, call in try vm.binaryOp(.mul, .object(l), try call.one(), inplace: true) }
        def(t, "__setitem__") { vm, l, call in
            let a = try call.positional(2, 2)
            try vm.setItem(.object(l), a[0], a[1])
            return .none
        }
        def(t, "__delitem__") { vm, l, call in
            try vm.deleteItem(.object(l), try call.one())
            return .none
        }
        def(t, "__reversed__") { vm, l, call in
            try call.noArgs()
            return try vm.reversedIterator(.object(l))
        }
    }
}
