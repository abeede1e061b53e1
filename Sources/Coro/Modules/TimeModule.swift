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
    /// `time.sleep`'s argument: a float, or anything usable as an integer.
    fileprivate func sleepLength(_ v: Value) throws -> Double {
        if case .float(let d) = v {
            if d.isNaN { throw valueError("Invalid value NaN (not a number)") }
            return d
        }
        guard let n = Numeric(try integerIndex(v)) else { return 0 }
        return try toDouble(n)
    }
}
