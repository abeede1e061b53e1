// `list.sort`: a port of CPython 3.11's listsort — timsort with galloping and the
// powersort merge policy. Porting it (rather than any stable sort) makes the
// sequence of `<` calls CPython's own, so user `__lt__` side effects and the
// operands named in "'<' not supported between …" errors match.

extension VM {
    /// Sorts a list in place, as `list.sort(key=, reverse=)`.
    func sortList(_ l: PyList, key: Value?, reverse: Bool) throws {
        var values = l.items
        // CPython empties the list while sorting so that changes can be detected.
        l.items = []
        var failure: Error?
        do { try timsort(&values, key: key, reverse: reverse) } catch { failure = error }
        let modified = !l.items.isEmpty
        l.items = values
        if let failure { throw failure }
        if modified { throw valueError("list modified during sort") }
    }

    /// CPython's listsort on an array: keys computed first (on a key error the
    /// array is unchanged), `reverse` by reversing before and after a stable
    /// sort. On a comparison error the array holds every item in some order.
    func timsort(_ values: inout [Value], key: Value?, reverse: Bool) throws {
        var keys = values
        if let key {
            keys = []
            keys.reserveCapacity(values.count)
            for v in values { keys.append(try call(key, [v])) }
        }
        var sorter = TimSort(keys: keys, values: key == nil ? nil : values, lt: lessThan(for: keys))
        if reverse { sorter.reverse() }
        var failure: Error?
        do { try sorter.sort() } catch { failure = error }
        if reverse { sorter.reverse() }
        values = sorter.sortedValues
        if let failure { throw failure }
    }

    /// `a < b` for sort keys, with shortcuts when all keys share a simple type
    /// (CPython's `unsafe_*_compare`; the results are the same).
    private func lessThan(for keys: [Value]) -> (Value, Value) throws -> Bool {
        if keys.allSatisfy({ if case .int = $0 { return true } else { return false } }) {
            return { a, b in
                if case .int(let x) = a, case .int(let y) = b { return x < y }
                return false
            }
        }
        if keys.allSatisfy({ if case .float = $0 { return true } else { return false } }) {
            return { a, b in
                if case .float(let x) = a, case .float(let y) = b { return x < y }
                return false
            }
        }
        if keys.allSatisfy({ $0.object is PyStr }) {
            return { a, b in
                guard let x = a.object as? PyStr, let y = b.object as? PyStr else { return false }
                // UTF-8 byte order is code point order.
                return x.value.utf8.lexicographicallyPrecedes(y.value.utf8)
            }
        }
        return { [unowned self] a, b in try self.truthy(try self.richCompare(a, b, 2)) }
    }
}

/// CPython's MergeState and the timsort routines over it.
struct TimSort {
    /// The keys being sorted (the items themselves without a key function).
    private var keys: [Value]
    /// The items, moved along with their keys; empty without a key function.
    private var values: [Value]
    /// Whether `values` is in use.
    private let hasValues: Bool
    /// `<` on keys.
    private let lt: (Value, Value) throws -> Bool
    /// Temporary keys and values of the run being merged.
    private var tempKeys: [Value] = []
    private var tempValues: [Value] = []
    /// MIN_GALLOP, adapted as merging goes.
    private var minGallop = TimSort.initialMinGallop
    /// Runs waiting to be merged: start, length and powersort power.
    private var pending: [(base: Int, len: Int, power: Int)] = []

    private static let initialMinGallop = 7

    init(keys: [Value], values: [Value]?, lt: @escaping (Value, Value) throws -> Bool) {
        self.keys = keys
        self.values = values ?? []
        self.hasValues = values != nil
        self.lt = lt
    }

    /// The items in their current order.
    var sortedValues: [Value] { hasValues ? values : keys }

    mutating func reverse() {
        keys.reverse()
        if hasValues { values.reverse() }
    }

