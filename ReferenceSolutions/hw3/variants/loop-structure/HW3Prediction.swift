import Foundation
import RLCore
import RLHomework

/// Variant: Monte-Carlo with returns as explicit forward sums Σ_k γ^k R_{t+k+1} and sample averages
/// kept as sums and counts; TD(0) prediction with index loops and in-place updates.
extension HW3Solution {
    func monteCarloPrediction(
        episodes: [HW3.Episode], initialValues: [Double], gamma: Double, firstVisit: Bool, alpha: Double?
    ) throws -> [Double] {
        var v = initialValues
        var sums = Array(repeating: 0.0, count: v.count)
        var counts = Array(repeating: 0, count: v.count)
        for episode in episodes {
            let steps = episode.rewards.count
            var seen = Set<Int>()
            var updates: [(Int, Double)] = []
            for t in 0..<steps {
                let s = episode.states[t]
                let first = seen.insert(s).inserted
                if firstVisit && !first { continue }
                var g = 0.0
                for k in 0..<(steps - t) { g += pow(gamma, Double(k)) * episode.rewards[t + k] }
                updates.append((s, g))
            }
            for (s, g) in updates {
                if let alpha {
                    v[s] += alpha * (g - v[s])
                } else {
                    sums[s] += g
                    counts[s] += 1
                    v[s] = sums[s] / Double(counts[s])
                }
            }
        }
        return v
    }

    func tdZeroUpdate(values: [Double], transition: HW3.Transition, alpha: Double, gamma: Double) throws -> [Double] {
        var v = values
        let bootstrap = transition.terminated ? 0 : gamma * values[transition.nextState]
        v[transition.state] = values[transition.state] + alpha * (transition.reward + bootstrap - values[transition.state])
        return v
    }

    func tdZeroPrediction(episodes: [HW3.Episode], initialValues: [Double], alpha: Double, gamma: Double) throws -> [Double] {
        var v = initialValues
        for episode in episodes {
            let last = episode.rewards.count - 1
            for t in 0...max(last, 0) where last >= 0 {
                let (s, s2) = (episode.states[t], episode.states[t + 1])
                let terminal = episode.terminated && t == last
                v[s] += alpha * (episode.rewards[t] + (terminal ? 0 : gamma * v[s2]) - v[s])
            }
        }
        return v
    }
}
