import Testing
@testable import Coro

// CPython 3.11's hashes and set/dict iteration orders. Expected values below
// were produced by running python3.11; set and dict programs are written as
// the Python statements that produced them.

// MARK: - Test values

/// A hashable Python value: int, float or tuple, with Python's equality
/// (1 == 1.0) and hash.
private indirect enum PyTestValue {
    case int(Int)
    case float(Double)
    case tuple([PyTestValue])

    var pythonHash: Int {
        switch self {
        case .int(let i): return Coro.pythonHash(int: i)
        case .float(let d): return Coro.pythonHash(double: d, identity: 0)
        case .tuple(let items): return pythonTupleHash(items.map(\.pythonHash))
        }
    }

    func pythonEquals(_ other: PyTestValue) -> Bool {
        switch (self, other) {
        case let (.int(a), .int(b)): return a == b
        case let (.float(a), .float(b)): return a == b
        case let (.int(a), .float(b)), let (.float(b), .int(a)):
            return Int(exactly: b) == a
        case let (.tuple(a), .tuple(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.pythonEquals($1) }
        default:
            return false
        }
    }

    var repr: String {
        switch self {
        case .int(let i): return String(i)
        case .float(let d): return pythonFloatRepr(d)
        case .tuple(let items):
            let body = items.map(\.repr).joined(separator: ", ")
            return items.count == 1 ? "(\(body),)" : "(\(body))"
        }
    }
}

/// Stored-then-probe equality for the set algebra entry points.
private func pyEquals(_ stored: PyTestValue, _ probe: PyTestValue) -> Bool {
    stored.pythonEquals(probe)
}

private struct LiteralError: Error {
    let text: String
}

/// Reads the Python literals the generator wrote: ints, floats, tuples,
/// `[lists]` and `{displays}`.
private struct LiteralReader {
    let bytes: [UInt8]
    var pos: Int

    init(_ text: Substring) {
        bytes = Array(text.utf8)
        pos = 0
    }

    mutating func skipSpaces() {
        while pos < bytes.count && bytes[pos] == UInt8(ascii: " ") { pos += 1 }
    }

    mutating func expect(_ c: Character) throws {
        skipSpaces()
        guard pos < bytes.count, bytes[pos] == c.asciiValue else { throw error() }
        pos += 1
    }

    func error() -> LiteralError {
        LiteralError(text: String(decoding: bytes, as: UTF8.self))
    }

    mutating func value() throws -> PyTestValue {
        skipSpaces()
        guard pos < bytes.count else { throw error() }
        if bytes[pos] == UInt8(ascii: "(") {
            let items = try sequence(open: "(", close: ")")
            return .tuple(items)
        }
        let start = pos
        while pos < bytes.count, !",)]} ".utf8.contains(bytes[pos]) { pos += 1 }
        let token = String(decoding: bytes[start..<pos], as: UTF8.self)
        if token.contains(where: { ".einf".contains($0) }) {
            guard let d = Double(token) else { throw error() }
            return .float(d)
        }
        guard let i = Int(token) else { throw error() }
        return .int(i)
    }

    mutating func sequence(open: Character, close: Character) throws -> [PyTestValue] {
        try expect(open)
        var items: [PyTestValue] = []
        skipSpaces()
        while pos < bytes.count && bytes[pos] != close.asciiValue {
            items.append(try value())
            skipSpaces()
            if pos < bytes.count && bytes[pos] == UInt8(ascii: ",") { pos += 1 }
            skipSpaces()
        }
        try expect(close)
        return items
    }
}

/// The literal value in `text` (parenthesised tuples included).
private func parseValue(_ text: Substring) throws -> PyTestValue {
    var reader = LiteralReader(text)
    return try reader.value()
}

/// The `[...]` or `{...}` list that starts at the first bracket in `text`.
private func parseList(in text: Substring) throws -> [PyTestValue] {
    if let brace = text.firstIndex(of: "{") {
        var reader = LiteralReader(text[brace...])
        return try reader.sequence(open: "{", close: "}")
    }
    guard let bracket = text.firstIndex(of: "[") else { throw LiteralError(text: String(text)) }
    var reader = LiteralReader(text[bracket...])
    return try reader.sequence(open: "[", close: "]")
}

/// The statements of a generated program ("a; b; c").
private func statements(_ program: String) -> [Substring] {
    program.split(separator: ";").map { $0.drop(while: { $0 == " " }) }
}

// MARK: - Set programs

private typealias TestSet = SetTable<PyTestValue>

/// `set(list)`: adds left to right.
private func makeSet(_ items: [PyTestValue]) -> TestSet {
    var s = TestSet()
    for item in items { s.insert(item, hash: item.pythonHash, eq: { $0.pythonEquals(item) }) }
    return s
}

/// A set display: constant displays of three or more items take CPython's
/// frozenset-constant route, shorter ones add left to right.
private func makeDisplay(_ items: [PyTestValue]) -> TestSet {
    if items.count <= 2 { return makeSet(items) }
    return TestSet.constantDisplay(items.map { ($0, $0.pythonHash) }, eq: pyEquals)
}

/// Runs one generated set program, rendered as the generator rendered CPython's run.
private func runSetProgram(_ program: String) throws -> String {
    var s = TestSet()
    var pops: [String] = []
    for statement in statements(program) {
        if statement.hasPrefix("s.add(") {
            let v = try parseValue(statement.dropFirst(6))
            s.insert(v, hash: v.pythonHash, eq: { $0.pythonEquals(v) })
        } else if statement.hasPrefix("s.discard(") {
            let v = try parseValue(statement.dropFirst(10))
            s.remove(hash: v.pythonHash, eq: { $0.pythonEquals(v) })
        } else if statement == "p(s.pop())" {
            pops.append(s.popTableOrder()?.repr ?? "KeyError")
        } else if statement == "s.clear()" {
            s.removeAll()
        } else if statement == "s = s.copy()" {
            s = s.copy()
        } else if statement.hasPrefix("s.update(") {
            for v in try parseList(in: statement) { s.insert(v, hash: v.pythonHash, eq: { $0.pythonEquals(v) }) }
        } else if statement.hasPrefix("s = {") {
            s = makeDisplay(try parseList(in: statement))
        } else if statement.hasPrefix("s = set(") {
            let other = makeSet(try parseList(in: statement))
            s = statement.hasSuffix(") - s") ? other.subtracting(s, eq: pyEquals) : other
        } else {
            let other = makeSet(try parseList(in: statement))
            switch statement.prefix(10) {
            case "s |= set([": s.merge(other, eq: pyEquals)
            case "s &= set([": s.formIntersection(other, eq: pyEquals)
            case "s -= set([": s.subtract(other, eq: pyEquals)
            case "s ^= set([": s.formSymmetricDifference(other, eq: pyEquals)
            case "s = s | se": s = s.union(other, eq: pyEquals)
            case "s = s & se": s = s.intersection(other, eq: pyEquals)
            case "s = s - se": s = s.subtracting(other, eq: pyEquals)
            case "s = s ^ se": s = s.symmetricDifference(other, eq: pyEquals)
            default: throw LiteralError(text: String(statement))
            }
        }
    }
    let final = s.tableOrder.map(\.repr).joined(separator: ", ")
    return "pops=[\(pops.joined(separator: ", "))] final=[\(final)]"
}

// MARK: - Dict programs

/// Runs one generated dict program against `OrderedTable`.
private func runDictProgram(_ program: String) throws -> String {
    var d = OrderedTable<PyTestValue, Int>()
    var pops: [String] = []
    for statement in statements(program) {
        if statement.hasPrefix("d[") {
            var reader = LiteralReader(statement.dropFirst(2))
            let key = try reader.value()
            guard let equals = statement.firstRange(of: "] = "), let value = Int(statement[equals.upperBound...]) else {
                throw LiteralError(text: String(statement))
            }
            d.updateValue(value, forKey: key, hash: key.pythonHash, eq: { $0.pythonEquals(key) })
        } else if statement.hasPrefix("p(d.pop(") {
            let key = try parseValue(statement.dropFirst(8))
            let removed = d.removeValue(hash: key.pythonHash, eq: { $0.pythonEquals(key) })
            pops.append(removed.map { String($0.value) } ?? "None")
        } else if statement == "p(d.popitem())" {
            pops.append(d.popLast().map { "(\($0.key.repr), \($0.value))" } ?? "KeyError")
        } else if statement == "d.clear()" {
            d.removeAll()
        } else {
            throw LiteralError(text: String(statement))
        }
    }
    let items = d.items.map { "(\($0.key.repr), \($0.value))" }.joined(separator: ", ")
    return "pops=[\(pops.joined(separator: ", "))] items=[\(items)]"
}

// MARK: - Hash tests

@Suite("CPython hashes")
struct CPythonHashTests {
    @Test("hash(int)")
    func ints() {
        for (value, expected) in intHashCases {
            #expect(pythonHash(int: value) == expected, "hash(\(value))")
        }
        #expect(pythonHash(int: -1) == -2)
    }

    @Test("hash(float)")
    func floats() {
        for (value, expected) in floatHashCases {
            #expect(pythonHash(double: value, identity: 0) == expected, "hash(\(pythonFloatRepr(value)))")
        }
    }

    @Test("hash(nan) is the identity hash")
    func nan() {
        // A CPython 3.11 run: x = float('nan'); id(x) == 140006805769360 and
        // hash(x) == object.__hash__(x) == 8750425360585.
        #expect(pythonHash(double: .nan, identity: 140_006_805_769_360) == 8_750_425_360_585)
        #expect(pythonHashPointer(0x10) == 1)
    }

    @Test("hash of big ints from their limbs")
    func bigInts() {
        for (limbs, negative, expected) in bigIntHashCases {
            #expect(pythonHash(magnitudeWords: limbs, negative: negative) == expected, "\(limbs)")
        }
    }

    @Test("hash(tuple)")
    func tuples() throws {
        for (literal, expected) in tupleHashCases {
            #expect(try parseValue(Substring(literal)).pythonHash == expected, "hash(\(literal))")
        }
        #expect(pythonTupleHash([]) == 5_740_354_900_026_072_187)
    }

    @Test("hash(frozenset)")
    func frozenSets() throws {
        for (literal, expected) in frozenSetHashCases {
            let table = makeSet(try parseList(in: Substring(literal)))
            #expect(table.frozenSetHash == expected, "hash(frozenset(\(literal)))")
            #expect(pythonFrozenSetHash(table.tableOrder.map(\.pythonHash)) == expected)
        }
    }
}

// MARK: - Set tests

@Suite("Set table")
struct SetTableTests {
    @Test("the spec's examples")
    func specExamples() {
        #expect(makeDisplay([.int(3), .int(1), .int(2)]).tableOrder.map(\.repr) == ["1", "2", "3"])
        #expect(makeDisplay([.int(8), .int(1)]).tableOrder.map(\.repr) == ["8", "1"])
    }

    @Test("set programs iterate and pop as in CPython")
    func programs() throws {
        for (program, expected) in setProgramCases {
            #expect(try runSetProgram(program) == expected, "\(program)")
        }
    }

    @Test("more than 50000 elements: growth by used*2")
    func largeSet() {
        var s = SetTable<Int>()
        for i in 0..<60_000 {
            let v = Int(bitPattern: UInt(i) &* 0x9E37_79B9_7F4A_7C15)
            s.insert(v, hash: pythonHash(int: v), eq: { $0 == v })
        }
        var popped: [Int] = []
        for _ in 0..<3 { popped.append(s.popTableOrder() ?? 0) }
        var checksum = 0
        for (position, v) in s.tableOrder.enumerated() {
            checksum = (checksum &+ (position + 1) &* (v % 1_000_003)) % 2_305_843_009_213_693_951
        }
        #expect(s.count == 59_997)
        #expect(s.mask == largeSetExpectedMask)
        #expect(popped == largeSetExpectedPops)
        #expect(checksum == largeSetExpectedChecksum)
    }

    @Test("insertion order is kept beside table order")
    func insertionOrder() {
        let words = ["pear", "apple", "fig", "kiwi", "plum", "lime", "date", "yuzu", "sloe"]
        var s = SetTable<String>()
        for w in words { s.insert(w, hash: w.hashValue, eq: { $0 == w }) }
        #expect(s.insertionOrder == words)
        s.remove(hash: "apple".hashValue, eq: { $0 == "apple" })
        s.insert("apple", hash: "apple".hashValue, eq: { $0 == "apple" })
        #expect(s.insertionOrder == ["pear", "fig", "kiwi", "plum", "lime", "date", "yuzu", "sloe", "apple"])
        #expect(Set(s.tableOrder) == Set(words))
        #expect(s.copy().insertionOrder == s.insertionOrder)
        let first = s.popInsertionOrder()
        #expect(first == "pear")
        #expect(s.insertionOrder.first == "fig")
    }

    @Test("set algebra keeps each source's insertion order")
    func algebraInsertionOrder() {
        func strings(_ items: [String]) -> SetTable<String> {
            var s = SetTable<String>()
            for w in items { s.insert(w, hash: w.hashValue, eq: { $0 == w }) }
            return s
        }
        let a = strings(["x", "b", "q", "a"])
        let b = strings(["z", "a", "m", "b", "c"])
        #expect(a.union(b, eq: ==).insertionOrder == ["x", "b", "q", "a", "z", "m", "c"])
        #expect(b.union(a, eq: ==).insertionOrder == ["z", "a", "m", "b", "c", "x", "q"])
        #expect(a.subtracting(b, eq: ==).insertionOrder == ["x", "q"])
        #expect(a.intersection(b, eq: ==).insertionOrder == ["b", "a"])
        #expect(a.symmetricDifference(b, eq: ==).insertionOrder == ["z", "m", "c", "x", "q"])
        var c = a
        c.formSymmetricDifference(b, eq: ==)
        #expect(c.insertionOrder == ["x", "q", "z", "m", "c"])
        let display = SetTable<String>.constantDisplay(["k", "e", "y", "e", "s"].map { ($0, $0.hashValue) }, eq: ==)
        #expect(display.insertionOrder == ["k", "e", "y", "s"])
    }

    @Test("add/discard cycles do not grow storage or lose elements")
    func churn() {
        var s = SetTable<Int>()
        for i in 0..<5 { s.insert(i, hash: i, eq: { $0 == i }) }
        for round in 0..<10_000 {
            let v = 100 + round % 7
            s.insert(v, hash: v, eq: { $0 == v })
            s.remove(hash: v, eq: { $0 == v })
        }
        #expect(s.count == 5)
        #expect(s.insertionOrder == [0, 1, 2, 3, 4])
        #expect(s.tableOrder == [0, 1, 2, 3, 4])
        // CPython: the sixth element resizes to 32 slots; dummies are then
        // purged by resizes to the same size (sys.getsizeof confirms 32).
        #expect(s.mask == 31)
    }

    @Test("a throwing comparison propagates and leaves the set intact")
    func throwingEquality() {
        struct Boom: Error {}
        var s = SetTable<Int>()
        s.insert(1, hash: 5, eq: { _ in false })
        #expect(throws: Boom.self) { try s.insert(2, hash: 5, eq: { _ in throw Boom() }) }
        #expect(throws: Boom.self) { try s.contains(hash: 5, eq: { _ in throw Boom() }) }
        #expect(throws: Boom.self) { try s.remove(hash: 5, eq: { _ in throw Boom() }) }
        #expect(s.count == 1)
        #expect(s.tableOrder == [1])
        // Different hashes are never compared.
        let added = s.insert(3, hash: 6, eq: { _ in Issue.record("compared"); return false })
        #expect(added)
    }

    @Test("position-based iteration matches the orders")
    func positions() {
        var s = SetTable<Int>()
        for v in [40, 8, 3, 16, 1] { s.insert(v, hash: v, eq: { $0 == v }) }
        var table: [Int] = []
        var position = 0
        while let step = s.nextInTableOrder(from: position) {
            table.append(step.element)
            position = step.next
        }
        #expect(table == s.tableOrder)
        var inserted: [Int] = []
        position = 0
        while let step = s.nextInInsertionOrder(from: position) {
            inserted.append(step.element)
            position = step.next
        }
        #expect(inserted == [40, 8, 3, 16, 1])
        #expect(s.nextInTableOrder(from: 1_000) == nil)
    }

    @Test("pop on an empty set, clear keeps working")
    func emptyCases() {
        var s = SetTable<Int>()
        let popped = (s.popTableOrder(), s.popInsertionOrder())
        #expect(popped.0 == nil && popped.1 == nil)
        s.insert(3, hash: 3, eq: { $0 == 3 })
        s.removeAll()
        #expect(s.isEmpty && s.tableOrder.isEmpty && s.insertionOrder.isEmpty)
        s.insert(4, hash: 4, eq: { $0 == 4 })
        #expect(s.tableOrder == [4])
    }
}

// MARK: - Dict tests

@Suite("Ordered table")
struct OrderedTableTests {
    @Test("dict programs keep CPython's insertion order")
    func programs() throws {
        for (program, expected) in dictProgramCases {
            #expect(try runDictProgram(program) == expected, "\(program)")
        }
    }

    @Test("update, lookup, positions")
    func basics() {
        var d = OrderedTable<String, Int>()
        for (i, k) in ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].enumerated() {
            d.updateValue(i, forKey: k, hash: k.hashValue, eq: { $0 == k })
        }
        #expect(d.count == 10)
        #expect(d.value(hash: "c".hashValue, eq: { $0 == "c" }) == 2)
        let old = d.updateValue(20, forKey: "c", hash: "c".hashValue, eq: { $0 == "c" })
        #expect(old == 2)
        let removed = d.removeValue(hash: "a".hashValue, eq: { $0 == "a" })
        #expect(removed?.value == 0)
        #expect(d.contains(hash: "a".hashValue, eq: { $0 == "a" }) == false)
        #expect(d.keys == ["b", "c", "d", "e", "f", "g", "h", "i", "j"])
        #expect(d.values == [1, 20, 3, 4, 5, 6, 7, 8, 9])
        let last = d.popLast()
        #expect(last?.key == "j")
        let position = d.position(hash: "d".hashValue, eq: { $0 == "d" })
        #expect(position.flatMap { d.entry(at: $0)?.value } == 3)
        if let position { d.setValue(33, at: position) }
        #expect(d.value(hash: "d".hashValue, eq: { $0 == "d" }) == 33)
        var seen: [String] = []
        var cursor = 0
        while let step = d.nextEntry(from: cursor) {
            seen.append(step.key)
            cursor = step.next
        }
        #expect(seen == d.keys)
        d.removeAll()
        let none = d.popLast()
        #expect(d.isEmpty && d.keys.isEmpty && none == nil)
    }
}

