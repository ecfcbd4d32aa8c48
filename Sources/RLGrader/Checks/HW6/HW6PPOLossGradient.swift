import RLCore
import RLHomework

/// `hw6.ppo-loss.gradient`: ppoLoss's terms against the parent's definition and its ∂L/∂z_t, ∂L/∂V_t
/// against central finite differences of the parent's L, with and without value clipping. The ratios
/// and values of the fixtures stay away from the clip kinks, so the differences are accurate.
struct HW6PPOLossGradient: Check {
    let id = "hw6.ppo-loss.gradient"
    let title = "The full PPO loss and its gradient"
    let summary = "ppoLoss: L_policy = −L^CLIP, L_value (clipped or not), the mean entropy, L = L_policy + c₁ L_value − c₂ H, and ∂L/∂z_t, ∂L/∂V_t agree with finite differences."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.PPOBatch] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            inputs.append(HW6Fixtures.ppoBatch(&rng, clipValues: false, c1: 0.5, c2: 0.01))
            inputs.append(HW6Fixtures.ppoBatch(&rng, clipValues: true, c1: 1, c2: 0.2))
        }
        let describe = { (i: Int) in "seed \(context.seeds[i / 2]): " + HW6Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW6.PPOLossExercise.self, inputs, describe: describe)
        let exact = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        let numeric = Tolerance(absolute: 1e-6, relative: 1e-5)
        for (i, b) in inputs.enumerated() {
            let o = outputs[i]
            let e = HW6Judge.ppoTotal(b, logits: b.logits, values: b.values)
            let observed = [o.policyLoss, o.valueLoss, o.entropy, o.totalLoss], expected = [e.policy, e.value, e.entropy, e.total]
            if let k = exact.firstMismatch(observed, expected) {
                let names = ["L_policy = −L^CLIP", "L_value", "the mean entropy", "L = L_policy + c₁ L_value − c₂ H"]
                return .fail(Feedback(
                    "ppoLoss: \(k < names.count ? names[k] : "a loss term") is wrong.",
                    expected: "(L_policy, L_value, entropy, L) = \(Show.vector(expected))", observed: Show.vector(observed), input: describe(i),
                    hint: "L_policy is minus the clip objective; L_value is the clipped L^VF only when clipValues is true; the entropy is the positive mean of H_t, and it is SUBTRACTED (× c₂) from L so minimising L keeps exploring."))
            }
            let fd = HW6Judge.ppoFiniteDifferences(b)
            if let k = numeric.firstMismatch(o.valueGradients, fd.values) {
                return .fail(Feedback(
                    "ppoLoss: ∂L/∂V_t disagrees with finite differences of L.",
                    expected: Show.vector(fd.values), observed: Show.vector(o.valueGradients), input: describe(i) + " (first mismatch at t = \(k))",
                    hint: "∂L/∂V_t = c₁ ∂L_value/∂V_t: 2c₁(V_t − R_t)/N, or 0 where the clipped value term is strictly larger."))
            }
            let flat = o.logitGradients.flatMap { $0 }, expectedFlat = fd.logits.flatMap { $0 }
            if o.logitGradients.count != fd.logits.count || numeric.firstMismatch(flat, expectedFlat) != nil {
                return .fail(Feedback(
                    "ppoLoss: ∂L/∂z_t disagrees with finite differences of L.",
                    expected: fd.logits.prefix(3).map { Show.vector($0) }.joined(separator: ", "),
                    observed: o.logitGradients.prefix(3).map { Show.vector($0) }.joined(separator: ", "), input: describe(i),
                    hint: "∂L/∂z_t = −g_t (onehot(a_t) − π_θ(·|s_t)) − (c₂/N) ∂H_t/∂z_t, with g_t = ∂L^CLIP/∂log π_θ(a_t|s_t) from clipObjective (`Categorical.logProbGradient`, `entropyGradient`)."))
            }
        }
        return .pass("Loss terms exact and gradients agree with finite differences on \(inputs.count) batches.")
    }
}
