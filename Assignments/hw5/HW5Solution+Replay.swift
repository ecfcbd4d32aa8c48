import RLCore
import RLHomework

// Part 4 — a uniform experience-replay buffer with a fixed capacity (a ring: the oldest is overwritten).

/// A replay buffer D of at most `capacity` transitions, sampled uniformly.
struct ReplayBuffer {
    let capacity: Int
    // TODO: your code here (then run `rlgrade hw5`).
    private(set) var storage: [HW5.Transition] = []  // add what you need

    init(capacity: Int) {
        precondition(capacity > 0, "a replay buffer needs room for at least one transition")
        self.capacity = capacity
    }

    /// The number of stored transitions (≤ capacity).
    var count: Int { storage.count }

    /// Stores `transition`, replacing the oldest one when the buffer is full.
    mutating func push(_ transition: HW5.Transition) {
        // TODO: your code here (then run `rlgrade hw5`).
        fatalError("ReplayBuffer.push: not implemented yet")
    }

    /// `size` stored transitions drawn independently and uniformly (with replacement).
    func sample(_ size: Int, using rng: inout SeededGenerator) -> [HW5.Transition] {
        // TODO: your code here (then run `rlgrade hw5`).
        fatalError("ReplayBuffer.sample: not implemented yet")
    }
}

extension HW5Solution {
    /// Runs a `ReplayBuffer(capacity:)` on the script: pushes and uniform samples with
    /// `SeededGenerator(seed: script.seed)`. README §4.
    func replay(_ script: HW5.ReplayScript) throws -> HW5.ReplayTrace {
        // TODO: your code here (then run `rlgrade hw5`).
        throw NotImplemented("replay(_:)")
    }
}
