import RLCore
import RLHomework

/// `hw1.occupancy.value-identity`: Σ_{s,a} ρ(s,a) r(s,a) = Σ_s μ(s) V^π(s) (the course's identity
/// between the occupancy measure and the expected return), with V^π from the parent's exact
/// evaluation. Seeded random MDPs with terminal states (γ = 0.7, 0.95, 1), the 4x4 gridworld,
/// FrozenLake 4x4 and cliff walking (γ = 0.9).
struct HW1OccupancyValueIdentity: Check {
    let id = "hw1.occupancy.value-identity"
    let title = "Occupancy measure: expected return identity"
    let summary = "Σ_{s,a} ρ(s,a) r(s,a) = Σ_s μ(s) V^π(s) on random MDPs with terminal states and the gridworlds."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var cases: [HW1Fixtures.Case] = []
        for (i, seed) in context.seeds.enumerated() {
            var rng = SeededGenerator(seed: seed).child(id)
            let gamma = [0.95, 1.0, 0.7][i % 3]
            let twists = HW1Fixtures.Twists(rewireTerminals: true, oneActionStates: rng.int(below: 2) == 0,
                                            disconnectedState: rng.int(below: 2) == 0)
            var c = try HW1Fixtures.randomCase(&rng, states: 4...30, gamma: gamma, terminals: 1 + rng.int(below: 3), twists: twists)
            c.label = "seed \(seed): " + c.label + "; start distribution μ = \(Show.vector(c.start, limit: 8))"
            cases.append(c)
        }
        let grids = try HW1Fixtures.gridworlds()
        let lake = GridWorld.frozenLake4x4()
        cases.append(grids[0])
        cases.append(HW1Fixtures.Case(mdp: lake.model, policy: HW1Fixtures.uniformPolicy(lake.model), start: lake.startDistribution,
                                      label: "GridWorld.frozenLake4x4() (slippery, γ = 0.99), equiprobable random policy, μ = start state 0"))
        cases.append(grids[2])
        let outputs = try HW1Fixtures.call(context, HW1.OccupancyMeasure.self, cases.map(\.occupancyInput)) { i in cases[i].label }
        let tol = context.tolerance(1e-8)
        let tolerance = Tolerance(absolute: tol, relative: tol)
        var worst = 0.0
        for (c, rho) in zip(cases, outputs) {
            if let problem = HW1Fixtures.shapeProblem(rho, c.mdp, what: "ρ") {
                return .fail(Feedback("occupancyMeasure(mdp:policy:start:) returned an invalid table: \(problem).",
                                      input: c.label, hint: "Return rho[s][a] for every state and each of its actions."))
            }
            let v: [Double]
            do { v = try MDPJudge.evaluate(c.mdp, policy: c.policy) } catch { throw HW1Fixtures.grader(error) }
            let want = MDPJudge.startValue(v, start: c.start)
            var got = 0.0
            for s in rho.indices {
                for a in rho[s].indices { got += rho[s][a] * c.mdp.expectedReward(s, a) }
            }
            worst = max(worst, abs(got - want) / (1 + abs(want)))
            if !tolerance.isClose(got, want) {
                return .fail(Feedback(
                    "Your occupancy measure does not give the policy's expected return.",
                    expected: "Σ_{s,a} ρ(s,a) r(s,a) = Σ_s μ(s) V^π(s) = \(Show.number(want)) (tolerance \(tolerance))",
                    observed: "Σ_{s,a} ρ(s,a) r(s,a) = \(Show.number(got)) with your ρ", input: c.label,
                    hint: "ρ^π(s,a) = Σ_t γ^t P(s_t = s, a_t = a): weight step t by γ^t, let the probability flow along "
                        + "P(s'|s,a) (into s', i.e. P_πᵀ), and stop at terminal states (ρ = 0 there)."))
            }
        }
        return .pass("Σρr = Σμ V^π on all \(cases.count) MDPs (largest |difference|/(1 + |Σμ V|) \(Show.number(worst))).")
    }
}
