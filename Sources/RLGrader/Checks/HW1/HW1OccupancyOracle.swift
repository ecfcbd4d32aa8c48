import RLCore
import RLHomework

/// `hw1.occupancy.oracle`: ρ^π agrees with the reference's, entry by entry, on larger seeded random
/// MDPs (γ = 0.9, 0.99, 1; terminal states, one-action states, a disconnected state) and FrozenLake 8x8.
struct HW1OccupancyOracle: Check {
    let id = "hw1.occupancy.oracle"
    let title = "ρ^π agrees with the reference"
    let summary = "Your occupancy measure equals the reference's entry by entry on larger random MDPs and FrozenLake 8x8."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var cases: [HW1Fixtures.Case] = []
        for (i, seed) in context.seeds.enumerated() {
            var rng = SeededGenerator(seed: seed).child(id)
            let gamma = [0.99, 1.0, 0.9][i % 3]
            let twists = HW1Fixtures.Twists(rewireTerminals: true, oneActionStates: rng.int(below: 2) == 0,
                                            disconnectedState: rng.int(below: 2) == 0)
            var c = try HW1Fixtures.randomCase(&rng, states: 20...50, gamma: gamma, terminals: 1 + rng.int(below: 3), twists: twists)
            c.label = "seed \(seed): " + c.label + "; start distribution μ = \(Show.vector(c.start, limit: 8))"
            cases.append(c)
        }
        cases.append(try HW1Fixtures.gridworlds()[1])
        let inputs = cases.map(\.occupancyInput)
        let outputs = try HW1Fixtures.call(context, HW1.OccupancyMeasure.self, inputs) { i in cases[i].label }
        let expected = try context.oracle.answers(HW1.OccupancyMeasure.self, inputs)
        let tol = context.tolerance(1e-8)
        let tolerance = Tolerance(absolute: tol, relative: tol)
        var worst = 0.0
        for i in cases.indices {
            if let problem = HW1Fixtures.shapeProblem(outputs[i], cases[i].mdp, what: "ρ") {
                return .fail(Feedback("occupancyMeasure(mdp:policy:start:) returned an invalid table: \(problem).",
                                      input: cases[i].label, hint: "Return rho[s][a] for every state and each of its actions."))
            }
            for s in expected[i].indices { worst = max(worst, MDPJudge.maxDifference(outputs[i][s], expected[i][s])) }
            if let (s, a) = HW1Fixtures.firstMismatch(outputs[i], expected[i], tolerance) {
                return .fail(Feedback(
                    "occupancyMeasure(mdp:policy:start:) disagrees with the reference at (s, a) = (\(s), \(a)).",
                    expected: "ρ^π(\(s), ·) = \(Show.vector(expected[i][s])) (tolerance \(tolerance))",
                    observed: "ρ(\(s), ·) = \(Show.vector(outputs[i][s]))", input: cases[i].label,
                    hint: "ρ^π(s,a) = d(s) π(a|s) with (I − γ P_πᵀ) d = μ over the non-terminal states; ρ = 0 at terminal states."))
            }
        }
        return .pass("ρ^π agrees with the reference on all \(cases.count) MDPs (largest difference \(Show.number(worst))).")
    }
}
