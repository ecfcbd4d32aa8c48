import RLCore
import RLHomework

/// `hw4.reward-to-go.random`: reward-to-go on seeded random episodes (some very long) against the reference.
struct HW4RewardToGoRandom: Check {
    let id = "hw4.reward-to-go.random"
    let title = "Reward-to-go on random episodes"
    let summary = "rewardToGo on seeded random episodes, up to 100,000 steps, agrees with the reference."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW4.RewardsQuery in
            var rng = SeededGenerator(seed: seed).child(id)
            let length = rng.uniform() < 0.25 ? 50_000 + rng.int(below: 50_000) : rng.int(below: 60)
            return HW4.RewardsQuery(rewards: (0..<length).map { _ in HW4Fixtures.rounded(rng.uniform(-1, 1), 10) },
                                    gamma: [0.0, 0.5, 0.9, 0.99, 1.0][rng.int(below: 5)])
        }
        let describe = { (i: Int) in
            "seed \(context.seeds[i]): \(inputs[i].rewards.count) rewards \(Show.vector(inputs[i].rewards, limit: 8)), γ = \(Show.number(inputs[i].gamma))"
        }
        let outputs = try context.call(HW4.RewardToGo.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW4.RewardToGo.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for i in inputs.indices {
            guard let t = tolerance.firstMismatch(outputs[i], expected[i]) else { continue }
            return .fail(Feedback(
                "rewardToGo disagrees with the reference on a random episode.",
                expected: t < expected[i].count ? "G_\(t) = \(Show.number(expected[i][t])) (\(expected[i].count) returns)" : "\(expected[i].count) returns",
                observed: t < outputs[i].count ? "G_\(t) = \(Show.number(outputs[i][t])) (\(outputs[i].count) returns)" : "\(outputs[i].count) returns",
                input: describe(i),
                hint: "One backward pass, G_t = r_t + γ G_{t+1}, is O(T) and exact; a double loop over t and k is O(T²) and too slow for 100,000 steps."))
        }
        return .pass("All \(inputs.count) random episodes agree with the reference.")
    }
}
