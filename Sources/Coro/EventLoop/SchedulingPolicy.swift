/// Decides which ready handle runs next: the one place where the loop's order is
/// chosen. asyncio's order is `FIFOPolicy`; schedule exploration (PRODUCT.md §7)
/// plugs in policies that pick other handles ready at the same instant, and the
/// choices they make are a replayable schedule.
public protocol SchedulingPolicy {
    /// The index, in `0..<candidates`, of the handle to run next among the first
    /// `candidates` handles of the ready queue — the handles that were ready when
    /// the current iteration began and have not run yet. `candidates` is at least 1.
    mutating func choose(candidates: Int) -> Int
}

/// asyncio's order: the handle that became ready first runs first.
public struct FIFOPolicy: SchedulingPolicy {
    public init() {}

    @inline(__always)
    public func choose(candidates: Int) -> Int { 0 }
}

/// Replays a schedule: each choice in turn (clamped to the candidates), then FIFO.
/// The choices made are recorded, so any policy's run can be written down and
/// replayed with this one.
public struct ReplayPolicy: SchedulingPolicy {
    /// The choices still to make.
    public private(set) var remaining: [Int]
    /// Every choice made so far, with how many candidates there were.
    public private(set) var made: [(choice: Int, candidates: Int)] = []

    public init(_ choices: [Int]) {
        remaining = choices.reversed()
    }

    public mutating func choose(candidates: Int) -> Int {
        let choice = min(remaining.popLast() ?? 0, candidates - 1)
        made.append((max(choice, 0), candidates))
        return max(choice, 0)
    }
}
