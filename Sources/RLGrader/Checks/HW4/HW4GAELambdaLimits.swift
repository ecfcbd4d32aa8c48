import RLCore
import RLHomework

/// `hw4.gae.lambda-limits`: GAE's two limits on random segments — λ = 0 gives the TD errors δ_t, λ = 1
/// gives G_t − V(s_t) with the segment's n-step returns — and the value targets are Â_t + V(s_t).
struct HW4GAELambdaLimits: Check {
    let id = "hw4.gae.lambda-limits"
    let title = "GAE with λ = 0 and λ = 1"
    let summary = "gae with λ = 0 returns δ_t = r_t + γ V(s_{t+1}) − V(s_t); with λ = 1 it returns G_t − V(s_t); value targets are Â_t + V(s_t)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW4.GAEQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let rollout = HW4Fixtures.rollout(&rng, length: 6 + rng.int(below: 10))
            for lambda in [0.0, 1.0, 0.7] { inputs.append(HW4.GAEQuery(rollout: rollout, gamma: 0.9, lambda: lambda)) }
        }
        let describe = { (i: Int) in
            "seed \(context.seeds[i / 3]): " + HW4Fixtures.describe(inputs[i].rollout) + ", γ = 0.9, λ = \(Show.number(inputs[i].lambda))"
        }
        let outputs = try context.call(HW4.GAE.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for (i, input) in inputs.enumerated() {
            let rollout = input.rollout, output = outputs[i]
            if input.lambda == 0 || input.lambda == 1 {
                let expected = input.lambda == 0
                    ? HW4Judge.tdErrors(rollout, gamma: input.gamma)
                    : zip(HW4Judge.nStepReturns(rollout, gamma: input.gamma, n: .max), rollout.values).map { $0 - $1 }
                if let t = tolerance.firstMismatch(output.advantages, expected) {
                    return .fail(Feedback(
                        input.lambda == 0 ? "With λ = 0, gae must return the TD errors δ_t." : "With λ = 1, gae must return G_t − V(s_t).",
                        expected: "\(Show.vector(expected, limit: 12)) (first difference at t = \(t))",
                        observed: Show.vector(output.advantages, limit: 12), input: describe(i),
                        hint: input.lambda == 0
                            ? "δ_t = r_t + γ (1 − terminated_t) nextValues[t] − values[t]. γ multiplies the next value; λ only appears in the recursion Â_t = δ_t + γλ(1 − done_t) Â_{t+1}."
                            : "With λ = 1 the sum Σ (γλ)^b δ_{t+b} telescopes to the discounted rewards up to the end of the episode or segment, plus the bootstrap, minus V(s_t). Check that γ and λ are not swapped."))
                }
            }
            let targets = zip(output.advantages, rollout.values).map { $0 + $1 }
            if let t = tolerance.firstMismatch(output.valueTargets, targets) {
                return .fail(Feedback(
                    "gae's value targets are not Â_t + V(s_t).",
                    expected: "\(Show.vector(targets, limit: 12)) (your advantages plus values; first difference at t = \(t))",
                    observed: Show.vector(output.valueTargets, limit: 12), input: describe(i),
                    hint: "valueTargets[t] = advantages[t] + values[t] (the λ-return the critic is regressed on)."))
            }
        }
        return .pass("On \(context.seeds.count) random segments, λ = 0 gives δ_t, λ = 1 gives G_t − V(s_t), and the targets are Â + V.")
    }
}
