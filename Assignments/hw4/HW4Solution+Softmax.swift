import RLCore
import RLHomework

// Part 2 — the softmax policy with linear preferences h(s,a,θ) = θᵀx(s,a), and its score function.

extension HW4Solution {
    /// π_θ(a|s) = exp(θᵀx(s,a)) / Σ_b exp(θᵀx(s,b)), computed stably (subtract the largest preference).
    /// `features[a]` = x(s,a). README §2.
    func actionProbabilities(features: [[Double]], theta: [Double]) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("actionProbabilities(features:theta:)")
    }

    /// ∇θ log π_θ(a|s) = x(s,a) − Σ_b π_θ(b|s) x(s,b). README §2.
    func scoreFunction(features: [[Double]], theta: [Double], action: Int) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("scoreFunction(features:theta:action:)")
    }
}
