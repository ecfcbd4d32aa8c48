import RLCore
import RLHomework

/// `hw4.linear-td.semi-gradient`: one transition at a time, the TD(0) update must be α δ x(s_t) — it
/// moves θ along x(s_t) only. A "full gradient" update α δ (x(s_t) − γ x(s_{t+1})), which differentiates
/// through the target, is named in the feedback.
struct HW4LinearTDSemiGradient: Check {
    let id = "hw4.linear-td.semi-gradient"
    let title = "Linear TD(0) does not differentiate through its target"
    let summary = "One transition with overlapping features: θ changes by exactly α δ x(s_t), never along x(s_{t+1})."

    static let handFixture = HW4.LinearPrediction(
        features: [[1, 0], [1, 1]], episodes: [HW4.PredictionEpisode(states: [0, 1], rewards: [0], terminated: false)],
        alpha: 0.5, gamma: 1, initialWeights: [1, 2])

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs = [Self.handFixture]
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let d = 2 + rng.int(below: 3)
            let features = (0..<3).map { _ in (0..<d).map { _ in HW4Fixtures.rounded(rng.uniform(-1, 1)) } }
            let episode = HW4.PredictionEpisode(states: [rng.int(below: 3), rng.int(below: 3)],
                                                rewards: [HW4Fixtures.rounded(rng.uniform(-1, 1), 10)], terminated: false)
            inputs.append(HW4.LinearPrediction(features: features, episodes: [episode], alpha: 0.1, gamma: 0.9,
                                               initialWeights: (0..<d).map { _ in HW4Fixtures.rounded(rng.uniform(-1, 1)) }))
        }
        let describe = { (i: Int) in (i == 0 ? "hand-made transition: " : "seed \(context.seeds[i - 1]): ") + HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.LinearTD.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-12)
        for (i, input) in inputs.enumerated() {
            let episode = input.episodes[0]
            let x = input.features[episode.states[0]], xNext = input.features[episode.states[1]]
            let theta = input.initialWeights
            let delta = episode.rewards[0] + input.gamma * VectorMath.dot(theta, xNext) - VectorMath.dot(theta, x)
            let expected = VectorMath.add(theta, VectorMath.scale(input.alpha * delta, x))
            guard tolerance.firstMismatch(outputs[i], expected) != nil else { continue }
            let fullGradient = VectorMath.add(theta, VectorMath.scale(input.alpha * delta, VectorMath.sub(x, VectorMath.scale(input.gamma, xNext))))
            let differentiatedTarget = tolerance.firstMismatch(outputs[i], fullGradient) == nil
            return .fail(Feedback(
                differentiatedTarget
                    ? "linearTD0 differentiates through the TD target: θ moved along x(s_{t+1}) too."
                    : "linearTD0 made the wrong update on a single transition.",
                expected: "θ + α δ x(s_t) = \(Show.vector(expected)) with δ = \(Show.number(delta))",
                observed: "θ = \(Show.vector(outputs[i]))", input: describe(i),
                hint: "Semi-gradient TD(0) treats the target r_t + γ θᵀx(s_{t+1}) as a constant: θ ← θ + α δ_t x(s_t). The gradient of the target (−γ x(s_{t+1})) is left out on purpose."))
        }
        return .pass("On \(inputs.count) single transitions, θ changes by exactly α δ x(s_t).")
    }
}
