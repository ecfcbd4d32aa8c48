import Foundation
import RLCore
import RLHomework

// Variant: decide the clipping in log space (log ℓ against log(1 ± ε)) and take the minimum by cases.

extension HW6Solution {
    func clipObjective(_ batch: HW6.ClipBatch) throws -> HW6.ClipResult {
        let n = Double(batch.logProbs.count)
        guard n > 0 else { return HW6.ClipResult(ratios: [], objective: 0, gradient: [], clipFraction: 0, approxKL: 0, naiveKL: 0) }
        let upper = log(1 + batch.epsilon), lower = log(1 - batch.epsilon)
        var ratios: [Double] = [], gradient: [Double] = []
        var objective = 0.0, clipped = 0, k3 = 0.0, k1 = 0.0
        for t in batch.logProbs.indices {
            let logRatio = batch.logProbs[t] - batch.oldLogProbs[t]
            let ratio = exp(logRatio), a = batch.advantages[t]
            if a > 0 && logRatio > upper {
                objective += (1 + batch.epsilon) * a
                gradient.append(0)
            } else if a < 0 && logRatio < lower {
                objective += (1 - batch.epsilon) * a
                gradient.append(0)
            } else {
                objective += ratio * a
                gradient.append(ratio * a / n)
            }
            if logRatio > upper || logRatio < lower { clipped += 1 }
            k3 += (ratio - 1) - logRatio
            k1 -= logRatio
            ratios.append(ratio)
        }
        return HW6.ClipResult(ratios: ratios, objective: objective / n, gradient: gradient,
                              clipFraction: Double(clipped) / n, approxKL: k3 / n, naiveKL: k1 / n)
    }

    func clippedValueLoss(_ batch: HW6.ValueClipBatch) throws -> HW6.ValueLoss {
        let n = Double(batch.values.count)
        guard n > 0 else { return HW6.ValueLoss(loss: 0, gradient: []) }
        var loss = 0.0, gradient: [Double] = []
        for t in batch.values.indices {
            let v = batch.values[t], old = batch.oldValues[t], r = batch.targets[t]
            let clippedV = Swift.max(old - batch.epsilon, Swift.min(old + batch.epsilon, v))
            let a = (v - r) * (v - r), b = (clippedV - r) * (clippedV - r)
            loss += Swift.max(a, b)
            gradient.append(b > a ? 0 : 2 * (v - r) / n)
        }
        return HW6.ValueLoss(loss: loss / n, gradient: gradient)
    }

    func ppoLoss(_ batch: HW6.PPOBatch) throws -> HW6.PPOLoss {
        let n = Double(batch.actions.count)
        guard n > 0 else { return HW6.PPOLoss(policyLoss: 0, valueLoss: 0, entropy: 0, totalLoss: 0, logitGradients: [], valueGradients: []) }
        var logProbs: [Double] = [], entropy = 0.0
        for t in batch.actions.indices {
            let pi = Categorical(logits: batch.logits[t])
            logProbs.append(pi.logProb(batch.actions[t]))
            entropy += pi.entropy
        }
        entropy /= n
        let clip = try clipObjective(HW6.ClipBatch(logProbs: logProbs, oldLogProbs: batch.oldLogProbs, advantages: batch.advantages, epsilon: batch.epsilon))
        var valueLoss = 0.0, valueGradients: [Double] = []
        if batch.clipValues {
            let v = try clippedValueLoss(HW6.ValueClipBatch(values: batch.values, oldValues: batch.oldValues, targets: batch.targets, epsilon: batch.epsilon))
            valueLoss = v.loss
            valueGradients = v.gradient.map { batch.valueCoefficient * $0 }
        } else {
            for t in batch.values.indices {
                let e = batch.values[t] - batch.targets[t]
                valueLoss += e * e / n
                valueGradients.append(batch.valueCoefficient * 2 * e / n)
            }
        }
        // ∂H/∂z_j = −p_j (log p_j + H), written out here instead of Categorical.entropyGradient.
        let logitGradients = batch.actions.indices.map { t -> [Double] in
            let pi = Categorical(logits: batch.logits[t])
            let h = pi.entropy
            return pi.probabilities.indices.map { j in
                let dLog = (j == batch.actions[t] ? 1 : 0) - pi.probabilities[j]
                let dH = -pi.probabilities[j] * (pi.logProbabilities[j] + h)
                return -clip.gradient[t] * dLog - batch.entropyCoefficient * dH / n
            }
        }
        return HW6.PPOLoss(policyLoss: -clip.objective, valueLoss: valueLoss, entropy: entropy,
                           totalLoss: -clip.objective + batch.valueCoefficient * valueLoss - batch.entropyCoefficient * entropy,
                           logitGradients: logitGradients, valueGradients: valueGradients)
    }
}
