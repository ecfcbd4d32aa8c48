import RLCore
import RLHomework

/// `hw4.score.finite-differences`: the student's ∇θ log π(a|s) agrees with central finite differences
/// of log π(a|s) (the parent's stable log-softmax) on random states, actions and θ.
struct HW4ScoreFiniteDifferences: Check {
    let id = "hw4.score.finite-differences"
    let title = "Score function agrees with finite differences"
    let summary = "scoreFunction agrees with central finite differences of log π_θ(a|s) with respect to θ."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW4.SoftmaxQuery] = [
            // Tabular softmax: one-hot x(s,a); the score is e_a − π.
            HW4.SoftmaxQuery(features: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], theta: [0.5, -1, 2], action: 1),
        ]
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for _ in 0..<3 { inputs.append(HW4Fixtures.softmaxQuery(&rng)) }
        }
        let describe = { (i: Int) in HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.ScoreFunction.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-6), relative: 1e-5)
        for (i, input) in inputs.enumerated() {
            let numeric = HW4Judge.finiteDifferenceScore(features: input.features, theta: input.theta, action: input.action)
            guard let j = tolerance.firstMismatch(outputs[i], numeric) else { continue }
            // Name the common mistake: the score of another action.
            let other = input.features.indices.first { b in
                b != input.action && Tolerance(absolute: 1e-9).firstMismatch(
                    outputs[i], HW4Judge.score(features: input.features, theta: input.theta, action: b)) == nil
            }
            return .fail(Feedback(
                other.map { "scoreFunction returned ∇ log π of action \($0), not of the action asked for (\(input.action))." }
                    ?? "scoreFunction disagrees with finite differences of log π_θ(a|s).",
                expected: "≈ \(Show.vector(numeric)) ((log π(θ + h e_j) − log π(θ − h e_j)) / 2h, h = 1e-5; first difference at θ[\(j)])",
                observed: Show.vector(outputs[i]), input: describe(i),
                hint: "∇θ log π(a|s) = x(s,a) − Σ_b π(b|s) x(s,b): the features of the action taken, minus their average under the policy."))
        }
        return .pass("All \(inputs.count) scores agree with finite differences of log π.")
    }
}
