import RLCore
import RLHomework

/// Your solution of hw1. Implement the functions below and in the other files of this folder;
/// see Assignments/hw1/README.md.
struct HW1Solution: BellmanEquationsHomework {
    /// G_t = Σ_{k=t}^{T−1} γ^(k−t) r_k (`rewards[k]` is r_k; G_T = 0). README §1.
    func discountedReturn(rewards: [Double], gamma: Double, from t: Int) throws -> Double {
        // BEGIN SOLUTION throw NotImplemented("discountedReturn(rewards:gamma:from:)")
        // VARIANT: read G_t off the reward-to-go list.
        return t < rewards.count ? try rewardToGo(rewards: rewards, gamma: gamma)[t] : 0
        // END SOLUTION
    }

    /// [G₀, …, G_{T−1}] in one backward pass: G_t = r_t + γ G_{t+1}, G_T = 0. README §1.
    func rewardToGo(rewards: [Double], gamma: Double) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("rewardToGo(rewards:gamma:)")
        // VARIANT: each G_t by Horner's rule from the end of the episode (O(T²), fine for short episodes).
        return rewards.indices.map { t in
            var g = 0.0
            for k in stride(from: rewards.count - 1, through: t, by: -1) { g = rewards[k] + gamma * g }
            return g
        }
        // END SOLUTION
    }
}
