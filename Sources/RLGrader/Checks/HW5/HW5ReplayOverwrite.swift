import RLCore
import RLHomework

/// `hw5.replay.overwrite`: a buffer of capacity N holds the last min(pushed, N) transitions — the oldest
/// is overwritten first — checked after fewer than N, exactly N, and many more than N pushes.
struct HW5ReplayOverwrite: Check {
    let id = "hw5.replay.overwrite"
    let title = "Replay buffer: capacity and overwrite order"
    let summary = "replay: after n pushes into a buffer of capacity N, the stored transitions are exactly the last min(n, N) pushed (oldest overwritten first)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW5.ReplayScript] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let capacity = 3 + rng.int(below: 8)
            for pushes in [capacity - 1, capacity, capacity + 1, 3 * capacity + rng.int(below: capacity)] {
                inputs.append(HW5.ReplayScript(capacity: capacity, seed: rng.next(),
                                               operations: HW5ReplayScripts.pushes(from: 1, count: pushes, sampleEvery: 2)))
            }
        }
        let describe = { (i: Int) in HW5ReplayScripts.describe(inputs[i]) }
        let outputs = try context.call(HW5.Replay.self, inputs, describe: describe)
        for (i, script) in inputs.enumerated() {
            let expected = HW5ReplayScripts.storedIDs(script).final.sorted()
            let observed = outputs[i].contents.map(HW5Judge.identity).sorted()
            if observed != expected {
                let pushed = expected.last.map { Int($0) } ?? 0
                return .fail(Feedback(
                    "replay: the buffer does not hold the last \(expected.count) transitions after \(pushed) pushes.",
                    expected: "contents = transitions \(Show.vector(expected, limit: 12)) (any order)",
                    observed: "transitions \(Show.vector(observed, limit: 12))",
                    input: describe(i),
                    hint: "Keep at most `capacity` transitions; when full, a push replaces the *oldest* stored one (a ring: slot = pushes mod capacity). Return every stored transition in `contents`."))
            }
        }
        return .pass("Contents are the last min(n, N) pushes in all \(inputs.count) scripts.")
    }
}
