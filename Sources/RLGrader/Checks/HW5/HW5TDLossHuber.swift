import RLCore
import RLHomework

/// `hw5.td-loss.huber`: the Huber TD loss with δ, whose gradient is the error clipped at ±δ (divided by
/// B): −clip(y − Q, −δ, δ)/B at the taken action. About half the errors of the inputs exceed δ.
struct HW5TDLossHuber: Check {
    let id = "hw5.td-loss.huber"
    let title = "Huber TD loss: the gradient is clipped at ±δ"
    let summary = "tdLoss (Huber δ): ℓ(u) = ½u² for |u| ≤ δ, δ(|u| − ½δ) beyond; ∂L/∂Q(s_k,a_k) = −clip(u_k, −δ, δ)/B."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW5.LossQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for delta in [1.0, 0.5] { inputs.append(HW5Fixtures.lossQuery(&rng, huberDelta: delta)) }
        }
        let describe = { (i: Int) in "seed \(context.seeds[i / 2]): " + HW5Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW5.TDLoss.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-12)
        for (i, query) in inputs.enumerated() {
            if let feedback = HW5LossComparison.mismatch(outputs[i], query, tolerance: tolerance, input: describe(i), hint: { k, a in
                guard a == query.actions[k] else { return "Only the taken action's output gets gradient." }
                let u = query.targets[k] - query.qValues[k][a]
                return abs(u) > query.huberDelta!
                    ? "Here |u| = |y − Q| = \(Show.number(abs(u))) > δ: Huber's ℓ′(u) = δ·sign(u), so ∂L/∂Q = −δ·sign(u)/B — clip the error at ±δ."
                    : "Here |u| ≤ δ: Huber is ½u² and ∂L/∂Q = −u/B, as for the squared loss."
            }) { return .fail(feedback) }
        }
        return .pass("Huber loss and gradient are right on \(inputs.count) minibatches (errors inside and outside ±δ).")
    }
}
