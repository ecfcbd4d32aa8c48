import RLCore
import RLHomework

/// `hw2.value-iteration.bellman-residual`: the V returned by `valueIteration` is a near fixed point of
/// the Bellman optimality backup, ‖T* V − V‖∞ ≤ γθ, and, for γ < 1, agrees with the exact V*
/// (`MDPJudge.optimalValues`) within the error bound ‖V − V*‖∞ ≤ γθ/(1−γ).
///
/// Inputs: seeded random MDPs whose terminal rows are not self-loops (θ ∈ {1e-3, 1e-6, 1e-9}), the
/// 4x4 gridworld and CliffWalking (γ = 1), slippery FrozenLake 4x4 (γ = 0.99), also with its outcomes listed
/// unmerged (the same next state twice: probabilities must be added).
struct ValueIterationBellmanResidual: Check {
    let id = "hw2.value-iteration.bellman-residual"
    let title = "Value iteration: Bellman optimality residual and error bound"
    let summary = "‖T* V − V‖∞ ≤ γθ and ‖V − V*‖∞ ≤ γθ/(1−γ) for the returned V, on random MDPs and grid worlds."

    static let thetas = [1e-3, 1e-6, 1e-9]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var cases: [HW2Case] = []
        var inputs: [HW2.ValueIterationInput] = []
        for seed in context.seeds {
            let c = HW2Cases.random(seed: seed, label: id)
            var rng = SeededGenerator(seed: seed).child(id + "/theta")
            cases.append(c)
            inputs.append(.init(mdp: c.mdp, theta: Self.thetas[rng.int(below: Self.thetas.count)]))
        }
        for (c, theta) in [(HW2Cases.gridworld4x4, 1e-6), (HW2Cases.cliffWalking, 1e-6), (HW2Cases.frozenLake4x4, 1e-8), (HW2Cases.frozenLake4x4Unmerged, 1e-8)] {
            cases.append(c)
            inputs.append(.init(mdp: c.mdp, theta: theta))
        }
        let describe = { (i: Int) in "\(cases[i].label); θ = \(Show.number(inputs[i].theta))" }
        let outputs = try context.call(HW2.ValueIteration.self, inputs, describe: describe)
        var worstResidual = 0.0, worstError = 0.0
        var residualRatios: [Double] = [], errorRatios: [Double] = []
        for i in inputs.indices {
            let mdp = inputs[i].mdp, v = outputs[i].values, gamma = mdp.gamma, theta = inputs[i].theta
            if let problem = HW2Cases.shapeProblem(v, mdp) {
                return .fail(Feedback(
                    "valueIteration(mdp:theta:) returned malformed values: \(problem).",
                    expected: "\(mdp.stateCount) finite values", input: describe(i), hint: "Return one value per state."))
            }
            let backed = MDPJudge.optimalityBackup(mdp, v)
            let (s, residual) = HW2Cases.worst(backed, v)
            let scale = max(1, v.map(abs).max() ?? 0)
            let bound = gamma * theta * (1 + 1e-9) + 1e-12 * scale
            worstResidual = max(worstResidual, residual / bound)
            residualRatios.append(residual / bound)
            if residual > bound {
                return .fail(Feedback(
                    "The values returned by valueIteration are not a fixed point of the Bellman optimality backup.",
                    expected: "‖T* V − V‖∞ ≤ γθ = \(Show.number(gamma * theta))",
                    observed: "‖T* V − V‖∞ = \(Show.number(residual)), at state \(s)\(mdp.isTerminal[s] ? " (a terminal state)" : ""): V(s) = \(Show.number(v[s])), (T* V)(s) = \(Show.number(backed[s]))",
                    input: describe(i),
                    hint: mdp.isTerminal[s]
                        ? "Terminal states keep V = 0 and are never backed up; their rows in mdp.outcomes are meaningless (not always self-loops)."
                        : "(T* V)(s) = max_a Σ_{s'} P(s'|s,a) [r(s,a,s') + γ V(s')] with V(s') = 0 for a terminal s'. Sweep until the "
                            + "residual of a sweep is below θ and return the values after that sweep."))
            }
            guard gamma < 1 else { continue }
            let optimal = MDPJudge.optimalValues(mdp)
            let (t, error) = HW2Cases.worst(v, optimal)
            let errorBound = gamma * theta / (1 - gamma) * (1 + 1e-9) + 1e-11 * scale
            worstError = max(worstError, error / errorBound)
            errorRatios.append(error / errorBound)
            if error > errorBound {
                return .fail(Feedback(
                    "valueIteration's V is farther from V* than its stopping rule allows.",
                    expected: "V*(\(t)) = \(Show.number(optimal[t])), within γθ/(1−γ) = \(Show.number(gamma * theta / (1 - gamma)))",
                    observed: "V(\(t)) = \(Show.number(v[t])), off by \(Show.number(error))", input: describe(i),
                    hint: "Stop after the first sweep whose residual ‖V_{k+1} − V_k‖∞ is below θ and return V_{k+1}."))
            }
        }
        return .pass("All \(inputs.count) value-iteration results are fixed points of T* within γθ (largest residual/bound "
            + "\(Show.number((worstResidual * 1000).rounded() / 1000))) and within γθ/(1−γ) of V* (largest error/bound "
            + "\(Show.number((worstError * 1000).rounded() / 1000))).",
            data: ["residual-over-bound": residualRatios, "error-over-bound": errorRatios])
    }
}
