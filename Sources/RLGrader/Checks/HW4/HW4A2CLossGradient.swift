import RLCore
import RLHomework

/// `hw4.a2c-loss.gradient`: the returned ∂L/∂θ and ∂L/∂φ agree with central finite differences of the
/// parent's loss in which the advantages and the value targets are held fixed (stop-gradient). A critic
/// gradient that flows through its own target, or a policy loss differentiated through the advantage,
/// disagrees.
struct HW4A2CLossGradient: Check {
    let id = "hw4.a2c-loss.gradient"
    let title = "A2C loss gradient, with advantages and targets as constants"
    let summary = "a2cLoss's actor and critic gradients agree with finite differences of L where Â_t and R_t are constants (no gradient through the targets)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW4.A2CBatch] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            inputs.append(HW4Fixtures.a2cBatch(&rng, c1: 0.5, c2: 0.01))
            inputs.append(HW4Fixtures.a2cBatch(&rng, c1: 1, c2: 0.5))
        }
        let describe = { (i: Int) in "seed \(context.seeds[i / 2]): " + HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.A2CLossExercise.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-6), relative: 1e-5)
        for (i, batch) in inputs.enumerated() {
            let numeric = HW4Judge.finiteDifferenceGradients(batch)
            let o = outputs[i]
            if let j = tolerance.firstMismatch(o.criticGradient, numeric.critic) {
                return .fail(Feedback(
                    "a2cLoss: the critic gradient ∂L/∂φ disagrees with finite differences of L (targets held fixed).",
                    expected: j < numeric.critic.count ? "∂L/∂φ[\(j)] ≈ \(Show.number(numeric.critic[j])) (\(numeric.critic.count) numbers)" : "\(numeric.critic.count) numbers",
                    observed: j < o.criticGradient.count ? "∂L/∂φ[\(j)] = \(Show.number(o.criticGradient[j])) (\(o.criticGradient.count) numbers)" : "\(o.criticGradient.count) numbers",
                    input: describe(i),
                    hint: "Only c₁ L_value depends on φ, and only through V_φ(s_t): ∂L/∂V(s_t) = c₁ · 2 (V(s_t) − R_t) / B. The target R_t and the advantage Â_t are constants — do not backpropagate into V(s_{t+1}) (the target) nor into Â in the policy loss."))
            }
            if let j = tolerance.firstMismatch(o.actorGradient, numeric.actor) {
                return .fail(Feedback(
                    "a2cLoss: the actor gradient ∂L/∂θ disagrees with finite differences of L.",
                    expected: j < numeric.actor.count ? "∂L/∂θ[\(j)] ≈ \(Show.number(numeric.actor[j])) (\(numeric.actor.count) numbers)" : "\(numeric.actor.count) numbers",
                    observed: j < o.actorGradient.count ? "∂L/∂θ[\(j)] = \(Show.number(o.actorGradient[j])) (\(o.actorGradient.count) numbers)" : "\(o.actorGradient.count) numbers",
                    input: describe(i),
                    hint: "Backpropagate ∂L/∂z_t = −(Â_t/B)(onehot(a_t) − π(·|s_t)) − (c₂/B) ∂H/∂z_t through the actor (`Categorical.logProbGradient`, `entropyGradient`). Mind both minus signs: L_policy and L_entropy are both negated."))
            }
        }
        return .pass("Actor and critic gradients agree with finite differences on \(inputs.count) batches.")
    }
}
