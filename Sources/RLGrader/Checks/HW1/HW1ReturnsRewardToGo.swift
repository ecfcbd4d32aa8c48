import RLCore
import RLHomework

/// `hw1.returns.reward-to-go`: [G₀, …, G_{T−1}] on hand-made and seeded random episodes (up to a few
/// thousand steps). The parent computes every G_t with the backward recursion.
struct HW1ReturnsRewardToGo: Check {
    let id = "hw1.returns.reward-to-go"
    let title = "Reward-to-go of every step"
    let summary = "[G₀, …, G_{T−1}] with G_t = r_t + γ G_{t+1}, on hand-made and seeded random episodes."

    static let handMade: [(HW1.EpisodeRewards, [Double], String)] = [
        (.init(rewards: [1, 2, 3], gamma: 0.5), [2.75, 3.5, 3], "G₂ = 3, G₁ = 2 + 0.5·3, G₀ = 1 + 0.5·3.5"),
        (.init(rewards: [0, 0, 10], gamma: 0.9), [8.1, 9, 10], "the late reward is discounted more the earlier the step"),
        (.init(rewards: [3, -2, 5], gamma: 0), [3, -2, 5], "with γ = 0, G_t = r_t"),
        (.init(rewards: [3, -2, 5], gamma: 1), [6, 3, 5], "with γ = 1, G_t is the sum of the rewards from t on"),
        (.init(rewards: [], gamma: 0.9), [], "an empty episode has no steps"),
        (.init(rewards: [-1], gamma: 0.9), [-1], "a one-step episode"),
    ]

    /// Every G_t (trusted).
    static func expected(_ e: HW1.EpisodeRewards) -> [Double] {
        var result = Array(repeating: 0.0, count: e.rewards.count)
        var next = 0.0
        for t in stride(from: e.rewards.count - 1, through: 0, by: -1) {
            next = e.rewards[t] + e.gamma * next
            result[t] = next
        }
        return result
    }

    static func describe(_ e: HW1.EpisodeRewards) -> String {
        "rewards \(Show.vector(e.rewards, limit: 8)) (T = \(e.rewards.count)), γ = \(Show.number(e.gamma))"
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs = Self.handMade.map(\.0)
        var notes = Self.handMade.map(\.2)
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for k in 0..<3 {
                let length = k == 2 ? 1000 + rng.int(below: 3000) : rng.int(below: 40)
                let rewards = (0..<length).map { _ in (rng.uniform(-1, 1) * 100).rounded() / 10 }
                let gammas = [0.0, 0.5, 0.9, 0.99, 1.0]
                inputs.append(.init(rewards: rewards, gamma: gammas[rng.int(below: gammas.count)]))
                notes.append("random episode, seed \(seed)")
            }
        }
        let outputs = try context.call(HW1.RewardToGo.self, inputs) { i in Self.describe(inputs[i]) }
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        var worst = 0.0
        for i in inputs.indices {
            let want = Self.expected(inputs[i])
            if outputs[i].count == want.count { worst = max(worst, MDPJudge.maxDifference(outputs[i], want)) }
            guard outputs[i].count == want.count else {
                return .fail(Feedback(
                    "rewardToGo(rewards:gamma:) returned a list of the wrong length.",
                    expected: "\(want.count) values, one G_t per step", observed: "\(outputs[i].count) values",
                    input: Self.describe(inputs[i]), hint: "Return [G₀, G₁, …, G_{T−1}]: one value per reward."))
            }
            if let t = tolerance.firstMismatch(outputs[i], want) {
                return .fail(Feedback(
                    "rewardToGo(rewards:gamma:) returned the wrong G_\(t).",
                    expected: "G_\(t) = \(Show.number(want[t])) (\(notes[i]); tolerance \(tolerance)); all: \(Show.vector(want, limit: 6))",
                    observed: "G_\(t) = \(Show.number(outputs[i][t])); all: \(Show.vector(outputs[i], limit: 6))",
                    input: Self.describe(inputs[i]),
                    hint: "G_t looks forward: G_t = r_t + γ G_{t+1} with G_T = 0, so walk the rewards from the last one "
                        + "back to the first. G_{T−1} is the last reward itself."))
            }
        }
        return .pass("All \(inputs.count) reward-to-go lists are right (\(Self.handMade.count) hand-made, \(inputs.count - Self.handMade.count) random; largest error \(Show.number(worst))).")
    }
}
