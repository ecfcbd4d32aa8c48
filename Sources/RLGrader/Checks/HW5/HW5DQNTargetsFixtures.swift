import RLCore
import RLHomework

/// `hw5.dqn-targets.fixtures`: the DQN target on hand-made linear networks whose online and target
/// maxima differ: an ordinary step (max over the target network), a terminated step (y = r), a
/// truncated step (still bootstraps), and γ applied once.
struct HW5DQNTargetsFixtures: Check {
    let id = "hw5.dqn-targets.fixtures"
    let title = "DQN targets on hand-made cases"
    let summary = "dqnTargets: y = r + γ (1 − terminated) max_a′ Q_θ⁻(s′, a′) — the max over the target network, terminal masking, truncation bootstraps, γ once."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = HW5Fixtures.targetCases.map { group in
            HW5.TargetBatch(online: HW5Fixtures.fixtureOnline, target: HW5Fixtures.fixtureTarget,
                            transitions: group.cases.map(\.transition), gamma: group.gamma)
        }
        let describe = { (i: Int) in "hand-made batch \(i + 1): online Q_θ(s) = [s₀, s₁, 0.5], target Q_θ⁻(s) = [s₁, s₀, 4], γ = \(Show.number(inputs[i].gamma))" }
        let outputs = try context.call(HW5.DQNTargets.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12))
        for (i, batch) in inputs.enumerated() {
            let expected = HW5Judge.dqnTargets(batch)
            guard outputs[i].count == expected.count else {
                return .fail(Feedback("dqnTargets returned \(outputs[i].count) targets for \(expected.count) transitions.",
                                      input: describe(i), hint: "Return one target per transition, in the order of `batch.transitions`."))
            }
            if let k = tolerance.firstMismatch(outputs[i], expected) {
                let c = HW5Fixtures.targetCases[i].cases[k]
                return .fail(Feedback(
                    "dqnTargets is wrong on \(c.what).",
                    expected: "y = \(Show.number(expected[k]))", observed: "y = \(Show.number(outputs[i][k]))",
                    input: describe(i) + "; transition \(k): r = \(Show.number(c.transition.reward)), s′ = \(Show.vector(c.transition.nextState)), terminated = \(c.transition.terminated), truncated = \(c.transition.truncated)",
                    hint: c.hint))
            }
        }
        return .pass("All \(inputs.reduce(0) { $0 + $1.transitions.count }) hand-made targets are right.")
    }
}
