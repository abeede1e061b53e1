// Storage for Python's set and dict.
//
// `SetTable` reproduces CPython 3.11's Objects/setobject.c table exactly —
// slot count, probe sequence (LINEAR_PROBES = 9, PERTURB_SHIFT = 5), dummy
// slots, fill/used bookkeeping, the resize rule and re-insertion order, the
// `pop` finger, and the paths that copy or combine sets — so a set of ints,
// floats or tuples iterates in CPython's order ("table order"). Sets of str
// or None have a hash-randomised order in CPython, so the table also keeps
// insertion order, and the caller picks which order to show.
//
// `OrderedTable` is CPython 3.11's compact dict: an index table over an
// insertion-ordered entries array.
//
// Element equality comes from the caller as a throwing closure (Python
// `__eq__` may raise); the closure receives the *stored* element and must
// treat identity as equality, as `PyObject_RichCompareBool` does. Hashes must
// be Python hashes (never −1). If a comparison mutates the table being
// probed, the probe restarts, as CPython's does.

// MARK: - Probe sequence

/// CPython's set probing: up to LINEAR_PROBES neighbours of each position,
/// then a jump driven by the not-yet-used high bits of the hash.
private struct SetProbeSequence {
    /// setobject.c LINEAR_PROBES.
    static let linearProbes = 9
    /// setobject.c / dictobject.c PERTURB_SHIFT.
    static let perturbShift: UInt = 5

    /// Table size − 1.
    let mask: Int
    /// Start of the current run of consecutive slots.
    var base: Int
    /// Offset of the next slot within the run.
    var offset = 0
    /// Last offset of the run (9, or 0 when the run would pass the end).
    var limit: Int
    /// The hash bits not yet mixed in.
    var perturb: UInt

    init(hash: Int, mask: Int) {
        self.mask = mask
        base = Int(UInt(bitPattern: hash) & UInt(mask))
        perturb = UInt(bitPattern: hash)
        limit = base + Self.linearProbes <= mask ? Self.linearProbes : 0
    }

    /// The next slot index to inspect.
    mutating func next() -> Int {
        if offset > limit {
            perturb >>= Self.perturbShift
            base = Int((UInt(base) &* 5 &+ 1 &+ perturb) & UInt(mask))
            offset = 0
            limit = base + Self.linearProbes <= mask ? Self.linearProbes : 0
        }
        defer { offset += 1 }
        return base + offset
    }
}

/// `Slot.entry` of a slot never used since the last rebuild (CPython: NULL key).
private let emptySlot = -1
/// `Slot.entry` of a slot whose element was removed (CPython: `dummy`).
private let dummySlot = -2

/// −1 is CPython's error return and the dummy's hash; no element has it.
@inline(__always)
private func normalizedHash(_ hash: Int) -> Int {
    hash == -1 ? -2 : hash
}

// MARK: - SetTable

/// A Python set's storage with CPython 3.11's table layout plus insertion order.
struct SetTable<Element> {
    /// One slot of CPython's hash table.
    struct Slot {
        /// The element's hash (−1 for a dummy, 0 for an empty slot).
        var hash: Int
        /// Index into `entries`, or `emptySlot` / `dummySlot`.
        var entry: Int
    }

    /// A stored element with its hash, kept in insertion order.
    struct Entry {
        /// The element's Python hash.
        let hash: Int
        /// The element itself.
        let element: Element
    }

    /// CPython's `setentry` table; its size is a power of two, at least 8.
    private var slots: [Slot]
    /// Elements in insertion order; nil where an element was removed.
    private var entries: [Entry?] = []
    /// Every entry before this index is nil (keeps insertion-order pops O(1)).
    private var firstLiveEntry = 0
    /// CPython's `fill`: active plus dummy slots.
    private(set) var fill = 0
    /// CPython's `used`: the number of elements.
    private(set) var count = 0
    /// CPython's `finger`: where `set.pop()` resumes scanning.
    private var finger = 0
    /// Bumped by every structural change, so a probe sees a mutating `__eq__`.
    private(set) var version = 0
    /// Set while a bulk operation holds indices into `entries`.
    private var compactionSuspended = false

