import RLCore
import RLHomework

/// `hw1.occupancy.bellman-flow`: the student's ρ satisfies the equations that characterise ρ^π:
/// ρ(s,·) = 0 at terminal states; ρ(s,a) = d(s) π(a|s) with d(s) = Σ_a ρ(s,a); and the flow
/// d(s) = μ(s) + γ Σ_{s',a'} ρ(s',a') P(s|s',a') at every non-terminal s. Seeded random MDPs with
/// terminal states (γ = 0.5, 0.9, 1; some μ with mass on a terminal state), the 4x4 gridworld and
/// FrozenLake 8x8. No oracle.
struct HW1OccupancyBellmanFlow: Check {
    let id = "hw1.occupancy.bellman-flow"
    let title = "Occupancy measure: flow conservation"
    let summary = "ρ(s,a) = d(s)π(a|s), d(s) = μ(s) + γ Σ ρ(s',a') P(s|s',a') at non-terminal s, ρ = 0 at terminal s."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var cases: [HW1Fixtures.Case] = []
        for (i, seed) in context.seeds.enumerated() {
            var rng = SeededGenerator(seed: seed).child(id)
            let gamma = [0.9, 1.0, 0.5][i % 3]
            let twists = HW1Fixtures.Twists(rewireTerminals: true, oneActionStates: rng.int(below: 2) == 0,
                                            disconnectedState: rng.int(below: 2) == 0)
            var c = try HW1Fixtures.randomCase(&rng, states: 4...30, gamma: gamma, terminals: 1 + rng.int(below: 3), twists: twists)
            if i % 3 == 2, let t = c.mdp.isTerminal.firstIndex(of: true) {
                // Some start mass on a terminal state: that episode ends at once and adds nothing to ρ.
                c.start = c.start.map { $0 * 0.75 }
                c.start[t] += 0.25
            }
            c.label = "seed \(seed): " + c.label + "; start distribution μ = \(Show.vector(c.start, limit: 8))"
            cases.append(c)
        }
        let grids = try HW1Fixtures.gridworlds()
        cases.append(grids[0])
        cases.append(grids[1])
        let outputs = try HW1Fixtures.call(context, HW1.OccupancyMeasure.self, cases.map(\.occupancyInput)) { i in cases[i].label }
        let tol = context.tolerance(1e-8)
        var worst = 0.0
        for (c, rho) in zip(cases, outputs) {
            if let problem = HW1Fixtures.shapeProblem(rho, c.mdp, what: "ρ") {
                return .fail(Feedback("occupancyMeasure(mdp:policy:start:) returned an invalid table: \(problem).",
                                      input: c.label, hint: "Return rho[s][a] for every state and each of its actions."))
            }
            let mdp = c.mdp
            let d = rho.map { $0.reduce(0, +) }
            let scale = max(1, d.reduce(0) { max($0, abs($1)) })
            var inflow = Array(repeating: 0.0, count: mdp.stateCount)
            for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
                for (a, list) in mdp.outcomes[s].enumerated() {
                    for o in list { inflow[o.next] += rho[s][a] * o.probability }
                }
            }
            for s in 0..<mdp.stateCount {
                if mdp.isTerminal[s] {
                    if let a = rho[s].firstIndex(where: { abs($0) > tol * scale }) {
                        return .fail(Feedback(
                            "Your occupancy measure is not 0 at terminal state \(s).",
                            expected: "ρ(\(s), ·) = 0: the episode ends on entering state \(s), no action is taken there",
                            observed: "ρ(\(s), \(a)) = \(Show.number(rho[s][a]))", input: c.label,
                            hint: "Keep only the non-terminal states in (I − γ P_πᵀ) d = μ (ignore μ's mass on terminal states "
                                + "and the terminal states' rows), and set ρ(terminal, ·) = 0."))
                    }
                    continue
                }
                for a in rho[s].indices { worst = max(worst, abs(rho[s][a] - d[s] * c.policy[s][a]) / scale) }
                worst = max(worst, abs(d[s] - c.start[s] - mdp.gamma * inflow[s]) / scale)
                for a in rho[s].indices where abs(rho[s][a] - d[s] * c.policy[s][a]) > tol * scale {
                    return .fail(Feedback(
                        "Your occupancy measure at state \(s) is not proportional to π(·|\(s)).",
                        expected: "ρ(\(s), a) = d(\(s)) π(a|\(s)) with d(\(s)) = Σ_a ρ(\(s), a) = \(Show.number(d[s])), "
                            + "π(·|\(s)) = \(Show.vector(c.policy[s]))",
                        observed: "ρ(\(s), ·) = \(Show.vector(rho[s]))", input: c.label,
                        hint: "Once in state s, the action is drawn from π(·|s): ρ^π(s,a) = d(s) π(a|s)."))
                }
                let want = c.start[s] + mdp.gamma * inflow[s]
                if abs(d[s] - want) > tol * scale {
                    return .fail(Feedback(
                        "Your occupancy measure does not conserve the flow into state \(s).",
                        expected: "d(\(s)) = μ(\(s)) + γ Σ_{s',a'} ρ(s',a') P(\(s)|s',a') = \(Show.number(c.start[s])) + "
                            + "\(Show.number(mdp.gamma))·\(Show.number(inflow[s])) = \(Show.number(want)) (tolerance \(Show.number(tol * scale)))",
                        observed: "d(\(s)) = Σ_a ρ(\(s), a) = \(Show.number(d[s]))", input: c.label,
                        hint: "The state occupancy solves (I − γ P_πᵀ) d = μ: the flow INTO s (a transpose of P_π), each "
                            + "further step discounted by γ, the sum over t of γ^t P(s_t = s)."))
                }
            }
        }
        return .pass("ρ satisfies the flow equations on all \(cases.count) MDPs (largest relative violation \(Show.number(worst))).")
    }
}
