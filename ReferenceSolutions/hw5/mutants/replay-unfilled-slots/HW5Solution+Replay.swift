import RLCore
import RLHomework

// Part 4 — a uniform experience-replay buffer with a fixed capacity (a ring: the oldest is overwritten).

/// A replay buffer D of at most `capacity` transitions, sampled uniformly.
struct ReplayBuffer {
    let capacity: Int
    /// The stored transitions; once full, `next` is the slot of the oldest one.
    private(set) var storage: [HW5.Transition] = []
    private var next = 0

    init(capacity: Int) {
        precondition(capacity > 0, "a replay buffer needs room for at least one transition")
        self.capacity = capacity
    }

    /// The number of stored transitions (≤ capacity).
    var count: Int { storage.count }

    /// Stores `transition`, replacing the oldest one when the buffer is full.
    mutating func push(_ transition: HW5.Transition) {
        if storage.count < capacity {
            storage.append(transition)
        } else {
            storage[next] = transition
        }
        next = (next + 1) % capacity
    }

    /// `size` stored transitions drawn independently and uniformly (with replacement).
    func sample(_ size: Int, using rng: inout SeededGenerator) -> [HW5.Transition] {
        (0..<size).map { _ in let i = rng.int(below: capacity); return i < storage.count ? storage[i] : HW5.Transition(state: [0], action: 0, reward: 0, nextState: [0], terminated: false, truncated: false) }
    }
}

extension HW5Solution {
    /// Runs a `ReplayBuffer(capacity:)` on the script: pushes and uniform samples with
    /// `SeededGenerator(seed: script.seed)`. README §4.
    func replay(_ script: HW5.ReplayScript) throws -> HW5.ReplayTrace {
        var buffer = ReplayBuffer(capacity: script.capacity)
        var rng = SeededGenerator(seed: script.seed)
        var samples: [[HW5.Transition]] = []
        for operation in script.operations {
            switch operation {
            case .push(let transition): buffer.push(transition)
            case .sample(let size): samples.append(buffer.sample(size, using: &rng))
            }
        }
        return HW5.ReplayTrace(samples: samples, contents: buffer.storage)
    }
}
