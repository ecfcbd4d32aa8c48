import RLCore
import RLHomework

// Variant: half the suggested learning rate (Adam at setup.learningRate / 2). Part 6 — DQN (and Double DQN) on CartPole-v1, relabelled.

extension HW5Solution {
    /// DQN on `RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)`: ε-greedy acting, a
    /// replay buffer, minibatch targets (`dqnTargets` or `doubleDQNTargets`), `tdLoss`, one Adam step
    /// every `trainEvery` steps, `updateTarget` after each gradient step. Returns the online network's
    /// parameters and every finished episode's return. README §6.
    func dqnCartPole(_ setup: HW5.DQNSetup) throws -> HW5.DQNResult {
        let root = SeededGenerator(seed: setup.seed)
        var online = MLP(layerSizes: setup.layerSizes, hiddenActivation: setup.hiddenActivation, seed: root.child("network").seed)
        var target = online
        var optimizer = Adam(learningRate: setup.learningRate / 2)
        var buffer = ReplayBuffer(capacity: setup.bufferCapacity)
        var env = RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)
        var resetRNG = root.child("resets"), actionRNG = root.child("actions"), replayRNG = root.child("replay")
        var state = env.reset(seed: resetRNG.next())
        var episodeReturn = 0.0, episodeReturns: [Double] = []
        var gradientSteps = 0
        for t in 0..<setup.environmentSteps {
            // 1. Act ε-greedily and store the transition.
            let action = actionRNG.uniform() < (try epsilon(setup.epsilon, step: t))
                ? actionRNG.int(below: setup.layerSizes.last!)
                : ActionSelection.greedyAction(online.forward(state))
            let step = env.step(action)
            buffer.push(HW5.Transition(state: state, action: action, reward: step.reward, nextState: step.observation,
                                       terminated: step.terminated, truncated: step.truncated))
            episodeReturn += step.reward
            if step.isDone {
                episodeReturns.append(episodeReturn)
                episodeReturn = 0
                state = env.reset(seed: resetRNG.next())
            } else {
                state = step.observation
            }
            // 2. Every trainEvery steps: one gradient step on a uniform minibatch.
            guard t >= setup.learningStarts, t % setup.trainEvery == 0 else { continue }
            let minibatch = buffer.sample(setup.batchSize, using: &replayRNG)
            let batch = HW5.TargetBatch(online: online, target: target, transitions: minibatch, gamma: setup.gamma)
            let targets = setup.double ? try doubleDQNTargets(batch) : try dqnTargets(batch)
            let (q, cache) = online.forwardCached(batch: Matrix(rows: minibatch.map(\.state)))
            let loss = try tdLoss(HW5.LossQuery(qValues: q.rowArrays, actions: minibatch.map(\.action),
                                                targets: targets, huberDelta: setup.huberDelta))
            var gradient = online.backward(batch: cache, outputGradients: Matrix(rows: loss.gradient)).parameterGradient
            _ = GradientClipping.clipNorm(&gradient, maxNorm: setup.maxGradientNorm)
            optimizer.step(parameters: &online.parameters, gradient: gradient)
            gradientSteps += 1
            try updateTarget(&target.parameters, online: online.parameters, step: gradientSteps, rule: setup.targetUpdate)
        }
        return HW5.DQNResult(parameters: online.parameters, episodeReturns: episodeReturns)
    }
}
