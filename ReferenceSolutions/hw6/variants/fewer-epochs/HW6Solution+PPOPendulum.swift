import Foundation
import RLCore
import RLHomework

// Variant: half the suggested number of epochs per rollout (setup.epochs / 2). Part 9 — PPO with a diagonal Gaussian policy on Pendulum-v1.

extension HW6Solution {
    /// PPO-clip on the relabelled Pendulum-v1: μ(s) from the actor, a learned state-independent log σ,
    /// the clipped torque to the environment and the unclipped action in the ratio (`gaussianTerms`),
    /// GAE, minibatch epochs, per-network gradient clipping, Adam with a decaying learning rate. README §9.
    func ppoPendulum(_ setup: HW6.PendulumSetup) throws -> HW6.LearnerResult {
        let root = SeededGenerator(seed: setup.seed)
        var actor = MLP(layerSizes: setup.actorLayerSizes, seed: root.child("actor").seed)
        var critic = MLP(layerSizes: setup.criticLayerSizes, seed: root.child("critic").seed)
        var logStd = [setup.initialLogStd]
        var actorOptimizer = Adam(learningRate: setup.learningRate)
        var logStdOptimizer = Adam(learningRate: setup.learningRate)
        var criticOptimizer = Adam(learningRate: setup.learningRate)
        var resetRNG = root.child("resets"), actionRNG = root.child("actions"), shuffleRNG = root.child("minibatches")
        let envCount = setup.environments, length = setup.stepsPerRollout
        var envs = (0..<envCount).map { _ in RelabelledEnvironment(Pendulum(), relabelling: setup.relabelling) }
        var observations = (0..<envCount).map { envs[$0].reset(seed: resetRNG.next()) }
        var running = [Double](repeating: 0, count: envCount)
        var episodeReturns: [Double] = []
        let rewardScale = 0.1  // rewards in [−1.6, 0] keep the critic's targets small
        var steps = 0
        while steps + envCount * length <= setup.environmentSteps {
            var states: [[Double]] = [], actions: [Double] = [], oldMeans: [Double] = []
            var oldValues: [Double] = [], advantages: [Double] = []
            let oldLogStd = logStd
            for e in 0..<envCount {
                var rollout = HW6Rollout()
                for _ in 0..<length {
                    let state = observations[e]
                    let mean = actor.forward(state)[0]
                    let action = DiagonalGaussian(mean: [mean], logStd: logStd).sample(using: &actionRNG)[0]
                    let result = envs[e].step(Pendulum.clipTorque(action))  // the environment gets the clipped torque
                    states.append(state)
                    actions.append(action)  // the ratio uses the action as sampled
                    oldMeans.append(mean)
                    rollout.values.append(critic.forward(state)[0])
                    rollout.rewards.append(rewardScale * result.reward)
                    rollout.terminated.append(result.terminated)
                    rollout.done.append(result.isDone)
                    rollout.nextValues.append(result.terminated ? 0 : critic.forward(result.observation)[0])
                    running[e] += result.reward
                    if result.isDone {
                        episodeReturns.append(running[e])
                        running[e] = 0
                        observations[e] = envs[e].reset(seed: resetRNG.next())
                    } else {
                        observations[e] = result.observation
                    }
                }
                oldValues += rollout.values
                advantages += rollout.advantages(gamma: setup.gamma, lambda: setup.lambda)
            }
            steps += envCount * length
            let targets = zip(advantages, oldValues).map { $0 + $1 }
            let fraction = max(0, 1 - Double(steps - envCount * length) / Double(setup.environmentSteps))
            actorOptimizer.learningRate = setup.learningRate * fraction
            logStdOptimizer.learningRate = setup.learningRate * fraction
            criticOptimizer.learningRate = setup.learningRate * fraction

            let count = states.count
            let size = max(1, count / max(setup.minibatches, 1))
            var order = Array(0..<count)
            for _ in 0..<setup.epochs / 2 {
                shuffleRNG.shuffle(&order)
                for start in stride(from: 0, to: count, by: size) {
                    let batch = Array(order[start..<min(start + size, count)])
                    let m = Double(batch.count)
                    var batchAdvantages = batch.map { advantages[$0] }
                    let mean = batchAdvantages.reduce(0, +) / m
                    let std = (batchAdvantages.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / m).squareRoot()
                    batchAdvantages = batchAdvantages.map { ($0 - mean) / (std + 1e-8) }
                    let batchStates = batch.map { states[$0] }
                    let means = batchStates.map { actor.forward($0)[0] }
                    var meanGradients: [[Double]] = [], logStdGradient = 0.0
                    for (k, t) in batch.enumerated() {
                        let terms = try gaussianTerms(HW6.GaussianQuery(
                            mean: [means[k]], logStd: logStd, oldMean: [oldMeans[t]], oldLogStd: oldLogStd,
                            action: [actions[t]], actionBound: Pendulum.maxTorque))
                        // −∂/∂θ of min(ℓÂ, clip(ℓ)Â)/m: the unclipped term's gradient unless the clipped one is smaller.
                        let a = batchAdvantages[k], ratio = terms.ratio
                        let active = ratio * a <= min(max(ratio, 1 - setup.clipEpsilon), 1 + setup.clipEpsilon) * a
                        let scale = active ? -a / m : 0
                        meanGradients.append([scale * terms.ratioGradientMean[0]])
                        logStdGradient += scale * terms.ratioGradientLogStd[0] - setup.entropyCoefficient / m
                    }
                    var actorGradient = actor.gradient(inputs: batchStates, outputGradients: meanGradients)
                    let valueGradients = batch.indices.map { k in
                        [setup.valueCoefficient * 2 * (critic.forward(batchStates[k])[0] - targets[batch[k]]) / m]
                    }
                    var criticGradient = critic.gradient(inputs: batchStates, outputGradients: valueGradients)
                    GradientClipping.clipNorm(&actorGradient, maxNorm: setup.maxGradientNorm)
                    GradientClipping.clipNorm(&criticGradient, maxNorm: setup.maxGradientNorm)
                    actorOptimizer.step(parameters: &actor.parameters, gradient: actorGradient)
                    logStdOptimizer.step(parameters: &logStd, gradient: [logStdGradient])
                    criticOptimizer.step(parameters: &critic.parameters, gradient: criticGradient)
                }
            }
        }
        return HW6.LearnerResult(actorParameters: actor.parameters, episodeReturns: episodeReturns)
    }
}