    /// CPython's PySet_MINSIZE.
    static var minimumSize: Int { 8 }

    /// An empty set (8 slots).
    init() {
        slots = Array(repeating: Slot(hash: 0, entry: emptySlot), count: Self.minimumSize)
    }

    /// CPython's `mask`: slot count − 1.
    var mask: Int { slots.count - 1 }

    /// Whether the set has no elements.
    var isEmpty: Bool { count == 0 }
}

// MARK: - SetTable: lookup, insert, remove

extension SetTable {
    /// `set_contains_entry`: whether an element equal to the probe is stored.
    func contains(hash: Int, eq: (Element) throws -> Bool) rethrows -> Bool {
        try find(hash: hash, eq: eq) != nil
    }

    /// The stored element equal to the probe, if any.
    func find(hash: Int, eq: (Element) throws -> Bool) rethrows -> Element? {
        let hash = normalizedHash(hash)
        var probe = SetProbeSequence(hash: hash, mask: mask)
        while true {
            let slot = slots[probe.next()]
            if slot.entry == emptySlot { return nil }
            if slot.entry >= 0 && slot.hash == hash, let stored = entries[slot.entry] {
                if try eq(stored.element) { return stored.element }
            }
        }
    }

    /// `set_add_entry`: adds the element unless an equal one is stored (the
    /// stored one is kept). Returns whether it was added.
    @discardableResult
    mutating func insert(_ element: Element, hash: Int, eq: (Element) throws -> Bool) rethrows -> Bool {
        let hash = normalizedHash(hash)
        restart: while true {
            let startVersion = version
            var probe = SetProbeSequence(hash: hash, mask: mask)
            var freeSlot = -1
            while true {
                let index = probe.next()
                let slot = slots[index]
                if slot.entry == emptySlot {
                    if freeSlot >= 0 {
                        place(element, hash: hash, at: freeSlot)
                    } else {
                        fill += 1
                        place(element, hash: hash, at: index)
                        if fill * 5 >= probe.mask * 3 {
                            resize(minimumUsed: count > 50_000 ? count * 2 : count * 4)
                        }
                    }
                    return true
                }
                if slot.entry >= 0 && slot.hash == hash, let stored = entries[slot.entry] {
                    if try eq(stored.element) { return false }
                    if version != startVersion { continue restart }
                } else if slot.entry == dummySlot {
                    freeSlot = index
                }
            }
        }
    }

    /// `set_discard_entry`: removes and returns the stored element equal to
    /// the probe, leaving a dummy slot; nil when absent.
    @discardableResult
    mutating func remove(hash: Int, eq: (Element) throws -> Bool) rethrows -> Element? {
        let hash = normalizedHash(hash)
        restart: while true {
            let startVersion = version
            var probe = SetProbeSequence(hash: hash, mask: mask)
            while true {
                let index = probe.next()
                let slot = slots[index]
                if slot.entry == emptySlot { return nil }
                if slot.entry >= 0 && slot.hash == hash, let stored = entries[slot.entry] {
                    let equal = try eq(stored.element)
                    if version != startVersion { continue restart }
                    if equal { return removeSlot(index) }
                }
            }
        }
    }

    /// Stores a new element in slot `index` (unused or dummy; `fill` is the caller's).
    private mutating func place(_ element: Element, hash: Int, at index: Int) {
        entries.append(Entry(hash: hash, element: element))
        slots[index] = Slot(hash: hash, entry: entries.count - 1)
        count += 1
        version += 1
    }

    /// Turns an active slot into a dummy and returns its element.
    private mutating func removeSlot(_ index: Int) -> Element? {
        let entryIndex = slots[index].entry
        guard entryIndex >= 0, let entry = entries[entryIndex] else { return nil }
        entries[entryIndex] = nil
        slots[index] = Slot(hash: -1, entry: dummySlot)
        count -= 1
        version += 1
        compactEntriesIfSparse()
        return entry.element
    }
}

// MARK: - SetTable: pop and clear

