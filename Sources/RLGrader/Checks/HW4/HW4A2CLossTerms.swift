import RLCore
import RLHomework

/// `hw4.a2c-loss.terms`: the four losses of A2C — signs and coefficients — against the parent's own
/// computation, with (c₁, c₂) chosen so that every term shows in the total: (0.5, 0.01), (0, 1), (1, 0).
struct HW4A2CLossTerms: Check {
    let id = "hw4.a2c-loss.terms"
    let title = "A2C loss: signs and coefficients of each term"
    let summary = "a2cLoss returns L_policy = −mean(log π Â), L_value = mean((R − V)²), L_entropy = −mean(H) and L = L_policy + c₁ L_value + c₂ L_entropy."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW4.A2CBatch] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let batch = HW4Fixtures.a2cBatch(&rng)
            for (c1, c2) in [(0.5, 0.01), (0.0, 1.0), (1.0, 0.0)] {
                var b = batch
                b.valueCoefficient = c1
                b.entropyCoefficient = c2
                inputs.append(b)
            }
        }
        let describe = { (i: Int) in "seed \(context.seeds[i / 3]): " + HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.A2CLossExercise.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for (i, batch) in inputs.enumerated() {
            let (advantages, targets) = HW4Judge.frozenEstimates(batch)
            let e = HW4Judge.losses(batch, actor: batch.actor, critic: batch.critic, advantages: advantages, targets: targets)
            let o = outputs[i]
            let terms: [(String, Double, Double, String, String)] = [
                ("policyLoss", e.policy, o.policyLoss, "L_policy = −(1/B) Σ log π(a_t|s_t) Â_t",
                 tolerance.isClose(o.policyLoss, -e.policy)
                    ? "The sign is flipped. The optimizer minimises L, and minimising −log π · Â raises the probability of actions with a positive advantage."
                    : "Use the log-probability of the action taken, the advantages of gae (γ, λ from the input) and the mean over all B steps of all segments."),
                ("valueLoss", e.value, o.valueLoss, "L_value = (1/B) Σ (R_t − V(s_t))², R_t = Â_t + V(s_t)",
                 tolerance.isClose(o.valueLoss, e.value / 2)
                    ? "Your value loss is half the expected one: the course's value loss is the plain mean of squared errors (no ½)."
                    : "The targets R_t are gae's value targets (Â_t + V(s_t)) for the critic's values of s_t and nextStates."),
                ("entropyLoss", e.entropy, o.entropyLoss, "L_entropy = −(1/B) Σ H(π(·|s_t))",
                 tolerance.isClose(o.entropyLoss, -e.entropy)
                    ? "The sign is flipped: L_entropy is MINUS the mean entropy, so that minimising L keeps the policy exploring (an entropy bonus)."
                    : "H(π(·|s)) = −Σ_a π(a|s) log π(a|s) (`Categorical(logits:).entropy`), averaged over the B steps."),
                ("totalLoss", e.total, o.totalLoss, "L = L_policy + c₁ L_value + c₂ L_entropy",
                 "Add the three terms with the input's coefficients c₁ = valueCoefficient and c₂ = entropyCoefficient, all with a plus sign (L_entropy already carries the minus)."),
            ]
            for (name, expected, observed, formula, hint) in terms where !tolerance.isClose(observed, expected) {
                return .fail(Feedback(
                    "a2cLoss: \(name) is wrong.",
                    expected: "\(Show.number(expected)) (\(formula))", observed: Show.number(observed), input: describe(i), hint: hint))
            }
        }
        return .pass("All four losses are right on \(inputs.count) batches with different coefficients.")
    }
}
