import RLCore
import RLHomework

/// `hw2.policy-iteration.optimal`: the last policy of the student's policy-iteration sequence is
/// optimal: its exact V^π equals V* (`MDPJudge.optimalValues`) in every state, whatever optimal
/// actions it picked among ties.
struct PolicyIterationOptimal: Check {
    let id = "hw2.policy-iteration.optimal"
    let title = "Policy iteration: optimal final policy"
    let summary = "The final policy of policy iteration has V^π = V* (any optimal tie-breaking), on random MDPs, the 4x4 gridworld, CliffWalking and an MDP whose first improvement is tiny."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let cases = HW2PolicyIterationCases.make(seeds: context.seeds, label: id, states: 15...30, theta: context.parameter("theta", 1e-10))
        let outputs = try HW2PolicyIterationCases.call(context, cases.map(\.input)) { cases[$0].label }
        let tolerance = Tolerance(absolute: context.tolerance(1e-6), relative: 1e-9)
        var worst = 0.0
        for (i, sequence) in outputs.enumerated() {
            let input = cases[i].input, mdp = input.mdp, label = cases[i].label
            if let problem = HW2PolicyIterationCases.sequenceProblem(sequence, input) {
                return .fail(Feedback(
                    "policyIteration(mdp:initialPolicy:theta:) returned an invalid sequence: \(problem).",
                    expected: "[π₀, π₁, …, π_n]: initialPolicy first, the final policy last", input: label,
                    hint: "Append each new policy to the list as you go, starting with the initial policy."))
            }
            let final = sequence[sequence.count - 1]
            let optimal = MDPJudge.optimalValues(mdp)
            guard let v = HW2PolicyIterationCases.value(final, mdp) else {
                return .fail(Feedback(
                    "Your final policy never reaches a terminal state from some state (γ = 1): its value is −∞.",
                    observed: "π_n = \(Show.ints(final))", input: label,
                    hint: "Policy iteration only moves to policies that are at least as good: check the argmax and γ."))
            }
            if let s = tolerance.firstMismatch(v, optimal) {
                return .fail(Feedback(
                    "The final policy of your policy iteration is not optimal (state \(s)).",
                    expected: "V^π(\(s)) = V*(\(s)) = \(Show.number(optimal[s])) (tolerance \(tolerance))",
                    observed: "V^π(\(s)) = \(Show.number(v[s])) with π_n(\(s)) = \(final[s]), after \(sequence.count - 1) improvement steps",
                    input: label,
                    hint: "Iterate evaluate → improve until the policy stops changing; improve greedily (argmax of "
                        + "r(s,a) + γ Σ P(s'|s,a) V(s')) with the values of the current policy."))
            }
            worst = max(worst, MDPJudge.maxDifference(v, optimal))
        }
        return .pass("All \(outputs.count) final policies are optimal (largest |V^π − V*|: \(Show.number(worst))).")
    }
}
