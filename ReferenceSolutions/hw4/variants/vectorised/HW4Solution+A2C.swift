import RLCore
import RLHomework

// Variant: batched — all states of all segments gathered first, the losses as reductions, and one call
// of MLP.gradient(inputs:outputGradients:) per network.

extension HW4Solution {
    func a2cLoss(_ batch: HW4.A2CBatch) throws -> HW4.A2CLoss {
        var states: [[Double]] = [], actions: [Int] = [], advantages: [Double] = [], targets: [Double] = []
        for segment in batch.segments {
            let rollout = HW4.Rollout(
                rewards: segment.rewards, values: segment.states.map { batch.critic.forward($0)[0] },
                nextValues: segment.nextStates.map { batch.critic.forward($0)[0] },
                terminated: segment.terminated, truncated: segment.truncated)
            let estimates = try gae(rollout, gamma: batch.gamma, lambda: batch.lambda)
            states += segment.states
            actions += segment.actions
            advantages += estimates.advantages
            targets += estimates.valueTargets
        }
        let b = Double(states.count)
        guard b > 0 else {
            return HW4.A2CLoss(policyLoss: 0, valueLoss: 0, entropyLoss: 0, totalLoss: 0,
                               actorGradient: [Double](repeating: 0, count: batch.actor.parameterCount),
                               criticGradient: [Double](repeating: 0, count: batch.critic.parameterCount))
        }
        let policies = states.map { Categorical(logits: batch.actor.forward($0)) }
        let values = states.map { batch.critic.forward($0)[0] }
        let policyLoss = -policies.indices.reduce(0.0) { $0 + policies[$1].logProb(actions[$1]) * advantages[$1] } / b
        let valueLoss = values.indices.reduce(0.0) { $0 + (targets[$1] - values[$1]) * (targets[$1] - values[$1]) } / b
        let entropyLoss = -policies.reduce(0.0) { $0 + $1.entropy } / b
        let c1 = batch.valueCoefficient, c2 = batch.entropyCoefficient
        let logitGradients = policies.indices.map { i in
            zip(policies[i].logProbGradient(actions[i]), policies[i].entropyGradient()).map { (-advantages[i] * $0 - c2 * $1) / b }
        }
        let valueGradients = values.indices.map { [2 * c1 * (values[$0] - targets[$0]) / b] }
        return HW4.A2CLoss(
            policyLoss: policyLoss, valueLoss: valueLoss, entropyLoss: entropyLoss,
            totalLoss: policyLoss + c1 * valueLoss + c2 * entropyLoss,
            actorGradient: batch.actor.gradient(inputs: states, outputGradients: logitGradients),
            criticGradient: batch.critic.gradient(inputs: states, outputGradients: valueGradients))
    }
}
