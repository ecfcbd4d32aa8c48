import RLCore
import RLHomework

// Part 2 — the softmax policy with linear preferences h(s,a,θ) = θᵀx(s,a), and its score function.

extension HW4Solution {
    /// π_θ(a|s) = exp(θᵀx(s,a)) / Σ_b exp(θᵀx(s,b)), computed stably (subtract the largest preference).
    /// `features[a]` = x(s,a). README §2.
    func actionProbabilities(features: [[Double]], theta: [Double]) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("actionProbabilities(features:theta:)")
        // ActionSelection.softmax subtracts the largest preference before exponentiating.
        ActionSelection.softmax(features.map { VectorMath.dot($0, theta) })
        // END SOLUTION
    }

    /// ∇θ log π_θ(a|s) = x(s,a) − Σ_b π_θ(b|s) x(s,b). README §2.
    func scoreFunction(features: [[Double]], theta: [Double], action: Int) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("scoreFunction(features:theta:action:)")
        // ∇θ log π(a|s) = x(s,a) − Σ_b π(b|s) x(s,b)
        let probabilities = try actionProbabilities(features: features, theta: theta)
        var score = features[action]
        for (b, p) in probabilities.enumerated() { VectorMath.axpy(-p, features[b], &score) }
        return score
        // END SOLUTION
    }
}
