import RLCore
import RLHomework

/// `hw4.reinforce.fixtures`: the REINFORCE estimate on small hand-made batches whose exact value the
/// grader computes from the formula (one state or two, θ = 0 or not, γ = 1 or 0.5, with and without
/// a baseline). The feedback names the classic slip: the whole episode's return G_0 in place of the
/// reward-to-go G_t at every step.
struct HW4ReinforceFixtures: Check {
    let id = "hw4.reinforce.fixtures"
    let title = "REINFORCE on hand-made batches"
    let summary = "reinforceGradient equals (1/N) Σ_n Σ_t (G_t − b(s_t)) ∇log π(a_t|s_t) on small batches worked out by the grader (reward-to-go G_t, not the whole return)."

    typealias E = HW4.PolicyEpisode

    static let cases: [(HW4.ReinforceBatch, String)] = [
        (.init(features: [[[1, 0], [0, 1]]], theta: [0, 0],
               episodes: [E(states: [0, 0, 0], actions: [0, 1, 0], rewards: [1, 2, 3])], gamma: 1, baseline: nil),
         "one state, θ = 0 (π = [0.5, 0.5]), one episode a = [0, 1, 0], r = [1, 2, 3], γ = 1, no baseline: G = [6, 5, 3], ĝ = [2, −2]"),
        (.init(features: [[[1, 0], [0, 1]]], theta: [0, 0],
               episodes: [E(states: [0, 0], actions: [1, 1], rewards: [2, 4]), E(states: [0], actions: [0], rewards: [-1])],
               gamma: 0.5, baseline: [1]),
         "one state, θ = 0, two episodes (a = [1, 1], r = [2, 4]) and (a = [0], r = [−1]), γ = 0.5, b = 1: G − b = [3, 3] and [−2], ĝ = [−2, 2]"),
        (.init(features: [[[1, 0, 0], [0, 1, 0]], [[0, 0, 1], [1, 1, 0]]], theta: [0.5, -0.25, 1],
               episodes: [E(states: [0, 1, 0, 1], actions: [1, 0, 0, 1], rewards: [0, -1, 2, 1])], gamma: 0.9, baseline: [0.5, -0.5]),
         "two states, θ = [0.5, −0.25, 1], one episode s = [0, 1, 0, 1], a = [1, 0, 0, 1], r = [0, −1, 2, 1], γ = 0.9, b = [0.5, −0.5]"),
    ]

    /// ĝ from the formula, with `returns(episode)` the per-step returns used (reward-to-go or not).
    static func estimate(_ batch: HW4.ReinforceBatch, returns: (E) -> [Double]) -> [Double] {
        var g = [Double](repeating: 0, count: batch.theta.count)
        for episode in batch.episodes {
            let G = returns(episode)
            for t in episode.rewards.indices {
                let s = episode.states[t]
                let score = HW4Judge.score(features: batch.features[s], theta: batch.theta, action: episode.actions[t])
                VectorMath.axpy((G[t] - (batch.baseline?[s] ?? 0)) / Double(batch.episodes.count), score, &g)
            }
        }
        return g
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        let inputs = Self.cases.map(\.0)
        let describe = { (i: Int) in Self.cases[i].1 }
        let outputs = try context.call(HW4.ReinforceGradient.self, inputs, describe: describe)
        for (i, output) in outputs.enumerated() {
            let batch = inputs[i]
            let expected = Self.estimate(batch) { HW4Judge.rewardToGo($0.rewards, gamma: batch.gamma) }
            guard output.count != expected.count || tolerance.firstMismatch(output, expected) != nil else { continue }
            let whole = Self.estimate(batch) { e in
                Array(repeating: HW4Judge.rewardToGo(e.rewards, gamma: batch.gamma).first ?? 0, count: e.rewards.count)
            }
            let usedWhole = output.count == whole.count && tolerance.firstMismatch(output, whole) == nil
            return .fail(Feedback(
                usedWhole ? "reinforceGradient weights every step with the whole episode's return G_0 instead of the reward-to-go G_t."
                          : "reinforceGradient is wrong on a hand-made batch.",
                expected: "ĝ = \(Show.vector(expected))", observed: "ĝ = \(Show.vector(output))", input: describe(i),
                hint: usedWhole
                    ? "Step t only gets credit for what follows it: use G_t = r_t + γ G_{t+1} (your rewardToGo) at step t, not G_0."
                    : "ĝ = (1/N) Σ_n Σ_t (G_t − b(s_t)) ∇log π(a_t|s_t): reward-to-go per step, the baseline of the state (0 when nil), the score of the action taken, divided by the number of episodes."))
        }
        return .pass("reinforceGradient is right on all \(inputs.count) hand-made batches.")
    }
}
