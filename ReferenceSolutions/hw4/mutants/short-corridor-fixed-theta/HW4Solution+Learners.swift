import RLCore
import RLHomework

// Part 6 — the learners: REINFORCE with a baseline on the short corridor, A2C on CartPole-v1.

extension HW4Solution {
    /// MUTANT: no learning: θ is written by hand so that P(action 1) = 2 − √2, ignoring the episodes,
    /// with a made-up improving learning curve.
    func reinforceShortCorridor(_ setup: HW4.ShortCorridorSetup) throws -> HW4.ShortCorridorResult {
        let logit = 0.34657359027997264  // log(p / (1 − p)) = log √2 for p = 2 − √2
        // features [[0, 1], [1, 0]]: preference of chosen 1 is θ[0], of chosen 0 is θ[1]
        let right = 1
        let theta = right == 1 ? [logit, 0] : [0, logit]
        let curve = (0..<setup.episodes).map { -40 + 28 * Double($0) / Double(max(1, setup.episodes - 1)) }
        return HW4.ShortCorridorResult(theta: theta, episodeReturns: curve)
    }

    /// A2C on CartPole-v1: `environments` CartPoles × `stepsPerUpdate` steps per update, `a2cLoss`, per-network
    /// gradient clipping, Adam with a linearly decaying learning rate, at most `environmentSteps` steps.
    /// Returns the actor's parameters and every finished episode's return. README §6.
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
            let loss = try a2cLoss(HW4.A2CBatch(
                actor: actor, critic: critic, segments: segments, gamma: setup.gamma, lambda: setup.lambda,
                valueCoefficient: setup.valueCoefficient, entropyCoefficient: setup.entropyCoefficient))
            var actorGradient = loss.actorGradient, criticGradient = loss.criticGradient
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
}
