import RLCore
import RLHomework

/// `hw5.replay.stored-only`: every sampled transition is one the buffer holds at that moment — nothing
/// from a slot not filled yet, nothing already overwritten — and every minibatch has the size asked for.
/// Samples are taken while the buffer fills and after it wrapped around.
struct HW5ReplayStoredOnly: Check {
    let id = "hw5.replay.stored-only"
    let title = "Replay buffer: samples only what is stored"
    let summary = "replay: each minibatch has n transitions, all currently stored (none from an unfilled slot, none overwritten), while filling and after wrapping."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW5.ReplayScript] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let capacity = 20 + rng.int(below: 20)
            // One stored, sample 1; two stored, sample 2; then fill, wrap and keep sampling 2.
            var operations = HW5ReplayScripts.pushes(from: 1, count: 1, sampleEvery: 1, sampleSize: 1)
            operations += HW5ReplayScripts.pushes(from: 2, count: 1, sampleEvery: 1, sampleSize: 2)
            operations += HW5ReplayScripts.pushes(from: 3, count: 3 * capacity, sampleEvery: 3, sampleSize: 2)
            inputs.append(HW5.ReplayScript(capacity: capacity, seed: rng.next(), operations: operations))
        }
        let describe = { (i: Int) in HW5ReplayScripts.describe(inputs[i]) }
        let outputs = try context.call(HW5.Replay.self, inputs, describe: describe)
        for (i, script) in inputs.enumerated() {
            let stored = HW5ReplayScripts.storedIDs(script).beforeSamples
            let sizes = script.operations.compactMap { op -> Int? in if case .sample(let n) = op { return n } else { return nil } }
            guard outputs[i].samples.count == sizes.count else {
                return .fail(Feedback("replay returned \(outputs[i].samples.count) minibatches for \(sizes.count) `.sample` operations.",
                                      input: describe(i), hint: "Append one minibatch to `samples` for every `.sample(n)`, in order."))
            }
            for (j, minibatch) in outputs[i].samples.enumerated() {
                let ids = minibatch.map(HW5Judge.identity)
                let allowed = Set(stored[j])
                if ids.count != sizes[j] || !ids.allSatisfy(allowed.contains) {
                    let bad = ids.first { !allowed.contains($0) }
                    return .fail(Feedback(
                        "replay: minibatch \(j + 1) \(ids.count != sizes[j] ? "has \(ids.count) transitions" : "contains a transition that is not stored").",
                        expected: "\(sizes[j]) transitions among those stored: \(Show.vector(stored[j].sorted(), limit: 8))",
                        observed: "\(Show.vector(ids))" + (bad.map { $0 == 0 ? " (reward 0: an empty slot?)" : " (transition \(Show.number($0)))" } ?? ""),
                        input: describe(i),
                        hint: "Draw indices from 0 ..< (number stored), not 0 ..< capacity: a slot that was never filled holds no transition. After wrapping, the oldest ones are gone."))
                }
            }
        }
        return .pass("Every minibatch of \(inputs.count) scripts holds only stored transitions.")
    }
}
