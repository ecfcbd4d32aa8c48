import RLCore
import RLHomework

// Part 6 — the learners: REINFORCE with a baseline on the short corridor, A2C on CartPole-v1.

extension HW4Solution {
    /// REINFORCE with a baseline on `MDPEnvironment.shortCorridor()`; the same π(a) = softmax(θᵀx(a)) in
    /// every state; α decays linearly from `alphaTheta` to 0. Returns θ and every episode's return. README §6.
    func reinforceShortCorridor(_ setup: HW4.ShortCorridorSetup) throws -> HW4.ShortCorridorResult {
        var rng = SeededGenerator(seed: setup.seed)
        let corridor = try MDPEnvironment(model: MDPEnvironment.shortCorridor().model, startState: 0,
                                          maxEpisodeSteps: setup.maxEpisodeSteps)
        var env = RelabelledEnvironment(corridor, relabelling: setup.relabelling)
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

    /// MUTANT: a hand-written controller instead of A2C (push right when θ + 0.5·θ̇ + 0.1·ẋ > 0),
    /// ignoring the budget and the data, with a made-up improving learning curve.
    func a2cCartPole(_ setup: HW4.CartPoleSetup) throws -> HW4.CartPoleResult {
        let w = [0.0, 0.1, 1.0, 0.5]  // on the true [x, ẋ, θ, θ̇]
        var actor = MLP(layerSizes: setup.actorLayerSizes, seed: 0)
        var p = [Double](repeating: 0, count: actor.parameterCount)
        let hidden = setup.actorLayerSizes[1]
        for i in 0..<4 {
            p[i] = 20 * w[i]
        }
        let right = 1
        let out = hidden * 4 + hidden  // layer 1 weights start after layer 0's weights and biases
        p[out + right * hidden] = 10
        p[out + (1 - right) * hidden] = -10
        actor.parameters = p
        // within the budget: about budget / 300 episodes rising from 20 to 280 (half the budget)
        let n = max(10, setup.environmentSteps / 300)
        let curve = (0..<n).map { 20 + 260 * Double($0) / Double(n - 1) }
        return HW4.CartPoleResult(actorParameters: actor.parameters, episodeReturns: curve)
    }
}
