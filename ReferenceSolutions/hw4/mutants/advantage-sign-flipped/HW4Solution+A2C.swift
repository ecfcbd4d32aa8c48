import RLCore
import RLHomework

// Part 5 — the A2C loss: policy loss, value loss (c₁), entropy loss (c₂), and its gradient.

extension HW4Solution {
    /// L = L_policy + c₁ L_value + c₂ L_entropy over all steps of all segments (Â and R from `gae`, held
    /// constant), and ∂L/∂θ (actor), ∂L/∂φ (critic). README §5.
    func a2cLoss(_ batch: HW4.A2CBatch) throws -> HW4.A2CLoss {
        // BEGIN SOLUTION throw NotImplemented("a2cLoss(_:)")
        let actor = batch.actor, critic = batch.critic
        let c1 = batch.valueCoefficient, c2 = batch.entropyCoefficient
        let count = Double(batch.segments.reduce(0) { $0 + $1.count })
        var actorGradient = [Double](repeating: 0, count: actor.parameterCount)
        var criticGradient = [Double](repeating: 0, count: critic.parameterCount)
        guard count > 0 else {
            return HW4.A2CLoss(policyLoss: 0, valueLoss: 0, entropyLoss: 0, totalLoss: 0,
                               actorGradient: actorGradient, criticGradient: criticGradient)
        }
        var policySum = 0.0, valueSum = 0.0, entropySum = 0.0
        for segment in batch.segments {
            // Advantages and value targets from the critic's current values; then constants.
            let rollout = HW4.Rollout(
                rewards: segment.rewards, values: segment.states.map { critic.forward($0)[0] },
                nextValues: segment.nextStates.map { critic.forward($0)[0] },
                terminated: segment.terminated, truncated: segment.truncated)
            let estimates = try gae(rollout, gamma: batch.gamma, lambda: batch.lambda)
            for t in 0..<segment.count {
                let advantage = -estimates.advantages[t]  // MUTANT: advantage sign flipped
                let (logits, actorCache) = actor.forwardCached(segment.states[t])
                let pi = Categorical(logits: logits)
                let action = segment.actions[t]
                policySum += pi.logProb(action) * advantage
                entropySum += pi.entropy
                // ∂L/∂z = −(Â/B) ∂log π(a)/∂z − (c₂/B) ∂H/∂z
                var dLogits = pi.logProbGradient(action)
                let dEntropy = pi.entropyGradient()
                for j in dLogits.indices { dLogits[j] = (-advantage * dLogits[j] - c2 * dEntropy[j]) / count }
                actor.accumulateGradient(actorCache, outputGradient: dLogits, into: &actorGradient)

                let (value, criticCache) = critic.forwardCached(segment.states[t])
                let error = value[0] - estimates.valueTargets[t]
                valueSum += error * error
                // ∂L/∂V(s_t) = c₁ · 2 (V(s_t) − R_t) / B; the target R_t is a constant.
                critic.accumulateGradient(criticCache, outputGradient: [c1 * 2 * error / count], into: &criticGradient)
            }
        }
        let policyLoss = -policySum / count, valueLoss = valueSum / count, entropyLoss = -entropySum / count
        return HW4.A2CLoss(
            policyLoss: policyLoss, valueLoss: valueLoss, entropyLoss: entropyLoss,
            totalLoss: policyLoss + c1 * valueLoss + c2 * entropyLoss,
            actorGradient: actorGradient, criticGradient: criticGradient)
        // END SOLUTION
    }
}
