import RLCore
import RLHomework

// Variant: plain index loops instead of VectorMath, and the TD target written out.

extension HW4Solution {
    func linearTD0(_ input: HW4.LinearPrediction) throws -> [Double] {
        var theta = input.initialWeights
        func value(_ s: Int) -> Double {
            var v = 0.0
            for i in theta.indices { v += theta[i] * input.features[s][i] }
            return v
        }
        for episode in input.episodes {
            let steps = episode.rewards.count
            for t in 0..<steps {
                let s = episode.states[t]
                let target = episode.rewards[t]
                    + (t == steps - 1 && episode.terminated ? 0 : input.gamma * value(episode.states[t + 1]))
                let step = input.alpha * (target - value(s))
                for i in theta.indices { theta[i] += step * input.features[s][i] }
            }
        }
        return theta
    }

    func gradientMonteCarlo(_ input: HW4.LinearPrediction) throws -> [Double] {
        var theta = input.initialWeights
        for episode in input.episodes {
            let returns = try rewardToGo(rewards: episode.rewards, gamma: input.gamma)
            for (t, g) in returns.enumerated() {
                let x = input.features[episode.states[t]]
                let error = g - zip(theta, x).reduce(0) { $0 + $1.0 * $1.1 }
                for i in theta.indices { theta[i] += input.alpha * error * x[i] }
            }
        }
        return theta
    }
}
