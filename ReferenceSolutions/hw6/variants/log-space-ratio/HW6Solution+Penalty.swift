import Foundation
import RLCore
import RLHomework

// Variant: the ratio as a quotient of probabilities, the KL from its definition, and the β rule
// written with multiplications.

extension HW6Solution {
    func klPenaltyObjective(_ batch: HW6.PenaltyBatch) throws -> HW6.PenaltyResult {
        let n = Double(batch.actions.count)
        guard n > 0 else { return HW6.PenaltyResult(objective: 0, kl: 0, gradient: []) }
        var surrogate = 0.0, kl = 0.0, gradient: [[Double]] = []
        for t in batch.actions.indices {
            let p = Categorical(logits: batch.logits[t]).probabilities, q = Categorical(logits: batch.oldLogits[t]).probabilities
            let a = batch.actions[t]
            let ratio = p[a] / q[a]
            surrogate += ratio * batch.advantages[t]
            for j in q.indices where q[j] > 0 { kl += q[j] * (log(q[j]) - log(p[j])) }
            gradient.append(p.indices.map { j in
                (ratio * batch.advantages[t] * ((j == a ? 1 : 0) - p[j]) - batch.beta * (p[j] - q[j])) / n
            })
        }
        return HW6.PenaltyResult(objective: (surrogate - batch.beta * kl) / n, kl: kl / n, gradient: gradient)
    }

    func adaptKLCoefficient(_ query: HW6.KLCoefficientQuery) throws -> Double {
        if 1.5 * query.kl < query.target { return 0.5 * query.beta }
        if query.kl > 1.5 * query.target { return 2 * query.beta }
        return query.beta
    }
}
