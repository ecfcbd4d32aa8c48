import RLCore
import RLHomework

/// Mutant: the updates forget α.
extension HW3Solution {
    func monteCarloPrediction(
        episodes: [HW3.Episode], initialValues: [Double], gamma: Double, firstVisit: Bool, alpha: Double?
    ) throws -> [Double] {
        var v = initialValues
        var counts = Array(repeating: 0, count: v.count)
        for episode in episodes {
            let steps = episode.rewards.count
            // Returns backwards: G_t = R_{t+1} + γ G_{t+1}.
            var returns = Array(repeating: 0.0, count: steps)
            var g = 0.0
            for t in stride(from: steps - 1, through: 0, by: -1) {
                g = episode.rewards[t] + gamma * g
                returns[t] = g
            }
            // The first time step at which each state occurs.
            var firstTime: [Int: Int] = [:]
            for t in 0..<steps where firstTime[episode.states[t]] == nil { firstTime[episode.states[t]] = t }
            for t in 0..<steps {
                let s = episode.states[t]
                if firstVisit && firstTime[s] != t { continue }
                if let alpha {
                    _ = alpha; v[s] = returns[t]
                } else {
                    counts[s] += 1
                    v[s] += (returns[t] - v[s]) / Double(counts[s])
                }
            }
        }
        return v
    }

    func tdZeroUpdate(values: [Double], transition: HW3.Transition, alpha: Double, gamma: Double) throws -> [Double] {
        var v = values
        let target = transition.terminated ? transition.reward : transition.reward + gamma * v[transition.nextState]
        v[transition.state] = target
        return v
    }

    func tdZeroPrediction(episodes: [HW3.Episode], initialValues: [Double], alpha: Double, gamma: Double) throws -> [Double] {
        var v = initialValues
        for episode in episodes {
            for transition in episode.transitions {
                v = try tdZeroUpdate(values: v, transition: transition, alpha: alpha, gamma: gamma)
            }
        }
        return v
    }
}
