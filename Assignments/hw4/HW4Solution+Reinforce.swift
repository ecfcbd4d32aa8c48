import RLCore
import RLHomework

// Part 3 — REINFORCE: reward-to-go and the policy-gradient estimate from a batch of episodes.

extension HW4Solution {
    /// G_t = r_t + γ G_{t+1} (G_T = 0) for every step t, computed backwards: `[G_0, …, G_{T−1}]`. README §3.
    func rewardToGo(rewards: [Double], gamma: Double) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("rewardToGo(rewards:gamma:)")
    }

    /// ĝ = (1/N) Σ_n Σ_t (G_t − b(s_t)) ∇θ log π_θ(a_t|s_t), with b(s) = `batch.baseline?[s]` (0 when nil).
    /// README §3.
    func reinforceGradient(_ batch: HW4.ReinforceBatch) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("reinforceGradient(_:)")
    }
}
