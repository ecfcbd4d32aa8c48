import Foundation
import RLCore
import RLHomework

// Part 4 — diagonal Gaussian policies: log-probabilities, the ratio and its gradient, entropy, KL.

extension HW6Solution {
    /// log π_θ(a), log π_old(a), ℓ, ∂ℓ/∂μ, ∂ℓ/∂log σ, H(π_θ), KL(π_old‖π_θ), at the unclipped a. README §4.
    func gaussianTerms(_ query: HW6.GaussianQuery) throws -> HW6.GaussianTerms {
        // BEGIN SOLUTION throw NotImplemented("gaussianTerms(_:)")
        let pi = DiagonalGaussian(mean: query.mean, logStd: query.logStd)
        let old = DiagonalGaussian(mean: query.oldMean, logStd: query.oldLogStd)
        // The probabilities are those of the action as sampled: never clip it here.
        let logProb = pi.logProb(query.action), oldLogProb = old.logProb(query.action)
        let ratio = exp(logProb - oldLogProb)
        let (gMean, gLogStd) = pi.logProbGradient(query.action)  // ∂ℓ/∂· = ℓ ∂log π/∂·
        return HW6.GaussianTerms(
            logProb: logProb, oldLogProb: oldLogProb, ratio: ratio,
            ratioGradientMean: gMean.map { ratio * $0 }, ratioGradientLogStd: gLogStd.map { ratio * $0 },
            entropy: pi.entropy, kl: old.kl(to: pi))
        // END SOLUTION
    }
}
