import RLCore
import RLHomework

/// `hw4.softmax.probabilities`: π_θ(·|s) = softmax(θᵀx(s,·)) on random states and on states with huge
/// preferences (±1000), where a naive exp overflows.
struct HW4SoftmaxProbabilities: Check {
    let id = "hw4.softmax.probabilities"
    let title = "Softmax action probabilities"
    let summary = "actionProbabilities equals softmax(θᵀx(s,a)) on random states, including preferences of ±1000 (numerical stability)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW4.SoftmaxQuery] = [
            HW4.SoftmaxQuery(features: [[1, 0], [0, 1]], theta: [0, 0]),
            HW4.SoftmaxQuery(features: [[1], [2], [3]], theta: [1000]),
            HW4.SoftmaxQuery(features: [[1, 0], [0, 1], [1, 1]], theta: [-800, -1000]),
        ]
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            inputs.append(HW4Fixtures.softmaxQuery(&rng))
            inputs.append(HW4Fixtures.softmaxQuery(&rng, scale: 300))
        }
        let describe = { (i: Int) in HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.ActionProbabilities.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-9)
        for (i, input) in inputs.enumerated() {
            let expected = HW4Judge.probabilities(features: input.features, theta: input.theta)
            guard let j = tolerance.firstMismatch(outputs[i], expected) else { continue }
            let overflow = outputs[i].contains { !$0.isFinite }
            return .fail(Feedback(
                overflow ? "actionProbabilities returned NaN or infinity: exp overflowed." : "actionProbabilities returned the wrong distribution.",
                expected: "\(Show.vector(expected)) (first difference at action \(j))",
                observed: Show.vector(outputs[i]), input: describe(i),
                hint: overflow
                    ? "exp(1000) is +∞ in Double. Subtract the largest preference first: π(a|s) = exp(h_a − max_b h_b) / Σ_b exp(h_b − max_b h_b)."
                    : "h(s,a,θ) = θᵀx(s,a) (one dot product per action), then π(a|s) = exp(h_a) / Σ_b exp(h_b)."))
        }
        return .pass("All \(inputs.count) states give the right probabilities, including huge preferences.")
    }
}
