import RLCore
import RLHomework

/// Your solution of hw1. Implement the functions below and in the other files of this folder;
/// see Assignments/hw1/README.md.
struct HW1Solution: BellmanEquationsHomework {
    /// G_t = Σ_{k=t}^{T−1} γ^(k−t) r_k (`rewards[k]` is r_k; G_T = 0). README §1.
    func discountedReturn(rewards: [Double], gamma: Double, from t: Int) throws -> Double {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("discountedReturn(rewards:gamma:from:)")
    }

    /// [G₀, …, G_{T−1}] in one backward pass: G_t = r_t + γ G_{t+1}, G_T = 0. README §1.
    func rewardToGo(rewards: [Double], gamma: Double) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("rewardToGo(rewards:gamma:)")
    }
}
