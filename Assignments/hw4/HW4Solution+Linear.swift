import RLCore
import RLHomework

// Part 1 — linear value-function approximation: v̂(s, θ) = θᵀx(s).

extension HW4Solution {
    /// Semi-gradient TD(0) with v̂(s, θ) = θᵀx(s). For each episode, for t = 0 … T−1:
    /// δ_t = r_t + γ v̂(s_{t+1}) − v̂(s_t) (v̂(s_T) = 0 if the episode terminated), θ ← θ + α δ_t x(s_t).
    /// Returns the final θ. README §1.
    func linearTD0(_ input: HW4.LinearPrediction) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("linearTD0(_:)")
    }

    /// Gradient Monte-Carlo with v̂(s, θ) = θᵀx(s). For each episode: G_t (use `rewardToGo`), then for
    /// t = 0 … T−1: θ ← θ + α (G_t − θᵀx(s_t)) x(s_t). Returns the final θ. README §1.
    func gradientMonteCarlo(_ input: HW4.LinearPrediction) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("gradientMonteCarlo(_:)")
    }
}