// MARK: - Expected values (generated by running CPython 3.11)

/// (x, hash(x))
private let intHashCases: [(Int, Int)] = [
    (0, 0),
    (1, 1),
    (-1, -2),
    (-2, -2),
    (2, 2),
    (7, 7),
    (2305843009213693950, 2305843009213693950),
    (2305843009213693951, 0),
    (2305843009213693952, 1),
    (2305843009213693953, 2),
    (-2305843009213693951, 0),
    (-2305843009213693952, -2),
    (-2305843009213693953, -2),
    (4611686018427387904, 2),
    (-4611686018427387904, -2),
    (9223372036854775807, 3),
    (-9223372036854775808, -4),
    (1152921504606846976, 1152921504606846976),
    (12345678901234567, 12345678901234567),
    (-12345678901234567, -12345678901234567),
    (-8560655448243403605, -1643126420602321752),
    (4068162486552378239, 1762319477338684288),
    (8187916418037622075, 1270387390396540222),
    (7562175620875710226, 644646593234628373),
    (8802591916383569322, 1885062888742487469),
    (1520905381688372636, 1520905381688372636),
    (827775455937777305, 827775455937777305),
    (6144529762573898609, 1532843744146510707),
    (8088397858422869484, 1170868830781787631),
    (-2706848465953118842, -401005456739424891),
    (-3564948954543315450, -1259105945329621499),
    (2181121563170557087, 2181121563170557087),
    (-5553345357493891538, -941659339066503636),
    (-3428899176381787687, -1123056167168093736),
    (-354540226203840489, -354540226203840489),
    (-4475318821077545807, -2169475811863851856),
    (-7015710068778745849, -98181041137663996),
    (2657687134582867451, 351844125369173500),
    (-8033909186131501912, -1116380158490420059),
    (7036115504569171832, 118586476928089979),
    (4709357548386175300, 97671529958787398),
    (-6615023411515902585, -2003337393088514683),
    (-6793643234768286377, -2181957216340898475),
    (-2360985618361919286, -55142609148225335),
    (-6088635627458537115, -1476949609031149213),
    (8074977785662814598, 1157448758021732745),
    (-6896134499418516401, -2284448480991128499),
    (-6053724816406682154, -1442038797979294252),
    (-6041104141316384852, -1429418122888996950),
    (-1361928407122198061, -1361928407122198061),
    (-8100383761064423137, -1182854733423341284),
    (-45328484749444493, -45328484749444493),
    (7841797234553873429, 924268206912791576),
    (-3696603076888038662, -1390760067674344711),
    (-5314796860436752540, -703110842009364638),
    (2982469239612462951, 676626230398769000),
    (-2708518039400259373, -402675030186565422),
    (-2267264789167035548, -2267264789167035548),
    (-6257207251791918553, -1645521233364530651),
    (-3833893268932293998, -1528050259718600047),
    (7334857558394760865, 417328530753679012),
    (4819587451545921982, 207901433118534080),
    (-7447789704227595792, -530260676586513939),
    (7830012856615929672, 912483828974847819),
    (-4073919387769328440, -1768076378555634489),
    (6238174018252538745, 1626487999825150843),
    (-8679695000638851588, -1762165972997769735),
    (-4547681255566860770, -2241838246353166819),
    (-6857092122427231271, -2245406103999843369),
    (-5530560076573598503, -918874058146210601),
    (-4564000358585583374, -2258157349371889423),
    (7642850735003008575, 725321707361926722),
    (-2187784718893710787, -2187784718893710787),
    (-8547599769226546557, -1630070741585464704),
    (7279998311280987236, 362469283639905383),
    (-970054064234866289, -970054064234866289),
    (9170046905900866508, 2252517878259784655),
    (-5179428843927391707, -567742825500003805),
    (-3303678973109598879, -997835963895904928),
    (6889714398472736859, 2278028380045348957),
    (836, 836),
    (-878, -878),
    (367, 367),
    (-787, -787),
    (-192, -192),
    (-675, -675),
    (592, 592),
    (108, 108),
    (-417, -417),
    (-416, -416),
    (182, 182),
    (-541, -541),
    (145, 145),
    (866, 866),
    (-278, -278),
    (330, 330),
    (-83, -83),
    (641, 641),
    (64, 64),
    (225, 225),
]

private let floatHashCases: [(Double, Int)] = [
    (0.0, 0),
    (-0.0, 0),
    (0.5, 1152921504606846976),
    (-0.5, -1152921504606846976),
    (-2.5, -1152921504606846978),
    (1.5, 1152921504606846977),
    (1e+300, 1224995262755759164),
    (-1e+300, -1224995262755759164),
    (1e-300, 482449582752280463),
    (Double(bitPattern: 0x0000000000000001), 16777216),
    (1.7976931348623157e+308, 2234066890152476671),
    (.infinity, 314159),
    (-.infinity, -314159),
    (1.0, 1),
    (-1.0, -2),
    (2.305843009213694e+18, 1),
    (4.611686018427388e+18, 2),
    (-2.305843009213694e+18, -2),
    (1.8446744073709552e+19, 8),
    (0.1, 230584300921369408),
    (123.456, 1051464412201451643),
    (1e+16, 10000000000000000),
    (3.0, 3),
    (-7.0, -7),
    (0.25, 576460752303423488),
    (9.313225746154785e-10, 2147483648),
    (1e-05, 2170758078822671208),
    (1.1270106971740198e+191, 2055963512765986658),
    (1.3242143652572862e+39, 131527365175410937),
    (5.21151058017227e-287, 567971491778126025),
    (681355952383.2029, 467812092649062655),
    (1.426947882172984e+37, 1576713957074767874),
    (-1.2822438113281156e-257, -1245696449560157697),
    (-1.5841745088119948e+128, -1053961162200955008),
    (-3.865537503711854e+236, -17110120382868338),
    (1.3438452239984566e+184, 375058202818642947),
    (1.231587784696856e-90, 648486097122590800),
    (-1.3042927385295495e+239, -1161535881324522498),
    (-1.4128404765048988e-202, -886061972448548865),
    (-3.379645014489422e-116, -1504213988840881365),
    (-4.413793087199629e-173, -1149755098665508179),
    (-2.4477308124463147e-52, -2096574500327918520),
    (4.8796692890928376e+260, 737038291590713310),
    (-4.3124554751888644e+23, -2176249722967349902),
    (-2.2067477072027824e+285, -2283109514765014475),
    (4.080342007409468e-253, 410579901637246837),
    (5.247372173961375e-193, 1303776704102222521),
    (6.163525123029433e-159, 678643654988746411),
    (-4.354837795331107e+116, -1600496257291007380),
    (-5.065621863831597e+217, -5170180164132019),
    (-1.1117138663229549e-181, -873400842310779352),
    (-3.357316318296918e-262, -1549331262253576947),
    (-9.205065240588691e+21, -139947807624662936),
    (6.936829059622923e+202, 184491661684064263),
    (-1.3448531164774926e-205, -3038307178675750),
    (-2.494893011446411e+35, -108198736925164048),
    (3.308599219779939e+41, 1925544429658108691),
    (7.446014313273965e-300, 126111755089881546),
    (3.200341771008245e-295, 471304800743803136),
    (5.29927627004639e-08, 1809813853698331827),
    (-1.3038203856475296e-271, -44434456055942417),
    (-5.62386807690167e+19, -898448547888046104),
    (-1.9526665329588608e+93, -2203683476711653405),
    (-2.7937592891426156e-108, -2123243348742373795),
    (5.475097622029991e+185, 1966868835591127168),
    (4.341915996456451e-46, 1630292075315015314),
    (-9.100242883469598e+26, -406150249846278428),
    (-1.4621837739543797e+127, -97279996690770384),
    (-1.7857651874307507e+177, -220958825791398868),
    (-3.3295373343685334e-192, -223869396130245567),
    (-1.1450173462708485e+129, -700342654443260931),
    (-1.409862398354899e+276, -207874847502974981),
    (2.6299072164855007e+152, 1841795802285278584),
    (2.194501854132677e-199, 280624975953528934),
    (2.1551393496269663e-243, 1513468350715458554),
    (2.2610083002493634e-237, 1809293749025112181),
    (-3.3603826758398627e-106, -1871365007212594508),
    (-1.090903771035462e+65, -271337488400660344),
    (-5.751909572559171e-190, -153128022917358748),
    (-4.2644553584451593e+273, -35501546780449568),
    (2.490288373236228e+285, 680751638212141771),
    (-2.551735264550227e-192, -1018745926647392745),
    (-1.6287486423798309e-245, -1157990010644893593),
    (-1.0026057227120548e+208, -622138047593422148),
    (-2.2668713642058006e-262, -306307562120386863),
    (2.424360650575368e-220, 1100216054355394565),
    (4.5829527442764236e+82, 1080456543131990113),
    (893314736.9076312, 2092854963423078064),
    (563963656.3186555, 734769536546203400),
    (482262127.7424965, 1712080342417849455),
    (-31811749.98820889, -2278654560591767717),
    (230025457.02782917, 64169697850288369),
    (-512595032.24079394, -555233031574361176),
    (-137151501.65979946, -1521393964612895757),
    (-39847670.89787233, -2070352632473454326),
    (-958818748.8778996, -2024298764229306812),
    (-438995463.37291336, -859879666010982919),
    (-405974725.84380805, -1945688904970710725),
    (773522530.0788438, 181801499647214690),
    (-163218255.07223856, -166570789091050319),
    (688321771.2818878, 649988943831823595),
    (-748925100.9314946, -2147880297568645292),
    (-428629239.32238495, -743369091729612023),
    (178132575.81477427, 1878741565872936543),
    (781249679.5461578, 1259354230956813455),
    (743802381.1275125, 294023703662265869),
    (435041165.8437009, 1945441789761434509),
]

/// (magnitude limbs, least significant first; negative; hash)
private let bigIntHashCases: [([UInt], Bool, Int)] = [
    ([0x0, 0x1], false, 8),
    ([0x0, 0x1], true, -8),
    ([0x1, 0x1], false, 9),
    ([0xd6947d55cf3813d1, 0x673768565b41f775, 0x5a4653ca], false, 1175369268131054105),
    ([0xd6947d55cf3813d1, 0x673768565b41f775, 0x5a4653ca], true, -1175369268131054105),
    ([0xb9f5610000000000, 0x6329f1c35ca4bfab, 0x1d], false, 1388497483929617590),
    ([0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff, 0xff], false, 131071),
    ([0xfffffffffffffffb, 0xffffffffffffffff], true, -59),
    ([0x0, 0x0, 0x8], false, 512),
    ([0x1fffffffffffcfc7, 0x607], false, 0),
    ([0xb7fcadf295e2292f, 0x8cd4d83fabd398c, 0x7976b250d5fb8b5f, 0xc27556f9130a5e8f, 0xfcdeac0330f], true, -558023153530234993),
    ([0xa9a100e91368f4ae, 0xb497a6164ea4470c, 0x178aad6f42f8c2e8, 0x7f6866bf238085d7, 0xe072ae70818], true, -195764066982632806),
    ([0x89f737772d92b49f, 0xf4567730fd27462e, 0x26d018dffc1d0306, 0xa54d3c573ceab418, 0xd96ec7c20f0], true, -2018534297434382962),
    ([0xc12379cddb183f85, 0x28826e3e981b399e, 0x49611a817cfcdad0, 0x31c9437166b85b0f, 0x4846e32412c], true, -1174513518262723124),
    ([0xa67278f24c706c6e, 0x4d2bdf9337bffba6, 0x77d52f9cfa357335, 0xc427d060d958752f, 0x86078abded6], false, 1532391589125874216),
    ([0x8aaed0cef4df05ba, 0x1333898f03d440ad, 0x24f511b254e4e463, 0x7d3455f27c96e993, 0x23891a51697], true, -747307197481271816),
    ([0x73b1c6d34a5a565a, 0x8ec041e9636204f9, 0x45e9fc9dc4e12d2, 0xaefb0734828e02bb, 0x1964971687], false, 1687662267553620929),
    ([0x831e4a700e622e16, 0x772da4bc83d3d984, 0xa8e07556d056c6fb, 0xa80223715a0ce58a, 0xa2f56f0e858], false, 1842709106864117993),
    ([0x343e1ffd92ec5ecb, 0xc1b80db1b81dfac1, 0xf9568378967a2594, 0x64d194c422003802, 0x97a5073c882], false, 1972744845682132548),
    ([0xc459256e6f020088, 0x561e9f74c3133eec, 0x4961d3f982f7c0df, 0x8598a330ca8ca8c0, 0xb0e037548be], false, 2286246695654758575),
    ([0x494ee82f33e6057f, 0xeef4b93a69727a04, 0x4eea812f188a59e7, 0xb6ebfe6652dd82cd, 0x93307d3fe77], true, -1451560869778253225),
    ([0xd6c02269a4d7e7e7, 0x71e2f58aeafc7cd2, 0x669ee89afe7c4cbe, 0x76750403c21c6148, 0x6aeb5cf9d6d], false, 1730763663589533262),
    ([0x4b74a33394c9bf1, 0xdead701e3823b959, 0xed219f54a68fa272, 0xaf89c2fce3380fea, 0x452c2ba6f29], true, -1609410423078351939),
    ([0x1f76b0fea0e28b25, 0xe70b196f84dda7f4, 0xdcfad97137cd72b5, 0xeecaf378f3f80304, 0x3fd0bf033bb], true, -913275728419504358),
    ([0xde80102d1dbfc535, 0x48eba86d1a1a351b, 0x62e0671405f34f30, 0x7cd7c60f4b8a8c4d, 0xf2a5172602d], true, -1041981080510442681),
    ([0x56834046b85c9893, 0xb2494433525dbe1e, 0x85d55de3ae20d9e5, 0x96bfdd6a444c9c44, 0xf73e7439658], true, -2222224916485182825),
    ([0x348485f5c149cdf9, 0x2ac1ce8a2350992f, 0x432edafd88adc61a, 0xa711419aed99bed4, 0xb5b71fb7b1b], false, 1838214820997857524),
    ([0xffef5af265bd73a0, 0x1f5996de15ca0f22, 0xa117c596aec55953, 0x12d1ea43b6f6d0c, 0xcc98fc0709b], true, -1997162823465568980),
    ([0x812c8658019c6fa3, 0xde8bfb1e6846268a, 0xea6ffc89f6c8bbcd, 0xbcb05bb4c3bb55fd, 0xed67ff94b46], true, -1382696688688103182),
    ([0xc5d439f9d4ba7c76, 0x4cf979156094674f, 0x55e45241d596df48, 0xcaedb4f89ddca8bf, 0x72d32507229], false, 185025245483738210),
]

