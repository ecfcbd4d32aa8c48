import RLCore
import RLHomework

/// `hw1.occupancy.recovered-policy`: π(a|s) = ρ(s,a)/Σ_a' ρ(s,a') recovers the generating policy on
/// every visited state, and every row (also of unvisited states, where any distribution is accepted)
/// is a probability distribution. The parent computes the (unnormalised, rescaled) ρ^π of seeded
/// random policies on random MDPs with terminal states, one-action states and a disconnected
/// state, plus a hand-made table.
struct HW1OccupancyRecoveredPolicy: Check {
    let id = "hw1.occupancy.recovered-policy"
    let title = "The policy recovered from an occupancy measure"
    let summary = "π(a|s) = ρ(s,a)/Σ_a' ρ(s,a') equals the generating policy on visited states; every row is a distribution."

    struct Case {
        var table: [[Double]]
        /// The generating policy's rows on visited states, nil on unvisited ones.
        var expected: [[Double]?]
        var label: String
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var cases: [Case] = [
            Case(table: [[0, 0, 0], [2, 0, 6], [5], [0, 0], [0.5, 0.5]],
                 expected: [nil, [0.25, 0, 0.75], [1], nil, [0.5, 0.5]],
                 label: "hand-made ρ = [[0, 0, 0], [2, 0, 6], [5], [0, 0], [0.5, 0.5]] (states 0 and 3 are never visited)"),
        ]
        for (i, seed) in context.seeds.enumerated() {
            var rng = SeededGenerator(seed: seed).child(id)
            let gamma = [0.9, 1.0][i % 2]
            let twists = HW1Fixtures.Twists(rewireTerminals: true, oneActionStates: true, disconnectedState: true)
            let c = try HW1Fixtures.randomCase(&rng, states: 4...20, gamma: gamma, terminals: 1 + rng.int(below: 2), twists: twists)
            var rho = try HW1Fixtures.occupancy(c.mdp, policy: c.policy, start: c.start)
            let disconnected = c.mdp.stateCount - 1
            rho[disconnected] = rho[disconnected].map { _ in 0 }
            let factor = 0.5 + rng.uniform() * 20
            rho = rho.map { $0.map { $0 * factor } }
            let expected = (0..<c.mdp.stateCount).map { s in rho[s].reduce(0, +) > 0 ? c.policy[s] : nil }
            cases.append(Case(table: rho, expected: expected,
                              label: "seed \(seed): ρ^π × \(Show.number(factor)) for " + c.label
                                + " and start distribution μ = \(Show.vector(c.start, limit: 8)); states "
                                + "\(Show.ints(expected.indices.filter { expected[$0] == nil })) are never visited; ρ = "
                                + HW1Fixtures.rows(rho, limit: 4)))
        }
        let inputs = cases.map { HW1.OccupancyTable(occupancy: $0.table) }
        let outputs = try context.call(HW1.PolicyFromOccupancy.self, inputs) { i in cases[i].label }
        let tol = context.tolerance(1e-9)
        let tolerance = Tolerance(absolute: tol)
        var worst = 0.0
        for (c, pi) in zip(cases, outputs) {
            guard pi.count == c.table.count else {
                return .fail(Feedback("policyFromOccupancy(occupancy:) returned \(pi.count) rows for \(c.table.count) states.",
                                      input: c.label, hint: "Return one row per state, with the same length as occupancy[s]."))
            }
            // Visited states first (their rows say most about a wrong formula), then the unvisited ones.
            let order = pi.indices.filter { c.expected[$0] != nil } + pi.indices.filter { c.expected[$0] == nil }
            for s in order {
                let row = pi[s]
                let isDistribution = row.count == c.table[s].count && row.allSatisfy { $0.isFinite && $0 >= -tol }
                    && abs(row.reduce(0, +) - 1) <= tol
                if !isDistribution {
                    return .fail(Feedback(
                        "policyFromOccupancy(occupancy:) returned a row that is not a probability distribution, at state \(s)"
                            + (c.expected[s] == nil ? " (never visited: Σ_a ρ(\(s), a) = 0)." : "."),
                        expected: "\(c.table[s].count) non-negative probabilities summing to 1",
                        observed: "π(·|\(s)) = \(Show.vector(row)) for ρ(\(s), ·) = \(Show.vector(c.table[s]))", input: c.label,
                        hint: c.expected[s] == nil
                            ? "A state with Σ_a ρ(s,a) = 0 is never visited: return any distribution there (the homework's "
                                + "convention is uniform, 1/|A(s)|) instead of dividing 0 by 0."
                            : "Normalise each state's row by its own sum Σ_a' ρ(s,a'), not by the total of the table."))
                }
                if let want = c.expected[s] { worst = max(worst, MDPJudge.maxDifference(row, want)) }
                if let want = c.expected[s], let a = tolerance.firstMismatch(row, want) {
                    return .fail(Feedback(
                        "policyFromOccupancy(occupancy:) does not recover the generating policy at state \(s).",
                        expected: "π(·|\(s)) = \(Show.vector(want)) (tolerance \(tolerance))",
                        observed: "π(·|\(s)) = \(Show.vector(row)) (first difference at action \(a)) for ρ(\(s), ·) = "
                            + Show.vector(c.table[s]),
                        input: c.label, hint: "π(a|s) = ρ(s,a) / Σ_a' ρ(s,a'): normalise within the state's row."))
                }
            }
        }
        return .pass("The generating policy is recovered on all \(cases.count) occupancy tables (largest difference \(Show.number(worst))).")
    }
}
