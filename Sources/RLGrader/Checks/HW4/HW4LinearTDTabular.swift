import RLCore
import RLHomework

/// `hw4.linear-td.tabular`: with one-hot features x(s) = e_s, linear semi-gradient TD(0) is tabular
/// TD(0). Episodes of the random walk (some cut by a time limit) are replayed by the parent's tabular
/// TD(0); θ must match it component by component.
struct HW4LinearTDTabular: Check {
    let id = "hw4.linear-td.tabular"
    let title = "Linear TD(0) with one-hot features is tabular TD(0)"
    let summary = "On random-walk episodes with one-hot features, linearTD0 returns exactly the values of tabular TD(0) (V(terminal) = 0; time-limited episodes bootstrap)."

    /// Tabular TD(0) with V(terminal) = 0; `values` also holds the (never used) entries of terminal states.
    static func tabularTD0(_ input: HW4.LinearPrediction) -> [Double] {
        var v = input.initialWeights
        for episode in input.episodes {
            let steps = episode.rewards.count
            for t in 0..<steps {
                let s = episode.states[t], next = episode.states[t + 1]
                let bootstrap = (t == steps - 1 && episode.terminated) ? 0 : v[next]
                v[s] += input.alpha * (episode.rewards[t] + input.gamma * bootstrap - v[s])
            }
        }
        return v
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW4.LinearPrediction in
            var rng = SeededGenerator(seed: seed).child(id)
            let episodes = HW4Fixtures.randomWalkEpisodes(seed: rng.next(), count: 10 + rng.int(below: 10), maxSteps: 6 + rng.int(below: 4))
            return HW4.LinearPrediction(
                features: HW4Fixtures.oneHot(7), episodes: episodes, alpha: [0.1, 0.05][rng.int(below: 2)], gamma: 1,
                initialWeights: (0..<7).map { _ in HW4Fixtures.rounded(rng.uniform(0, 1)) })
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): random walk, one-hot features, " + HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.LinearTD.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-12)
        for (i, input) in inputs.enumerated() {
            let expected = Self.tabularTD0(input)
            guard let j = tolerance.firstMismatch(outputs[i], expected) else { continue }
            let terminalHint = (j == 0 || j == 6)
                ? "States 0 and 6 are terminal: their value is 0 in every target, whatever θ says about them, and their weights are never updated."
                : "Each transition updates only θ[s_t] (x(s_t) is one-hot): δ_t = r_t + γ v̂(s_{t+1}) − v̂(s_t) with v̂(s_T) = 0 only when the episode terminated; an episode cut by the time limit bootstraps from θᵀx(s_T)."
            return .fail(Feedback(
                "linearTD0 with one-hot features does not reproduce tabular TD(0).",
                expected: "θ = \(Show.vector(expected)) (tabular TD(0); first difference at component \(j))",
                observed: outputs[i].count == expected.count ? "θ = \(Show.vector(outputs[i]))" : "\(outputs[i].count) weights, expected \(expected.count)",
                input: describe(i), hint: terminalHint))
        }
        return .pass("On \(inputs.count) sets of random-walk episodes, linearTD0 equals tabular TD(0).")
    }
}
