import RLCore
import RLHomework

/// `hw0.discounted-return.random`: seeded random episodes (up to 50 steps) compared with the
/// reference's returns (the oracle).
struct DiscountedReturnRandom: Check {
    let id = "hw0.discounted-return.random"
    let title = "Discounted return on random episodes"
    let summary = "G₀ of seeded random episodes agrees with the reference."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        try RandomEpisodeComparison(checkID: id, maxLength: 50).run(context)
    }
}

/// Seeded random episodes compared with the oracle; shared by the hw0 checks on random episodes.
struct RandomEpisodeComparison {
    let checkID: String
    /// Episode lengths are drawn in 0..<maxLength (long ones in maxLength/2..<maxLength).
    let maxLength: Int

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW0.EpisodeRewards in
            var rng = SeededGenerator(seed: seed).child(checkID)
            let length = maxLength > 1000 ? maxLength / 2 + rng.int(below: maxLength / 2) : rng.int(below: maxLength)
            let rewards = (0..<length).map { _ in (rng.uniform(-1, 1) * 100).rounded() / 10 }
            let gammas = [0.0, 0.5, 0.9, 0.99, 1.0]
            return HW0.EpisodeRewards(rewards: rewards, gamma: gammas[rng.int(below: gammas.count)])
        }
        let describe = { (i: Int) in
            "seed \(context.seeds[i]): \(inputs[i].rewards.count) rewards \(Show.vector(inputs[i].rewards, limit: 6)), γ = \(Show.number(inputs[i].gamma))"
        }
        let outputs = try context.call(HW0.DiscountedReturn.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW0.DiscountedReturn.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for i in inputs.indices where !tolerance.isClose(outputs[i], expected[i]) {
            return .fail(Feedback(
                "discountedReturn disagrees with the reference on a random episode.",
                expected: "\(Show.number(expected[i])) (tolerance \(tolerance))", observed: Show.number(outputs[i]),
                input: describe(i),
                hint: "Check the discount of each reward: r_{k+1} is multiplied by γ^k, counting from the start of the episode."))
        }
        return .pass("All \(inputs.count) random episodes agree with the reference.")
    }
}
