import RLCore
import RLHomework

/// `hw1.occupancy.normalisation`: ρ ≥ 0 and Σ_{s,a} ρ(s,a) = 1/(1 − γ) on seeded random MDPs
/// without terminal states (γ = 0, 0.5, 0.9, 0.99; some states with one action, a disconnected state).
struct HW1OccupancyNormalisation: Check {
    let id = "hw1.occupancy.normalisation"
    let title = "Occupancy measure: total mass 1/(1 − γ)"
    let summary = "ρ ≥ 0 and Σ_{s,a} ρ(s,a) = Σ_t γ^t = 1/(1 − γ) on random MDPs without terminal states."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var cases: [HW1Fixtures.Case] = []
        for (i, seed) in context.seeds.enumerated() {
            var rng = SeededGenerator(seed: seed).child(id)
            let gamma = [0.9, 0.5, 0.99, 0.0][i % 4]
            let twists = HW1Fixtures.Twists(oneActionStates: rng.int(below: 2) == 0, disconnectedState: rng.int(below: 2) == 0)
            var c = try HW1Fixtures.randomCase(&rng, states: 4...30, gamma: gamma, terminals: 0, twists: twists)
            c.label = "seed \(seed): " + c.label + "; start distribution μ = \(Show.vector(c.start, limit: 8))"
            cases.append(c)
        }
        let outputs = try HW1Fixtures.call(context, HW1.OccupancyMeasure.self, cases.map(\.occupancyInput)) { i in cases[i].label }
        let tol = context.tolerance(1e-8)
        var worst = 0.0
        for (c, rho) in zip(cases, outputs) {
            if let problem = HW1Fixtures.shapeProblem(rho, c.mdp, what: "ρ") {
                return .fail(Feedback("occupancyMeasure(mdp:policy:start:) returned an invalid table: \(problem).",
                                      input: c.label, hint: "Return rho[s][a] for every state and each of its actions."))
            }
            let total = rho.joined().reduce(0, +)
            let want = 1 / (1 - c.mdp.gamma)
            if let (s, a) = rho.indices.lazy.flatMap({ s in rho[s].indices.map { (s, $0) } })
                .first(where: { rho[$0.0][$0.1] < -tol * want }) {
                return .fail(Feedback(
                    "occupancyMeasure(mdp:policy:start:) returned a negative occupancy.",
                    expected: "ρ(s,a) ≥ 0 (a discounted sum of probabilities)", observed: "ρ(\(s), \(a)) = \(Show.number(rho[s][a]))",
                    input: c.label, hint: "ρ^π(s,a) = d(s) π(a|s) with (I − γ P_πᵀ) d = μ: check the transpose and the signs."))
            }
            worst = max(worst, abs(total - want) / want)
            if !Tolerance(absolute: tol * want).isClose(total, want) {
                return .fail(Feedback(
                    "The total mass of your occupancy measure is not 1/(1 − γ).",
                    expected: "Σ_{s,a} ρ(s,a) = Σ_t γ^t = 1/(1 − \(Show.number(c.mdp.gamma))) = \(Show.number(want)) "
                        + "(tolerance \(Show.number(tol * want)))",
                    observed: "Σ_{s,a} ρ(s,a) = \(Show.number(total))", input: c.label,
                    hint: "Each step t contributes γ^t · Σ_{s,a} P(s_t = s, a_t = a) = γ^t. Did you weight step t by γ^t "
                        + "(the γ in (I − γ P_πᵀ) d = μ), and use P_πᵀ (flow into s) rather than P_π?"))
            }
        }
        return .pass("Σρ = 1/(1 − γ) and ρ ≥ 0 on all \(cases.count) MDPs (largest relative error of Σρ \(Show.number(worst))).")
    }
}
