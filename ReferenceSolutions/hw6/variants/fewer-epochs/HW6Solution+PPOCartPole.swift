import RLCore
import RLHomework

// Variant: half the suggested number of epochs per rollout (setup.epochs / 2). Part 7 — PPO-clip on CartPole-v1 (Algorithm 5.24 with GAE, value and entropy terms, minibatch epochs).

extension HW6Solution {
    /// PPO-clip on the relabelled CartPole-v1: `environments` × `stepsPerRollout` steps per rollout, GAE,
    /// `epochs` passes of `minibatches` shuffled minibatches through `ppoLoss`, per-network gradient
    /// clipping, Adam with a linearly decaying learning rate. README §7.
    func ppoCartPole(_ setup: HW6.CartPoleSetup) throws -> HW6.LearnerResult {
        let root = SeededGenerator(seed: setup.seed)
        var actor = MLP(layerSizes: setup.actorLayerSizes, seed: root.child("actor").seed)
        var critic = MLP(layerSizes: setup.criticLayerSizes, seed: root.child("critic").seed)
        var actorOptimizer = Adam(learningRate: setup.learningRate)
        var criticOptimizer = Adam(learningRate: setup.learningRate)
        var resetRNG = root.child("resets"), actionRNG = root.child("actions"), shuffleRNG = root.child("minibatches")
        let envCount = setup.environments, length = setup.stepsPerRollout
        var envs = (0..<envCount).map { _ in RelabelledEnvironment(CartPole(), relabelling: setup.relabelling) }
        var observations = (0..<envCount).map { envs[$0].reset(seed: resetRNG.next()) }
        var running = [Double](repeating: 0, count: envCount)
        var episodeReturns: [Double] = []
        var steps = 0
        while steps + envCount * length <= setup.environmentSteps {
            // Collect: per environment, T steps with log π_old(a|s) and V_old(s).
            var states: [[Double]] = [], actions: [Int] = [], oldLogProbs: [Double] = []
            var oldValues: [Double] = [], advantages: [Double] = []
            for e in 0..<envCount {
                var rollout = HW6Rollout()
                for _ in 0..<length {
                    let state = observations[e]
                    let pi = Categorical(logits: actor.forward(state))
                    let action = pi.sample(using: &actionRNG)
                    let result = envs[e].step(action)
                    states.append(state)
                    actions.append(action)
                    oldLogProbs.append(pi.logProb(action))
                    rollout.values.append(critic.forward(state)[0])
                    rollout.rewards.append(result.reward)
                    rollout.terminated.append(result.terminated)
                    rollout.done.append(result.isDone)
                    // V(s_{t+1}) of the observation the step returned (bootstrap at truncation).
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
            criticOptimizer.learningRate = setup.learningRate * fraction

            // Update: M epochs of shuffled minibatches.
            let count = states.count
            let size = max(1, count / max(setup.minibatches, 1))
            var order = Array(0..<count)
            for _ in 0..<setup.epochs / 2 {
                shuffleRNG.shuffle(&order)
                for start in stride(from: 0, to: count, by: size) {
                    let batch = Array(order[start..<min(start + size, count)])
                    let batchStates = batch.map { states[$0] }
                    // Advantage normalisation per minibatch (allowed in the learner, not in ppoLoss).
                    var batchAdvantages = batch.map { advantages[$0] }
                    let mean = batchAdvantages.reduce(0, +) / Double(batch.count)
                    let variance = batchAdvantages.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(batch.count)
                    batchAdvantages = batchAdvantages.map { ($0 - mean) / (variance.squareRoot() + 1e-8) }
                    let loss = try ppoLoss(HW6.PPOBatch(
                        logits: batchStates.map { actor.forward($0) }, actions: batch.map { actions[$0] },
                        oldLogProbs: batch.map { oldLogProbs[$0] }, advantages: batchAdvantages,
                        values: batchStates.map { critic.forward($0)[0] }, oldValues: batch.map { oldValues[$0] },
                        targets: batch.map { targets[$0] }, epsilon: setup.clipEpsilon,
                        valueCoefficient: setup.valueCoefficient, entropyCoefficient: setup.entropyCoefficient,
                        clipValues: false))
                    var actorGradient = actor.gradient(inputs: batchStates, outputGradients: loss.logitGradients)
                    var criticGradient = critic.gradient(inputs: batchStates, outputGradients: loss.valueGradients.map { [$0] })
                    GradientClipping.clipNorm(&actorGradient, maxNorm: setup.maxGradientNorm)
                    GradientClipping.clipNorm(&criticGradient, maxNorm: setup.maxGradientNorm)
                    actorOptimizer.step(parameters: &actor.parameters, gradient: actorGradient)
                    criticOptimizer.step(parameters: &critic.parameters, gradient: criticGradient)
                }
            }
        }
        return HW6.LearnerResult(actorParameters: actor.parameters, episodeReturns: episodeReturns)
    }
}
