import RLCore
import RLHomework

// Part 1 — linear value-function approximation: v̂(s, θ) = θᵀx(s).

extension HW4Solution {
    /// Semi-gradient TD(0) with v̂(s, θ) = θᵀx(s). For each episode, for t = 0 … T−1:
    /// δ_t = r_t + γ v̂(s_{t+1}) − v̂(s_t) (v̂(s_T) = 0 if the episode terminated), θ ← θ + α δ_t x(s_t).
    /// Returns the final θ. README §1.
    func linearTD0(_ input: HW4.LinearPrediction) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("linearTD0(_:)")
        var theta = input.initialWeights
        for episode in input.episodes {
            let steps = episode.rewards.count
            for t in 0..<steps {
                let x = input.features[episode.states[t]]
                // v̂(s_T) = 0 for a terminal last state; otherwise bootstrap from θᵀx(s_{t+1}).
                let endsInTerminal = t == steps - 1 && episode.terminated
                let next = endsInTerminal ? 0 : VectorMath.dot(theta, input.features[episode.states[t + 1]])
                let delta = episode.rewards[t] + input.gamma * next - VectorMath.dot(theta, x)
                // Semi-gradient: the target is a constant, so θ moves along x(s_t) only.
                VectorMath.axpy(input.alpha * delta, x, &theta)
            }
        }
        return theta
        // END SOLUTION
    }

    /// Gradient Monte-Carlo with v̂(s, θ) = θᵀx(s). For each episode: G_t (use `rewardToGo`), then for
    /// t = 0 … T−1: θ ← θ + α (G_t − θᵀx(s_t)) x(s_t). Returns the final θ. README §1.
    func gradientMonteCarlo(_ input: HW4.LinearPrediction) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("gradientMonteCarlo(_:)")
        var theta = input.initialWeights
        for episode in input.episodes {
            let returns = try rewardToGo(rewards: episode.rewards, gamma: input.gamma)
            for t in returns.indices {
                let x = input.features[episode.states[t]]
                VectorMath.axpy(input.alpha * (returns[t] - VectorMath.dot(theta, x)), x, &theta)
            }
        }
        return theta
        // END SOLUTION
    }
}
