import Foundation
import RLCore
import RLHomework

// Part 2 — PPO-penalty: the KL-penalised surrogate and the adaptive β.

extension HW6Solution {
    /// J = mean ℓA − β mean KL(π_old‖π_θ), d, and ∂J/∂z_t. README §2.
    func klPenaltyObjective(_ batch: HW6.PenaltyBatch) throws -> HW6.PenaltyResult {
        // BEGIN SOLUTION throw NotImplemented("klPenaltyObjective(_:)")
        let n = Double(batch.actions.count)
        guard n > 0 else { return HW6.PenaltyResult(objective: 0, kl: 0, gradient: []) }
        var surrogate = 0.0, kl = 0.0
        var gradient: [[Double]] = []
        for t in batch.actions.indices {
            let pi = Categorical(logits: batch.logits[t]), old = Categorical(logits: batch.oldLogits[t])
            let a = batch.actions[t]
            let ratio = exp(pi.logProb(a) - old.logProb(a))
            surrogate += ratio * batch.advantages[t]
            kl += old.kl(to: pi)
            let dLogPi = pi.logProbGradient(a)
            gradient.append(dLogPi.indices.map { j in
                (ratio * batch.advantages[t] * dLogPi[j] - batch.beta * (pi.probabilities[j] - old.probabilities[j])) / n
            })
        }
        return HW6.PenaltyResult(objective: surrogate / n - batch.beta * kl / n, kl: kl / n, gradient: gradient)
        // END SOLUTION
    }

    /// β/2 below d_targ/1.5, 2β above 1.5 d_targ, else β. README §2.
    func adaptKLCoefficient(_ query: HW6.KLCoefficientQuery) throws -> Double {
        // BEGIN SOLUTION throw NotImplemented("adaptKLCoefficient(_:)")
        if query.kl <= query.target / 1.5 { return query.beta / 2 }
        if query.kl >= query.target * 1.5 { return query.beta * 2 }
        return query.beta
        // END SOLUTION
    }
}