extension SetTable {
    /// `set_pop`: removes the first element in table order at or after the
    /// finger (wrapping), and moves the finger past it. nil when empty
    /// (CPython: KeyError "pop from an empty set").
    mutating func popTableOrder() -> Element? {
        guard count > 0 else { return nil }
        var index = finger & mask
        while slots[index].entry < 0 {
            index += 1
            if index > mask { index = 0 }
        }
        let element = removeSlot(index)
        finger = index + 1
        return element
    }

    /// Removes the earliest-inserted element (the pop that matches insertion
    /// order iteration). nil when empty.
    mutating func popInsertionOrder() -> Element? {
        guard count > 0 else { return nil }
        while firstLiveEntry < entries.count && entries[firstLiveEntry] == nil {
            firstLiveEntry += 1
        }
        guard firstLiveEntry < entries.count, let entry = entries[firstLiveEntry] else { return nil }
        let target = firstLiveEntry
        var probe = SetProbeSequence(hash: entry.hash, mask: mask)
        for _ in 0..<(8 * slots.count) {
            let index = probe.next()
            if slots[index].entry == target { return removeSlot(index) }
            if slots[index].entry == emptySlot { break }
        }
        return nil
    }

    /// `set_clear_internal`: back to an empty 8-slot table. The finger is
    /// kept, as CPython keeps it.
    mutating func removeAll() {
        slots = Array(repeating: Slot(hash: 0, entry: emptySlot), count: Self.minimumSize)
        entries = []
        firstLiveEntry = 0
        fill = 0
        count = 0
        version += 1
    }
}

// MARK: - SetTable: resizing

extension SetTable {
    /// `set_table_resize`: rebuilds into the smallest power-of-two table
    /// (≥ 8) larger than `minimumUsed`, re-inserting in old table order and
    /// dropping dummies.
    private mutating func resize(minimumUsed: Int) {
        var newSize = Self.minimumSize
        while newSize <= minimumUsed {
            newSize <<= 1
        }
        if newSize == Self.minimumSize && slots.count == Self.minimumSize && fill == count {
            return  // the small table has no dummies: nothing to do
        }
        if !compactionSuspended { compactEntries() }
        var newSlots = Array(repeating: Slot(hash: 0, entry: emptySlot), count: newSize)
        for slot in slots where slot.entry >= 0 {
            Self.insertClean(&newSlots, slot)
        }
        slots = newSlots
        fill = count
        version += 1
    }

    /// `set_insert_clean`: first empty slot along the probe sequence (the
    /// table has no dummies and does not hold the element).
    private static func insertClean(_ table: inout [Slot], _ slot: Slot) {
        var probe = SetProbeSequence(hash: slot.hash, mask: table.count - 1)
        while true {
            let index = probe.next()
            if table[index].entry == emptySlot {
                table[index] = slot
                return
            }
        }
    }

    /// `set_update_dict`'s pre-sizing: one big resize before adding `n`
    /// elements that are probably new.
    mutating func reserve(forAdding n: Int) {
        if (fill + n) * 5 >= mask * 3 {
            resize(minimumUsed: (count + n) * 2)
        }
    }

    /// The end of `set_difference_update_internal`: "if more than 1/4th are
    /// dummies, then resize them away". Call after removing many elements.
    mutating func resizeAfterBulkRemoval() {
        if fill - count <= mask / 4 { return }
        resize(minimumUsed: count > 50_000 ? count * 2 : count * 4)
    }

    /// Drops nil entries and renumbers the slots.
    private mutating func compactEntries() {
        guard entries.count != count else {
            firstLiveEntry = 0
            return
        }
        var newIndex = Array(repeating: -1, count: entries.count)
        var compacted: [Entry?] = []
        compacted.reserveCapacity(count)
        for (index, entry) in entries.enumerated() where entry != nil {
            newIndex[index] = compacted.count
            compacted.append(entry)
        }
        for index in slots.indices where slots[index].entry >= 0 {
            slots[index].entry = newIndex[slots[index].entry]
        }
        entries = compacted
        firstLiveEntry = 0
    }

    /// Keeps add/remove cycles (which reuse dummy slots and never resize)
    /// from growing `entries` without bound.
    private mutating func compactEntriesIfSparse() {
        if !compactionSuspended && entries.count - count > max(16, count) {
            compactEntries()
        }
    }
}

// MARK: - SetTable: iteration

