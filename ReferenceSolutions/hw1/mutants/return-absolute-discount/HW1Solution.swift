import RLCore
import RLHomework

/// Your solution of hw1. Implement the functions below and in the other files of this folder;
/// see Assignments/hw1/README.md.
struct HW1Solution: BellmanEquationsHomework {
    /// G_t = Σ_{k=t}^{T−1} γ^(k−t) r_k (`rewards[k]` is r_k; G_T = 0). README §1.
    func discountedReturn(rewards: [Double], gamma: Double, from t: Int) throws -> Double {
        // BEGIN SOLUTION throw NotImplemented("discountedReturn(rewards:gamma:from:)")
        // G_t = Σ_{k ≥ t} γ^(k−t) r_k, with a running discount that starts at 1 on r_t.
        var total = 0.0
        var discount = 1.0
        for _ in 0..<t { discount *= gamma }  // MUTANT: r_k discounted by γ^k instead of γ^(k−t)
        for k in t..<rewards.count {
            total += discount * rewards[k]
            discount *= gamma
        }
        return total
        // END SOLUTION
    }

    /// [G₀, …, G_{T−1}] in one backward pass: G_t = r_t + γ G_{t+1}, G_T = 0. README §1.
    func rewardToGo(rewards: [Double], gamma: Double) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("rewardToGo(rewards:gamma:)")
        // One backward pass: G_t = r_t + γ G_{t+1}, G_T = 0.
        var result = Array(repeating: 0.0, count: rewards.count)
        var next = 0.0
        for t in stride(from: rewards.count - 1, through: 0, by: -1) {
            next = rewards[t] + gamma * next
            result[t] = next
        }
        return result
        // END SOLUTION
    }
}
