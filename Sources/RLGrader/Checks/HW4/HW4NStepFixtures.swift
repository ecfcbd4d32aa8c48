import RLCore
import RLHomework

/// `hw4.n-step.fixtures`: n-step returns on hand-computed segments: n = 1 (the TD target), n ≥ T (the
/// segment's A2C returns), a termination in the middle (no bootstrap, even though nextValues holds a
/// number there) and a truncation in the middle (bootstrap from nextValues, not from the next step's value).
struct HW4NStepFixtures: Check {
    let id = "hw4.n-step.fixtures"
    let title = "n-step returns on hand-made segments"
    let summary = "nStepReturns on small segments computed by hand: n = 1, n ≥ T, termination and truncation inside the segment."

    static func rollout(_ r: [Double], _ v: [Double], _ nv: [Double], terminated: [Int] = [], truncated: [Int] = []) -> HW4.Rollout {
        HW4.Rollout(rewards: r, values: v, nextValues: nv, terminated: r.indices.map { terminated.contains($0) },
                    truncated: r.indices.map { truncated.contains($0) })
    }

    static let cases: [(HW4.NStepQuery, [Double], String)] = {
        let plain = rollout([1, 2, 3], [0.5, 0.6, 0.7], [0.6, 0.7, 4])
        let terminal = rollout([1, 1, 1, 1], [9, 9, 9, 9], [9, 100, 9, 2], terminated: [1])
        let cut = rollout([1, 1, 1], [0, 0, 5], [0, 10, 2], truncated: [1])
        return [
            (.init(rollout: plain, gamma: 0.5, n: 1), [1.3, 2.35, 5], "n = 1: r_t + γ V(s_{t+1})"),
            (.init(rollout: plain, gamma: 0.5, n: 2), [2.175, 4.5, 5], "n = 2: r_t + γ r_{t+1} + γ² V(s_{t+2}); the last step has only one reward left"),
            (.init(rollout: plain, gamma: 0.5, n: 5), [3.25, 4.5, 5], "n ≥ T: every reward to the end of the segment, then γ^m nextValues[T−1]"),
            (.init(rollout: terminal, gamma: 0.5, n: 10), [1.5, 1, 2, 2],
             "step 1 terminates: G_1 = r_1 = 1 (nextValues[1] = 100 is the value of a terminal state and is ignored), G_0 = 1 + 0.5·1; steps 2–3 are a new episode that the segment cuts: G_2 = 1 + 0.5·1 + 0.25·nextValues[3]"),
            (.init(rollout: cut, gamma: 0.5, n: 10), [4, 6, 2],
             "step 1 is truncated: G_1 = 1 + 0.5·nextValues[1] = 6 (bootstrap from 10, not from values[2] = 5), G_0 = 1 + 0.5·1 + 0.25·10"),
            (.init(rollout: rollout([1, 2], [0, 0], [3, 7], terminated: [1]), gamma: 1, n: 1), [4, 2],
             "the last step terminates: G_1 = 2, no bootstrap"),
            (.init(rollout: rollout([1, 1, 1], [0, 0, 0], [5, 6, 7], truncated: [1]), gamma: 1, n: 2), [8, 7, 8],
             "n = 2 with a truncation inside the window: G_0 = 1 + 1 + nextValues[1]"),
        ]
    }()

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = Self.cases.map(\.0)
        let describe = { (i: Int) in HW4Fixtures.describe(inputs[i].rollout) + ", γ = \(Show.number(inputs[i].gamma)), n = \(inputs[i].n)" }
        let outputs = try context.call(HW4.NStepReturns.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-12)
        for (i, output) in outputs.enumerated() {
            let expected = Self.cases[i].1
            guard let t = tolerance.firstMismatch(output, expected) else { continue }
            return .fail(Feedback(
                "nStepReturns returned the wrong returns on a hand-made segment.",
                expected: "\(Show.vector(expected)) (\(Self.cases[i].2))", observed: Show.vector(output),
                input: describe(i) + " (first difference at t = \(t))",
                hint: "Walk forward from t adding γ^k r_{t+k}; stop after n rewards, at the end of the segment, or at the first step that ends the episode. Then add γ^m nextValues[last step] unless that step is terminated (a truncated step does bootstrap)."))
        }
        return .pass("All \(inputs.count) hand-made segments give the right n-step returns.")
    }
}