extension SetTable {
    /// The elements in CPython's iteration order (slot order).
    var tableOrder: [Element] {
        var result: [Element] = []
        result.reserveCapacity(count)
        for slot in slots where slot.entry >= 0 {
            if let entry = entries[slot.entry] { result.append(entry.element) }
        }
        return result
    }

    /// The elements in insertion order.
    var insertionOrder: [Element] {
        var result: [Element] = []
        result.reserveCapacity(count)
        for entry in entries[firstLiveEntry...] {
            if let entry { result.append(entry.element) }
        }
        return result
    }

    /// `set_next`: the first element in a slot at or after `position`, with
    /// its hash and the position to continue from; nil at the end. Positions
    /// start at 0; any position is safe after the table changed.
    func nextInTableOrder(from position: Int) -> (element: Element, hash: Int, next: Int)? {
        var index = max(0, position)
        while index < slots.count {
            let slot = slots[index]
            if slot.entry >= 0, let entry = entries[slot.entry] {
                return (entry.element, entry.hash, index + 1)
            }
            index += 1
        }
        return nil
    }

    /// Like `nextInTableOrder`, over insertion order. Positions start at 0.
    func nextInInsertionOrder(from position: Int) -> (element: Element, hash: Int, next: Int)? {
        var index = max(position, firstLiveEntry)
        while index < entries.count {
            if let entry = entries[index] {
                return (entry.element, entry.hash, index + 1)
            }
            index += 1
        }
        return nil
    }

    /// Live entries in table order, with their index in `entries`.
    private var tableOrderEntries: [(index: Int, entry: Entry)] {
        var result: [(index: Int, entry: Entry)] = []
        result.reserveCapacity(count)
        for slot in slots where slot.entry >= 0 {
            if let entry = entries[slot.entry] { result.append((slot.entry, entry)) }
        }
        return result
    }

    /// hash(frozenset(self)).
    var frozenSetHash: Int {
        pythonFrozenSetHash(entries.compactMap { $0?.hash })
    }
}

// MARK: - SetTable: copying and merging

extension SetTable {
    /// `set_copy` (also `set(s)`, `frozenset(s)`): an empty set merged with
    /// this one — which may lay the table out differently from the original.
    func copy() -> SetTable {
        var result = SetTable()
        result.presize(forMerging: count)
        result.copyIntoEmpty(self)
        return result
    }

    /// `set_merge` (`s |= t`, `s.update(t)`, `s.union(t)` for a set `t`).
    /// A caller merging a set into itself must skip the call, as CPython does.
    mutating func merge(_ other: SetTable, eq: (Element, Element) throws -> Bool) rethrows {
        if other.count == 0 { return }
        presize(forMerging: other.count)
        if fill == 0 {
            copyIntoEmpty(other)
        } else {
            try addAll(from: other, eq: eq, where: { _ in true })
        }
    }

    /// `set_merge`'s "one big resize at the start". It also clears out
    /// dummies, so a table that only held dummies takes the copying paths.
    private mutating func presize(forMerging n: Int) {
        if (fill + n) * 5 >= mask * 3 {
            resize(minimumUsed: (count + n) * 2)
        }
    }

    /// `set_merge` into a table without active or dummy slots: copies the
    /// slots outright when the sizes match, else re-inserts cleanly in the
    /// other's table order. Insertion order is the other's.
    private mutating func copyIntoEmpty(_ other: SetTable) {
        if other.count == 0 { return }
        var newIndex = Array(repeating: -1, count: other.entries.count)
        entries = []
        entries.reserveCapacity(other.count)
        for (index, entry) in other.entries.enumerated() where entry != nil {
            newIndex[index] = entries.count
            entries.append(entry)
        }
        firstLiveEntry = 0
        if mask == other.mask && other.fill == other.count {
            for index in other.slots.indices {
                let slot = other.slots[index]
                slots[index] = slot.entry >= 0 ? Slot(hash: slot.hash, entry: newIndex[slot.entry]) : slot
            }
        } else {
            for slot in other.slots where slot.entry >= 0 {
                Self.insertClean(&slots, Slot(hash: slot.hash, entry: newIndex[slot.entry]))
            }
        }
        fill = other.count
        count = other.count
        version += 1
    }

