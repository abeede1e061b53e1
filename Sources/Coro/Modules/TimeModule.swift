/// `time`: every clock reads the interpreter's virtual clock (PRODUCT.md §8), and
/// `sleep` advances it instead of waiting.
enum TimeModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "time")
        for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"] {
            m.function(name) { vm, a in
                try a.noArguments(name)
                return .float(vm.clock)
            }
            m.function(name + "_ns") { vm, a in
                try a.noArguments(name + "_ns")
                return .int(nanoseconds(vm.clock))
            }
        }
        m.function("sleep") { vm, a in
            let seconds = try vm.sleepLength(try a.single("sleep"))
            if seconds < 0 { throw valueError("sleep length must be non-negative") }
            vm.sleepClock(seconds)
            return .none
        }
        return m
    }

    /// Seconds as whole nanoseconds, as `time.*_ns()` return them.
    private static func nanoseconds(_ seconds: Double) -> Int {
        let ns = (seconds * 1e9).rounded(.down)
        return Int(exactly: ns) ?? (ns > 0 ? Int.max : Int.min)
    }
}

extension VM {
    /// `time.sleep`'s argument: a float, or anything usable as an integer, that fits
    /// CPython's 64-bit nanosecond time (`_PyTime_t`); the sign is checked after.
    fileprivate func sleepLength(_ v: Value) throws -> Double {
        let limit = 9_223_372_036_854_775_808.0  // 2**63 nanoseconds
        if case .float(let d) = v {
            if d.isNaN { throw valueError("Invalid value NaN (not a number)") }
            let ns = (d * 1e9).rounded(.awayFromZero)
            if !(ns >= -limit && ns < limit) { throw overflowError("timestamp out of range for platform time_t") }
            return d
        }
        let whole = try integerIndex(v)
        let tooLarge = overflowError("timestamp too large to convert to C _PyTime_t")
        switch whole {
        case .int(let i):
            guard !i.multipliedReportingOverflow(by: 1_000_000_000).overflow else { throw tooLarge }
            return Double(i)
        case .bool(let b):
            return b ? 1 : 0
        default:
            throw tooLarge
        }
    }
}
