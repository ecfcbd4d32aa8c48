import RLCore
import RLHomework

// Variant of part 6 (normalised advantages in the A2C training) — the learners: REINFORCE with a baseline on the short corridor, A2C on CartPole-v1.

extension HW4Solution {
    func reinforceShortCorridor(_ setup: HW4.ShortCorridorSetup) throws -> HW4.ShortCorridorResult {
        var rng = SeededGenerator(seed: setup.seed)
        var env = RelabelledEnvironment(try MDPEnvironment(model: MDPEnvironment.shortCorridor().model, startState: 0,
                                                           maxEpisodeSteps: setup.maxEpisodeSteps),
                                        relabelling: setup.relabelling)
        var theta = setup.initialTheta
        var w = 0.0  // the learned baseline b = w (every state looks the same)
        var episodeReturns: [Double] = []
        for episode in 0..<setup.episodes {
            // The same policy in every state: sample from it without looking at the state.
            let probabilities = try actionProbabilities(features: setup.actionFeatures, theta: theta)
            let scores = try setup.actionFeatures.indices.map {
                try scoreFunction(features: setup.actionFeatures, theta: theta, action: $0)
            }
            _ = env.reset(seed: rng.next())
            var actions: [Int] = [], rewards: [Double] = []
            while true {
                let action = rng.categorical(probabilities)
                let step = env.step(action)
                actions.append(action)
                rewards.append(step.reward)
                if step.isDone { break }
            }
            let returns = try rewardToGo(rewards: rewards, gamma: setup.gamma)
            var gradient = [Double](repeating: 0, count: theta.count)
            for t in returns.indices {
                let delta = returns[t] - w
                w += setup.alphaW * delta
                VectorMath.axpy(delta, scores[actions[t]], &gradient)
            }
            let alpha = setup.alphaTheta * (1 - Double(episode) / Double(setup.episodes))
            VectorMath.axpy(alpha, gradient, &theta)
            episodeReturns.append(returns.first ?? 0)
        }
        return HW4.ShortCorridorResult(theta: theta, episodeReturns: episodeReturns)
    }

    func a2cCartPole(_ setup: HW4.CartPoleSetup) throws -> HW4.CartPoleResult {
        let root = SeededGenerator(seed: setup.seed)
        var actor = MLP(layerSizes: setup.actorLayerSizes, seed: root.child("actor").seed)
        var critic = MLP(layerSizes: setup.criticLayerSizes, seed: root.child("critic").seed)
        var actorOptimizer = Adam(learningRate: setup.learningRate)
        var criticOptimizer = Adam(learningRate: setup.learningRate)
        var resetRNG = root.child("resets"), actionRNG = root.child("actions")
        let envCount = setup.environments, length = setup.stepsPerUpdate
        var envs = Array(repeating: RelabelledEnvironment(CartPole(), relabelling: setup.relabelling), count: envCount)
        var observations = (0..<envCount).map { envs[$0].reset(seed: resetRNG.next()) }
        var running = [Double](repeating: 0, count: envCount)
        var episodeReturns: [Double] = []
        var steps = 0
        while steps + envCount * length <= setup.environmentSteps {
            var segments: [HW4.Segment] = []
            for e in 0..<envCount {
                var segment = HW4.Segment(states: [], actions: [], rewards: [], nextStates: [], terminated: [], truncated: [])
                for _ in 0..<length {
                    let state = observations[e]
                    let action = Categorical(logits: actor.forward(state)).sample(using: &actionRNG)
                    let result = envs[e].step(action)
                    segment.states.append(state)
                    segment.actions.append(action)
                    segment.rewards.append(result.reward)
                    segment.nextStates.append(result.observation)
                    segment.terminated.append(result.terminated)
                    segment.truncated.append(result.truncated)
                    running[e] += result.reward
                    if result.isDone {
                        episodeReturns.append(running[e])
                        running[e] = 0
                        observations[e] = envs[e].reset(seed: resetRNG.next())
                    } else {
                        observations[e] = result.observation
                    }
                }
                segments.append(segment)
            }
            steps += envCount * length
            var (actorGradient, criticGradient) = try normalizedGradients(
                actor: actor, critic: critic, segments: segments, setup: setup)
            GradientClipping.clipNorm(&actorGradient, maxNorm: setup.maxGradientNorm)
            GradientClipping.clipNorm(&criticGradient, maxNorm: setup.maxGradientNorm)
            let fraction = max(0, 1 - Double(steps) / Double(setup.environmentSteps))
            actorOptimizer.learningRate = setup.learningRate * fraction
            criticOptimizer.learningRate = setup.learningRate * fraction
            actorOptimizer.step(parameters: &actor.parameters, gradient: actorGradient)
            criticOptimizer.step(parameters: &critic.parameters, gradient: criticGradient)
        }
        return HW4.CartPoleResult(actorParameters: actor.parameters, episodeReturns: episodeReturns)
    }

    /// The A2C gradients with advantages normalised over the batch (mean 0, standard deviation 1, the
    /// population std of NumPy): allowed in training, not in a2cLoss.
    private func normalizedGradients(actor: MLP, critic: MLP, segments: [HW4.Segment], setup: HW4.CartPoleSetup) throws -> ([Double], [Double]) {
        var states: [[Double]] = [], actions: [Int] = [], advantages: [Double] = [], targets: [Double] = []
        for segment in segments {
            let rollout = HW4.Rollout(
                rewards: segment.rewards, values: segment.states.map { critic.forward($0)[0] },
                nextValues: segment.nextStates.map { critic.forward($0)[0] },
                terminated: segment.terminated, truncated: segment.truncated)
            let estimates = try gae(rollout, gamma: setup.gamma, lambda: setup.lambda)
            states += segment.states
            actions += segment.actions
            advantages += estimates.advantages
            targets += estimates.valueTargets
        }
        let b = Double(states.count)
        let mean = advantages.reduce(0, +) / b
        let std = (advantages.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / b).squareRoot()
        let normalized = advantages.map { ($0 - mean) / (std + 1e-8) }
        let c1 = setup.valueCoefficient, c2 = setup.entropyCoefficient
        let logitGradients = states.indices.map { i -> [Double] in
            let pi = Categorical(logits: actor.forward(states[i]))
            return zip(pi.logProbGradient(actions[i]), pi.entropyGradient()).map { (-normalized[i] * $0 - c2 * $1) / b }
        }
        let valueGradients = states.indices.map { [2 * c1 * (critic.forward(states[$0])[0] - targets[$0]) / b] }
        return (actor.gradient(inputs: states, outputGradients: logitGradients),
                critic.gradient(inputs: states, outputGradients: valueGradients))
    }
}