/// (repr of a tuple, its hash)
private let tupleHashCases: [(String, Int)] = [
    ("()", 5740354900026072187),
    ("(1,)", -6644214454873602895),
    ("(1, 2)", -3550055125485641917),
    ("(2, 1)", 6794810172467074373),
    ("(-1,)", 8078679518589016365),
    ("(-2,)", 8078679518589016365),
    ("(0.5, -2.5)", -2194912822620903146),
    ("(1e+300, (1, 2.0), ())", 2331532030414419193),
    ("((), ((),))", 578447794611251343),
    ("(1, 1.0)", 8389048192121911274),
    ("(2305843009213693951, -2305843009213693952)", 8374038142897728572),
    ("()", 5740354900026072187),
    ("(8,)", 308769099631933579),
    ("((-1, -1), 53, (31, 31, 32), (43, 0, 2305843009213693951))", 2307246919495903149),
    ("(30, (39, 25), 166, 2305843009213693951, 2305843009213693951)", -5819207172463101211),
    ("(-2.5,)", -266668350095435475),
    ("()", 5740354900026072187),
    ("(2305843009213693952, 8197085721486877702, -25.85471718246879, 1e+300)", -4553992876153149290),
    ("((),)", -5486347211504344842),
    ("(2305843009213693951, 2305843009213693951, 4611686018427387906, ())", 2150938179977090600),
    ("(2305843009213693952, 3038880256222054285, 30, -375.7264466354244)", 5506775852562276349),
    ("(4611686018427387907,)", -7813438383599366905),
    ("(2048,)", 6410921374297183025),
    ("(9223372036854775807, 4611686018427387910, -1, -9223372036854775808)", -513120389624623707),
    ("(-2.5, (9223372036854775807, -2), 8192, ())", 734223109960806533),
    ("((49,), -2.5, -2, 9223372036854775807, ())", 3822691586852809198),
    ("(39, 1e+16, -9223372036854775808)", -8265454613731449237),
    ("(11.0, -9223372036854775808, -1)", -8472620773722167630),
    ("(5332292112690056606, 0, (16,), 40)", -8348850436061223916),
    ("((21,), 192, 7, (160, 13, 25))", 9214625491936837254),
    ("(2.305843009213694e+18, -166.58685270188096)", 1859541811390783434),
    ("(8.25,)", -6941107694372800373),
    ("(4611686018427387913, 39.0)", 1376342754206715526),
    ("(2.305843009213694e+18, -1, 4611686018427387911)", 4595249328960302398),
    ("(2305843009213693952, 0.1, -1)", 5797900940737019846),
    ("(-2, 58)", 7931031567725864914),
    ("(68,)", -8520218838374850639),
    ("(2305843009213693951, 1e+300)", -5802891143580302764),
    ("(4611686018427387906, -2)", -7962693196265267240),
    ("(7792297670566973648, 1e+16, (8945606520520841150, 1024), 0.5)", -8226819796465564747),
    ("(1e+16, 2305843009213693951, -9223372036854775808)", -1167691295129279244),
    ("(12.0, (), -0.0)", 1597111714698395894),
    ("(128, 111)", 1763550646398624157),
    ("()", 5740354900026072187),
    ("(0.1, 15, 0.1, ())", -6705984561791454703),
    ("(9223372036854775807, -2, (-9223372036854775808,), -2, 13)", -7472766943601089929),
    ("(2305843009213693952, -1, (50, 50, -2.5), -9223372036854775808)", 577034652895024903),
    ("(123, 29, 1e+300, -1, ())", 5680675300640215261),
    ("((40, 49, -2.5), (62, -2, 268), 4611686018427387913, (-1,))", 8699891118686548651),
    ("(60, 0.1, 0)", 410607781246937608),
    ("()", 5740354900026072187),
]

/// (list literal, hash(frozenset(list)))
private let frozenSetHashCases: [(String, Int)] = [
    ("[]", 133146708735736),
    ("[1]", -558064481276695278),
    ("[1, 2, 3]", -272375401224217160),
    ("[-1, -2]", 399283329322573),
    ("[0.5, (1, 2), 3]", 4046449176205005212),
    ("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]", 7026028923906358870),
    ("[1, 1.0, 2]", -1826646154956904602),
    ("[(), (1,), ((),)]", -867195672289975294),
    ("[-1, 9223372036854775807, (), 4, 39, 2.305843009213694e+18, 4611686018427387908, -9223372036854775808, (-2,), 7, (1e+300, -547.9003039506136), 9223372036854775807]", -4384741305167953885),
    ("[1e+16]", -3948377863020452136),
    ("[0.1, -3]", 1000354709410340192),
    ("[(1e+16, 0.1, -7845660332698887527), 2.305843009213694e+18, 284, 1e+300]", 2309128431107009593),
    ("[(), -9223372036854775808]", 799040410493996447),
    ("[295, (-1, 20), 18, 2305843009213693952, -1, (), 25, (), (-730.4579704742289, 2305843009213693951), -9223372036854775808, 2305843009213693952, 2305843009213693952]", -1628141165686269485),
    ("[-1, 20, 7, 2.305843009213694e+18]", -6362662828698628981),
    ("[-9223372036854775808, 2.305843009213694e+18, 33, -1, 9.125, 9223372036854775807, 4611686018427387908, 2305843009213693952]", -3978730289554182202),
    ("[]", 133146708735736),
    ("[-1, 6.5, -9223372036854775808, 4611686018427387909, -2.5, -0.0, 1e+300, -0.0, 1533533177012378230, 1e+16, 31, 2305843009213693951]", -7032118714278023436),
    ("[(), 29, 4611686018427387913, 338.4912301860504, 1e+16, 0, (-2,), 52, 1e+16, -0.0]", -6152546450474955162),
    ("[2.305843009213694e+18, -3.75, -1139030150154732492, 9223372036854775807, (6567638392531334720, 14, -2), 2305843009213693951, -0.0]", -4265736022297083619),
]

