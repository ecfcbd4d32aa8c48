import RLCore
import RLHomework

/// `hw1.policy-evaluation.bellman-residual`: the student's V^π is a fixed point of T^π,
/// ‖T^π V − V‖∞ ≤ tol · max(1, ‖V‖∞), on seeded random MDPs (terminal rows that are not self-loops,
/// states with one action, a disconnected state; every other one with its outcomes listed unmerged, the
/// same next state twice) and the built-in gridworlds. No oracle.
struct HW1PolicyEvaluationBellmanResidual: Check {
    let id = "hw1.policy-evaluation.bellman-residual"
    let title = "V^π satisfies the Bellman expectation equation"
    let summary = "‖T^π V − V‖∞ ≤ tol·max(1, ‖V‖∞) for your V^π on seeded random MDPs and the built-in gridworlds."

    static func cases(_ context: CheckContext, id: String) throws -> [HW1Fixtures.Case] {
        var cases: [HW1Fixtures.Case] = []
        for (i, seed) in context.seeds.enumerated() {
            var rng = SeededGenerator(seed: seed).child(id)
            let gamma = [0.9, 1.0, 0.5, 0.99][i % 4]
            let terminals = gamma == 1 ? 1 + rng.int(below: 3) : rng.int(below: 3)
            let twists = HW1Fixtures.Twists(rewireTerminals: terminals > 0, oneActionStates: rng.int(below: 2) == 0,
                                            disconnectedState: rng.int(below: 2) == 0)
            var c = try HW1Fixtures.randomCase(&rng, states: 5...30, gamma: gamma, terminals: terminals, twists: twists)
            c.label = "seed \(seed): " + c.label
            if i % 2 == 0 {  // the same next state listed twice: probabilities must be added
                c.mdp = UnmergedOutcomes.split(c.mdp)
                c.label += "; then " + UnmergedOutcomes.description
            }
            cases.append(c)
        }
        return cases + (try HW1Fixtures.gridworlds())
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let cases = try Self.cases(context, id: id)
        let outputs = try HW1Fixtures.call(context, HW1.StateValues.self, cases.map(\.policyInput)) { i in cases[i].label }
        let tol = context.tolerance(1e-8)
        var worst = 0.0
        for (c, v) in zip(cases, outputs) {
            if let problem = HW1Fixtures.vectorProblem(v, c.mdp, what: "V") {
                return .fail(Feedback("stateValues(mdp:policy:) returned an invalid value vector: \(problem).",
                                      input: c.label, hint: "Return one finite V^π(s) per state, 0 at terminal states."))
            }
            let backup = MDPJudge.expectationBackup(c.mdp, policy: c.policy, v)
            let scale = max(1, v.reduce(0) { max($0, abs($1)) })
            let residual = MDPJudge.maxDifference(backup, v)
            worst = max(worst, residual / scale)
            if residual > tol * scale {
                let s = (0..<v.count).max { abs(backup[$0] - v[$0]) < abs(backup[$1] - v[$1]) }!
                return .fail(Feedback(
                    "Your V^π is not a fixed point of the Bellman expectation operator T^π.",
                    expected: "‖T^π V − V‖∞ ≤ \(Show.number(tol * scale)) (\(Show.number(tol))·max(1, ‖V‖∞))",
                    observed: "‖T^π V − V‖∞ = \(Show.number(residual)), largest at state \(s)"
                        + "\(c.mdp.isTerminal[s] ? " (terminal)" : ""): V(\(s)) = \(Show.number(v[s])) but "
                        + "(T^π V)(\(s)) = \(Show.number(backup[s])); π(·|\(s)) = \(Show.vector(c.policy[s]))",
                    input: c.label, hint: HW1Fixtures.valueHint(c.mdp, state: s)))
            }
        }
        return .pass("V^π is a fixed point of T^π on all \(cases.count) MDPs (largest relative residual \(Show.number(worst))).")
    }
}
