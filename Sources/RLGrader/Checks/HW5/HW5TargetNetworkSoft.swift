import RLCore
import RLHomework

/// `hw5.target-network.soft`: Polyak updates θ⁻ ← τθ + (1 − τ)θ⁻ after every gradient step, to 1e-12.
struct HW5TargetNetworkSoft: Check {
    let id = "hw5.target-network.soft"
    let title = "Soft (Polyak) target-network updates"
    let summary = "updateTarget(soft τ): θ⁻ ← τ θ + (1 − τ) θ⁻ after every gradient step (to 1e-12)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW5.TargetScheduleQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let d = 3 + rng.int(below: 4)
            let online = (0..<(5 + rng.int(below: 6))).map { _ in (0..<d).map { _ in HW5Fixtures.rounded(rng.uniform(-1, 1)) } }
            inputs.append(HW5.TargetScheduleQuery(initialTarget: (0..<d).map { _ in HW5Fixtures.rounded(rng.uniform(-1, 1)) },
                                                  onlineParameters: online, rule: .soft(tau: [0.005, 0.1, 0.3][rng.int(below: 3)])))
        }
        let describe = { (i: Int) -> String in
            guard case .soft(let tau) = inputs[i].rule else { return "" }
            return "soft updates with τ = \(Show.number(tau)), \(inputs[i].onlineParameters.count) gradient steps, \(inputs[i].initialTarget.count) parameters"
        }
        let outputs = try context.call(HW5.TargetSchedule.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12))
        for (i, query) in inputs.enumerated() {
            let expected = HW5Judge.targetHistory(query)
            for t in expected.indices {
                let observed = t < outputs[i].count ? outputs[i][t] : []
                if tolerance.firstMismatch(observed, expected[t]) != nil {
                    return .fail(Feedback(
                        "After gradient step \(t + 1), the soft-updated θ⁻ is wrong.",
                        expected: "θ⁻ = \(Show.vector(expected[t]))", observed: "θ⁻ = \(Show.vector(observed))",
                        input: describe(i),
                        hint: "θ⁻ ← τ θ + (1 − τ) θ⁻ at every step: τ (small) weighs the *online* parameters; θ⁻ moves slowly towards θ."))
                }
            }
        }
        return .pass("Polyak updates are right to 1e-12 in \(inputs.count) schedules.")
    }
}
