// TEMPORARY (not for commit): method calls from /tmp/mt/calls.json against CPython.
import Foundation
import Testing
@testable import Coro

@Suite("Scratch method calls")
struct ScratchCallsTests {
    @Test func calls() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: "/tmp/mt/calls.json"))
        let cases = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        let vm = VM()
        var failures = 0
        for c in cases {
            let recv = try decode(vm, c["recv"]!)
            let method = c["method"] as! String
            let args = try (c["args"] as! [Any]).map { try decode(vm, $0) }
            let kwargs = try (c["kwargs"] as! [[Any]]).map { ($0[0] as! String, try decode(vm, $0[1])) }
            let got: String
            do {
                let m = try vm.getAttr(recv, method)
                let r = try vm.call(m, args, keywords: kwargs)
                got = try vm.repr(.tuple([r, recv]))
            } catch let e as PyBaseException {
                got = "!\(e.cls.name): \(try vm.str(.object(e)))"
            }
            let want = c["expect"] as! String
            if got != want {
                failures += 1
                print("MISMATCH \(c["src"]!)\n   got:  \(got)\n   want: \(want)")
            }
        }
        print("scratch: \(cases.count - failures)/\(cases.count) ok")
    }

    func decode(_ vm: VM, _ any: Any) throws -> Value {
        let d = any as! [String: Any]
        let v = d["v"]
        switch d["t"] as! String {
        case "none": return .none
        case "bool": return .bool(v as! Bool)
        case "int":
            let b = BigInt(v as! String)!
            return .bigint(b)
        case "float":
            let s = v as! String
            switch s {
            case "inf": return .float(.infinity)
            case "-inf": return .float(-.infinity)
            case "nan": return .float(.nan)
            default: return .float(Double(s)!)
            }
        case "str": return .str(v as! String)
        case "list": return .list(try (v as! [Any]).map { try decode(vm, $0) })
        case "tuple": return .tuple(try (v as! [Any]).map { try decode(vm, $0) })
        case "dict":
            let dict = PyDict()
            for pair in v as! [[Any]] { try vm.dictSet(dict, try decode(vm, pair[0]), try decode(vm, pair[1])) }
            return .object(dict)
        case "set", "frozenset":
            return .object(try vm.makeSet(try (v as! [Any]).map { try decode(vm, $0) }, frozen: d["t"] as! String == "frozenset"))
        case "range":
            let r = v as! [Int]
            return .object(PyRange(start: r[0], stop: r[1], step: r[2]))
        case "view":
            guard case .object(let o) = try decode(vm, v!), let dict = o as? PyDict else { fatalError() }
            let kind: PyDictView.Kind = d["kind"] as! String == "dict_keys" ? .keys : (d["kind"] as! String == "dict_values" ? .values : .items)
            return .object(PyDictView(kind, of: dict))
        default: fatalError()
        }
    }
}

@Suite("Scratch timsort")
struct ScratchTimsortTests {
    @Test func comparisonSequence() throws {
        var seed = 12345
        func rnd() -> Int {
            seed = (seed * 1103515245 + 12345) % 2147483648
            return seed
        }
        for (n, mod) in [(10, 100), (70, 1000), (300, 50), (1000, 100000)] {
            var calls: [(Int, Int)] = []
            let vals: [Value] = (0..<n).map { _ in .int(rnd() % mod) }
            var sorter = TimSort(keys: vals, values: nil, lt: { a, b in
                guard case .int(let x) = a, case .int(let y) = b else { return false }
                calls.append((x, y))
                return x < y
            })
            try sorter.sort()
            var h = 0
            for (a, b) in calls { h = (h * 31 + a * 7 + b) % 1000000007 }
            let out = sorter.sortedValues.prefix(5).map { v -> Int in if case .int(let i) = v { return i }; return -1 }
            print("timsort", n, calls.count, h, out)
        }
    }
}

@Suite("Scratch views")
struct ScratchViewsTests {
    @Test func views() throws {
        let vm = VM()
        let d = PyDict()
        for (k, v) in [(1, "a"), (2, "b"), (3, "c")] { try vm.dictSet(d, .int(k), .str(v)) }
        let keys = Value.object(PyDictView(.keys, of: d))
        let items = Value.object(PyDictView(.items, of: d))
        let values = Value.object(PyDictView(.values, of: d))
        let s = Value.object(try vm.makeSet([.int(2), .int(3), .int(4)]))
        print("V1", try vm.repr(keys), try vm.repr(items), try vm.repr(values))
        print("V2", try vm.repr(try vm.binaryOp(.bitAnd, keys, s)), try vm.repr(try vm.binaryOp(.bitOr, s, keys)),
              try vm.repr(try vm.binaryOp(.sub, keys, s)), try vm.repr(try vm.binaryOp(.bitXor, keys, s)))
        print("V3", try vm.repr(try vm.richCompare(keys, s, 0)), try vm.repr(try vm.richCompare(s, keys, 2)),
              try vm.repr(try vm.richCompare(values, values, 0)), try vm.length(items), try vm.truthy(keys))
        print("V4", try vm.contains(items, .tuple([.int(1), .str("a")])), try vm.contains(values, .str("c")))
        do { _ = try vm.hash(keys) } catch let e as PyBaseException { print("V5", try vm.str(.object(e))) }
        let it = try vm.getIter(.object(d))
        _ = try vm.next(it)
        try vm.dictSet(d, .int(9), .none)
        for _ in 0..<2 {
            do { _ = try vm.next(it) } catch let e as PyBaseException { print("V6", e.cls.name, try vm.str(.object(e))) }
        }
        let rev = try vm.callMethod(items, "__reversed__", [])
        print("V7", try vm.repr(.list(try vm.iterateToArray(rev))), rev.type.name)
        let set = try vm.makeSet([.int(1), .int(2)])
        let sit = try vm.getIter(.object(set))
        _ = try vm.next(sit)
        try vm.setAdd(set, .int(5))
        do { _ = try vm.next(sit) } catch let e as PyBaseException { print("V8", e.cls.name, try vm.str(.object(e))) }
        let l = PyList([.int(3), .int(1), .int(2)])
        let lit = try vm.callMethod(.object(l), "__reversed__", [])
        print("V9", try vm.repr(.list(try vm.iterateToArray(lit))), try vm.repr(try vm.getAttr(.object(l), "__hash__")))
        print("V10", try vm.repr(try vm.getAttr(.int(5), "real")), try vm.repr(try vm.getAttr(.bool(true), "denominator")),
              try vm.repr(try vm.call(try vm.getAttr(.object(BuiltinTypes.dict), "fromkeys"), [.str("ab")])),
              try vm.repr(try vm.call(try vm.getAttr(.object(d), "fromkeys"), [.list([.int(1)]), .int(0)])))
    }
}
