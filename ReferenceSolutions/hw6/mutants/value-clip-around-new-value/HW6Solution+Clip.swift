import Foundation
import RLCore
import RLHomework

// Part 1 — PPO-clip: the clipped surrogate and its gradient, value clipping, the full PPO loss.

extension HW6Solution {
    /// L^CLIP = mean min(ℓA, clip(ℓ, 1−ε, 1+ε)A), ∂L^CLIP/∂log π_θ, clip fraction, approx and naive KL. README §1.
    func clipObjective(_ batch: HW6.ClipBatch) throws -> HW6.ClipResult {
        // BEGIN SOLUTION throw NotImplemented("clipObjective(_:)")
        let n = Double(batch.logProbs.count)
        let eps = batch.epsilon
        var ratios: [Double] = [], gradient: [Double] = []
        var objective = 0.0, clipped = 0.0, approxKL = 0.0, naiveKL = 0.0
        for t in batch.logProbs.indices {
            let logRatio = batch.logProbs[t] - batch.oldLogProbs[t]
            let ratio = exp(logRatio)
            let advantage = batch.advantages[t]
            let unclippedTerm = ratio * advantage
            let clippedTerm = min(max(ratio, 1 - eps), 1 + eps) * advantage
            objective += min(unclippedTerm, clippedTerm)
            // The unclipped term carries the gradient unless the clipped one is strictly smaller.
            gradient.append(unclippedTerm <= clippedTerm ? ratio * advantage / n : 0)
            if abs(ratio - 1) > eps { clipped += 1 }
            approxKL += (ratio - 1) - logRatio
            naiveKL += -logRatio
            ratios.append(ratio)
        }
        guard n > 0 else {
            return HW6.ClipResult(ratios: [], objective: 0, gradient: [], clipFraction: 0, approxKL: 0, naiveKL: 0)
        }
        return HW6.ClipResult(ratios: ratios, objective: objective / n, gradient: gradient,
                              clipFraction: clipped / n, approxKL: approxKL / n, naiveKL: naiveKL / n)
        // END SOLUTION
    }

    /// L^VF = mean max((V − R)², (V_old + clip(V − V_old, −ε, ε) − R)²) and ∂L^VF/∂V. README §1.
    func clippedValueLoss(_ batch: HW6.ValueClipBatch) throws -> HW6.ValueLoss {
        // BEGIN SOLUTION throw NotImplemented("clippedValueLoss(_:)")
        let n = Double(batch.values.count)
        guard n > 0 else { return HW6.ValueLoss(loss: 0, gradient: []) }
        var loss = 0.0, gradient: [Double] = []
        for t in batch.values.indices {
            let v = batch.values[t], old = batch.oldValues[t], target = batch.targets[t]
            let vClipped = v + min(max(old - v, -batch.epsilon), batch.epsilon)
            let unclipped = (v - target) * (v - target)
            let clipped = (vClipped - target) * (vClipped - target)
            loss += max(unclipped, clipped)
            gradient.append(unclipped >= clipped ? 2 * (v - target) / n : 0)
        }
        return HW6.ValueLoss(loss: loss / n, gradient: gradient)
        // END SOLUTION
    }

    /// L = −L^CLIP + c₁ L_value − c₂ mean H, with ∂L/∂z_t and ∂L/∂V_t. README §1.
    func ppoLoss(_ batch: HW6.PPOBatch) throws -> HW6.PPOLoss {
        // BEGIN SOLUTION throw NotImplemented("ppoLoss(_:)")
        let n = Double(batch.actions.count)
        guard n > 0 else {
            return HW6.PPOLoss(policyLoss: 0, valueLoss: 0, entropy: 0, totalLoss: 0, logitGradients: [], valueGradients: [])
        }
        let policies = batch.logits.map { Categorical(logits: $0) }
        let logProbs = batch.actions.indices.map { policies[$0].logProb(batch.actions[$0]) }
        let clip = try clipObjective(HW6.ClipBatch(
            logProbs: logProbs, oldLogProbs: batch.oldLogProbs, advantages: batch.advantages, epsilon: batch.epsilon))
        let value: HW6.ValueLoss
        if batch.clipValues {
            value = try clippedValueLoss(HW6.ValueClipBatch(
                values: batch.values, oldValues: batch.oldValues, targets: batch.targets, epsilon: batch.epsilon))
        } else {
            let errors = zip(batch.values, batch.targets).map { $0 - $1 }
            value = HW6.ValueLoss(loss: errors.reduce(0) { $0 + $1 * $1 } / n, gradient: errors.map { 2 * $0 / n })
        }
        let c1 = batch.valueCoefficient, c2 = batch.entropyCoefficient
        var entropy = 0.0
        var logitGradients: [[Double]] = []
        for t in policies.indices {
            let pi = policies[t]
            entropy += pi.entropy
            // ∂L/∂z = −(∂L^CLIP/∂log π) ∂log π/∂z − (c₂/N) ∂H/∂z
            let dLogPi = pi.logProbGradient(batch.actions[t]), dH = pi.entropyGradient()
            logitGradients.append(dLogPi.indices.map { -clip.gradient[t] * dLogPi[$0] - c2 * dH[$0] / n })
        }
        entropy /= n
        let policyLoss = -clip.objective
        return HW6.PPOLoss(
            policyLoss: policyLoss, valueLoss: value.loss, entropy: entropy,
            totalLoss: policyLoss + c1 * value.loss - c2 * entropy,
            logitGradients: logitGradients, valueGradients: value.gradient.map { c1 * $0 })
        // END SOLUTION
    }
}
