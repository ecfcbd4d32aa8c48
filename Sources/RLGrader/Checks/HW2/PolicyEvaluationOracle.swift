import RLCore
import RLHomework

/// `hw2.policy-evaluation.oracle`: the V returned by `policyEvaluation` agrees with the exact V^π
/// (the parent solves (I − γP_π)V = r_π with `MDPJudge.evaluate`) within the error bound its
/// stopping rule guarantees: ‖V − V^π‖∞ ≤ ‖T^π V − V‖∞ / (1 − γ) ≤ γθ / (1 − γ).
///
/// Inputs: larger seeded random MDPs (γ up to 0.99) with random stochastic policies.
struct PolicyEvaluationOracle: Check {
    let id = "hw2.policy-evaluation.oracle"
    let title = "Policy evaluation: agreement with the exact V^π"
    let summary = "‖V − V^π‖∞ ≤ γθ/(1−γ) against the exact solution of the Bellman expectation equation, on larger random MDPs."

    static let thetas = [1e-4, 1e-7, 1e-10]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var cases: [HW2Case] = []
        var inputs: [HW2.EvaluationInput] = []
        for seed in context.seeds {
            let c = HW2Cases.random(seed: seed, label: id, states: 20...60, actions: 2...5, gammas: [0.9, 0.95, 0.99])
            var rng = SeededGenerator(seed: seed).child(id + "/inputs")
            cases.append(c)
            inputs.append(.init(mdp: c.mdp, policy: HW2Cases.randomPolicy(c.mdp, rng: rng.child("policy")),
                                theta: Self.thetas[rng.int(below: Self.thetas.count)]))
        }
        let describe = { (i: Int) in "\(cases[i].label); a random stochastic policy; θ = \(Show.number(inputs[i].theta))" }
        let outputs = try context.call(HW2.PolicyEvaluation.self, inputs, describe: describe)
        var worstRatio = 0.0
        var ratios: [Double] = []
        for i in inputs.indices {
            let mdp = inputs[i].mdp
            if let problem = HW2Cases.shapeProblem(outputs[i], mdp) {
                return .fail(Feedback(
                    "policyEvaluation(mdp:policy:theta:) returned a malformed value vector: \(problem).",
                    expected: "\(mdp.stateCount) finite values", input: describe(i), hint: "Return one value per state."))
            }
            let exact = try MDPJudge.evaluate(mdp, policy: inputs[i].policy)
            let (s, error) = HW2Cases.worst(outputs[i], exact)
            let gamma = mdp.gamma, theta = inputs[i].theta
            let bound = gamma * theta / (1 - gamma) * (1 + 1e-9) + 1e-11 * max(1, exact.map(abs).max() ?? 0)
            worstRatio = max(worstRatio, error / bound)
            ratios.append(error / bound)
            if error > bound {
                return .fail(Feedback(
                    "policyEvaluation disagrees with the exact V^π by more than the stopping rule allows.",
                    expected: "V^π(\(s)) = \(Show.number(exact[s])), within γθ/(1−γ) = \(Show.number(gamma * theta / (1 - gamma)))",
                    observed: "V(\(s)) = \(Show.number(outputs[i][s])), off by \(Show.number(error))",
                    input: describe(i),
                    hint: "Sweep until the largest change of one sweep is below θ and return the values after that sweep. "
                        + "Check γ in the backup and the weighting by π(a|s) and P(s'|s,a)."))
            }
        }
        return .pass("All \(inputs.count) evaluations agree with the exact V^π within γθ/(1−γ) (largest error/bound: \(Show.number((worstRatio * 1000).rounded() / 1000))).",
                     data: ["error-over-bound": ratios])
    }
}