    /// Adds `source`'s elements that pass `include`, in `source`'s table order
    /// (the CPython call sequence), then orders the new entries by their
    /// insertion order in `source`.
    private mutating func addAll(from source: SetTable, eq: (Element, Element) throws -> Bool,
                                 where include: (Entry) throws -> Bool) rethrows {
        let base = entries.count
        var ranks: [Int] = []
        let wasSuspended = compactionSuspended
        compactionSuspended = true
        defer {
            compactionSuspended = wasSuspended
            orderNewEntries(from: base, byRank: ranks)
        }
        for (sourceIndex, entry) in source.tableOrderEntries {
            guard try include(entry) else { continue }
            let before = entries.count
            try insert(entry.element, hash: entry.hash, eq: { stored in try eq(stored, entry.element) })
            if entries.count > before { ranks.append(sourceIndex) }
        }
    }

    /// Sorts `entries[base...]` by `ranks` (their positions in the set they
    /// came from) and renumbers the slots. Skipped if the tail is not what
    /// the bulk operation appended (a comparison mutated the set).
    private mutating func orderNewEntries(from base: Int, byRank ranks: [Int]) {
        guard base + ranks.count == entries.count, ranks.count > 1,
              entries[base...].allSatisfy({ $0 != nil }) else {
            compactEntriesIfSparse()
            return
        }
        let order = ranks.indices.sorted { ranks[$0] < ranks[$1] }
        var newIndex = Array(repeating: 0, count: ranks.count)
        var reordered: [Entry?] = []
        reordered.reserveCapacity(ranks.count)
        for (position, oldOffset) in order.enumerated() {
            newIndex[oldOffset] = base + position
            reordered.append(entries[base + oldOffset])
        }
        entries.replaceSubrange(base..., with: reordered)
        for index in slots.indices where slots[index].entry >= base {
            slots[index].entry = newIndex[slots[index].entry - base]
        }
        compactEntriesIfSparse()
    }
}

// MARK: - SetTable: displays

extension SetTable {
    /// A set display of more than two items that are all constants
    /// (`{1, 2, 3}`, `{(1, 2), -3, 4.5}`). CPython 3.11 compiles it to a
    /// frozenset constant — built by adding the items, then rebuilt from that
    /// frozenset's iteration order when the compiler merges constants — which
    /// `SET_UPDATE` merges into a new empty set. Any other display (a
    /// non-constant item, a starred item, or at most two items) just adds its
    /// items left to right with `insert`.
    static func constantDisplay(_ items: [(element: Element, hash: Int)],
                                eq: (Element, Element) throws -> Bool) rethrows -> SetTable {
        var compiled = SetTable()
        for item in items {
            try compiled.insert(item.element, hash: item.hash, eq: { stored in try eq(stored, item.element) })
        }
        var merged = SetTable()
        try merged.addAll(from: compiled, eq: eq, where: { _ in true })
        return merged.copy()
    }
}

// MARK: - SetTable: set algebra (other operand a set)

extension SetTable {
    /// `s | t`, `s.union(t)`: a copy of `s` merged with `t`.
    func union(_ other: SetTable, eq: (Element, Element) throws -> Bool) rethrows -> SetTable {
        var result = copy()
        try result.merge(other, eq: eq)
        return result
    }

    /// `set_intersection` with a set: walks the smaller set (the other one
    /// when sizes are equal) and keeps *its* elements that the larger holds.
    /// For `s & s` the caller uses `copy()`, as CPython does.
    func intersection(_ other: SetTable, eq: (Element, Element) throws -> Bool) rethrows -> SetTable {
        let (walked, probed) = other.count > count ? (self, other) : (other, self)
        var result = SetTable()
        try result.addAll(from: walked, eq: eq, where: { entry in
            try probed.contains(hash: entry.hash, eq: { stored in try eq(stored, entry.element) })
        })
        return result
    }

    /// `s &= t`: the intersection replaces the contents (`set_swap_bodies`,
    /// which keeps the pop finger).
    mutating func formIntersection(_ other: SetTable, eq: (Element, Element) throws -> Bool) rethrows {
        let result = try intersection(other, eq: eq)
        replaceContents(with: result)
    }

