import Foundation
import RLCore
import RLHomework

// Variant: the same definitions written with whole-array operations.

extension HW6Solution {
    func clipObjective(_ batch: HW6.ClipBatch) throws -> HW6.ClipResult {
        let n = Double(max(batch.logProbs.count, 1)), eps = batch.epsilon
        let logRatios = zip(batch.logProbs, batch.oldLogProbs).map { $0 - $1 }
        let ratios = logRatios.map { exp($0) }
        let surrogate1 = zip(ratios, batch.advantages).map { $0 * $1 }
        let surrogate2 = zip(ratios, batch.advantages).map { Swift.min(Swift.max($0, 1 - eps), 1 + eps) * $1 }
        let objective = zip(surrogate1, surrogate2).map { Swift.min($0, $1) }.reduce(0, +) / n
        let flat = zip(ratios, batch.advantages).map { ($1 > 0 && $0 > 1 + eps) || ($1 < 0 && $0 < 1 - eps) }
        let gradient = zip(surrogate1, flat).map { $1 ? 0 : $0 / n }
        return HW6.ClipResult(
            ratios: ratios, objective: objective, gradient: gradient,
            clipFraction: Double(ratios.filter { abs($0 - 1) > eps }.count) / n,
            approxKL: zip(ratios, logRatios).map { ($0 - 1) - $1 }.reduce(0, +) / n,
            naiveKL: -logRatios.reduce(0, +) / n)
    }

    func clippedValueLoss(_ batch: HW6.ValueClipBatch) throws -> HW6.ValueLoss {
        let n = Double(max(batch.values.count, 1)), eps = batch.epsilon
        let clipped = zip(batch.values, batch.oldValues).map { $1 + Swift.min(Swift.max($0 - $1, -eps), eps) }
        let plain = zip(batch.values, batch.targets).map { ($0 - $1) * ($0 - $1) }
        let clippedLoss = zip(clipped, batch.targets).map { ($0 - $1) * ($0 - $1) }
        let loss = zip(plain, clippedLoss).map { Swift.max($0, $1) }.reduce(0, +) / n
        let gradient = batch.values.indices.map { plain[$0] >= clippedLoss[$0] ? 2 * (batch.values[$0] - batch.targets[$0]) / n : 0 }
        return HW6.ValueLoss(loss: loss, gradient: gradient)
    }

    func ppoLoss(_ batch: HW6.PPOBatch) throws -> HW6.PPOLoss {
        let n = Double(max(batch.actions.count, 1))
        let policies = batch.logits.map(Categorical.init(logits:))
        let logProbs = zip(policies, batch.actions).map { $0.logProb($1) }
        let clip = try clipObjective(.init(logProbs: logProbs, oldLogProbs: batch.oldLogProbs, advantages: batch.advantages, epsilon: batch.epsilon))
        let value = batch.clipValues
            ? try clippedValueLoss(.init(values: batch.values, oldValues: batch.oldValues, targets: batch.targets, epsilon: batch.epsilon))
            : HW6.ValueLoss(loss: zip(batch.values, batch.targets).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / n,
                            gradient: zip(batch.values, batch.targets).map { 2 * ($0 - $1) / n })
        let entropy = policies.map(\.entropy).reduce(0, +) / n
        let c1 = batch.valueCoefficient, c2 = batch.entropyCoefficient
        let logitGradients = policies.indices.map { t in
            zip(policies[t].logProbGradient(batch.actions[t]), policies[t].entropyGradient()).map { -clip.gradient[t] * $0 - c2 * $1 / n }
        }
        return HW6.PPOLoss(policyLoss: -clip.objective, valueLoss: value.loss, entropy: entropy,
                           totalLoss: -clip.objective + c1 * value.loss - c2 * entropy,
                           logitGradients: logitGradients, valueGradients: value.gradient.map { c1 * $0 })
    }
}
