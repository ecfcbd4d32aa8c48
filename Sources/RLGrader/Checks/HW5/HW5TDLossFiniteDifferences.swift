import RLCore
import RLHomework

/// `hw5.td-loss.finite-differences`: tdLoss's gradient agrees with central finite differences of the
/// parent's loss in the network outputs Q (targets held fixed), for the squared and the Huber loss.
struct HW5TDLossFiniteDifferences: Check {
    let id = "hw5.td-loss.finite-differences"
    let title = "TD loss gradient against finite differences"
    let summary = "tdLoss's ∂L/∂Q agrees with central finite differences of L in Q (squared and Huber loss; the targets are constants)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW5.LossQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            inputs.append(HW5Fixtures.lossQuery(&rng, huberDelta: nil))
            inputs.append(HW5Fixtures.lossQuery(&rng, huberDelta: 1))
        }
        let describe = { (i: Int) in "seed \(context.seeds[i / 2]): " + HW5Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW5.TDLoss.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-6))
        for (i, query) in inputs.enumerated() {
            let numeric = HW5Judge.finiteDifferenceLossGradient(query)
            let gradient = outputs[i].gradient
            for k in numeric.indices {
                let row = k < gradient.count ? gradient[k] : []
                if let a = tolerance.firstMismatch(row, numeric[k]) {
                    return .fail(Feedback(
                        "tdLoss's gradient disagrees with finite differences of the loss.",
                        expected: "∂L/∂Q row \(k) ≈ \(Show.vector(numeric[k]))", observed: "\(Show.vector(row)) (entry \(a) differs)",
                        input: describe(i),
                        hint: "Differentiate L = (1/B) Σ_k ℓ(y_k − Q(s_k, a_k)) with respect to each output Q(s_k, a) with y held fixed: only a = a_k appears, with −ℓ′(u_k)/B."))
                }
            }
        }
        return .pass("The gradient agrees with finite differences on \(inputs.count) minibatches.")
    }
}