    /// `set_difference` with a set: a copy minus `other` when this set is
    /// more than four times larger, else this set's elements not in `other`.
    /// For `s - s` the caller returns an empty set.
    func subtracting(_ other: SetTable, eq: (Element, Element) throws -> Bool) rethrows -> SetTable {
        if (count >> 2) > other.count {
            var result = copy()
            try result.subtract(other, eq: eq)
            return result
        }
        var result = SetTable()
        try result.addAll(from: self, eq: eq, where: { entry in
            try !other.contains(hash: entry.hash, eq: { stored in try eq(stored, entry.element) })
        })
        return result
    }

    /// `set_difference_update_internal` with a set (`s -= t`): when `other` is
    /// more than 8 times larger it is first cut down to the intersection;
    /// ends with the dummy clean-up. For `s -= s` the caller uses `removeAll()`.
    mutating func subtract(_ other: SetTable, eq: (Element, Element) throws -> Bool) rethrows {
        var source = other
        if (other.count >> 3) > count {
            source = try intersection(other, eq: eq)
        }
        for (_, entry) in source.tableOrderEntries {
            try remove(hash: entry.hash, eq: { stored in try eq(stored, entry.element) })
        }
        resizeAfterBulkRemoval()
    }

    /// `set_symmetric_difference`: a fresh set merged with `other`, then
    /// symmetric-difference-updated with this set.
    func symmetricDifference(_ other: SetTable, eq: (Element, Element) throws -> Bool) rethrows -> SetTable {
        var result = SetTable()
        try result.merge(other, eq: eq)
        try result.formSymmetricDifference(self, eq: eq)
        return result
    }

    /// `set_symmetric_difference_update` with a set (`s ^= t`): each element
    /// of `other`, in its table order, is removed if present, else added.
    /// For `s ^= s` the caller uses `removeAll()`.
    mutating func formSymmetricDifference(_ other: SetTable,
                                          eq: (Element, Element) throws -> Bool) rethrows {
        let base = entries.count
        var ranks: [Int] = []
        let wasSuspended = compactionSuspended
        compactionSuspended = true
        defer {
            compactionSuspended = wasSuspended
            orderNewEntries(from: base, byRank: ranks)
        }
        for (sourceIndex, entry) in other.tableOrderEntries {
            if try remove(hash: entry.hash, eq: { stored in try eq(stored, entry.element) }) == nil {
                let before = entries.count
                try insert(entry.element, hash: entry.hash, eq: { stored in try eq(stored, entry.element) })
                if entries.count > before { ranks.append(sourceIndex) }
            }
        }
    }

    /// `set_issubset` with a set: every element (in table order) is in `other`.
    func isSubset(of other: SetTable, eq: (Element, Element) throws -> Bool) rethrows -> Bool {
        if count > other.count { return false }
        for (_, entry) in tableOrderEntries {
            if try !other.contains(hash: entry.hash, eq: { stored in try eq(stored, entry.element) }) {
                return false
            }
        }
        return true
    }

    /// `set_isdisjoint` with a set: walks the smaller, probes the larger.
    func isDisjoint(with other: SetTable, eq: (Element, Element) throws -> Bool) rethrows -> Bool {
        let (walked, probed) = other.count > count ? (self, other) : (other, self)
        for (_, entry) in walked.tableOrderEntries {
            if try probed.contains(hash: entry.hash, eq: { stored in try eq(stored, entry.element) }) {
                return false
            }
        }
        return true
    }

    /// `s == t` for sets: same size and a subset.
    func isEqual(to other: SetTable, eq: (Element, Element) throws -> Bool) rethrows -> Bool {
        try count == other.count && isSubset(of: other, eq: eq)
    }

    /// Takes `other`'s table and elements but keeps this set's pop finger
    /// (`set_swap_bodies`, used by the in-place operators).
    mutating func replaceContents(with other: SetTable) {
        let keptFinger = finger
        let oldVersion = version
        self = other
        finger = keptFinger
        version = max(oldVersion, other.version) + 1
    }
}

// MARK: - OrderedTable

