import RLCore
import RLHomework

/// `hw5.td-loss.taken-action`: the squared TD loss ½(y − Q(s,a))², averaged over the minibatch, and its
/// gradient: only the taken action's output gets gradient, −(y − Q)/B; every other output gets 0.
struct HW5TDLossTakenAction: Check {
    let id = "hw5.td-loss.taken-action"
    let title = "TD loss: only the taken action's output gets gradient"
    let summary = "tdLoss (squared): L = (1/B) Σ ½(y_k − Q(s_k,a_k))², ∂L/∂Q(s_k,a) = −(y_k − Q(s_k,a_k))/B at a = a_k and 0 for every other action."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW5.LossQuery in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW5Fixtures.lossQuery(&rng, huberDelta: nil)
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW5Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW5.TDLoss.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-12)
        for (i, query) in inputs.enumerated() {
            if let feedback = HW5LossComparison.mismatch(outputs[i], query, tolerance: tolerance, input: describe(i), hint: { k, a in
                a == query.actions[k]
                    ? "∂L/∂Q(s_k, a_k) = −(y_k − Q(s_k, a_k)) / B: mind the sign (L grows when Q moves away from y) and the 1/B of the mean."
                    : "Only Q(s_k, a_k) appears in the loss: the outputs of the actions not taken get gradient 0 (do not spread the error over every action)."
            }) { return .fail(feedback) }
        }
        return .pass("Loss and gradient are right on \(inputs.count) minibatches; only taken actions get gradient.")
    }
}
