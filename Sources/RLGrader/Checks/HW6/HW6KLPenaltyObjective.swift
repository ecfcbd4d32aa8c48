import RLCore
import RLHomework

/// `hw6.kl-penalty.objective`: klPenaltyObjective's J and d against the parent's definition with
/// KL(π_old‖π_θ), and ∂J/∂z_t against central finite differences. KL in the other direction is named.
struct HW6KLPenaltyObjective: Check {
    let id = "hw6.kl-penalty.objective"
    let title = "PPO-penalty: the objective and its gradient"
    let summary = "klPenaltyObjective: J = mean ℓÂ − β mean KL(π_old‖π_θ), d, and ∂J/∂z_t (finite differences) on seeded batches."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.PenaltyBatch] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            inputs.append(HW6Fixtures.penaltyBatch(&rng))
            inputs.append(HW6Fixtures.penaltyBatch(&rng))
        }
        let describe = { (i: Int) in "seed \(context.seeds[i / 2]): " + HW6Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW6.KLPenaltyObjective.self, inputs, describe: describe)
        let exact = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        let numeric = Tolerance(absolute: 1e-6, relative: 1e-5)
        for (i, b) in inputs.enumerated() {
            let o = outputs[i]
            let e = HW6Judge.penaltyObjective(b, logits: b.logits)
            if !exact.isClose(o.kl, e.kl) || !exact.isClose(o.objective, e.objective) {
                let reversed = b.actions.indices.reduce(0.0) { s, t in
                    s + Categorical(logits: b.logits[t]).kl(to: Categorical(logits: b.oldLogits[t]))
                } / Double(b.actions.count)
                let named = exact.isClose(o.kl, reversed) ? " Your d is KL(π_θ‖π_old), the other direction." : ""
                return .fail(Feedback(
                    "klPenaltyObjective: J or d is wrong." + named,
                    expected: "J = \(Show.number(e.objective)), d = \(Show.number(e.kl))",
                    observed: "J = \(Show.number(o.objective)), d = \(Show.number(o.kl))", input: describe(i),
                    hint: "d = (1/N) Σ_t Σ_a π_old(a|s_t) (log π_old(a|s_t) − log π_θ(a|s_t)): the OLD policy is the first argument. J = (1/N) Σ ℓ_t Â_t − β d."))
            }
            let fd = HW6Judge.penaltyFiniteDifferences(b)
            if o.gradient.count != fd.count || numeric.firstMismatch(o.gradient.flatMap { $0 }, fd.flatMap { $0 }) != nil {
                return .fail(Feedback(
                    "klPenaltyObjective: ∂J/∂z_t disagrees with finite differences of J.",
                    expected: fd.prefix(3).map { Show.vector($0) }.joined(separator: ", "),
                    observed: o.gradient.prefix(3).map { Show.vector($0) }.joined(separator: ", "), input: describe(i),
                    hint: "∂J/∂z_t = (1/N)[ℓ_t Â_t (onehot(a_t) − π_θ) − β (π_θ − π_old)]."))
            }
        }
        return .pass("J, d and ∂J/∂z agree on \(inputs.count) batches.")
    }
}
