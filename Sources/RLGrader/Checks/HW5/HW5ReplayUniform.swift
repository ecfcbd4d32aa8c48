import Foundation
import RLCore
import RLHomework

/// `hw5.replay.uniform`: minibatches are uniform over what is stored. After the buffer wrapped around
/// (and, separately, while it is still filling), the parent counts how often each stored transition is
/// drawn over many minibatches; every count must lie within `z` standard deviations of its expectation
/// (binomial: n·p ± z·√(n·p·(1 − p)), p = 1/size) — a band a correct buffer leaves with probability
/// below 1e-5 per transition at z = 5. A buffer that prefers recent transitions, or never returns some,
/// leaves it.
struct HW5ReplayUniform: Check {
    let id = "hw5.replay.uniform"
    let title = "Replay buffer: uniform sampling"
    let summary = "replay: over many minibatches, every stored transition is drawn with frequency 1/size (each count within z = 5 standard deviations), after wrapping and while filling."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let draws = context.intParameter("draws", 8000), z = context.parameter("z", 5)
        var inputs: [HW5.ReplayScript] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let capacity = 8 + rng.int(below: 5), size = 4
            // Wrapped: 2.5 × capacity pushes, then the draws.
            var wrapped = HW5ReplayScripts.pushes(from: 1, count: 5 * capacity / 2)
            wrapped += Array(repeating: .sample(size), count: draws / size)
            inputs.append(HW5.ReplayScript(capacity: capacity, seed: rng.next(), operations: wrapped))
            // Filling: capacity 64, only 12 stored.
            var filling = HW5ReplayScripts.pushes(from: 1, count: 12)
            filling += Array(repeating: .sample(size), count: draws / size)
            inputs.append(HW5.ReplayScript(capacity: 64, seed: rng.next(), operations: filling))
        }
        let describe = { (i: Int) in HW5ReplayScripts.describe(inputs[i]) }
        let outputs = try context.call(HW5.Replay.self, inputs, describe: describe)
        for (i, script) in inputs.enumerated() {
            let stored = HW5ReplayScripts.storedIDs(script).final.sorted()
            var counts = [Double: Int]()
            var total = 0
            for minibatch in outputs[i].samples {
                for e in minibatch { counts[HW5Judge.identity(e), default: 0] += 1; total += 1 }
            }
            let p = 1 / Double(stored.count)
            let mean = Double(total) * p, band = z * (Double(total) * p * (1 - p)).squareRoot()
            let observed = stored.map { counts[$0] ?? 0 }
            let outsideStored = total - observed.reduce(0, +)
            if let j = observed.indices.first(where: { abs(Double(observed[$0]) - mean) > band }) ?? (outsideStored > 0 ? -1 : nil) {
                let shown = zip(stored, observed).map { "\(Show.number($0)):\($1)" }.joined(separator: " ")
                return .fail(Feedback(
                    "replay: the minibatches are not uniform over the \(stored.count) stored transitions.",
                    expected: "each stored transition drawn \(Show.number(mean.rounded())) ± \(Show.number(band.rounded())) times out of \(total) (z = \(Show.number(z)))",
                    observed: (j >= 0 ? "transition \(Show.number(stored[j])) drawn \(observed[j]) times; " : "\(outsideStored) draws of transitions that are not stored; ") + "counts \(shown)",
                    input: describe(i),
                    hint: "Draw each index with `rng.int(below: count)` over all stored transitions — not only the newest ones, and not 0 ..< capacity."))
            }
        }
        return .pass("Sampling is uniform over the stored transitions in \(inputs.count) scripts (\(draws) draws each, z = \(Show.number(z))).")
    }
}