/// (statements, popped values and final iteration order)
private let setProgramCases: [(String, String)] = [
    ("s = {3, 1, 2}", "pops=[] final=[1, 2, 3]"),
    ("s = {8, 1}", "pops=[] final=[8, 1]"),
    ("s = {1, 8}", "pops=[] final=[8, 1]"),
    ("s = {8, 1, 16}", "pops=[] final=[8, 1, 16]"),
    ("s.add(8); s.add(1)", "pops=[] final=[8, 1]"),
    ("s = set([3, 1, 2])", "pops=[] final=[1, 2, 3]"),
    ("s = set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])", "pops=[] final=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"),
    ("s = set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99])", "pops=[] final=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]"),
    ("s = set([-20, -19, -18, -17, -16, -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19])", "pops=[] final=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, -20, -19, -18, -17, -16, -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1]"),
    ("s = set([-1, -2, -3, -4])", "pops=[] final=[-4, -3, -1, -2]"),
    ("s = set([-2, -1])", "pops=[] final=[-2, -1]"),
    ("s = {-1, -2, 5}", "pops=[] final=[5, -1, -2]"),
    ("s = {-2, -1, 5}", "pops=[] final=[5, -2, -1]"),
    ("s = {32, 0, 64, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}", "pops=[] final=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 64, 32]"),
    ("s = set([32, 0, 64, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])", "pops=[] final=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 32, 64]"),
    ("s.update([32, 0, 64, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])", "pops=[] final=[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 32, 64]"),
    ("s = set([0, 16, 1, 2, 3]); s = s.copy()", "pops=[] final=[0, 1, 2, 3, 16]"),
    ("s = set([2305843009213693952, 2305843009213693951, 2305843009213693953, 4611686018427387904, -2305843009213693952, 9223372036854775807, -9223372036854775808])", "pops=[] final=[2305843009213693951, 2305843009213693952, 2305843009213693953, 4611686018427387904, 9223372036854775807, -9223372036854775808, -2305843009213693952]"),
    ("s = {0.5, 1.5, 2.5, -2.5, 1e300, 1e16, 3.0, 3}", "pops=[] final=[0.5, 1.5, 2.5, 3.0, 1e+16, 1e+300, -2.5]"),
    ("s = {(1, 2), (2, 1), (), (1,), ((),)}", "pops=[] final=[(1,), (1, 2), (2, 1), ((),), ()]"),
    ("s = set([0, 8, 16, 24, 32, 40, 48, 56, 64, 72]); p(s.pop()); p(s.pop()); s.add(100); p(s.pop())", "pops=[0, 32, 64] final=[100, 8, 40, 72, 16, 48, 24, 56]"),
    ("s = set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]); s -= set([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28])", "pops=[] final=[1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29]"),
    ("s = set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]); s = s - set([3, 5])", "pops=[] final=[0, 1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]"),
    ("s = set([0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60]); s = s & set([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63])", "pops=[] final=[0, 36, 12, 48, 24, 60]"),
    ("s = {1, 2, 3}; s |= set([1.0, 4.0])", "pops=[] final=[1, 2, 3, 4.0]"),
    ("s = {1.0}; s &= set([1])", "pops=[] final=[1]"),
    ("s = set([1]); s = s & set([1.0])", "pops=[] final=[1.0]"),
    ("s = set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]); s ^= set([5, 6, 7, 8, 9, 10, 11, 12, 13, 14])", "pops=[] final=[0, 1, 2, 3, 4, 10, 11, 12, 13, 14]"),
    ("s = set([0, 7, 14, 21, 28, 35, 42, 49]); s = s ^ set([0, 5, 10, 15, 20, 25, 30, 35, 40, 45])", "pops=[] final=[5, 7, 40, 10, 42, 45, 14, 15, 49, 20, 21, 25, 28, 30]"),
    ("s = s - set([-0.0, 1e+16, (1e+16,), ((49, -1, 32.0),)]); s ^= set([2305843009213693952, 2.305843009213694e+18, (2305843009213693951,), (7, 1e+16, -2)]); s -= set([39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28])", "pops=[] final=[(2305843009213693951,), 2305843009213693952, (7, 1e+16, -2)]"),
    ("s.discard(33); s.add((-2, 2305843009213693951)); s = s ^ set([-0.0, -9223372036854775808, -2, (51,), -1, 5836329584599086536, -1703637157690812573, ((-1, -2, 28), 2305843009213693951), (-2, 27.0, 32), 2305843009213693952, -289.61353757970926, (33, 0.1), 27, -1]); s.discard(23)", "pops=[] final=[-0.0, (51,), (-2, 27.0, 32), -1703637157690812573, 2305843009213693952, 5836329584599086536, (33, 0.1), (-2, 2305843009213693951), ((-1, -2, 28), 2305843009213693951), -1, 27, -9223372036854775808, -2, -289.61353757970926]"),
    ("s -= set([-667.1898828802155, 12.0, -2, 4611686018427387909]); s = {2305843009213693952, (4611686018427387905, (), -2.5), -1, 2305843009213693952}; p(s.pop()); s = s | set([-43, -35, -27, -19, -11, -3, 5, 13]); s = {(21, -9223372036854775808, (20,)), (), 4611686018427387912, 1e+16, 9223372036854775807, 0.1, -2, 2305843009213693952, (), -9223372036854775808, 4611686018427387910, 2305843009213693951}; s.add(19); s &= set([]); s &= set([22, (33, 4611686018427387905, 61), 9, ()]); s = s & set([2.305843009213694e+18])", "pops=[2305843009213693952] final=[]"),
    ("s.add(2.305843009213694e+18); s.add(2305843009213693952); p(s.pop()); s.clear()", "pops=[2.305843009213694e+18] final=[]"),
    ("p(s.pop()); s ^= set([(), 7]); s = s - set([20, 0.1, -2.5, 256, 4611686018427387909, 4611686018427387905, -3778903411361816106, 54, -3296568933010481541, 2305843009213693951, 54, -9223372036854775808]); s &= set([2789914280814311114, 0.1, 38, 1e+300, -2, 34, 54, 20])", "pops=[KeyError] final=[]"),
    ("s = s & set([]); s = s.copy(); s = set([-342.6234805820825, 4611686018427387913, 46, -898.1725456206484, (0, 43)]); s = {-0.0, 2305843009213693951, 7, 8.75, -2.5, -0.0, (27,), (27,)}; p(s.pop()); s = set([]); s.add(())", "pops=[-0.0] final=[()]"),
    ("s = s.copy(); s.add(((), (-1, 5026006034030687853, 1e+16))); s ^= set([-11.375]); s &= set([2.305843009213694e+18, 512, 61, 10, 2.305843009213694e+18]); s -= set([1e+16, 2305843009213693952, 2.305843009213694e+18, 2305843009213693952, 4611686018427387908]); s = s & set([(), 12.5])", "pops=[] final=[]"),
    ("s.clear(); s.add(42); s ^= set([-15, -13, -11, -9, -7, -5, -3, -1, 1, 3, 5, 7]); s.add(-2); s = s & set([-2.5, 0, -2]); s = set([4, 36]) - s", "pops=[] final=[4, 36]"),
    ("s = s.copy(); s = {29, 37, 45}; s = s.copy(); s = s & set([]); s.add(-3); s = s ^ set([8192, -0.0, 31, 1e+16, 4611686018427387909, (-7.875, (-9223372036854775808, 130, 4611686018427387909), -6498473551577683819), (), 640, 39, 4611686018427387911, (), -4.375])", "pops=[] final=[8192, -0.0, 1e+16, 640, 4611686018427387909, 39, 4611686018427387911, (), -4.375, -3, (-7.875, (-9223372036854775808, 130, 4611686018427387909), -6498473551577683819), 31]"),
    ("s = set([]); s |= set([-28, -20, -12, -4, 4, 12, 20])", "pops=[] final=[-4, 4, -28, -12, 20, -20, 12]"),
    ("s.add((4611686018427387907, ())); s.update([(8646818766523647666,)]); s = {2.305843009213694e+18, 2.305843009213694e+18, (4611686018427387906, 1e+300, (-2,))}", "pops=[] final=[2.305843009213694e+18, (4611686018427387906, 1e+300, (-2,))]"),
    ("s.discard(7)", "pops=[] final=[]"),
    ("s.add(0); s.discard(4611686018427387908); s = s & set([2.305843009213694e+18, ((), 78, 0.5), 9223372036854775807, 9223372036854775807, (), 2305843009213693951, 2305843009213693951, 9223372036854775807]); p(s.pop()); s -= set([-16, 0, 16, 32]); p(s.pop()); s = {2305843009213693952, 5, 0.1, 0.1, (44, 1e+16)}", "pops=[KeyError, KeyError] final=[0.1, 2305843009213693952, (44, 1e+16), 5]"),
    ("s ^= set([2305843009213693952]); p(s.pop()); s.discard(16); p(s.pop()); s.clear(); p(s.pop()); s = s & set([30, ()])", "pops=[2305843009213693952, KeyError, KeyError] final=[]"),
    ("s.discard(11); s = s.copy(); s.discard(16); s = s | set([-45, -46, -47, -48, -49, -50, -51, -52]); s = set([(37, 2305843009213693951), -2091827334133353239]) - s", "pops=[] final=[-2091827334133353239, (37, 2305843009213693951)]"),
    ("s.add(-2); s.discard(-143.80652774082557); s.discard(26)", "pops=[] final=[-2]"),
    ("s = {-2, 990.8285992216424, 33}; s.add(37)", "pops=[] final=[33, 37, 990.8285992216424, -2]"),
    ("p(s.pop()); s = set([(-0.0, 30), 9223372036854775807, 63, 166])", "pops=[KeyError] final=[(-0.0, 30), 9223372036854775807, 166, 63]"),
    ("p(s.pop()); s = {47, 79, 111, 143, 175, 207, 239, 271, 303, 335, 367, 399}; s.add(14); s |= set([-50]); s = {11.25, 1e+300, -9223372036854775808}; s = s - set([]); s -= set([5, 4, 3, 2, 1, 0, -1, -2, -3, -4, -5, -6]); s = set([]); s.discard(17)", "pops=[KeyError] final=[]"),
    ("s = set([2305843009213693952, ((-1, 30), -9223372036854775808, -1), 2305843009213693952, ()]) - s; s = s - set([2305843009213693952])", "pops=[] final=[(), ((-1, 30), -9223372036854775808, -1)]"),
    ("s = s ^ set([-585.1793845805498])", "pops=[] final=[-585.1793845805498]"),
    ("s.add(63); s.discard(25); s |= set([])", "pops=[] final=[63]"),
    ("s = s | set([]); s = {0.1, 6144, 9223372036854775807, ()}; s = s & set([39, 55, 71, 87]); s.add(-2.5); s = s.copy(); s = s | set([0.5, 4611686018427387912, 80]); s.discard(277); s.update([-10, 54]); s.add(25)", "pops=[] final=[0.5, 4611686018427387912, 80, -10, 54, 25, -2.5]"),
    ("s.add(38); s = {43, 44}; s.clear()", "pops=[] final=[]"),
    ("p(s.pop()); s.add(3); s.add(18); s = {(-964.4273127912575, -2.5), 20, 2305843009213693951}; s.add(18.0); s = s & set([-47, -15, 17, 49, 81, 113, 145, 177, 209, 241, 273, 305]); s = set([49, 113, 177]) - s; s = s - set([1e+16, 5.5, 6])", "pops=[KeyError] final=[49, 177, 113]"),
    ("s |= set([-2, 9223372036854775807, ((),)]); s.discard(2.305843009213694e+18); s.discard(20); p(s.pop()); s &= set([(4611686018427387910, (-2, 60)), ((),)]); s = s & set([]); s &= set([-50, -34]); s.discard(31); s = s | set([42, 50, 58, 66, 74, 82, 90, 98, 106, 114, 122, 130])", "pops=[9223372036854775807] final=[66, 98, 130, 90, 122, 74, 42, 106, 50, 82, 114, 58]"),
    ("s.add(-9223372036854775808); s.add(31); s.add(38); s = s.copy()", "pops=[] final=[-9223372036854775808, 38, 31]"),
    ("s.add(-9223372036854775808); s -= set([26, 28, 30, 32, 34]); s ^= set([(640, 4200896242858332024, -2), 2.305843009213694e+18, -5919706024463189183]); s.add(((17.0, 393.2952617249937, 261), 4611686018427387910))", "pops=[] final=[2.305843009213694e+18, (640, 4200896242858332024, -2), -9223372036854775808, ((17.0, 393.2952617249937, 261), 4611686018427387910), -5919706024463189183]"),
    ("s.add(36); s = s & set([]); s.add(11); s.discard(0.5); s.add(())", "pops=[] final=[11, ()]"),
    ("s.add(38); s.add(18); s.clear(); s -= set([9223372036854775807]); s = s.copy(); s -= set([24, 40, 56, 72]); s = s.copy()", "pops=[] final=[]"),
    ("s.discard(-0.0); s.add(2305843009213693951); s.discard(22); s.add(4269529228550613282); s |= set([50, 2.305843009213694e+18, -9223372036854775808, 156959362409257058, 0.1, -2, -2.5, 1.75, (9, 0.5, (-8.25, -2, -1)), 4611686018427387912, 52, 2.5, -4553037450677675907, 0.75, 2305843009213693951, 30]); s = {4611686018427387904, 2.305843009213694e+18, (), -0.0, (32,), 0, -9223372036854775808, 4611686018427387908}; s.add(-2)", "pops=[] final=[-0.0, 2.305843009213694e+18, 4611686018427387904, 4611686018427387908, (), -9223372036854775808, (32,), -2]"),
    ("s = {(87.69283687056532, -2.5), 52, 7, -2, -0.0, -1, 32, -9223372036854775808}; s = s ^ set([2, 4, 6, 8, 10, 12, 14, 16]); s.add(15); s.add(0); s.update([12, 76, 140, 204, 268, 332, 396, 460, 524, 588, 652, 716])", "pops=[] final=[-0.0, 2, (87.69283687056532, -2.5), 4, 6, 7, 8, 10, 12, 140, 14, 15, 16, 268, 396, 524, 652, 32, 52, 76, 204, 332, 460, 588, 716, -2, -9223372036854775808, -1]"),
    ("s.discard(18); s.discard(26); s = set([1024, (58,), 50, 272, 3601443035743775939, 0.5, (17, 4611686018427387911), -9223372036854775808]) - s; p(s.pop()); s = s & set([0.5, (-1,), 1e+300, -9223372036854775808, 2305843009213693951, -3693136922462725467, 9223372036854775807, -7477131526375739396])", "pops=[1024] final=[0.5, -9223372036854775808]"),
    ("s |= set([4611686018427387909, 2.305843009213694e+18, -2, 32.0, 1536, (9223372036854775807,), -0.0, 17, 0, 1e+300, 4611686018427387909, -1.0, -9223372036854775808, -2, 2305843009213693952, (96,), 23, 2305843009213693951, 3359906517651993256, 2305843009213693951, 0.1]); s = s.copy(); s |= set([]); s |= set([-32, 32, 96]); s &= set([-18])", "pops=[] final=[]"),
    ("s.discard(8); s.add(33); s.add(-2.5); s.add(-0.0); s = {173, -1.75, -3, 19.0, -6023503334028809104, (), 4611686018427387913, 296.69602442548216, (-1691234062329747559, (-1, 32, 20)), (126, 35, 1e+16), 12.0, 287}; s = s & set([2305843009213693952, -1, 9223372036854775807, 2.305843009213694e+18, 1e+16, (2305843009213693951, 50), 60, 0.1, 5340138128995011751, -2, 11, 284601128186930852]); s = set([3, 2305843009213693951, -2, 256, 53]); s = {16}", "pops=[] final=[16]"),
    ("s = s | set([33, 34, 35, 36, 37, 38]); s.update([30, 38, 46, 54, 62, 70, 78, 86, 94, 102, 110, 118]); s.add(26)", "pops=[] final=[70, 78, 86, 26, 30, 94, 33, 34, 35, 36, 37, 38, 102, 46, 110, 54, 118, 62]"),
    ("s = {-34, -2, 30}; s ^= set([8, 24, 21, 59, 1e+300])", "pops=[] final=[8, 21, -2, 30, 24, 59, 1e+300, -34]"),
    ("s.discard(-2); s = s | set([32, 4611686018427387906]); s.discard(1e+300); s = set([]); s = s - set([-2.5]); s &= set([-2.5, 53, (), -1]); s.add(568.0841487590953)", "pops=[] final=[568.0841487590953]"),
    ("p(s.pop()); s.add((0.1, 1e+16)); s.add(32); s.add((-1, (36, 4))); s &= set([(-9223372036854775808,), -8315342979987514749, 54, (7, 59, 38), 8, -9223372036854775808, 1024, 2305843009213693951, 0.1, 1e+16, ((), -2, 2.305843009213694e+18), -1]); s.discard(-9223372036854775808)", "pops=[KeyError] final=[]"),
    ("s = set([45, 2305843009213693952, 9223372036854775807, 0.1, 9223372036854775807, 147, -4.125, 12]); s.clear(); s.add(2305843009213693951); s.clear(); s.add(4611686018427387909); s ^= set([48, 56, 64])", "pops=[] final=[48, 56, 64, 4611686018427387909]"),
    ("p(s.pop()); p(s.pop()); s.update([38, 54, 70]); s.clear()", "pops=[KeyError, KeyError] final=[]"),
    ("s = {5674759182691832511}; s.add((1e+16,))", "pops=[] final=[5674759182691832511, (1e+16,)]"),
    ("s = s & set([]); s.add(2.305843009213694e+18); p(s.pop())", "pops=[2.305843009213694e+18] final=[]"),
    ("s -= set([22, -9223372036854775808, 0, 38.0, 24, 31, 9223372036854775807, 2305843009213693952, 7168, 2.305843009213694e+18, (4,), -5743194948477792316, 0.1, 46, -0.0, -1, -2.5, ((3,), (6, -4.0, 20)), 296, (2, 16.0), 2305843009213693951, 1024, (-4304721153554796306,)]); s = {8, 7, 6}; p(s.pop()); s.add(12.5); s |= set([(), (2305843009213693951, -2), 1e+16, (-9223372036854775808,), -1, -0.0, -2.5, (), (-2, (28, 0.5, 1024)), -0.0, (-0.125,), 2.305843009213694e+18]); s = s | set([15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37])", "pops=[8] final=[1e+16, -0.0, (-9223372036854775808,), 2.305843009213694e+18, 6, 7, (-2, (28, 0.5, 1024)), 12.5, 15, 17, 19, 21, 23, (-0.125,), 25, 27, 29, 31, 33, 35, 37, -2.5, (), (2305843009213693951, -2), -1]"),
    ("s &= set([9, 5.375, 2560, 1e+16, 19])", "pops=[] final=[]"),
    ("s.add(-5); s.clear(); s.clear()", "pops=[] final=[]"),
    ("s = s - set([38]); s.discard(0.1)", "pops=[] final=[]"),
    ("s.clear(); s = s ^ set([63, 1e+16, -2, -288.52299244244546, (4611686018427387907, (3,), (0.5,)), 40, (), 179]); p(s.pop()); s &= set([(48, (-0.0, 0.1), 0.1), -2, ((9223372036854775807,), 6943300194862689291, 1536), 840.1496484780491, 2.305843009213694e+18]); s.discard(-3); s.add(23)", "pops=[1e+16] final=[-2, 23]"),
    ("s = {-28, 36}; s.add(22)", "pops=[] final=[-28, 36, 22]"),
    ("s = set([694.7997695284116, ((), -9223372036854775808, 0.5), 2.305843009213694e+18, 15, -2.5]) - s", "pops=[] final=[2.305843009213694e+18, 694.7997695284116, ((), -9223372036854775808, 0.5), -2.5, 15]"),
    ("s.discard(((-2, 6), -2))", "pops=[] final=[]"),
    ("s.add(-0.0); s.clear(); s = {0.1}", "pops=[] final=[0.1]"),
    ("s.add(26); s -= set([]); s.add(16); s = set([17, 18, 19, 20, 21, 22, 23, 24])", "pops=[] final=[17, 18, 19, 20, 21, 22, 23, 24]"),
    ("s = set([4611686018427387904, -2.5]) - s; s.add(2305843009213693952); s = set([9223372036854775807, 2305843009213693951]) - s", "pops=[] final=[2305843009213693951, 9223372036854775807]"),
    ("s = {(-1, 2305843009213693951), 2048, 1e+16, 2.305843009213694e+18, -0.0}; s ^= set([-5, 8, -1, 1e+16, -9223372036854775808, ((2305843009213693952, 1e+16), -2), 54, (), 9223372036854775807, 29, -1, -2.5]); s = s ^ set([]); s = s - set([-28, -20, -12, -4, 4]); p(s.pop())", "pops=[2048] final=[-0.0, 2.305843009213694e+18, 9223372036854775807, -5, 8, ((2305843009213693952, 1e+16), -2), (-1, 2305843009213693951), 54, -1, (), -9223372036854775808, 29, -2.5]"),
    ("s = s ^ set([-15, -16, -17, -18, -19]); s.add(2); s = s | set([-39]); s = s ^ set([44, (11, -2), 25.0]); s.add((1e+16,)); s = s & set([]); s = {(), 4611686018427387905}", "pops=[] final=[4611686018427387905, ()]"),
    ("p(s.pop()); s.clear(); s.add(1); s = set([-9223372036854775808, 2305843009213693952, 0.1, -2.5, (1e+300, 11.5, 52), 4611686018427387912, 128058738880214841, (), 1e+16, 2305843009213693951, 91, -2.5, 9.0, 63, 2305843009213693951, -3.0]); s = s & set([0, -1]); s = s | set([2305843009213693952, 1e+16, 512]); s.add(-1); s.add(8); s.discard(0)", "pops=[KeyError] final=[1e+16, 2305843009213693952, 512, 8, -1]"),
    ("s = set([(256, 13, (-10.625,)), 42, 157, 26, 1, (896,), ((1e+300,),), ((0.1, 9223372036854775807, 198),), 45, 1e+300, 27, 3584]) - s; s.add(15); s.add(15); p(s.pop())", "pops=[3584] final=[1, (896,), 42, 45, 1e+300, 15, ((1e+300,),), (256, 13, (-10.625,)), 26, 27, ((0.1, 9223372036854775807, 198),), 157]"),
    ("s.add(-7869660532277430334); s = {-2.5, 2305843009213693951, -2, -2.5, 173}; s.clear(); s.clear(); s = s ^ set([58, -167.3859836822851, 384, (9223372036854775807,), (-2,)])", "pops=[] final=[384, -167.3859836822851, 58, (9223372036854775807,), (-2,)]"),
    ("s = s.copy(); s = set([(), (0.1, 23, 37), (-8434482326369815306, 7.75, 2305843009213693951)])", "pops=[] final=[(), (-8434482326369815306, 7.75, 2305843009213693951), (0.1, 23, 37)]"),
    ("s = s & set([]); s.add(-9223372036854775808); s.add(27); s = s ^ set([]); p(s.pop()); p(s.pop()); s = {44, 76, 108}", "pops=[27, -9223372036854775808] final=[108, 44, 76]"),
    ("s = s - set([1e+16, (-2, (2305843009213693951, 10, 26), -9223372036854775808)]); s = s.copy()", "pops=[] final=[]"),
    ("s = s & set([]); s.discard(1e+16); p(s.pop()); s = s & set([2305843009213693952, (0,), -1, 8192, 2.25, 57, -0.0, 2305843009213693952, -2.5, 191, 9223372036854775807, 9223372036854775807, 9223372036854775807, 192, 27, -1, 2305843009213693952, (2.305843009213694e+18,), 8662666428613604732]); s |= set([39, 47]); p(s.pop())", "pops=[KeyError, 47] final=[39]"),
    ("s = {21, -603.9016254383351, -2, 47, -239009357197924714}; s.discard(13); s |= set([56, 0, 0.1, 9223372036854775807, -2, (-0.0, 39, 0.5), 79, 8.0, -8561847167207325714, -1, -1, -2, (9223372036854775807,), 31, (-2, 0.5, 0.1), 0.5, (), (2305843009213693951, -1), 2305843009213693951]); s.discard(())", "pops=[] final=[0, 0.1, 0.5, 9223372036854775807, 2305843009213693951, 8.0, 79, 21, -239009357197924714, (9223372036854775807,), 31, -603.9016254383351, (-0.0, 39, 0.5), -8561847167207325714, 47, (-2, 0.5, 0.1), -1, 56, (2305843009213693951, -1), -2]"),
    ("s -= set([4611686018427387904, -2.5, ()]); s = s ^ set([-11, -12, -13, -14]); s.add(2.305843009213694e+18); s.add(4611686018427387908); s.clear(); s = s | set([]); s.add(1536); s.add(()); s.add(4)", "pops=[] final=[1536, (), 4]"),
    ("s.clear()", "pops=[] final=[]"),
    ("s.add(0.1); s = set([51]); s.discard(10); s = s | set([4611686018427387905, ((1e+16, -2, 25.0),), 9223372036854775807, 1e+16, ()]); s.add(34); s.discard(38)", "pops=[] final=[1e+16, 34, 51, 9223372036854775807, 4611686018427387905, ((1e+16, -2, 25.0),), ()]"),
    ("s.add(-2); s.update([(9223372036854775807, 2.305843009213694e+18, -0.0), 1, 4611686018427387908]); s = {(), (266, 1e+300, 254), -5.0, 2305843009213693952, ((), 0.5), -2.5, 0.1, (), 2, 1e+300, 0.1, -9223372036854775808, 2597424499875979359, 0.1, 2560, ((0.5, 2.305843009213694e+18, 17),)}; s ^= set([-7690476617064191490]); s &= set([0.1, 206.40747164160166, 4611686018427387912, (9223372036854775807,), 2.875, 35.0, 12, -1])", "pops=[] final=[0.1]"),
    ("s.discard(-9223372036854775808)", "pops=[] final=[]"),
    ("s = s | set([((), 4611686018427387909), -1.125, 0]); s |= set([-9223372036854775808]); s |= set([-0.0, 168, 3638721114333164922]); s = set([-2, 0, 2, 4]); s = {(58, 0.1), 0.5, -9223372036854775808, (38, (0.1,)), (), 40, 1e+16, -443800347779461485, -3.125, -2.5, -9.5, (0.0, -29.4674757436768)}; s |= set([2.305843009213694e+18, 0.1, (91,), 2305843009213693952, 9223372036854775807, 9223372036854775807, 1e+16, -9223372036854775808]); s = s | set([]); s = s ^ set([42, 50, 58])", "pops=[] final=[0.5, 1e+16, 2.305843009213694e+18, 9223372036854775807, -443800347779461485, (58, 0.1), 40, 42, 50, (0.0, -29.4674757436768), 58, 0.1, (38, (0.1,)), (91,), -9.5, (), -9223372036854775808, -3.125, -2.5]"),
    ("s.discard(5); s = {4611686018427387907, 0, -1, 1e+300, 512}", "pops=[] final=[0, 512, 4611686018427387907, 1e+300, -1]"),
    ("s.discard(()); s.discard((17.0, 220)); p(s.pop()); s.add(20); s.discard(-1); s = set([1e+300, ((), 11), 2305843009213693952]); s = {9223372036854775807, (1e+16,), 27, (-9223372036854775808,)}", "pops=[KeyError] final=[9223372036854775807, (-9223372036854775808,), 27, (1e+16,)]"),
    ("s.clear(); s = s - set([2305843009213693952]); s.add(24); s = set([]); s.discard(22); s.add(-2)", "pops=[] final=[-2]"),
    ("s = set([-2, 13.0, (), 26, 2305843009213693951]) - s; s &= set([-4666956732649277235, -9223372036854775808, ((2305843009213693951,),), (38, -2.5, -1)]); s = s & set([]); s.discard(10); s = set([0, 1e+300, -1, 9223372036854775807, -7676621217364757277]) - s; s.add(14.0)", "pops=[] final=[0, -7676621217364757277, 9223372036854775807, 14.0, 1e+300, -1]"),
    ("s.add(8); s.add(-8123280387344302015); s |= set([-5.125, 4611686018427387909, 24, -9223372036854775808, 0.1, 2305843009213693951, 9223372036854775807, 8192]); s = s.copy(); s.add(4611686018427387913); s.add(4611686018427387908); s.discard(()); s ^= set([-2, 8054895387994604997, 2.305843009213694e+18, -771.7549662352858, -1, 0.0, 2305843009213693951, 2305843009213693952]); s = {(4611686018427387912, 0.5)}", "pops=[] final=[(4611686018427387912, 0.5)]"),
    ("s = s ^ set([12, 13, 14, 15, 16]); s = s ^ set([45, 44, 43, 42]); s = set([16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38]) - s; p(s.pop()); p(s.pop()); s -= set([1e+16, -9223372036854775808, (2305843009213693951, 1e+300), 0.875, 12]); s -= set([2560, 2.305843009213694e+18, 4611686018427387907, 2305843009213693952]); s = {-1, -9223372036854775808, ((33, 56, 0.5),)}; s.discard(-1)", "pops=[32, 34] final=[((33, 56, 0.5),), -9223372036854775808]"),
    ("s = s | set([528213315535507888, 32, 0]); s.discard((9223372036854775807, -10.625)); s.add(11); s = set([4.0]) - s; p(s.pop()); s = s - set([-7965729029448141354, ((), -9223372036854775808, 23), ((), 2.875, -0.0), 2305843009213693951, (0.1, 9223372036854775807, -1), -0.5, 32, 43, 32, 38, ((24,),), 0.5]); s.update([-42, -43, -44]); s.update([])", "pops=[4.0] final=[-44, -43, -42]"),
    ("s ^= set([192, -1, 99, 0, 6281933080011281087, 9223372036854775807, -0.0, (), 2305843009213693951, 25, 320, 4611686018427387906]); s.add(6)", "pops=[] final=[192, 0, 6281933080011281087, 99, 9223372036854775807, 2305843009213693951, 320, 4611686018427387906, 6, 25, (), -1]"),
    ("s = set([]); s -= set([-6804035023683304585, 512, 1e+16, ((3, -1), 7, 0)]); s = s - set([-0.0]); s.clear(); s.clear(); s.update([(34,), 2305843009213693952]); s.discard(9223372036854775807); s = {(-0.0, -1), -3097904765176723015, ((-2, -9223372036854775808), (4, 33, 19)), -1, -2.5}", "pops=[] final=[((-2, -9223372036854775808), (4, 33, 19)), -2.5, -3097904765176723015, (-0.0, -1), -1]"),
    ("s = set([31, 1607891093657768391, -9223372036854775808, ()]); s = s.copy(); s.add((2305843009213693951, 2305843009213693951, -2.5)); s.add(38)", "pops=[] final=[38, 1607891093657768391, (2305843009213693951, 2305843009213693951, -2.5), (), -9223372036854775808, 31]"),
    ("s.add(38); s -= set([47, 817.5774547506187, 104, -0.0, 1024, (), 4, 1e+300, 59, 62, -9223372036854775808, 0.5]); s = s & set([-9223372036854775808, -0.0, (-0.0, -9223372036854775808)]); s = s | set([3, 2]); s = set([(27, (26,)), -2, 59, -9223372036854775808]) - s; s = s.copy()", "pops=[] final=[(27, (26,)), 59, -9223372036854775808, -2]"),
    ("s &= set([-2, (-1, -2), (5,), (), -2, 4611686018427387908, 2.305843009213694e+18, 384])", "pops=[] final=[]"),
    ("s.add(-4.0); s.discard(58); s.add(1e+16); p(s.pop()); s = s.copy(); s = s & set([64, 0.5, (1e+300, (-0.0,)), -1, 1e+16, -2.5, 32, 2.305843009213694e+18, -2.5, -0.0, 5318320888053589030, (214, 2305843009213693951), -9223372036854775808, 1024, 2.305843009213694e+18, 1e+16, 28, -993.2033238296607, 298.4066785019961, (59, 2305843009213693952, 2305843009213693952), -9223372036854775808, 119, ((0, 4611686018427387906, 0),), -2.5]); s.add(-3)", "pops=[1e+16] final=[-3]"),
    ("s.discard(-2); s = {2.305843009213694e+18}; s = set([-19, -11, -3]) - s; s = s.copy(); s = s | set([6, 0, 2.305843009213694e+18, (1e+300, 44, 24), 0.1, 9223372036854775807, 2305843009213693951, 37.0, 33, 11, 4611686018427387906, 1e+16, 0.1, 1024, (257, 143, (2305843009213693951,)), 29]); s.discard(254); s = set([]); s -= set([4096, -2, (52,), -9223372036854775808, 1e+300, 1e+300, (15,), 284, 2305843009213693951, 2305843009213693951, (-1, 0.1, 1e+16), 15])", "pops=[] final=[]"),
    ("s = s & set([32, 3837520863400892251, -9223372036854775808, (-2, -9223372036854775808), 1e+300]); s.clear(); s.add(2.305843009213694e+18)", "pops=[] final=[2.305843009213694e+18]"),
    ("s |= set([-36, -37, -38, -39, -40])", "pops=[] final=[-40, -39, -38, -37, -36]"),
    ("p(s.pop()); s.add(3); s.add(-3); s.add(()); s.update([15]); s.add(39); s = s | set([(4611686018427387913,), 128, -2.5, -2.5, -2]); s.clear()", "pops=[KeyError] final=[]"),
    ("s.add(2305843009213693952); s.add(18); s -= set([62, (-9223372036854775808, 9223372036854775807), (36, 56), ((2305843009213693952,),)]); s = {-9223372036854775808, 2.305843009213694e+18, 1e+16}; s.add(17.0); s.add(16)", "pops=[] final=[1e+16, 2.305843009213694e+18, 16, 17.0, -9223372036854775808]"),
    ("s.update([39, (), 1e+300, (), 1024, ((46,), 9223372036854775807, (-1, 16, -1)), ((2305843009213693952, 2305843009213693951, 36), (0.1, 768, 16), 1e+16), 23]); s = s ^ set([11, 19, 27, 35])", "pops=[] final=[1024, 35, 39, 11, ((2305843009213693952, 2305843009213693951, 36), (0.1, 768, 16), 1e+16), (), 19, ((46,), 9223372036854775807, (-1, 16, -1)), 23, 27, 1e+300]"),
    ("s.add(18); s = s.copy(); s.add(19.0); s = s.copy(); s = {-9223372036854775808, 2305843009213693952, -5597860661832015701, -9223372036854775808, 193, (), 1e+16, (1e+300,)}; s |= set([(60, 4611686018427387908, (37, 20)), 2305843009213693952, -1, 64, -1, 1e+16, 1e+300, -0.0])", "pops=[] final=[1e+16, 2305843009213693952, 193, 64, (60, 4611686018427387908, (37, 20)), -0.0, -5597860661832015701, 1e+300, -1, (), -9223372036854775808, (1e+300,)]"),
    ("s = s.copy(); s.add(1e+300); s = set([-28, -20, -12, -4]) - s", "pops=[] final=[-28, -20, -12, -4]"),
    ("s = s | set([43, 42, 41]); s.add(38); s.update([-37, -5]); p(s.pop()); p(s.pop()); s = s - set([26, 34]); s.update([-2]); p(s.pop()); s ^= set([-9223372036854775808, -2, 2.305843009213694e+18])", "pops=[38, -5, 41] final=[2.305843009213694e+18, 42, 43, -37, -9223372036854775808]"),
    ("s.discard(0.5); s = s | set([2305843009213693951])", "pops=[] final=[2305843009213693951]"),
    ("s -= set([30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41]); s = {2.305843009213694e+18, 11, -1, 1e+300, -1, 52, -9223372036854775808, -0.0}; s &= set([23.0, 207, 1e+16]); s = s.copy(); s.add(33)", "pops=[] final=[33]"),
    ("s.discard(20); s.add(-9203263125843296331); s.discard(2048); s.add(5); s -= set([2305843009213693951]); s = set([160, 2.305843009213694e+18, 3735903522421592005, 0.5, (1e+300, 4611686018427387905, -2.5)]); s.add(34); s.add(50)", "pops=[] final=[160, 2.305843009213694e+18, 0.5, 34, 3735903522421592005, 50, (1e+300, 4611686018427387905, -2.5)]"),
    ("s.add(((9, 36),)); s = set([-776.2018952834569]); s = s ^ set([4611686018427387909, 2305843009213693952, 0.5, 1e+300, 0.1, 9223372036854775807, 11, -9223372036854775808])", "pops=[] final=[0.5, 2305843009213693952, 0.1, 9223372036854775807, 4611686018427387909, 11, -9223372036854775808, -776.2018952834569, 1e+300]"),
    ("s &= set([])", "pops=[] final=[]"),
    ("s.discard(-9223372036854775808); p(s.pop()); s.add(-0.0); s = s | set([]); s.add(1)", "pops=[KeyError] final=[-0.0, 1]"),
    ("s.clear(); p(s.pop()); s = {7754492573573088909, 7, -0.0}; p(s.pop())", "pops=[KeyError, 7754492573573088909] final=[-0.0, 7]"),
    ("s.discard(13); s = set([(-2, (), 57), 0.1, 768]); s |= set([48, 80, 112, 144, 176, 208, 240, 272])", "pops=[] final=[0.1, 768, 48, 80, 112, 144, 176, (-2, (), 57), 208, 240, 272]"),
    ("s &= set([17, 49, 81, 113, 145, 177, 209, 241]); s |= set([]); s = set([-9223372036854775808, (-2.5, (-0.0, -4, 19.0), 2305843009213693951), (37,), 275, 2305843009213693951]) - s; s = set([19, ((0.5, 192), (0.1, 15), 15)]); s.add(1e+300); s = set([0.5]); s = s | set([1536, 162]); s -= set([])", "pops=[] final=[0.5, 1536, 162]"),
    ("p(s.pop()); s = s & set([]); s.clear(); s.clear(); s.clear(); p(s.pop()); p(s.pop()); s = s.copy(); s = s ^ set([542.2050371706407])", "pops=[KeyError, KeyError, KeyError] final=[542.2050371706407]"),
    ("s.discard(19); s.add(248); s.update([(2305843009213693952, 2305843009213693951, -2), 0.5, -9223372036854775808]); s.update([18.0, (-1, (), -3), 0.5]); s.add(0); s = s | set([4611686018427387909, 1e+300, 18.0, -2.5]); s |= set([40, 39]); s = {-36, -37}", "pops=[] final=[-37, -36]"),
    ("s = {(4611686018427387907,), 4611686018427387912, (-1, -1), -9223372036854775808, 4611686018427387907}; s.add(())", "pops=[] final=[(-1, -1), 4611686018427387907, (4611686018427387907,), 4611686018427387912, (), -9223372036854775808]"),
    ("s &= set([-2.5]); s = {-4.875, 2.305843009213694e+18, 4611686018427387906, 51, 11.0, 91, 2305843009213693952, -2, 2305843009213693952, 4611686018427387905, (), 9223372036854775807}; s -= set([-25, -26, -27])", "pops=[] final=[2.305843009213694e+18, 9223372036854775807, 4611686018427387905, 4611686018427387906, 91, 11.0, 51, (), -4.875, -2]"),
    ("s.add(38); s.update([4611686018427387904, 7, 9223372036854775807, -2.5, 304.97503201098084, (2305843009213693952, (2982649422256383448,), 30), 2305843009213693952, -9223372036854775808, -9223372036854775808, 2305843009213693952, (2.305843009213694e+18, 1e+300, -1), 4611686018427387906]); s.add(15)", "pops=[] final=[(2305843009213693952, (2982649422256383448,), 30), 4611686018427387904, 9223372036854775807, 2305843009213693952, 4611686018427387906, 38, 7, 15, 304.97503201098084, (2.305843009213694e+18, 1e+300, -1), -9223372036854775808, -2.5]"),
    ("s.discard(11); s.add(2.305843009213694e+18); p(s.pop()); s.add(((29,), -0.0, -0.0)); s = s & set([2.305843009213694e+18, (-6842689015249217634, (1e+300,))]); s = {-9223372036854775808, -2.5, 4611686018427387905, 2.305843009213694e+18, (21,)}; s = s - set([-0.0, 9223372036854775807, 0.5, 16, -0.0, 2.305843009213694e+18, (4611686018427387911, 0.1), (30, (1e+300, 55, -0.0), 2305843009213693951), -2, 0.1, ((61,),), 0]); s.add(35); s &= set([(4611686018427387904, 2, 896), 1e+16])", "pops=[2.305843009213694e+18] final=[]"),
    ("s = s - set([-28, 36, 100, 164])", "pops=[] final=[]"),
    ("s.clear(); s.add(2305843009213693952); s |= set([(2305843009213693952, -2, 16), (9223372036854775807, 4611686018427387907, 28)]); s.add(-2.5); s.update([-31, -30]); s.discard(()); s ^= set([((),), 1e+300, 45, -10.125])", "pops=[] final=[2305843009213693952, -31, -30, 45, (9223372036854775807, 4611686018427387907, 28), ((),), -10.125, (2305843009213693952, -2, 16), 1e+300, -2.5]"),
    ("s.discard(-1); s = {20.0, -0.0, -2, -0.0, -9223372036854775808, 26, 4611686018427387911, ((14, -5),), 2.625, 4611686018427387904, 4611686018427387906, 9195354544388905156}; s -= set([]); s |= set([-31, -15]); s.discard(21); p(s.pop())", "pops=[-0.0] final=[-31, 2.625, 4611686018427387904, 4611686018427387906, 9195354544388905156, 4611686018427387911, ((14, -5),), -15, 20.0, 26, -9223372036854775808, -2]"),
    ("s.add(12.5); s = s & set([-2.5, ((), -2), (), -2.5]); s.add(17); s.discard(0); s.add(()); s = set([19, 1e+16, 38, -1])", "pops=[] final=[1e+16, 19, 38, -1]"),
    ("s.update([38, 46, 54, 62, 70, 78, 86, 94, 102, 110, 118, 126]); p(s.pop()); s.discard(0.1); p(s.pop()); s.add(26); s.update([(), 4611686018427387904, 2305843009213693951])", "pops=[70, 38] final=[2305843009213693951, 4611686018427387904, 26, 102, 46, 78, 110, 54, 86, 118, 94, 126, (), 62]"),
    ("s = s | set([201, 2305843009213693952, -2, 56, -2.0]); s = s ^ set([48, 38.0, -1]); s.discard(24); p(s.pop()); s = {()}; s.add((-9223372036854775808,)); s = s | set([])", "pops=[2305843009213693952] final=[(-9223372036854775808,), ()]"),
    ("s &= set([155, -6048061956260432306, 16]); s.add(((2305843009213693952, -76.21807156849013, 2.305843009213694e+18),)); s.discard(4611686018427387912); s ^= set([-2.5]); s.clear(); s = s.copy(); s = set([-9, 55, 119, 183]) - s; s = {(), -0.0, -2, 60}; s.add(-1)", "pops=[] final=[-0.0, -1, (), 60, -2]"),
    ("s -= set([2305843009213693951, 24, 2305843009213693952, (512,), 2305843009213693951, -2, ((5, -9223372036854775808), 9223372036854775807), 6])", "pops=[] final=[]"),
    ("s = s ^ set([13.0, -9223372036854775808, 1e+300]); s -= set([-23, -7, 9, 25, 41, 57, 73, 89, 105, 121, 137, 153])", "pops=[] final=[-9223372036854775808, 13.0, 1e+300]"),
    ("p(s.pop()); s = s | set([3746136306443775432, 256, 208, -9223372036854775808])", "pops=[KeyError] final=[256, 3746136306443775432, -9223372036854775808, 208]"),
    ("p(s.pop()); s |= set([23, 0, 1e+16, 38, ((2305843009213693952, -1, 42), 9223372036854775807), 1, 2305843009213693952, -8284531879780409705, 16, 2305843009213693952, 22]); s.add(2)", "pops=[KeyError] final=[0, 1e+16, 1, 2305843009213693952, 2, 38, ((2305843009213693952, -1, 42), 9223372036854775807), 16, -8284531879780409705, 22, 23]"),
    ("s.clear()", "pops=[] final=[]"),
    ("s = set([4611686018427387910, 15, 55, 26, ((-12.125,), (1e+300, 4611686018427387906))]); s = s - set([])", "pops=[] final=[55, 4611686018427387910, 26, ((-12.125,), (1e+300, 4611686018427387906)), 15]"),
    ("s = set([384, 96, 2305843009213693951, 53, (), -0.0, 9223372036854775807, 0.0, -9223372036854775808, 8192, -9223372036854775808, -92.98142406398097, -1, 1024, (), 2305843009213693952, 1e+300, 2305843009213693952, 172.02714085972752, 1e+16]) - s", "pops=[] final=[384, 2305843009213693951, -0.0, 9223372036854775807, 8192, 1024, 2305843009213693952, 1e+16, 96, -92.98142406398097, 172.02714085972752, -9223372036854775808, 53, (), 1e+300, -1]"),
    ("s = s ^ set([1e+16, -2.5, ((0.5,), 2305843009213693952), 5, 0.1]); s.update([-1]); s.add(2305843009213693951); s.add(10); s.add(9223372036854775807); s = s - set([-1, 605.5771355922279, -1, 31, 27, -0.25, -8.875, (44, (1e+16,), 2305843009213693951)]); s.add(9); s.add(2305843009213693952)", "pops=[] final=[1e+16, 2305843009213693951, 0.1, 9223372036854775807, 2305843009213693952, 5, 9, 10, ((0.5,), 2305843009213693952), -2.5]"),
    ("s = s | set([-33, -32, -31]); s = {(28.0, -9223372036854775808), 1e+300}", "pops=[] final=[(28.0, -9223372036854775808), 1e+300]"),
    ("s = s - set([(), 0.1, 9223372036854775807, 1024]); s.add(4); p(s.pop())", "pops=[4] final=[]"),
    ("s.discard(((9.0,), (0.1,))); s = set([1e+300, -9223372036854775808, -0.0, -0.0, 0.1, 138, -1, 9223372036854775807, 0.5, ((), (1e+300,), (17,)), -0.0, (1e+300,), (), 1e+300, 1e+16, 2305843009213693952, ()]) - s; s.clear()", "pops=[] final=[]"),
    ("s.add(32); s = s & set([-9223372036854775808, 2.305843009213694e+18, -9223372036854775808, -2, 4611686018427387913]); s.clear(); s = set([46, (267, ()), 15, (1e+300,), 2305843009213693951, -2.5, 27, ((-2, -1674590399270398313), 17.0), (9223372036854775807,), -2, 4611686018427387912, (-0.5, -0.0)]) - s; s &= set([39, 47, 55, 63, 71, 79, 87, 95, 103, 111, 119, 127]); s = s.copy(); s = s ^ set([])", "pops=[] final=[]"),
    ("s.add(24); s.add(24)", "pops=[] final=[24]"),
    ("s.add(()); s = s ^ set([18, 26, 34, 42, 50, 58, 66, 74, 82, 90, 98, 106, 114, 122, 130, 138, 146, 154, 162]); s.add(23)", "pops=[] final=[130, 66, 138, 74, 18, 146, 82, 23, 154, 26, 90, 34, 162, 98, 122, 42, 106, 50, 114, 58, ()]"),
    ("s &= set([(194.22059852990583, 0), (38,), 0.1, 1.0]); s.add(26); s.add(-2); s.update([-48, -47, -46]); s.add(9223372036854775807); s.update([5040372144325943682, (), (-9223372036854775808, -7.0), -9223372036854775808, -2, 9223372036854775807, -9223372036854775808, ((9223372036854775807, 20), 2305843009213693951, 0.1), 0.5, (73, 2.305843009213694e+18, 2.305843009213694e+18), (0.1, 24, 2305843009213693952), 0.5, 2305843009213693952, 40, (512, 2.305843009213694e+18), 2305843009213693952, -4, 2305843009213693952, 0, 27, 9223372036854775807, 2.305843009213694e+18, 2305843009213693951]); s = s - set([2305843009213693951]); s = {-1.0, (-0.0, 1e+16, -0.0), (-1, -0.0), (-1, 2305843009213693951, 4611686018427387906), 2.305843009213694e+18, (1e+16, -9223372036854775808, ()), 2305843009213693952, 5208037417818266546}", "pops=[] final=[(-1, -0.0), 2.305843009213694e+18, 5208037417818266546, -1.0, (-1, 2305843009213693951, 4611686018427387906), (1e+16, -9223372036854775808, ()), (-0.0, 1e+16, -0.0)]"),
    ("s = s ^ set([37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26]); s |= set([(4611686018427387911,)]); s = {62, (63,), 640, (192,), 58, 1e+300, (), 1e+16}; s.discard(35); s.add(23); s.add((-2,)); s.add(10); s.add((0, -9223372036854775808, -9223372036854775808))", "pops=[] final=[640, (192,), (63,), 1e+16, 10, (-2,), (0, -9223372036854775808, -9223372036854775808), 23, 58, (), 1e+300, 62]"),
    ("s |= set([])", "pops=[] final=[]"),
    ("s = s | set([-1, 2305843009213693951]); s &= set([2305843009213693952, 2305843009213693952, 2305843009213693951]); s.add((-0.0, -2.5)); s |= set([208, 12, (), 0]); s.add(2305843009213693952); s.add(4611686018427387913); s.discard(20); s.clear()", "pops=[] final=[]"),
    ("s = {-44}", "pops=[] final=[-44]"),
    ("s = s - set([27, 1.0, (-0.0,), -2, (), -2, (), (), 0.5, 9.0, 4611686018427387907, -5761912752373315708]); s = s - set([(), 0.1, 6]); s.add(-2.5)", "pops=[] final=[-2.5]"),
    ("s.add(-9223372036854775808); s -= set([1e+16, -1, -2.5, 35.0]); s = s ^ set([-17, 15])", "pops=[] final=[15, -9223372036854775808, -17]"),
    ("s.clear(); s = s - set([4]); s = s.copy(); s.update([-12]); s.discard(37); p(s.pop()); s = set([-50, -34, -18, -2]) - s; s.add(32); s.add(8)", "pops=[-12] final=[32, 8, -50, -18, -34, -2]"),
    ("s.discard(-2); s.add(-1); s.clear(); s = s ^ set([-17, -9, -1, 7, 15, 23, 31, 39]); s -= set([0.5]); s.discard(-2); s.add(2305843009213693951); s.add(19)", "pops=[] final=[2305843009213693951, 7, 39, 15, -17, 19, 23, -9, -1, 31]"),
    ("s -= set([-23, -21, -19, -17, -15]); s |= set([((), -2), 0.1, 4611686018427387910, 11, 58, 2305843009213693952, 1e+16, -2]); s.add(((), 56)); p(s.pop())", "pops=[0.1] final=[2305843009213693952, 1e+16, 4611686018427387910, 11, ((), 56), 58, ((), -2), -2]"),
    ("p(s.pop()); s = s ^ set([43]); s = {-9223372036854775808, -12.5}; s.update([233, 2305843009213693951, 2305843009213693952, 1e+300, 4611686018427387912, (90, -830.6046274160342), 2.305843009213694e+18, 0.5]); s.add(37); s = s.copy(); s.add(24)", "pops=[KeyError] final=[2305843009213693951, 2305843009213693952, (90, -830.6046274160342), 0.5, 37, 233, 4611686018427387912, 1e+300, -12.5, 24, -9223372036854775808]"),
    ("s.discard(()); s = {-9223372036854775808, -0.0, -9.875}; p(s.pop()); s = s ^ set([9223372036854775807, (), (), 1, (35,), ((-2.5, 44, 25), 14), 2305843009213693951, -0.0]); p(s.pop()); s &= set([-8.0]); s ^= set([(0.5, 2.305843009213694e+18), 15, 24, (-1, 6, 2305843009213693952), -9223372036854775808, 32, 12, 52]); s.clear()", "pops=[-0.0, 2305843009213693951] final=[]"),
    ("s |= set([(), ()]); s = s & set([50]); s ^= set([1, 2, 3, 4, 5, 6, 7, 8]); s.add(13.0); s.clear(); s |= set([4611686018427387909, -2.5, -6167414851820433973, 4595700737394204259, -4959576792384732933, 2305843009213693952, 2305843009213693952, 251, -1, 0.1, 2.305843009213694e+18, 32.0]); s.discard(32); s.add(31)", "pops=[] final=[0.1, 2305843009213693952, 4595700737394204259, 4611686018427387909, -6167414851820433973, -1, -4959576792384732933, 251, -2.5, 31]"),
    ("p(s.pop()); s = s - set([7410313496920559206, -1]); s.discard(19); s.clear(); s.discard(33)", "pops=[KeyError] final=[]"),
    ("s.add(-5829647395147637697); s.add((150, 277, -2.5)); s.add(2305843009213693952); s ^= set([2])", "pops=[] final=[2305843009213693952, 2, -5829647395147637697, (150, 277, -2.5)]"),
    ("p(s.pop()); s ^= set([0.1, -2, 6, 2305843009213693951, 0.1, 2305843009213693952, (22, 2305843009213693952), 1e+16, (-2, 640, 58), 1e+300, 9223372036854775807, ((),)]); s |= set([32, 48]); p(s.pop()); s = s | set([45, 46, 47, 48]); p(s.pop()); s ^= set([]); s = s | set([-0.0, -1, (), 50, (-9223372036854775808, 160, 1e+16), 1572372439070400132, 18, 0.5]); s = set([0.1])", "pops=[KeyError, 0.1, 2305843009213693951] final=[0.1]"),
    ("s.discard(-0.0); s.discard(18)", "pops=[] final=[]"),
    ("s = set([]) - s; s.discard(37); s ^= set([18, ((-518.3101435075197, 2305843009213693952), 5221209541390561339), 1e+16, 10, 9223372036854775807])", "pops=[] final=[1e+16, 9223372036854775807, 10, 18, ((-518.3101435075197, 2305843009213693952), 5221209541390561339)]"),
    ("s.discard(-2); s = s & set([16]); s &= set([1e+300, -2.5, 2.305843009213694e+18, 64, 2, (0.5, 138), -9223372036854775808, 4611686018427387907, -2.5, -2.875, (-9223372036854775808, -9195434963757348207, -5460186790677008633), 25.0])", "pops=[] final=[]"),
    ("p(s.pop()); s.add(50); s.add(37); s.add(6849934572409054397); s.discard(20); s.discard(-0.0)", "pops=[KeyError] final=[50, 37, 6849934572409054397]"),
    ("s.discard(9223372036854775807); s = s & set([-1.0, -2, -2, (), 25, 18, -0.0, -2.5]); s.clear()", "pops=[] final=[]"),
    ("s = s - set([33, 40]); s = {49, 51, 53}; s = s & set([-29, -13, 3, 19, 35])", "pops=[] final=[]"),
]

