import Foundation
import RLCore
import RLHomework

// Part 4 — diagonal Gaussian policies: log-probabilities, the ratio and its gradient, entropy, KL.

extension HW6Solution {
    /// log π_θ(a), log π_old(a), ℓ, ∂ℓ/∂μ, ∂ℓ/∂log σ, H(π_θ), KL(π_old‖π_θ), at the unclipped a. README §4.
    func gaussianTerms(_ query: HW6.GaussianQuery) throws -> HW6.GaussianTerms {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("gaussianTerms(_:)")
    }
}
