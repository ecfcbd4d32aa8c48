import RLCore
import RLHomework

// Variant: a preallocated ring of optional slots with a write index and a count, sampled without
// replacement within a minibatch (a partial Fisher–Yates shuffle of the stored indices).

struct ReplayBuffer {
    let capacity: Int
    private var slots: [HW5.Transition?]
    private var write = 0
    private(set) var count = 0

    init(capacity: Int) {
        precondition(capacity > 0, "a replay buffer needs room for at least one transition")
        self.capacity = capacity
        slots = Array(repeating: nil, count: capacity)
    }

    var storage: [HW5.Transition] { slots.compactMap { $0 } }

    mutating func push(_ transition: HW5.Transition) {
        slots[write] = transition
        write = (write + 1) % capacity
        count = min(count + 1, capacity)
    }

    func sample(_ size: Int, using rng: inout SeededGenerator) -> [HW5.Transition] {
        var indices = Array(0..<count)
        var result: [HW5.Transition] = []
        for i in 0..<min(size, count) {
            let j = i + rng.int(below: count - i)
            indices.swapAt(i, j)
            result.append(slots[indices[i]]!)
        }
        return result
    }
}

extension HW5Solution {
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
