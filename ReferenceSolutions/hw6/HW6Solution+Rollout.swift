import RLCore
import RLHomework

// Part 7 — helpers of your learners (not graded on their own). Put what your learners share here.

// BEGIN SOLUTION // Your helpers, e.g. a rollout buffer with GAE (hw4's `gae`).
/// One environment's rollout segment and its GAE advantages (hw4's convention: δ_t bootstraps from
/// `nextValues[t]`, which is 0 after a termination; a finished episode stops the sum).
struct HW6Rollout {
    var rewards: [Double] = []
    var values: [Double] = []
    var nextValues: [Double] = []
    var terminated: [Bool] = []
    var done: [Bool] = []

    /// Â_t = δ_t + γλ (1 − done_t) Â_{t+1}, from the last step backwards.
    func advantages(gamma: Double, lambda: Double) -> [Double] {
        var result = [Double](repeating: 0, count: rewards.count)
        var next = 0.0
        for t in stride(from: rewards.count - 1, through: 0, by: -1) {
            let delta = rewards[t] + gamma * nextValues[t] - values[t]
            next = delta + gamma * lambda * (done[t] ? 0 : next)
            result[t] = next
        }
        return result
    }
}
// END SOLUTION