/// CPython 3.11's compact dict: `indices` maps hashes to positions in the
/// insertion-ordered `entries`; deleting leaves a hole until the next resize.
struct OrderedTable<Key, Value> {
    /// One key/value pair with its hash.
    struct Entry {
        /// The key's Python hash.
        let hash: Int
        /// The key (the first-inserted of equal keys is kept).
        let key: Key
        /// The value.
        var value: Value
    }

    /// dk_indices: position in `entries`, or `emptySlot` / `dummySlot`.
    private var indices: [Int]
    /// dk_entries: pairs in insertion order; nil for deleted ones.
    private var entries: [Entry?] = []
    /// dk_usable: insertions left before the table must grow.
    private var usable: Int
    /// ma_used: the number of pairs.
    private(set) var count = 0
    /// Incremented by every structural change (insertion, deletion, resize).
    private(set) var version = 0

    /// PyDict_MINSIZE.
    static var minimumSize: Int { 8 }

    /// An empty dict.
    init() {
        indices = Array(repeating: emptySlot, count: Self.minimumSize)
        usable = Self.usableFraction(Self.minimumSize)
    }

    /// An empty dict sized for `capacity` pairs without resizing.
    init(minimumCapacity capacity: Int) {
        var size = Self.minimumSize
        while Self.usableFraction(size) < capacity {
            size <<= 1
        }
        indices = Array(repeating: emptySlot, count: size)
        usable = Self.usableFraction(size)
    }

    /// Whether there are no pairs.
    var isEmpty: Bool { count == 0 }

    /// USABLE_FRACTION: at most 2/3 of the index slots hold entries.
    private static func usableFraction(_ size: Int) -> Int { (size << 1) / 3 }
}

// MARK: - OrderedTable: lookup and update

