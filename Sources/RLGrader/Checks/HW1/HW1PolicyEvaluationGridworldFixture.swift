import RLCore
import RLHomework

/// `hw1.policy-evaluation.gridworld-fixture`: the textbook values of the equiprobable random policy
/// on the 4x4 gridworld (Sutton & Barto Example 4.1; the course's chapter 3 example), γ = 1.
struct HW1PolicyEvaluationGridworldFixture: Check {
    let id = "hw1.policy-evaluation.gridworld-fixture"
    let title = "The 4x4 gridworld's random-policy values"
    let summary = "V^π of the equiprobable random policy on the 4x4 gridworld (γ = 1) is the textbook table 0 −14 −20 −22 / …"

    static let textbook: [Double] = [
        0, -14, -20, -22,
        -14, -18, -20, -20,
        -20, -20, -18, -14,
        -22, -20, -14, 0,
    ]

    static let label = "GridWorld.suttonBarto4x4() (γ = 1, reward −1 per step, terminal corners 0 and 15), "
        + "equiprobable random policy π(a|s) = 1/4"

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let mdp = GridWorld.suttonBarto4x4().model
        let input = HW1.PolicyOnMDP(mdp: mdp, policy: HW1Fixtures.uniformPolicy(mdp))
        let v = try HW1Fixtures.call(context, HW1.StateValues.self, [input]) { _ in Self.label }[0]
        let tolerance = Tolerance(absolute: context.tolerance(1e-6))
        if let s = tolerance.firstMismatch(v, Self.textbook) {
            func table(_ x: [Double]) -> String {
                stride(from: 0, to: x.count, by: 4).map { r in
                    x[r..<min(r + 4, x.count)].map { Show.number(($0 * 1000).rounded() / 1000) }.joined(separator: " ")
                }.joined(separator: " / ")
            }
            return .fail(Feedback(
                "stateValues(mdp:policy:) does not reproduce the textbook values of the 4x4 gridworld"
                    + (s < v.count ? " (first difference at state \(s))." : "."),
                expected: table(Self.textbook) + " (tolerance \(tolerance))",
                observed: v.count == 16 ? table(v) : "\(v.count) values",
                input: Self.label,
                hint: "With γ = 1 the corners are terminal: V = 0 there and the step into a corner earns just −1. "
                    + "Solve (I − P_π) V = R_π over the 14 non-terminal states (terminal states are not in the system)."))
        }
        return .pass("The 4x4 gridworld values are the textbook's (largest difference \(Show.number(MDPJudge.maxDifference(v, Self.textbook)))).")
    }
}
