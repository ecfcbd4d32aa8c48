import RLCore
import RLHomework

// Part 3 — REINFORCE: reward-to-go and the policy-gradient estimate from a batch of episodes.

extension HW4Solution {
    /// G_t = r_t + γ G_{t+1} (G_T = 0) for every step t, computed backwards: `[G_0, …, G_{T−1}]`. README §3.
    func rewardToGo(rewards: [Double], gamma: Double) throws -> [Double] {
        // G_t = r_t + γ G_{t+1}, from the last step backwards.
        var returns = [Double](repeating: 0, count: rewards.count)
        var g = 0.0
        for t in rewards.indices.reversed() {
            g = rewards[t] + gamma * g
            returns[t] = g
        }
        return returns
    }

    /// ĝ = (1/N) Σ_n Σ_t (G_t − b(s_t)) ∇θ log π_θ(a_t|s_t), with b(s) = `batch.baseline?[s]` (0 when nil).
    /// README §3.
    func reinforceGradient(_ batch: HW4.ReinforceBatch) throws -> [Double] {
        var gradient = [Double](repeating: 0, count: batch.theta.count)
        guard !batch.episodes.isEmpty else { return gradient }
        for episode in batch.episodes {
            let returns = try rewardToGo(rewards: episode.rewards, gamma: batch.gamma)
            for t in returns.indices {
                let s = episode.states[t]
                let b = batch.baseline?[s] ?? 0  // b(s_t): a function of the state only
                let score = try scoreFunction(features: batch.features[s], theta: batch.theta, action: episode.actions[t])
                VectorMath.axpy(returns[0] - b, score, &gradient)  // MUTANT: the whole return G_0 at every step
            }
        }
        return VectorMath.scale(1 / Double(batch.episodes.count), gradient)
    }
}