extension OrderedTable {
    /// The entry position of the key equal to the probe, if present.
    func position(hash: Int, eq: (Key) throws -> Bool) rethrows -> Int? {
        let hash = normalizedHash(hash)
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(perturb & UInt(mask))
        while true {
            let ix = indices[i]
            if ix == emptySlot { return nil }
            if ix >= 0, let entry = entries[ix], entry.hash == hash, try eq(entry.key) {
                return ix
            }
            perturb >>= SetProbeSequence.perturbShift
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
    }

    /// d[key], nil when absent.
    func value(hash: Int, eq: (Key) throws -> Bool) rethrows -> Value? {
        guard let position = try position(hash: hash, eq: eq) else { return nil }
        return entries[position]?.value
    }

    /// `key in d`.
    func contains(hash: Int, eq: (Key) throws -> Bool) rethrows -> Bool {
        try position(hash: hash, eq: eq) != nil
    }

    /// d[key] = value: replaces the value of an equal key (keeping that key
    /// and its position) or appends a new pair. Returns the old value.
    @discardableResult
    mutating func updateValue(_ value: Value, forKey key: Key, hash: Int,
                              eq: (Key) throws -> Bool) rethrows -> Value? {
        let hash = normalizedHash(hash)
        if let position = try positionForMutation(hash: hash, eq: eq), let old = entries[position] {
            entries[position]?.value = value
            return old.value
        }
        if usable <= 0 {
            resize(minimumSize: count * 3)  // GROWTH_RATE
        }
        insertNew(Entry(hash: hash, key: key, value: value))
        return nil
    }

    /// `del d[key]` / `d.pop(key)`: removes and returns the pair, nil if absent.
    @discardableResult
    mutating func removeValue(hash: Int, eq: (Key) throws -> Bool) rethrows -> (key: Key, value: Value)? {
        let hash = normalizedHash(hash)
        guard let position = try positionForMutation(hash: hash, eq: eq) else { return nil }
        return removeEntry(at: position)
    }

    /// `d.popitem()`: removes the last-inserted pair.
    mutating func popLast() -> (key: Key, value: Value)? {
        guard count > 0 else { return nil }
        var position = entries.count - 1
        while position >= 0 && entries[position] == nil {
            position -= 1
        }
        guard position >= 0, let removed = removeEntry(at: position) else { return nil }
        // The freed tail is reused, as CPython sets dk_nentries = i.
        usable += entries.count - position
        entries.removeSubrange(position...)
        return removed
    }

    /// `d.clear()`.
    mutating func removeAll() {
        indices = Array(repeating: emptySlot, count: Self.minimumSize)
        entries = []
        usable = Self.usableFraction(Self.minimumSize)
        count = 0
        version += 1
    }

    /// Like `position`, but restarts if a comparison changed the table.
    private mutating func positionForMutation(hash: Int, eq: (Key) throws -> Bool) rethrows -> Int? {
        restart: while true {
            let startVersion = version
            let mask = indices.count - 1
            var perturb = UInt(bitPattern: hash)
            var i = Int(perturb & UInt(mask))
            while true {
                let ix = indices[i]
                if ix == emptySlot { return nil }
                if ix >= 0, let entry = entries[ix], entry.hash == hash {
                    let equal = try eq(entry.key)
                    if version != startVersion { continue restart }
                    if equal { return ix }
                }
                perturb >>= SetProbeSequence.perturbShift
                i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
        }
    }

    /// Appends a pair known to be absent (`usable` > 0).
    private mutating func insertNew(_ entry: Entry) {
        entries.append(entry)
        Self.placeIndex(&indices, hash: entry.hash, position: entries.count - 1)
        usable -= 1
        count += 1
        version += 1
    }

    /// Clears the entry at `position` and marks its index slot dummy.
    private mutating func removeEntry(at position: Int) -> (key: Key, value: Value)? {
        guard let entry = entries[position] else { return nil }
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: entry.hash)
        var i = Int(perturb & UInt(mask))
        for _ in 0..<(8 * indices.count) {
            if indices[i] == position {
                indices[i] = dummySlot
                break
            }
            if indices[i] == emptySlot { break }
            perturb >>= SetProbeSequence.perturbShift
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        entries[position] = nil
        count -= 1
        version += 1
        return (entry.key, entry.value)
    }

    /// `dictresize`: a table of the smallest power of two ≥ `minimumSize`
    /// (at least 8), entries compacted in order.
    private mutating func resize(minimumSize: Int) {
        var size = Self.minimumSize
        while size < minimumSize {
            size <<= 1
        }
        let live = entries.compactMap { $0 }
        var newIndices = Array(repeating: emptySlot, count: size)
        for (position, entry) in live.enumerated() {
            Self.placeIndex(&newIndices, hash: entry.hash, position: position)
        }
        indices = newIndices
        entries = live
        usable = Self.usableFraction(size) - live.count
        version += 1
    }

    /// Puts `position` in the first empty index slot of the hash's probe sequence.
    private static func placeIndex(_ indices: inout [Int], hash: Int, position: Int) {
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(perturb & UInt(mask))
        while indices[i] >= 0 {
            perturb >>= SetProbeSequence.perturbShift
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        indices[i] = position
    }
}

// MARK: - OrderedTable: iteration and positional access

extension OrderedTable {
    /// The pair at an entry position, nil for a hole or out of range.
    func entry(at position: Int) -> (key: Key, value: Value)? {
        guard position >= 0 && position < entries.count, let entry = entries[position] else { return nil }
        return (entry.key, entry.value)
    }

    /// Replaces the value at an entry position (no-op for a hole).
    mutating func setValue(_ value: Value, at position: Int) {
        guard position >= 0 && position < entries.count, entries[position] != nil else { return }
        entries[position]?.value = value
    }

    /// The first pair at or after `position` in insertion order, with its
    /// hash and the position to continue from; nil at the end.
    func nextEntry(from position: Int) -> (key: Key, value: Value, hash: Int, next: Int)? {
        var index = max(0, position)
        while index < entries.count {
            if let entry = entries[index] {
                return (entry.key, entry.value, entry.hash, index + 1)
            }
            index += 1
        }
        return nil
    }

    /// Keys in insertion order.
    var keys: [Key] { entries.compactMap { $0?.key } }

    /// Values in insertion order.
    var values: [Value] { entries.compactMap { $0?.value } }

    /// Pairs in insertion order.
    var items: [(key: Key, value: Value)] {
        entries.compactMap { entry in entry.map { ($0.key, $0.value) } }
    }
}
