import RLCore
import RLHomework

/// `hw2.policy-improvement.greedy`: every action of `policyImprovement` maximises the one-step
/// look-ahead Q_V(s,a) of the given V (any maximiser is accepted: ties within 1e-9 relative).
///
/// Inputs: seeded random MDPs with random V; the 4x4 gridworld with the random policy's V^π (many
/// exact ties); slippery FrozenLake 4x4 and 8x8 with V* (where the best action is not the one with
/// the best possible outcome, so the transition probabilities matter).
struct PolicyImprovementGreedy: Check {
    let id = "hw2.policy-improvement.greedy"
    let title = "Greedy policy improvement"
    let summary = "Each action maximises Q_V(s,a) = Σ P(s'|s,a)[r + γV(s')] (any tie-break), on random MDPs, the 4x4 gridworld and slippery FrozenLake."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var labels: [String] = []
        var inputs: [HW2.ImprovementInput] = []
        for seed in context.seeds {
            let c = HW2Cases.random(seed: seed, label: id)
            var rng = SeededGenerator(seed: seed).child(id + "/values")
            let values = (0..<c.mdp.stateCount).map { _ in (rng.uniform(-5, 5) * 1000).rounded() / 1000 }
            labels.append("\(c.label); V = \(Show.vector(values, limit: 6)) (values of terminal states count as 0)")
            inputs.append(.init(mdp: c.mdp, values: values))
        }
        var grids: [(index: Int, world: HW2Case)] = []
        let grid = HW2Cases.gridworld4x4
        grids.append((inputs.count, grid))
        let gridValues = try MDPJudge.evaluate(grid.mdp, policy: HW2Cases.uniformPolicy(grid.mdp))
        labels.append("\(grid.label); V = V^π of the random policy (0 −14 −20 −22 / …; ties are common)")
        inputs.append(.init(mdp: grid.mdp, values: gridValues))
        for lake in [HW2Cases.frozenLake4x4, HW2Cases.frozenLake8x8] {
            grids.append((inputs.count, lake))
            labels.append("\(lake.label); V = V* (the optimal values)")
            inputs.append(.init(mdp: lake.mdp, values: MDPJudge.optimalValues(lake.mdp)))
        }
        let outputs = try context.call(HW2.PolicyImprovement.self, inputs) { labels[$0] }
        let figures = grids.flatMap { g in
            HW2GridFigures.compare(
                g.world, title: labels[g.index], observedLabel: "your improved policy on the given V", values: nil,
                policy: outputs[g.index].count == inputs[g.index].mdp.stateCount ? outputs[g.index] : nil,
                expectedLabel: "the given V and its greedy actions", expected: inputs[g.index].values,
                tolerance: Tolerance(absolute: 0))
        }
        for i in inputs.indices {
            let mdp = inputs[i].mdp
            if let problem = HW2Cases.policyProblem(outputs[i], mdp) {
                return .fail(Feedback(
                    "policyImprovement(mdp:values:) returned an invalid policy: \(problem).",
                    expected: "one action per state, actions[s] in 0..<mdp.actionCount(s)", input: labels[i],
                    hint: "Return an action for every state, terminal ones included (any valid action there)."), figures: figures)
            }
            if let (s, q) = HW2Cases.nonGreedyState(mdp, outputs[i], values: inputs[i].values) {
                let best = ActionSelection.maximizingActions(q, tolerance: 1e-9 * max(1, q.map(abs).max() ?? 0))
                return .fail(Feedback(
                    "policyImprovement chose an action that is not greedy with respect to V (state \(s)).",
                    expected: "an action in \(Show.ints(best)): Q_V(\(s), ·) = \(Show.vector(q))",
                    observed: "action \(outputs[i][s]) with Q_V = \(Show.number(q[outputs[i][s]]))",
                    input: labels[i],
                    hint: "π'(s) = argmax_a Σ_{s'} P(s'|s,a) [r(s,a,s') + γ V(s')]: weight every outcome by its probability "
                        + "(not the best outcome only), take the max (not the min), use 0 for a terminal s'."), figures: figures)
            }
        }
        return .pass("All \(inputs.count) improved policies are greedy with respect to V.", figures: figures)
    }
}