/// set() after adding the 60000 values of SetTableTests.largeSet, then 3 pops.
private let largeSetExpectedMask = 131071
private let largeSetExpectedPops: [Int] = [0, 4453121888557334530, -4182997748661616634]
private let largeSetExpectedChecksum = 79701572745

/// (statements, popped values and final items)
private let dictProgramCases: [(String, String)] = [
    ("p(d.pop(1.0, None)); d[-1] = 479; p(d.pop((8698625420860070076, 1e+16, 9223372036854775807), None)); d[(8698625420860070076, 1e+16, 9223372036854775807)] = 892; d[2305843009213693951] = 146; p(d.pop(5807799703369124164, None)); d[1.0] = 36; d[-1] = 200; d[-2] = 837; d[2305843009213693951] = 245; d[5807799703369124164] = 111; p(d.popitem()); p(d.pop(-1, None)); d[129] = 457; p(d.pop(-1, None)); d[2.305843009213694e+18] = 66; p(d.pop(293, None)); d.clear(); d[278] = 483; d[4611686018427387909] = 468; p(d.pop(-2, None)); p(d.pop(9223372036854775807, None)); p(d.popitem()); p(d.popitem()); d[-1] = 346", "pops=[None, None, None, (5807799703369124164, 111), 200, None, None, None, None, (4611686018427387909, 468), (278, 483)] items=[(-1, 346)]"),
    ("d[1692757798184667850] = 829; p(d.pop(1, None)); d[38] = 721; p(d.pop(-1, None)); p(d.pop(1.0, None)); p(d.popitem()); d[-2] = 447; d[-2] = 708; p(d.pop(38, None)); d[-1] = 809; p(d.popitem()); d[38] = 894; d[1.0] = 464", "pops=[None, None, None, (38, 721), None, (-1, 809)] items=[(1692757798184667850, 829), (-2, 708), (38, 894), (1.0, 464)]"),
    ("d[1] = 907; d[()] = 295; d[-2] = 428; p(d.popitem()); d[-2] = 525; p(d.popitem()); p(d.popitem()); d[-1] = 304; d[-2] = 939; d[-2] = 265", "pops=[(-2, 428), (-2, 525), ((), 295)] items=[(1, 907), (-1, 304), (-2, 265)]"),
    ("p(d.pop(-4369048482623730113, None)); d[(4611686018427387907,)] = 328; d.clear(); d[0.5] = 833; d[0.5] = 696; p(d.popitem()); p(d.pop(55, None)); d.clear(); p(d.pop(0.5, None)); d[(4611686018427387912, 25.0, -2.5)] = 781", "pops=[None, (0.5, 696), None, None] items=[((4611686018427387912, 25.0, -2.5), 781)]"),
    ("d[1] = 369; d[-3.625] = 496; d[-1] = 490; d.clear(); p(d.pop(30, None)); d[(4611686018427387905,)] = 867; p(d.popitem()); p(d.pop(2.305843009213694e+18, None)); d[-2.5] = 851; p(d.popitem()); p(d.popitem()); d[1] = 623; d[-2.5] = 297; d[2.305843009213694e+18] = 502; d[30] = 612", "pops=[None, ((4611686018427387905,), 867), None, (-2.5, 851), KeyError] items=[(1, 623), (-2.5, 297), (2.305843009213694e+18, 502), (30, 612)]"),
    ("d[1] = 919; p(d.pop(1.0, None)); p(d.popitem()); d.clear(); d[-7052968605003379727] = 504; d[24] = 457; p(d.popitem()); d[61] = 947; d[-7052968605003379727] = 374; d[()] = 190; d[1e+300] = 750; d[-3] = 114; d[-1] = 129; p(d.popitem()); p(d.pop(-2, None)); p(d.pop(21, None)); d[1.0] = 628; d[21] = 449; d[-3] = 428; d[-3] = 385; d[-7052968605003379727] = 640; d[((60, -11.5),)] = 132; d[-2] = 755; d[1.0] = 701", "pops=[919, KeyError, (24, 457), (-1, 129), None, None] items=[(-7052968605003379727, 640), (61, 947), ((), 190), (1e+300, 750), (-3, 385), (1.0, 701), (21, 449), (((60, -11.5),), 132), (-2, 755)]"),
    ("d[20] = 651; d[1.0] = 733; p(d.pop(-2, None)); d[-2] = 576; d[1] = 41; p(d.popitem()); d[-2] = 908; p(d.pop(-1, None)); d[-2] = 956; d[20] = 417; p(d.popitem()); d[1.0] = 396; d[1.0] = 405; p(d.popitem()); d[-2] = 832; p(d.pop(-2, None)); p(d.pop(1, None)); d.clear(); d[1.0] = 630; p(d.popitem()); p(d.pop(1, None)); d[-2] = 4; d[-2] = 729; d[20] = 803; p(d.pop(1, None)); d[1] = 285; d[-2] = 990; p(d.pop(-2, None)); p(d.pop(20, None)); d[-1] = 590", "pops=[None, (-2, 576), None, (-2, 956), (1.0, 405), 832, None, (1.0, 630), None, None, 990, 803] items=[(1, 285), (-1, 590)]"),
    ("d[(-2.5, 130, ())] = 738; d[-9223372036854775808] = 377; d[(26, 29, 63)] = 891", "pops=[] items=[((-2.5, 130, ()), 738), (-9223372036854775808, 377), ((26, 29, 63), 891)]"),
    ("p(d.popitem()); d[9223372036854775807] = 348; d[1.0] = 218; p(d.popitem()); p(d.popitem()); d[-2] = 971; d[-1] = 982; d[0.5] = 747; d[1] = 233; d[9223372036854775807] = 192; p(d.pop(1.0, None)); p(d.popitem()); d[1] = 838; p(d.pop(9223372036854775807, None)); d.clear(); p(d.popitem()); p(d.popitem()); p(d.popitem()); p(d.popitem()); p(d.pop(0.5, None)); p(d.pop(40, None))", "pops=[KeyError, (1.0, 218), (9223372036854775807, 348), 233, (9223372036854775807, 192), None, KeyError, KeyError, KeyError, KeyError, None, None] items=[]"),
    ("p(d.pop(-1, None)); p(d.pop(174, None)); d[1e+16] = 44; p(d.pop(-2, None)); d[-0.0] = 866; d[-0.0] = 941; d[-0.0] = 357; p(d.pop(7937782344597878811, None)); d[1e+16] = 361; p(d.pop(174, None)); d[51] = 735; p(d.pop(1.0, None)); p(d.popitem()); d[-2] = 314; d.clear(); p(d.pop(-9223372036854775808, None)); p(d.popitem()); d[1] = 62; d[57] = 788; p(d.pop(7937782344597878811, None)); p(d.pop(1, None))", "pops=[None, None, None, None, None, None, (51, 735), None, KeyError, None, 62] items=[(57, 788)]"),
    ("d[1.0] = 957; p(d.pop(-2, None)); p(d.pop(1, None)); d[-1] = 849; d[-2] = 38; d[1] = 65; d[-2.5] = 934; d[-2] = 562; d[-2.5] = 849; d[1] = 981; p(d.popitem()); p(d.pop(-2, None)); p(d.pop(-2, None)); d[-2] = 898; d[1] = 77; p(d.popitem()); d[1.0] = 937; d[1.0] = 638; p(d.pop(1, None)); d.clear(); d[1] = 261; p(d.pop(2305843009213693952, None)); d[-1] = 345; p(d.popitem())", "pops=[None, 957, (-2.5, 849), 562, None, (-2, 898), 638, None, (-1, 345)] items=[(1, 261)]"),
    ("d[2305843009213693952] = 714; d[9223372036854775807] = 194; p(d.pop(2.305843009213694e+18, None)); p(d.popitem()); d[-2] = 158; p(d.pop(18, None)); d[-2] = 559; d.clear(); p(d.popitem()); d[-9223372036854775808] = 808; d[18] = 477; d[-2] = 830; p(d.pop(-2.5, None)); p(d.pop(2305843009213693952, None)); d[1] = 800; d.clear(); d[1.0] = 669; d[2.305843009213694e+18] = 354; p(d.pop(-1, None)); d.clear(); d[9223372036854775807] = 991; d[1.0] = 889; d[2.305843009213694e+18] = 645; p(d.pop(9223372036854775807, None)); d[0.1] = 49; p(d.pop(9223372036854775807, None)); d[2305843009213693952] = 695; d[2.305843009213694e+18] = 354; p(d.popitem()); d[-9223372036854775808] = 10; p(d.pop(2.305843009213694e+18, None)); d[2.305843009213694e+18] = 619; d[9223372036854775807] = 131; p(d.pop(2.305843009213694e+18, None))", "pops=[714, (9223372036854775807, 194), None, KeyError, None, None, None, 991, None, (0.1, 49), 354, 619] items=[(1.0, 889), (-9223372036854775808, 10), (9223372036854775807, 131)]"),
    ("d[1] = 639; d[1] = 104; d[-2] = 250; d[(56, 24, 26.0)] = 197; d[0.1] = 284; d[1.0] = 812; p(d.pop((56, 24, 26.0), None)); d[2] = 986; p(d.popitem()); p(d.pop(-2, None)); p(d.pop((56, 24, 26.0), None)); p(d.pop(2.305843009213694e+18, None)); d[0.5] = 30; d[33] = 481; d.clear(); d[-2] = 523; d[(32, (), -0.0)] = 478; p(d.pop(-2, None)); d[1] = 521; d[-2] = 353; d.clear(); d[(56, 24, 26.0)] = 949; d[2305843009213693952] = 769; d[2305843009213693952] = 318; d[-9223372036854775808] = 32; p(d.popitem()); d[(56, 24, 26.0)] = 939; d[2] = 190; d[(32, (), -0.0)] = 451; d[-1] = 768; p(d.popitem())", "pops=[197, (2, 986), 250, None, None, 523, (-9223372036854775808, 32), (-1, 768)] items=[((56, 24, 26.0), 939), (2305843009213693952, 318), (2, 190), ((32, (), -0.0), 451)]"),
    ("d[1.0] = 950; p(d.pop(1, None)); d[1.0] = 220; d[5717760832292424602] = 30; p(d.popitem()); p(d.pop(5717760832292424602, None)); d[1.0] = 38; d[(-9223372036854775808, ())] = 39; p(d.pop(-9223372036854775808, None)); d.clear(); d.clear(); p(d.popitem()); d[-9223372036854775808] = 399; p(d.pop(-9223372036854775808, None)); d[1536] = 568; d[-1] = 837; p(d.pop(-9223372036854775808, None)); d[-9223372036854775808] = 853; p(d.popitem()); p(d.pop(-2, None)); d[-9223372036854775808] = 483; d[-1] = 952; d[-9223372036854775808] = 49; p(d.pop(-1, None)); d[1011199394989237806] = 352; d[-2] = 252; p(d.pop(-2, None)); d[0] = 57; d[5717760832292424602] = 782; p(d.popitem())", "pops=[950, (5717760832292424602, 30), None, None, KeyError, 399, None, (-9223372036854775808, 853), None, 952, 252, (5717760832292424602, 782)] items=[(1536, 568), (-9223372036854775808, 49), (1011199394989237806, 352), (0, 57)]"),
    ("d[15] = 992; p(d.popitem()); p(d.popitem()); d[1] = 802; p(d.popitem()); d[-9223372036854775808] = 953; d[1] = 586; p(d.pop(33, None)); d[18] = 982; d[2.305843009213694e+18] = 650; p(d.popitem()); d[33] = 287; p(d.pop(1.0, None)); p(d.pop(18, None)); p(d.pop(33, None)); d[1.0] = 684; p(d.pop(-2, None))", "pops=[(15, 992), KeyError, (1, 802), None, (2.305843009213694e+18, 650), 586, 982, 287, None] items=[(-9223372036854775808, 953), (1.0, 684)]"),
    ("p(d.pop(0.1, None)); p(d.pop(1.0, None)); d[(33, -2, 9)] = 507; d[0.5] = 773; p(d.popitem()); d[1.0] = 850; p(d.pop(0.1, None)); p(d.popitem()); d[()] = 814; d[-9223372036854775808] = 619; d.clear(); d[9223372036854775807] = 343; d[(33, -2, 9)] = 554; d[()] = 955; p(d.pop(-1, None)); d[9223372036854775807] = 832; d[(33, -2, 9)] = 985; d[1] = 712; d[()] = 972; d[-9223372036854775808] = 534; d[20] = 736; d[(2305843009213693952,)] = 418; d[0.1] = 319; p(d.popitem()); d[0.1] = 114; d[()] = 585; d[0.5] = 761; d[20] = 860; d[0.1] = 113; p(d.pop(1, None)); p(d.pop((33, -2, 9), None)); d[1] = 827; d[-1] = 502", "pops=[None, None, (0.5, 773), None, (1.0, 850), None, (0.1, 319), 712, 985] items=[(9223372036854775807, 832), ((), 585), (-9223372036854775808, 534), (20, 860), ((2305843009213693952,), 418), (0.1, 113), (0.5, 761), (1, 827), (-1, 502)]"),
    ("d[(2.305843009213694e+18, 0.5, (-2.5, 8185799181785584395, -1))] = 68; d[1] = 727; p(d.popitem()); d[-5.625] = 448; p(d.popitem()); d.clear(); p(d.pop(1.0, None)); p(d.popitem()); d[()] = 673; d[9223372036854775807] = 272; d[9223372036854775807] = 234; d[1] = 202; d[-1] = 328; p(d.pop(4611686018427387906, None)); d.clear(); p(d.pop(1.0, None)); d.clear(); d[-2] = 397; d[(-2.5, 0.5, 7)] = 197; d[-1] = 661; p(d.pop(-2, None)); p(d.pop(9223372036854775807, None)); d[()] = 44; p(d.pop(512, None)); p(d.pop((), None)); d[-5.625] = 641; d[2305843009213693952] = 208; d[-5.625] = 878; p(d.pop(-1, None)); p(d.pop((), None)); p(d.pop(-5.625, None)); p(d.popitem()); d[2305843009213693952] = 432; d[-1] = 482; d[()] = 767; d[4611686018427387906] = 145", "pops=[(1, 727), (-5.625, 448), None, KeyError, None, None, 397, None, None, 44, 661, None, 878, (2305843009213693952, 208)] items=[((-2.5, 0.5, 7), 197), (2305843009213693952, 432), (-1, 482), ((), 767), (4611686018427387906, 145)]"),
    ("p(d.pop(2305843009213693951, None)); p(d.popitem()); p(d.popitem()); p(d.pop(-1, None)); d[()] = 692; d[(0.1,)] = 396; d[()] = 265; d[2.305843009213694e+18] = 382; d[-10.5] = 900", "pops=[None, KeyError, KeyError, None] items=[((), 265), ((0.1,), 396), (2.305843009213694e+18, 382), (-10.5, 900)]"),
    ("p(d.popitem()); d[(2.305843009213694e+18, 33, 2048)] = 554; d[-2] = 347; d[-1] = 692; d[2.305843009213694e+18] = 864; d.clear(); d[1] = 438; d[(1225807344635959470, 429.21420101652916)] = 819; d.clear(); p(d.pop((2.305843009213694e+18, 33, 2048), None)); p(d.pop((2.305843009213694e+18, 33, 2048), None)); p(d.pop(19, None)); d[(1225807344635959470, 429.21420101652916)] = 597; d[-2] = 401; p(d.popitem()); p(d.pop(1, None)); d[64] = 28; p(d.pop(-1, None)); d[24] = 818; d[-1] = 353; p(d.popitem()); d[19] = 977; p(d.popitem()); d.clear(); p(d.pop(1, None)); p(d.pop(2.305843009213694e+18, None)); d.clear(); p(d.pop(-1, None)); d[-1] = 316; p(d.popitem()); d[(1225807344635959470, 429.21420101652916)] = 280; d[-2] = 612; d[-2] = 736; p(d.popitem()); p(d.pop(-1, None)); d[24] = 753; d[-1] = 191", "pops=[KeyError, None, None, None, (-2, 401), None, None, (-1, 353), (19, 977), None, None, None, (-1, 316), (-2, 736), None] items=[((1225807344635959470, 429.21420101652916), 280), (24, 753), (-1, 191)]"),
    ("p(d.pop((20, 21), None)); p(d.pop(4611686018427387913, None)); d[-2] = 883; d[36] = 596; d[-2] = 90; d.clear(); p(d.pop(-31.430958392532716, None)); p(d.popitem()); d[36] = 272; d[30] = 86; d[-1] = 418; d[-0.125] = 890; d[1e+300] = 21; p(d.popitem()); p(d.popitem()); p(d.popitem()); d[((2305843009213693952, 4611686018427387912), 42)] = 598; d[9223372036854775807] = 84; p(d.pop(4611686018427387913, None)); p(d.pop(30, None)); p(d.pop((20, 21), None)); d.clear(); d[-2] = 23; p(d.pop(((2305843009213693952, 4611686018427387912), 42), None)); d[-0.0] = 842; d[2.305843009213694e+18] = 567; d[-1] = 178; d[18] = 430; d[18] = 942; d[247] = 56; d[-1] = 825; d[22] = 435; d[2.305843009213694e+18] = 782; d[(20, 21)] = 128", "pops=[None, None, None, KeyError, (1e+300, 21), (-0.125, 890), (-1, 418), None, 86, None, None] items=[(-2, 23), (-0.0, 842), (2.305843009213694e+18, 782), (-1, 825), (18, 942), (247, 56), (22, 435), ((20, 21), 128)]"),
    ("d.clear(); d[2305843009213693952] = 207; d[1.0] = 435; p(d.pop(2305843009213693952, None)); d[1e+300] = 840; d[-1] = 151; p(d.popitem()); p(d.popitem()); d.clear(); p(d.pop(-1, None)); d[0] = 840; p(d.pop(-4, None)); d[2305843009213693952] = 328; p(d.pop(-0.0, None)); d[1e+300] = 74; d[-9223372036854775808] = 326; p(d.pop(-1, None)); p(d.pop(0, None)); p(d.pop(2.305843009213694e+18, None)); d[-1] = 622; d[-1] = 710; p(d.popitem()); p(d.pop(-0.0, None)); d[-0.0] = 548; d[1.0] = 785; d[0] = 489; d[1.0] = 659; d[2305843009213693952] = 971; d[-1] = 332; d[-4] = 219; p(d.pop(1, None)); d[-9223372036854775808] = 822; d[-9223372036854775808] = 168; p(d.pop(-0.0, None)); p(d.popitem()); d[1.0] = 383; p(d.pop(-4, None)); p(d.popitem()); p(d.popitem())", "pops=[207, (-1, 151), (1e+300, 840), None, None, 840, None, None, 328, (-1, 710), None, 659, 489, (-4, 219), None, (1.0, 383), (-1, 332)] items=[(1e+300, 74), (-9223372036854775808, 168), (2305843009213693952, 971)]"),
    ("p(d.pop((), None)); d.clear(); p(d.popitem()); p(d.pop(-2231370525771736002, None)); d[-2] = 595; p(d.pop(-1, None)); d[()] = 128; d[-1] = 442; d[()] = 276; p(d.pop((916.6274972650544, 2305843009213693951, 1e+300), None)); d[2305843009213693951] = 25; p(d.popitem()); p(d.pop(26, None)); d[2305843009213693951] = 510; p(d.pop(2305843009213693951, None)); d.clear(); d[1] = 738; d[(9223372036854775807, 1e+300, -4)] = 259; d[1] = 244; d[-2] = 70; d[2305843009213693951] = 60; p(d.pop(2305843009213693951, None)); p(d.pop(-1, None)); d[-2] = 865; d[26] = 495; p(d.popitem()); p(d.pop(-2231370525771736002, None)); d[-2] = 825; d[1.0] = 494; p(d.pop(-9223372036854775808, None)); d[1e+300] = 242", "pops=[None, KeyError, None, None, None, (2305843009213693951, 25), None, 510, 60, None, (26, 495), None, None] items=[(1, 494), ((9223372036854775807, 1e+300, -4), 259), (-2, 825), (1e+300, 242)]"),
    ("d[-863.2395727170355] = 533; d[4.0] = 626; d[(25, -2)] = 183; p(d.popitem()); d[(25, -2)] = 366; d[-9223372036854775808] = 116; d[()] = 562; p(d.popitem()); p(d.popitem()); d[1] = 240; p(d.pop(-9223372036854775808, None)); d[1] = 458; p(d.pop(-1744062769633273736, None)); d[()] = 610; d[(25, -2)] = 530; d[()] = 429; p(d.pop(1, None)); d[-1744062769633273736] = 101; d[-9223372036854775808] = 250; p(d.pop(-2, None)); d[(37, -2.5, -0.0)] = 765; p(d.pop(19.0, None)); d[4.0] = 306", "pops=[((25, -2), 183), ((), 562), (-9223372036854775808, 116), None, None, 458, None, None] items=[(-863.2395727170355, 533), (4.0, 306), ((25, -2), 530), ((), 429), (-1744062769633273736, 101), (-9223372036854775808, 250), ((37, -2.5, -0.0), 765)]"),
    ("d[1] = 207; d[-2.5] = 242", "pops=[] items=[(1, 207), (-2.5, 242)]"),
    ("p(d.popitem()); d[1e+16] = 406; d[((1e+16, 10.25, -2), (9223372036854775807,), -2)] = 21; p(d.pop(-2, None)); d[((1e+16, 10.25, -2), (9223372036854775807,), -2)] = 205; d[2305843009213693952] = 894; d.clear(); p(d.pop(6.75, None)); p(d.popitem()); d[((2305843009213693951, 0.5, -1), ())] = 557; p(d.popitem()); d[1] = 953", "pops=[KeyError, None, None, KeyError, (((2305843009213693951, 0.5, -1), ()), 557)] items=[(1, 953)]"),
    ("d[-2] = 135; d[(-7.75, 25)] = 58; d[(-7.75, 25)] = 489; p(d.popitem()); d[-1] = 65; p(d.popitem()); d[-1] = 160; p(d.pop(-2, None)); d[1.0] = 139; d[(-7.75, 25)] = 616; d[-1] = 858; p(d.pop(-1, None)); p(d.pop(-2, None)); d[-2] = 969; d[1] = 390; p(d.popitem()); p(d.popitem()); d.clear(); d[1.0] = 950; p(d.pop(-2, None)); p(d.pop(1, None)); d[1] = 594; d[-2] = 728; p(d.pop((-7.75, 25), None)); d[-1] = 585; p(d.pop((-7.75, 25), None)); d[-1] = 417; p(d.popitem()); d[(-7.75, 25)] = 913; p(d.pop(1, None)); p(d.popitem()); d[19] = 863; d[19] = 833; d[1] = 354; p(d.pop(-1, None)); p(d.pop(1.0, None))", "pops=[((-7.75, 25), 489), (-1, 65), 135, 858, None, (-2, 969), ((-7.75, 25), 616), None, 950, None, None, (-1, 417), 594, ((-7.75, 25), 913), None, 354] items=[(-2, 728), (19, 833)]"),
    ("p(d.pop(2.305843009213694e+18, None)); p(d.popitem()); p(d.pop(1.0, None)); p(d.popitem()); d[1e+16] = 203; d[1] = 989; d[-2] = 941; d[1e+16] = 984", "pops=[None, KeyError, None, KeyError] items=[(1e+16, 984), (1, 989), (-2, 941)]"),
    ("d.clear(); d[64] = 395; d.clear(); d[-2.5] = 605; p(d.pop(1792, None)); p(d.popitem()); d[-2.5] = 589; p(d.popitem()); d[2.305843009213694e+18] = 170; d[64] = 44; d[2.305843009213694e+18] = 35; p(d.pop(34, None)); d[2.305843009213694e+18] = 177; d[-2] = 648; d[64] = 870; p(d.popitem()); d[64] = 605; d[2.305843009213694e+18] = 918; d[((11.0, 161),)] = 573", "pops=[None, (-2.5, 605), (-2.5, 589), None, (-2, 648)] items=[(2.305843009213694e+18, 918), (64, 605), (((11.0, 161),), 573)]"),
    ("d[1] = 427; p(d.popitem()); p(d.pop(7175625527269706113, None)); d[7175625527269706113] = 398; p(d.popitem()); d[(29, 0.5)] = 959; p(d.pop(((2305843009213693952, 320362107017258233, 90),), None)); p(d.pop(1, None)); p(d.popitem()); d[3072] = 860; p(d.pop(3072, None)); d[(29, 0.5)] = 319; d[-2] = 800; d[-5006938944546985995] = 183; p(d.pop(7175625527269706113, None)); d[-2] = 957; d.clear(); d[7175625527269706113] = 667; d[7175625527269706113] = 434; d[(29, 0.5)] = 517; d[-5006938944546985995] = 849; p(d.popitem()); d[(29, 0.5)] = 209; d[3072] = 973; d[1] = 422", "pops=[(1, 427), None, (7175625527269706113, 398), None, None, ((29, 0.5), 959), 860, None, (-5006938944546985995, 849)] items=[(7175625527269706113, 434), ((29, 0.5), 209), (3072, 973), (1, 422)]"),
    ("p(d.pop(6073907826701095963, None)); p(d.pop((242,), None)); p(d.pop(9223372036854775807, None)); d[4611686018427387908] = 607; d[-1] = 119; d[((), 1e+16)] = 269; d[9223372036854775807] = 491; d[88.84038624341383] = 901; p(d.popitem()); d[1] = 670; p(d.pop(-0.0, None)); d[1e+16] = 715; d.clear(); d[(-0.0, -9223372036854775808, (-9223372036854775808, 9))] = 786; p(d.pop(4611686018427387908, None)); p(d.popitem()); d[2305843009213693951] = 488; p(d.popitem()); d[(-0.0, -9223372036854775808, (-9223372036854775808, 9))] = 116; p(d.popitem()); d[4611686018427387908] = 914; d[4611686018427387908] = 594; p(d.popitem()); p(d.pop((-9223372036854775808, -0.0, 4611686018427387911), None)); d[-2] = 583; d[(23, 45, 217)] = 851; p(d.popitem()); d[-0.0] = 144", "pops=[None, None, None, (88.84038624341383, 901), None, None, ((-0.0, -9223372036854775808, (-9223372036854775808, 9)), 786), (2305843009213693951, 488), ((-0.0, -9223372036854775808, (-9223372036854775808, 9)), 116), (4611686018427387908, 594), None, ((23, 45, 217), 851)] items=[(-2, 583), (-0.0, 144)]"),
    ("d[(48, 211, 181)] = 775; d[-2] = 129; d[-0.0] = 949; p(d.popitem()); d[-2] = 604; d.clear(); p(d.popitem()); d[1.0] = 817; p(d.pop(1, None)); p(d.popitem()); d[(48, 211, 181)] = 822; d[(48, 211, 181)] = 36; p(d.popitem()); d[1] = 447; d[-0.0] = 469; d[(48, 211, 181)] = 98; d[1.0] = 311; p(d.pop(1.0, None)); d[1.0] = 867; d[1] = 313; p(d.popitem()); p(d.popitem()); p(d.popitem()); p(d.pop(-2, None)); d[(48, 211, 181)] = 335; d[-0.0] = 316; d[(48, 211, 181)] = 207; p(d.pop(-0.0, None)); d[1.0] = 621; d[-0.0] = 426; d[-2] = 973; p(d.pop(-1, None)); d[1.0] = 948", "pops=[(-0.0, 949), KeyError, 817, KeyError, ((48, 211, 181), 36), 311, (1.0, 313), ((48, 211, 181), 98), (-0.0, 469), None, 316, None] items=[((48, 211, 181), 207), (1.0, 948), (-0.0, 426), (-2, 973)]"),
    ("d[49] = 202; p(d.pop(2305843009213693951, None)); d[1.0] = 336; p(d.popitem()); p(d.popitem()); p(d.pop(1, None)); d[-1] = 974; p(d.pop((6904103656165094766, -2, 0), None)); p(d.pop(-1, None)); p(d.popitem()); p(d.pop(-10.375, None)); p(d.popitem()); d[-1] = 63; p(d.pop((6904103656165094766, -2, 0), None)); d[-10.375] = 424; p(d.pop(-2, None)); d[-2] = 428; d[2305843009213693951] = 439; p(d.pop(1, None)); d[49] = 479; d[-1] = 8; d[1.0] = 944", "pops=[None, (1.0, 336), (49, 202), None, None, 974, KeyError, None, KeyError, None, None, None] items=[(-1, 8), (-10.375, 424), (-2, 428), (2305843009213693951, 439), (49, 479), (1.0, 944)]"),
    ("d[4611686018427387910] = 801; d[26.0] = 30; p(d.popitem()); p(d.pop((-337187966225081572,), None)); d[-6444997277687862088] = 241; d[26.0] = 66; d.clear(); d[54] = 719; d[(0.1, 9223372036854775807, 0)] = 872; d[2305843009213693951] = 239; p(d.pop(-2, None)); p(d.popitem()); d.clear(); p(d.pop((0.1, 9223372036854775807, 0), None)); p(d.popitem()); d[60] = 376; d[1] = 806; d[26.0] = 274; d[-1] = 945; d[(-337187966225081572,)] = 447", "pops=[(26.0, 30), None, None, (2305843009213693951, 239), None, KeyError] items=[(60, 376), (1, 806), (26.0, 274), (-1, 945), ((-337187966225081572,), 447)]"),
    ("p(d.pop(((), (29, 0)), None)); p(d.pop(((), (29, 0)), None)); d[9223372036854775807] = 72; d.clear(); d[((), (29, 0))] = 840; d[((), (29, 0))] = 449; d[2305843009213693951] = 375; d[58] = 812; d[-0.0] = 426; p(d.pop(2305843009213693951, None)); p(d.popitem()); d[-0.0] = 273", "pops=[None, None, 375, (-0.0, 426)] items=[(((), (29, 0)), 449), (58, 812), (-0.0, 273)]"),
    ("d[(46, 1280)] = 112; d[-1] = 395; p(d.pop((), None)); d[()] = 157; d.clear(); p(d.popitem()); p(d.pop((), None)); p(d.popitem()); d[6] = 780; d[2.305843009213694e+18] = 169", "pops=[None, KeyError, None, KeyError] items=[(6, 780), (2.305843009213694e+18, 169)]"),
    ("d[1e+300] = 951; d[1e+300] = 378; p(d.pop((253.09672483208487,), None)); d[(-2, 2305843009213693952)] = 783; p(d.pop(-1, None)); p(d.pop(1536, None)); d[-2] = 533; p(d.pop((-2.5, -0.0, 709.9950100483577), None)); d[4611686018427387912] = 265; p(d.popitem()); d[(44, 0.1, 26)] = 977; p(d.pop(1536, None)); p(d.popitem()); d[-1] = 518; d[170] = 841; p(d.pop(272.18773938052095, None)); p(d.pop(1, None)); d[(9223372036854775807,)] = 79; d[1e+300] = 81; d[(44, 0.1, 26)] = 898; d[-1] = 494; p(d.pop(1e+300, None))", "pops=[None, None, None, None, (4611686018427387912, 265), None, ((44, 0.1, 26), 977), None, None, 81] items=[((-2, 2305843009213693952), 783), (-2, 533), (-1, 494), (170, 841), ((9223372036854775807,), 79), ((44, 0.1, 26), 898)]"),
    ("d.clear(); p(d.pop(23, None)); p(d.pop((524.2532845834319, 1e+16, -0.0), None)); p(d.popitem()); p(d.popitem()); d[(1e+16, 200)] = 268; d[9223372036854775807] = 807; d[1e+300] = 172; p(d.pop((1e+16, 200), None)); d[1.0] = 407", "pops=[None, None, KeyError, KeyError, 268] items=[(9223372036854775807, 807), (1e+300, 172), (1.0, 407)]"),
    ("p(d.popitem()); p(d.pop(18.0, None)); d[1.0] = 849; d[(-542.8561955464615,)] = 464; p(d.popitem()); d[1.0] = 617; d[1] = 719; d[4611686018427387912] = 785; d[4611686018427387907] = 458; d[0.5] = 81; p(d.popitem()); d[1e+300] = 41; d[(9223372036854775807, 275)] = 52; p(d.popitem())", "pops=[KeyError, None, ((-542.8561955464615,), 464), (0.5, 81), ((9223372036854775807, 275), 52)] items=[(1.0, 719), (4611686018427387912, 785), (4611686018427387907, 458), (1e+300, 41)]"),
    ("p(d.pop(4611686018427387907, None)); p(d.pop(1, None)); d[-2.5] = 188; d[0.1] = 280; p(d.pop(-1, None)); d[-1] = 820; p(d.pop(-1, None)); d[-2.5] = 151; d[0.1] = 225; p(d.pop(4611686018427387907, None)); d[-1] = 80; d[-2.5] = 13; d[-2] = 138; d[-2] = 611; d[-1] = 218; d[1.0] = 924; p(d.pop(0.1, None)); p(d.popitem()); d[1.0] = 297; p(d.pop(-2, None)); d[-1] = 453; p(d.popitem()); d[-2] = 163; d[4611686018427387907] = 912; d[-2.5] = 971; d[-1] = 280; d[1.0] = 756; d[-1] = 298; p(d.pop(-1, None)); p(d.pop(0.1, None)); d[1] = 3; d[1.0] = 120; p(d.popitem()); d[1] = 635; p(d.pop(0.1, None)); p(d.pop(0.1, None)); d[0.1] = 373; d[1.0] = 307", "pops=[None, None, None, 820, None, 225, (1.0, 924), 611, (1.0, 297), 298, None, (1.0, 120), None, None] items=[(-2.5, 971), (-2, 163), (4611686018427387907, 912), (1, 307), (0.1, 373)]"),
    ("p(d.pop(2305843009213693951, None)); p(d.pop(9223372036854775807, None)); d[2305843009213693951] = 324; p(d.pop(9223372036854775807, None)); p(d.pop(2305843009213693951, None)); d[-2] = 477; p(d.pop(-2, None)); p(d.pop(0.5, None)); d[2305843009213693951] = 339; d[1] = 524; p(d.pop(31.0, None)); d[0.5] = 198; p(d.pop(1, None)); p(d.pop(31.0, None)); d[-1] = 757; d[(3, 0.1, 2305843009213693951)] = 904; p(d.pop(-1, None)); d[-1] = 505; d.clear(); p(d.pop(1, None)); d[1] = 1; d[1.0] = 403; d[-2.5] = 520; p(d.popitem()); d[-2] = 368; p(d.pop(31.0, None)); p(d.pop(32, None)); d[1.0] = 121; d[7.25] = 81; d.clear(); d[9223372036854775807] = 364; p(d.pop(-2, None)); d[-1] = 947; d[31.0] = 854; p(d.pop(281, None)); p(d.popitem())", "pops=[None, None, None, 324, 477, None, None, 524, None, 757, None, (-2.5, 520), None, None, None, None, (31.0, 854)] items=[(9223372036854775807, 364), (-1, 947)]"),
]
