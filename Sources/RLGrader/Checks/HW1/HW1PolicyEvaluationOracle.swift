import RLCore
import RLHomework

/// `hw1.policy-evaluation.oracle`: V^π agrees with the reference's on larger seeded random MDPs
/// (γ = 0.8, 0.95, 1; terminal rows that are not self-loops; states with one action).
struct HW1PolicyEvaluationOracle: Check {
    let id = "hw1.policy-evaluation.oracle"
    let title = "V^π agrees with the reference"
    let summary = "Your V^π equals the reference's (tolerance ±(tol + tol·|V|)) on larger seeded random MDPs."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var cases: [HW1Fixtures.Case] = []
        for (i, seed) in context.seeds.enumerated() {
            var rng = SeededGenerator(seed: seed).child(id)
            let gamma = [0.95, 1.0, 0.8][i % 3]
            let twists = HW1Fixtures.Twists(rewireTerminals: true, oneActionStates: rng.int(below: 2) == 0,
                                            disconnectedState: rng.int(below: 2) == 0)
            var c = try HW1Fixtures.randomCase(&rng, states: 20...60, gamma: gamma, terminals: 1 + rng.int(below: 3),
                                               twists: twists)
            c.label = "seed \(seed): " + c.label
            cases.append(c)
        }
        let inputs = cases.map(\.policyInput)
        let outputs = try HW1Fixtures.call(context, HW1.StateValues.self, inputs) { i in cases[i].label }
        let expected = try context.oracle.answers(HW1.StateValues.self, inputs)
        let tol = context.tolerance(1e-8)
        let tolerance = Tolerance(absolute: tol, relative: tol)
        var worst = 0.0
        for i in cases.indices {
            if let problem = HW1Fixtures.vectorProblem(outputs[i], cases[i].mdp, what: "V") {
                return .fail(Feedback("stateValues(mdp:policy:) returned an invalid value vector: \(problem).",
                                      input: cases[i].label, hint: "Return one finite V^π(s) per state, 0 at terminal states."))
            }
            worst = max(worst, MDPJudge.maxDifference(outputs[i], expected[i]))
            if let s = tolerance.firstMismatch(outputs[i], expected[i]) {
                return .fail(Feedback(
                    "stateValues(mdp:policy:) disagrees with the reference at state \(s)"
                        + "\(cases[i].mdp.isTerminal[s] ? " (terminal)" : "").",
                    expected: "V^π(\(s)) = \(Show.number(expected[i][s])) (tolerance \(tolerance))",
                    observed: "V(\(s)) = \(Show.number(outputs[i][s]))",
                    input: cases[i].label, hint: HW1Fixtures.valueHint(cases[i].mdp, state: s)))
            }
        }
        return .pass("V^π agrees with the reference on all \(cases.count) random MDPs (largest difference \(Show.number(worst))).")
    }
}
