import RLCore
import RLHomework

// Variant: functional reward-to-go; the REINFORCE estimate grouped by (state, action): the weights
// Σ (G_t − b(s_t)) of every pair first, then one score per pair.

extension HW4Solution {
    func rewardToGo(rewards: [Double], gamma: Double) throws -> [Double] {
        let backwards = rewards.reversed().reduce(into: [Double]()) { acc, r in acc.append(r + gamma * (acc.last ?? 0)) }
        return Array(backwards.reversed())
    }

    func reinforceGradient(_ batch: HW4.ReinforceBatch) throws -> [Double] {
        var weights = batch.features.map { [Double](repeating: 0, count: $0.count) }
        for episode in batch.episodes {
            let returns = try rewardToGo(rewards: episode.rewards, gamma: batch.gamma)
            for t in returns.indices {
                let s = episode.states[t]
                weights[s][episode.actions[t]] += returns[t] - (batch.baseline.map { $0[s] } ?? 0)
            }
        }
        var gradient = [Double](repeating: 0, count: batch.theta.count)
        for s in weights.indices {
            for a in weights[s].indices where weights[s][a] != 0 {
                let score = try scoreFunction(features: batch.features[s], theta: batch.theta, action: a)
                VectorMath.axpy(weights[s][a], score, &gradient)
            }
        }
        return batch.episodes.isEmpty ? gradient : gradient.map { $0 / Double(batch.episodes.count) }
    }
}
