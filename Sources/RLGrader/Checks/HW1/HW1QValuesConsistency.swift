import RLCore
import RLHomework

/// `hw1.q-values.consistency`: the student's Q satisfies the Bellman expectation equation for Q,
/// Q(s,a) = r(s,a) + γ Σ_{s'} P(s'|s,a) V_Q(s') with V_Q(s) = Σ_a π(a|s) Q(s,a) and Q(terminal, ·) = 0,
/// whose only solution is Q^π. Seeded random MDPs (γ = 0, 0.5, 0.9, 1; stochastic transitions),
/// slippery FrozenLake and the 4x4 gridworld. No oracle.
struct HW1QValuesConsistency: Check {
    let id = "hw1.q-values.consistency"
    let title = "Q^π is consistent with V^π and the model"
    let summary = "Q(s,a) = r(s,a) + γ Σ P(s'|s,a) V(s') with V(s) = Σ_a π(a|s) Q(s,a), to tol·max(1, ‖Q‖∞)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var cases: [HW1Fixtures.Case] = []
        for (i, seed) in context.seeds.enumerated() {
            var rng = SeededGenerator(seed: seed).child(id)
            let gamma = [0.9, 1.0, 0.0, 0.5][i % 4]
            let terminals = gamma == 1 ? 1 + rng.int(below: 2) : rng.int(below: 3)
            let twists = HW1Fixtures.Twists(rewireTerminals: terminals > 0, oneActionStates: rng.int(below: 2) == 0,
                                            disconnectedState: rng.int(below: 2) == 0)
            var c = try HW1Fixtures.randomCase(&rng, states: 4...25, gamma: gamma, terminals: terminals, twists: twists)
            c.label = "seed \(seed): " + c.label
            cases.append(c)
        }
        let lake = GridWorld.frozenLake4x4().model
        let sb = GridWorld.suttonBarto4x4().model
        cases.append(HW1Fixtures.Case(mdp: lake, policy: HW1Fixtures.uniformPolicy(lake), start: [],
                                      label: "GridWorld.frozenLake4x4() (slippery, γ = 0.99), equiprobable random policy"))
        cases.append(HW1Fixtures.Case(mdp: sb, policy: HW1Fixtures.uniformPolicy(sb), start: [],
                                      label: "GridWorld.suttonBarto4x4() (γ = 1), equiprobable random policy"))
        let outputs = try HW1Fixtures.call(context, HW1.ActionValues.self, cases.map(\.policyInput)) { i in cases[i].label }
        let tol = context.tolerance(1e-8)
        var worst = 0.0
        for (c, q) in zip(cases, outputs) {
            if let problem = HW1Fixtures.shapeProblem(q, c.mdp, what: "Q") {
                return .fail(Feedback("actionValues(mdp:policy:) returned an invalid table: \(problem).", input: c.label,
                                      hint: "Return q[s][a] for every state s and each of its mdp.actionCount(s) actions."))
            }
            let v = (0..<c.mdp.stateCount).map { s in zip(c.policy[s], q[s]).reduce(0) { $0 + $1.0 * $1.1 } }
            let target = MDPJudge.q(c.mdp, v)
            let scale = max(1, HW1Fixtures.maxAbs(q))
            var worstHere = (residual: 0.0, s: 0, a: 0)
            for s in q.indices {
                for a in q[s].indices {
                    let d = abs(q[s][a] - target[s][a])
                    if d > worstHere.residual { worstHere = (d, s, a) }
                }
            }
            worst = max(worst, worstHere.residual / scale)
            if worstHere.residual > tol * scale {
                let (s, a) = (worstHere.s, worstHere.a)
                let outcomes = c.mdp.outcomes[s][a].prefix(6).map {
                    "s' = \($0.next): P = \(Show.number($0.probability)), r = \(Show.number($0.reward))"
                }.joined(separator: "; ")
                return .fail(Feedback(
                    "Your Q does not satisfy Q(s,a) = r(s,a) + γ Σ_{s'} P(s'|s,a) V(s') with V(s) = Σ_a π(a|s) Q(s,a).",
                    expected: c.mdp.isTerminal[s] ? "Q(\(s), \(a)) = 0 (state \(s) is terminal)"
                        : "Q(\(s), \(a)) = \(Show.number(target[s][a])) from your own V = Σ_a π Q (tolerance \(Show.number(tol * scale)))",
                    observed: "Q(\(s), \(a)) = \(Show.number(q[s][a])); outcomes of (\(s), \(a)): \(outcomes)",
                    input: c.label,
                    hint: c.mdp.isTerminal[s] ? "Q^π(s, ·) = 0 at a terminal state: no action is taken there."
                        : "Weight each next state by its probability P(s'|s,a) (the outcomes' `probability`), use "
                        + "V^π(s') = 0 for a terminal s', and get V^π from the exact linear solve."))
            }
        }
        return .pass("Q is consistent on all \(cases.count) MDPs (largest relative residual \(Show.number(worst))).")
    }
}
