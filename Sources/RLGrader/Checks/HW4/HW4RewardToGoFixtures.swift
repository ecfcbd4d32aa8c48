import RLCore
import RLHomework

/// `hw4.reward-to-go.fixtures`: reward-to-go on hand-computed episodes (γ = 0, γ = 1, empty).
struct HW4RewardToGoFixtures: Check {
    let id = "hw4.reward-to-go.fixtures"
    let title = "Reward-to-go on hand-made episodes"
    let summary = "G_t = Σ_{k≥t} γ^{k−t} r_k for every t on small episodes computed by hand (γ = 0, γ = 1, empty episode)."

    static let cases: [(HW4.RewardsQuery, [Double], String)] = [
        (.init(rewards: [1, 1, 1], gamma: 0.5), [1.75, 1.5, 1], "G_2 = 1, G_1 = 1 + 0.5·1, G_0 = 1 + 0.5·1.5"),
        (.init(rewards: [0, 0, 10], gamma: 0.9), [8.1, 9, 10], "the final reward, discounted once per step before it"),
        (.init(rewards: [3, -2, 5], gamma: 0), [3, -2, 5], "with γ = 0, G_t = r_t"),
        (.init(rewards: [3, -2, 5], gamma: 1), [6, 3, 5], "with γ = 1, G_t is the sum of the rewards from t to the end"),
        (.init(rewards: [-1, -1, -1, -1], gamma: 1), [-4, -3, -2, -1], "the short corridor: −1 per step, G_t = −(steps left)"),
        (.init(rewards: [7], gamma: 0.9), [7], "one step"),
        (.init(rewards: [], gamma: 0.9), [], "an empty episode has no returns"),
    ]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-12)
        let inputs = Self.cases.map(\.0)
        let describe = { (i: Int) in "rewards \(Show.vector(inputs[i].rewards)), γ = \(Show.number(inputs[i].gamma))" }
        let outputs = try context.call(HW4.RewardToGo.self, inputs, describe: describe)
        for (i, output) in outputs.enumerated() {
            let expected = Self.cases[i].1
            guard tolerance.firstMismatch(output, expected) != nil else { continue }
            let forward = HW4Judge.rewardToGo(Array(inputs[i].rewards.reversed()), gamma: inputs[i].gamma).reversed()
            let summedForward = tolerance.firstMismatch(output, Array(forward)) == nil && output != expected
            return .fail(Feedback(
                summedForward ? "rewardToGo summed the rewards from the start of the episode up to t, not from t to the end."
                              : "rewardToGo returned the wrong returns on a hand-made episode.",
                expected: "\(Show.vector(expected)) (\(Self.cases[i].2))", observed: Show.vector(output), input: describe(i),
                hint: "G_t looks forward: G_t = r_t + γ G_{t+1} with G_T = 0, computed from the last step backwards. G_{T−1} = r_{T−1}."))
        }
        return .pass("All \(inputs.count) hand-made episodes give the right reward-to-go.")
    }
}
