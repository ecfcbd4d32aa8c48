import RLCore
import RLHomework

/// `hw2.policy-evaluation.bellman-residual`: the V returned by `policyEvaluation` is a near fixed point
/// of T^π: ‖T^π V − V‖∞ ≤ γθ (what stopping after the first sweep with a change below θ guarantees,
/// synchronous or in place). No oracle: the parent applies T^π itself (`MDPJudge`).
///
/// Inputs: seeded random MDPs whose terminal rows are not self-loops (random stochastic policies,
/// θ ∈ {1e-3, 1e-6, 1e-9}), the 4x4 gridworld (γ = 1) and slippery FrozenLake 4x4 with the random policy,
/// also with its outcomes listed unmerged (the same next state twice: probabilities must be added).
struct PolicyEvaluationBellmanResidual: Check {
    let id = "hw2.policy-evaluation.bellman-residual"
    let title = "Policy evaluation: Bellman residual"
    let summary = "‖T^π V − V‖∞ ≤ γθ for the returned V, on seeded random MDPs and grid worlds."

    static let thetas = [1e-3, 1e-6, 1e-9]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var cases: [HW2Case] = []
        var inputs: [HW2.EvaluationInput] = []
        for seed in context.seeds {
            let c = HW2Cases.random(seed: seed, label: id)
            var rng = SeededGenerator(seed: seed).child(id + "/inputs")
            let theta = Self.thetas[rng.int(below: Self.thetas.count)]
            cases.append(c)
            inputs.append(.init(mdp: c.mdp, policy: HW2Cases.randomPolicy(c.mdp, rng: rng.child("policy")), theta: theta))
        }
        for c in [HW2Cases.gridworld4x4, HW2Cases.frozenLake4x4, HW2Cases.frozenLake4x4Unmerged] {
            cases.append(c)
            inputs.append(.init(mdp: c.mdp, policy: HW2Cases.uniformPolicy(c.mdp), theta: 1e-6))
        }
        let describe = { (i: Int) in
            "\(cases[i].label); policy \(i < context.seeds.count ? "random stochastic (π(a|s) ∝ uniform weights)" : "equiprobable"); θ = \(Show.number(inputs[i].theta))"
        }
        let outputs = try context.call(HW2.PolicyEvaluation.self, inputs, describe: describe)
        var worstRatio = 0.0
        var ratios: [Double] = []
        for i in inputs.indices {
            let mdp = inputs[i].mdp, v = outputs[i]
            if let problem = HW2Cases.shapeProblem(v, mdp) {
                return .fail(Feedback(
                    "policyEvaluation(mdp:policy:theta:) returned a malformed value vector: \(problem).",
                    expected: "\(mdp.stateCount) finite values", input: describe(i),
                    hint: "Return one value per state; with γ < 1 the values stay bounded by max|r|/(1−γ)."))
            }
            let backed = MDPJudge.expectationBackup(mdp, policy: inputs[i].policy, v)
            let (s, residual) = HW2Cases.worst(backed, v)
            let bound = Self.bound(gamma: mdp.gamma, theta: inputs[i].theta, values: v)
            worstRatio = max(worstRatio, residual / bound)
            ratios.append(residual / bound)
            if residual > bound {
                return .fail(Feedback(
                    "The values returned by policyEvaluation are not a fixed point of the Bellman expectation backup.",
                    expected: "‖T^π V − V‖∞ ≤ γθ = \(Show.number(mdp.gamma * inputs[i].theta))",
                    observed: "‖T^π V − V‖∞ = \(Show.number(residual)), at state \(s)\(mdp.isTerminal[s] ? " (a terminal state)" : ""): V(s) = \(Show.number(v[s])), (T^π V)(s) = \(Show.number(backed[s]))",
                    input: describe(i), hint: Self.hint(mdp, s: s)))
            }
        }
        return .pass("All \(inputs.count) evaluations are fixed points of T^π within γθ (largest residual/bound: \(Show.number((worstRatio * 1000).rounded() / 1000))).",
                     data: ["residual-over-bound": ratios])
    }

    /// γθ, plus round-off.
    static func bound(gamma: Double, theta: Double, values: [Double]) -> Double {
        gamma * theta * (1 + 1e-9) + 1e-12 * max(1, values.map(abs).max() ?? 0)
    }

    static func hint(_ mdp: TabularMDP, s: Int) -> String {
        if mdp.isTerminal[s] {
            return "Terminal states have V = 0 and are never backed up; their rows in mdp.outcomes are meaningless (here they are not self-loops)."
        }
        return "(T^π V)(s) = Σ_a π(a|s) Σ_{s'} P(s'|s,a) [r(s,a,s') + γ V(s')], with V(s') = 0 for a terminal s'. "
            + "Keep sweeping until the largest change of a sweep is below θ (not a looser threshold) and return the values "
            + "after that last sweep; do not forget γ, and average over π(a|s) (no max over actions)."
    }
}
