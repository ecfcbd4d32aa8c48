import RLCore
import RLHomework

/// `hw2.value-iteration.frozenlake-8x8`: value iteration on Gymnasium's slippery FrozenLake 8x8 at
/// γ = 0.99. V(start) must match the optimal discounted success probability V*(0) (computed in the
/// parent with `MDPJudge.optimalValues`) within γθ/(1−γ), and the returned policy, evaluated exactly,
/// must achieve it.
struct ValueIterationFrozenLake8x8: Check {
    let id = "hw2.value-iteration.frozenlake-8x8"
    let title = "Value iteration on slippery FrozenLake 8x8"
    let summary = "V(start) and the returned policy's exact value reach the optimal success probability V*(0) at γ = 0.99."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let lake = HW2Cases.frozenLake8x8
        let mdp = lake.mdp
        let theta = context.parameter("theta", 1e-10)
        let input = "\(lake.label); θ = \(Show.number(theta))"
        let out = try context.call(HW2.ValueIteration.self, [HW2.ValueIterationInput(mdp: mdp, theta: theta)]) { _ in input }[0]
        if let problem = HW2Cases.shapeProblem(out.values, mdp) ?? HW2Cases.policyProblem(out.policy, mdp) {
            return .fail(Feedback(
                "valueIteration(mdp:theta:) returned a malformed result: \(problem).",
                expected: "64 values and 64 actions in 0..<4", input: input, hint: "Return one value and one action per state."))
        }
        let optimalValues = MDPJudge.optimalValues(mdp)
        let optimal = optimalValues[0]
        let gamma = mdp.gamma
        let bound = gamma * theta / (1 - gamma) + 1e-12
        let figures = HW2GridFigures.compare(
            lake, title: "FrozenLake 8x8 (slippery, γ = 0.99): value iteration", observedLabel: "your V and policy",
            values: out.values, policy: out.policy, expectedLabel: "V* and the optimal actions", expected: optimalValues,
            tolerance: Tolerance(absolute: bound))
        if !(abs(out.values[0] - optimal) <= bound) {
            return .fail(Feedback(
                "V(start) of your value iteration is not the optimal success probability of FrozenLake 8x8.",
                expected: "V*(0) = \(Show.number(optimal)) (within γθ/(1−γ) = \(Show.number(bound)))",
                observed: "V(0) = \(Show.number(out.values[0]))", input: input,
                hint: "Rewards are 1 on entering the goal and 0 otherwise; each move slips to the intended or a "
                    + "perpendicular direction with probability 1/3 each: weight every outcome by its probability, and discount by γ."),
                figures: figures)
        }
        let achieved = try MDPJudge.evaluate(mdp, policy: HW2Cases.rows(out.policy, mdp))[0]
        let tolerance = context.tolerance(1e-6)
        if !(achieved >= optimal - tolerance) {
            return .fail(Feedback(
                "Your value iteration's policy does not achieve the optimal success probability from the start.",
                expected: "V^π(0) = V*(0) = \(Show.number(optimal)) (tolerance \(Show.number(tolerance)))",
                observed: "V^π(0) = \(Show.number(achieved)) for the policy you returned", input: input,
                hint: "The greedy action maximises the expected look-ahead Σ_{s'} P(s'|s,a) [r + γ V(s')] over all three "
                    + "slip outcomes, not the best single outcome."), figures: figures)
        }
        return .pass("V(0) = \(Show.number(out.values[0])) and V^π(0) = \(Show.number(achieved)) match the optimal success probability V*(0) = \(Show.number(optimal)).",
                     data: ["v0-error-over-bound": [abs(out.values[0] - optimal) / bound], "policy-gap": [optimal - achieved]],
                     figures: figures)
    }
}
