import RLCore
import RLHomework

/// `hw2.value-iteration.optimal-policy`: the policy `valueIteration` returns is greedy with respect to
/// the V it returns (any tie-break), and it is optimal: with θ = 1e-10 its exact V^π equals V*; with a
/// loose θ it is within the classic bound V^π ≥ V* − 2γδ/(1−γ), δ = γθ/(1−γ).
///
/// Inputs: seeded random MDPs, each with θ = 1e-10 and with a loose θ = 0.05; the 4x4 gridworld and
/// CliffWalking (γ = 1) with θ = 1e-10 and with θ = 1.5, where value iteration stops after one sweep
/// (V₁ = −1) and a policy taken from the values of an earlier sweep (V₀ = 0) is visibly not greedy.
/// With γ = 1 and a loose θ only greediness is checked (there is no optimality bound).
struct ValueIterationOptimalPolicy: Check {
    let id = "hw2.value-iteration.optimal-policy"
    let title = "Value iteration: greedy and optimal policy"
    let summary = "The returned policy is greedy w.r.t. the returned V and optimal (V^π = V*, any optimal tie-break), with tight and loose θ."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let tight = context.parameter("theta", 1e-10)
        let loose = context.parameter("loose_theta", 0.05)
        let looseGrid = context.parameter("loose_theta_gridworld", 1.5)
        var cases: [HW2Case] = []
        var inputs: [HW2.ValueIterationInput] = []
        for seed in context.seeds {
            let c = HW2Cases.random(seed: seed, label: id, states: 10...25, actions: 3...5)
            for theta in [tight, loose] {
                cases.append(c)
                inputs.append(.init(mdp: c.mdp, theta: theta))
            }
        }
        for c in [HW2Cases.gridworld4x4, HW2Cases.cliffWalking] {
            for theta in [tight, looseGrid] {
                cases.append(c)
                inputs.append(.init(mdp: c.mdp, theta: theta))
            }
        }
        let describe = { (i: Int) in "\(cases[i].label); θ = \(Show.number(inputs[i].theta))" }
        let outputs = try context.call(HW2.ValueIteration.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-6), relative: 1e-9)
        let figures = inputs.indices.filter { cases[$0].world != nil && inputs[$0].theta == tight }.flatMap { i in
            HW2GridFigures.compare(
                cases[i], title: "\(cases[i].label); θ = \(Show.number(tight))", observedLabel: "your V and policy",
                values: outputs[i].values, policy: outputs[i].policy, expectedLabel: "V* and the optimal actions",
                expected: MDPJudge.optimalValues(inputs[i].mdp), tolerance: tolerance)
        }
        var gaps: [Double] = []
        for i in inputs.indices {
            let mdp = inputs[i].mdp, out = outputs[i], gamma = mdp.gamma, theta = inputs[i].theta
            if let problem = HW2Cases.shapeProblem(out.values, mdp) ?? HW2Cases.policyProblem(out.policy, mdp) {
                return .fail(Feedback(
                    "valueIteration(mdp:theta:) returned a malformed result: \(problem).",
                    expected: "one value and one valid action per state", input: describe(i),
                    hint: "Return the values, the greedy policy of those values (one action per state) and the residuals."), figures: figures)
            }
            if let (s, q) = HW2Cases.nonGreedyState(mdp, out.policy, values: out.values) {
                return .fail(Feedback(
                    "The policy valueIteration returns is not greedy with respect to the V it returns (state \(s)).",
                    expected: "an action maximising Q_V(\(s), ·) = \(Show.vector(q)), with V your returned values",
                    observed: "action \(out.policy[s])", input: describe(i),
                    hint: "Compute the greedy policy from the final V, after the last sweep (not from the values of an "
                        + "earlier sweep), with argmax_a Σ_{s'} P(s'|s,a) [r + γ V(s')]."), figures: figures)
            }
            // With γ = 1 and a loose θ there is no optimality guarantee: only greediness is checked.
            if gamma == 1 && theta > tight { continue }
            guard let v = try? MDPJudge.evaluate(mdp, policy: HW2Cases.rows(out.policy, mdp)) else {
                return .fail(Feedback(
                    "The policy valueIteration returns never reaches a terminal state from some state (γ = 1).",
                    observed: "policy \(Show.ints(out.policy))", input: describe(i),
                    hint: "Run value iteration until the residual is below θ before taking the greedy policy."), figures: figures)
            }
            let optimal = MDPJudge.optimalValues(mdp)
            let slack: Double
            if gamma < 1 {
                let delta = gamma * theta / (1 - gamma)
                slack = 2 * gamma * delta / (1 - gamma)
            } else {
                slack = 0
            }
            gaps.append(zip(optimal, v).map { $0 - $1 }.max() ?? 0)
            for s in 0..<mdp.stateCount where v[s] < optimal[s] - slack && !tolerance.isClose(v[s], optimal[s]) {
                return .fail(Feedback(
                    "The policy valueIteration returns is not optimal (state \(s)).",
                    expected: "V^π(\(s)) = V*(\(s)) = \(Show.number(optimal[s]))"
                        + (slack > 1e-6 ? " (at least V* − 2γδ/(1−γ) = \(Show.number(optimal[s] - slack)) with this θ)" : " (tolerance \(tolerance))"),
                    observed: "V^π(\(s)) = \(Show.number(v[s])) with action \(out.policy[s])", input: describe(i),
                    hint: "Take argmax (not argmin) of the expected look-ahead with the transition probabilities and γ."), figures: figures)
            }
        }
        return .pass("All \(inputs.count) policies are greedy with respect to the returned values and optimal (largest "
            + "max_s V*(s) − V^π(s): \(Show.number(gaps.max() ?? 0))).", data: ["optimality-gap": gaps], figures: figures)
    }
}
