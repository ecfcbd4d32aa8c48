import RLCore
import RLHomework

/// `hw4.gradient-mc.tabular`: with one-hot features, gradient Monte-Carlo is tabular every-visit
/// constant-α Monte-Carlo (replayed by the parent on random-walk episodes).
struct HW4GradientMCTabular: Check {
    let id = "hw4.gradient-mc.tabular"
    let title = "Gradient Monte-Carlo with one-hot features is tabular MC"
    let summary = "On random-walk episodes with one-hot features, gradientMonteCarlo equals every-visit constant-α Monte-Carlo."

    static func tabularMC(_ input: HW4.LinearPrediction) -> [Double] {
        var v = input.initialWeights
        for episode in input.episodes {
            let returns = HW4Judge.rewardToGo(episode.rewards, gamma: input.gamma)
            for t in returns.indices { v[episode.states[t]] += input.alpha * (returns[t] - v[episode.states[t]]) }
        }
        return v
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW4.LinearPrediction in
            var rng = SeededGenerator(seed: seed).child(id)
            let episodes = HW4Fixtures.randomWalkEpisodes(seed: rng.next(), count: 8 + rng.int(below: 8), maxSteps: nil)
            return HW4.LinearPrediction(
                features: HW4Fixtures.oneHot(7), episodes: episodes, alpha: [0.1, 0.02][rng.int(below: 2)],
                gamma: [1, 0.9][rng.int(below: 2)], initialWeights: (0..<7).map { _ in HW4Fixtures.rounded(rng.uniform(0, 1)) })
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): random walk, one-hot features, " + HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.GradientMC.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-10), relative: 1e-10)
        for (i, input) in inputs.enumerated() {
            let expected = Self.tabularMC(input)
            guard let j = tolerance.firstMismatch(outputs[i], expected) else { continue }
            return .fail(Feedback(
                "gradientMonteCarlo with one-hot features does not reproduce tabular every-visit Monte-Carlo.",
                expected: "θ = \(Show.vector(expected)) (first difference at component \(j))",
                observed: "θ = \(Show.vector(outputs[i]))", input: describe(i),
                hint: "For each episode compute G_t = Σ_{k≥t} γ^{k−t} r_k (from the end backwards), then for t = 0, 1, … update θ ← θ + α (G_t − θᵀx(s_t)) x(s_t)."))
        }
        return .pass("On \(inputs.count) sets of random-walk episodes, gradientMonteCarlo equals tabular Monte-Carlo.")
    }
}