    /// listsort's main loop: find runs, extend short ones, merge by power.
    mutating func sort() throws {
        let n = keys.count
        if n < 2 { return }
        let minrun = TimSort.minrun(n)
        var lo = 0
        var remaining = n
        while remaining > 0 {
            var (runLength, descending) = try countRun(lo, lo + remaining)
            if descending { reverseRange(lo, lo + runLength) }
            if runLength < minrun {
                let force = remaining <= minrun ? remaining : minrun
                try binarySort(lo, lo + force, lo + runLength)
                runLength = force
            }
            try foundNewRun(runLength, total: n)
            pending.append((lo, runLength, 0))
            lo += runLength
            remaining -= runLength
        }
        try forceCollapse()
    }

    /// merge_compute_minrun.
    private static func minrun(_ count: Int) -> Int {
        var n = count, r = 0
        while n >= 64 {
            r |= n & 1
            n >>= 1
        }
        return n + r
    }

    // MARK: - Moving items

    private mutating func set(_ d: Int, fromMain s: Int) {
        keys[d] = keys[s]
        if hasValues { values[d] = values[s] }
    }

    private mutating func set(_ d: Int, fromTemp s: Int) {
        keys[d] = tempKeys[s]
        if hasValues { values[d] = tempValues[s] }
    }

    /// memmove within the main array.
    private mutating func move(_ dest: Int, _ src: Int, _ count: Int) {
        if dest < src {
            for i in 0..<count { set(dest + i, fromMain: src + i) }
        } else {
            for i in stride(from: count - 1, through: 0, by: -1) { set(dest + i, fromMain: src + i) }
        }
    }

    private mutating func copyFromTemp(_ dest: Int, _ src: Int, _ count: Int) {
        for i in 0..<count { set(dest + i, fromTemp: src + i) }
    }

    private mutating func saveToTemp(_ start: Int, _ count: Int) {
        tempKeys = Array(keys[start..<(start + count)])
        if hasValues { tempValues = Array(values[start..<(start + count)]) }
    }

    private mutating func reverseRange(_ lo: Int, _ hi: Int) {
        keys[lo..<hi].reverse()
        if hasValues { values[lo..<hi].reverse() }
    }

    // MARK: - Runs

    /// count_run: the length of the run at `lo`, and whether it is strictly descending.
    private func countRun(_ lo: Int, _ hi: Int) throws -> (Int, Bool) {
        if lo + 1 == hi { return (1, false) }
        var n = 2
        var i = lo + 2
        if try lt(keys[lo + 1], keys[lo]) {
            while i < hi, try lt(keys[i], keys[i - 1]) {
                i += 1
                n += 1
            }
            return (n, true)
        }
        while i < hi, !(try lt(keys[i], keys[i - 1])) {
            i += 1
            n += 1
        }
        return (n, false)
    }

    /// binarysort: `lo..<start` is sorted; inserts `start..<hi` one by one.
    private mutating func binarySort(_ lo: Int, _ hi: Int, _ startIn: Int) throws {
        var start = startIn == lo ? startIn + 1 : startIn
        while start < hi {
            var l = lo, r = start
            let pivotKey = keys[start]
            let pivotValue = hasValues ? values[start] : .none
            repeat {
                let p = l + ((r - l) >> 1)
                if try lt(pivotKey, keys[p]) { r = p } else { l = p + 1 }
            } while l < r
            var p = start
            while p > l {
                set(p, fromMain: p - 1)
                p -= 1
            }
            keys[l] = pivotKey
            if hasValues { values[l] = pivotValue }
            start += 1
        }
    }

    /// powerloop: the powersort priority of the boundary between two runs.
    private static func powerloop(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
        var result = 0
        var a = 2 * s1 + n1
        var b = a + n1 + n2
        while true {
            result += 1
            if a >= n {
                a -= n
                b -= n
            } else if b >= n {
                break
            }
            a <<= 1
            b <<= 1
        }
        return result
    }

    /// found_new_run: merges pending runs of higher power before pushing a new one.
    private mutating func foundNewRun(_ n2: Int, total: Int) throws {
        guard let last = pending.last else { return }
        let power = TimSort.powerloop(last.base, last.len, n2, total)
        while pending.count > 1 && pending[pending.count - 2].power > power {
            try mergeAt(pending.count - 2)
        }
        pending[pending.count - 1].power = power
    }

    private mutating func forceCollapse() throws {
        while pending.count > 1 {
            var n = pending.count - 2
            if n > 0 && pending[n - 1].len < pending[n + 1].len { n -= 1 }
            try mergeAt(n)
        }
    }

    // MARK: - Galloping

    /// gallop_left: k with a[k-1] < key <= a[k], searching `arr[base..<base+n]` from `hint`.
    private func gallopLeft(_ key: Value, _ arr: [Value], _ base: Int, _ n: Int, _ hint: Int) throws -> Int {
        var lastofs = 0, ofs = 1
        if try lt(arr[base + hint], key) {
            let maxofs = n - hint
            while ofs < maxofs {
                if try lt(arr[base + hint + ofs], key) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else {
                    break
                }
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        } else {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try lt(arr[base + hint - ofs], key) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try lt(arr[base + m], key) { lastofs = m + 1 } else { ofs = m }
        }
        return ofs
    }

    /// gallop_right: k with a[k-1] <= key < a[k].
    private func gallopRight(_ key: Value, _ arr: [Value], _ base: Int, _ n: Int, _ hint: Int) throws -> Int {
        var lastofs = 0, ofs = 1
        if try lt(key, arr[base + hint]) {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try lt(key, arr[base + hint - ofs]) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else {
                    break
                }
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        } else {
            let maxofs = n - hint
            while ofs < maxofs {
                if try lt(key, arr[base + hint + ofs]) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try lt(key, arr[base + m]) { ofs = m } else { lastofs = m + 1 }
        }
        return ofs
    }

    // MARK: - Merging

    /// merge_at: merges pending runs i and i+1.
    private mutating func mergeAt(_ i: Int) throws {
        var baseA = pending[i].base, na = pending[i].len
        let baseB = pending[i + 1].base
        var nb = pending[i + 1].len
        pending[i].len = na + nb
        pending.remove(at: i + 1)
        // Items of A already below B's first, and of B above A's last, stay put.
        let k = try gallopRight(keys[baseB], keys, baseA, na, 0)
        baseA += k
        na -= k
        if na == 0 { return }
        nb = try gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1)
        if nb <= 0 { return }
        if na <= nb {
            try mergeLo(baseA, na, baseB, nb)
        } else {
            try mergeHi(baseA, na, baseB, nb)
        }
    }

    /// merge_lo: A (the shorter) goes to temp; merges left to right.
    private mutating func mergeLo(_ baseA: Int, _ lenA: Int, _ baseB: Int, _ lenB: Int) throws {
        var na = lenA, nb = lenB
        saveToTemp(baseA, na)
        var dest = baseA, pa = 0, pb = baseB
        var copyB = false
        do {
            set(dest, fromMain: pb)
            dest += 1; pb += 1; nb -= 1
            merge: do {
                if nb == 0 { break merge }
                if na == 1 { copyB = true; break merge }
                var gallop = minGallop
                while true {
                    var acount = 0, bcount = 0
                    while true {
                        if try lt(keys[pb], tempKeys[pa]) {
                            set(dest, fromMain: pb)
                            dest += 1; pb += 1; nb -= 1
                            bcount += 1; acount = 0
                            if nb == 0 { break merge }
                            if bcount >= gallop { break }
                        } else {
                            set(dest, fromTemp: pa)
                            dest += 1; pa += 1; na -= 1
                            acount += 1; bcount = 0
                            if na == 1 { copyB = true; break merge }
                            if acount >= gallop { break }
                        }
                    }
                    gallop += 1
                    repeat {
                        if gallop > 1 { gallop -= 1 }
                        minGallop = gallop
                        var k = try gallopRight(keys[pb], tempKeys, pa, na, 0)
                        acount = k
                        if k > 0 {
                            copyFromTemp(dest, pa, k)
                            dest += k; pa += k; na -= k
                            if na == 1 { copyB = true; break merge }
                            if na == 0 { break merge }
                        }
                        set(dest, fromMain: pb)
                        dest += 1; pb += 1; nb -= 1
                        if nb == 0 { break merge }
                        k = try gallopLeft(tempKeys[pa], keys, pb, nb, 0)
                        bcount = k
                        if k > 0 {
                            move(dest, pb, k)
                            dest += k; pb += k; nb -= k
                            if nb == 0 { break merge }
                        }
                        set(dest, fromTemp: pa)
                        dest += 1; pa += 1; na -= 1
                        if na == 1 { copyB = true; break merge }
                    } while acount >= TimSort.initialMinGallop || bcount >= TimSort.initialMinGallop
                    gallop += 1
                    minGallop = gallop
                }
            }
        } catch {
            copyFromTemp(dest, pa, na)
            throw error
        }
        if copyB {
            // The last item of A belongs after what is left of B.
            move(dest, pb, nb)
            set(dest + nb, fromTemp: pa)
        } else {
            copyFromTemp(dest, pa, na)
        }
    }

    /// merge_hi: B (the shorter) goes to temp; merges right to left.
    private mutating func mergeHi(_ baseA: Int, _ lenA: Int, _ baseB: Int, _ lenB: Int) throws {
        var na = lenA, nb = lenB
        saveToTemp(baseB, nb)
        var dest = baseB + nb - 1, pa = baseA + na - 1, pb = nb - 1
        var copyA = false
        do {
            set(dest, fromMain: pa)
            dest -= 1; pa -= 1; na -= 1
            merge: do {
                if na == 0 { break merge }
                if nb == 1 { copyA = true; break merge }
                var gallop = minGallop
                while true {
                    var acount = 0, bcount = 0
                    while true {
                        if try lt(tempKeys[pb], keys[pa]) {
                            set(dest, fromMain: pa)
                            dest -= 1; pa -= 1; na -= 1
                            acount += 1; bcount = 0
                            if na == 0 { break merge }
                            if acount >= gallop { break }
                        } else {
                            set(dest, fromTemp: pb)
                            dest -= 1; pb -= 1; nb -= 1
                            bcount += 1; acount = 0
                            if nb == 1 { copyA = true; break merge }
                            if bcount >= gallop { break }
                        }
                    }
                    gallop += 1
                    repeat {
                        if gallop > 1 { gallop -= 1 }
                        minGallop = gallop
                        var k = na - (try gallopRight(tempKeys[pb], keys, baseA, na, na - 1))
                        acount = k
                        if k > 0 {
                            dest -= k; pa -= k
                            move(dest + 1, pa + 1, k)
                            na -= k
                            if na == 0 { break merge }
                        }
                        set(dest, fromTemp: pb)
                        dest -= 1; pb -= 1; nb -= 1
                        if nb == 1 { copyA = true; break merge }
                        k = nb - (try gallopLeft(keys[pa], tempKeys, 0, nb, nb - 1))
                        bcount = k
                        if k > 0 {
                            dest -= k; pb -= k
                            copyFromTemp(dest + 1, pb + 1, k)
                            nb -= k
                            if nb == 1 { copyA = true; break merge }
                            if nb == 0 { break merge }
                        }
                        set(dest, fromMain: pa)
                        dest -= 1; pa -= 1; na -= 1
                        if na == 0 { break merge }
                    } while acount >= TimSort.initialMinGallop || bcount >= TimSort.initialMinGallop
                    gallop += 1
                    minGallop = gallop
                }
            }
        } catch {
            if nb > 0 { copyFromTemp(dest - (nb - 1), 0, nb) }
            throw error
        }
        if copyA {
            // The first item of B belongs before what is left of A.
            move(dest + 1 - na, pa + 1 - na, na)
            dest -= na
            set(dest, fromTemp: pb)
        } else if nb > 0 {
            copyFromTemp(dest - (nb - 1), 0, nb)
        }
    }
}
