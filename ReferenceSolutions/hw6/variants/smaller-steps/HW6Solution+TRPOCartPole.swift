import RLCore
import RLHomework

// Variant: half the suggested trust region (δ = setup.maxKL / 2). Part 8 — TRPO on CartPole-v1 (Algorithm 5.22).

extension HW6Solution {
    /// TRPO on the relabelled CartPole-v1: per update, `environments` × `stepsPerRollout` steps, GAE,
    /// the policy gradient ĝ at θ_old, x ≈ (F + λI)⁻¹ĝ by conjugate gradient on Fisher-vector products,
    /// the full step √(2δ/xᵀFx) x, the backtracking line search, and `criticSteps` Adam steps on the
    /// critic's squared error. README §8.
    func trpoCartPole(_ setup: HW6.TRPOSetup) throws -> HW6.LearnerResult {
        let root = SeededGenerator(seed: setup.seed)
        var actor = MLP(layerSizes: setup.actorLayerSizes, seed: root.child("actor").seed)
        var critic = MLP(layerSizes: setup.criticLayerSizes, seed: root.child("critic").seed)
        var criticOptimizer = Adam(learningRate: setup.criticLearningRate)
        var resetRNG = root.child("resets"), actionRNG = root.child("actions")
        let envCount = setup.environments, length = setup.stepsPerRollout
        var envs = (0..<envCount).map { _ in RelabelledEnvironment(CartPole(), relabelling: setup.relabelling) }
        var observations = (0..<envCount).map { envs[$0].reset(seed: resetRNG.next()) }
        var running = [Double](repeating: 0, count: envCount)
        var episodeReturns: [Double] = []
        var steps = 0
        while steps + envCount * length <= setup.environmentSteps {
            var states: [[Double]] = [], actions: [Int] = [], advantages: [Double] = [], values: [Double] = []
            for e in 0..<envCount {
                var rollout = HW6Rollout()
                for _ in 0..<length {
                    let state = observations[e]
                    let action = Categorical(logits: actor.forward(state)).sample(using: &actionRNG)
                    let result = envs[e].step(action)
                    states.append(state)
                    actions.append(action)
                    rollout.values.append(critic.forward(state)[0])
                    rollout.rewards.append(result.reward)
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
                values += rollout.values
                advantages += rollout.advantages(gamma: setup.gamma, lambda: setup.lambda)
            }
            steps += envCount * length
            let n = Double(states.count)
            let targets = zip(advantages, values).map { $0 + $1 }
            let mean = advantages.reduce(0, +) / n
            let std = (advantages.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
            let normalised = advantages.map { ($0 - mean) / (std + 1e-8) }

            // ĝ = (1/N) Σ ∇θ log π(a_t|s_t) Â_t at θ_old (the ratio is 1 there).
            let outputGradients = states.indices.map { t -> [Double] in
                Categorical(logits: actor.forward(states[t])).logProbGradient(actions[t]).map { $0 * normalised[t] / n }
            }
            let g = actor.gradient(inputs: states, outputGradients: outputGradients)
            func fisher(_ v: [Double]) throws -> [Double] {
                try fisherVectorProduct(HW6.FisherQuery(policy: actor, states: states, vector: v, damping: setup.damping))
            }
            // Conjugate gradient on Fisher-vector products (as conjugateGradient, with H only through products).
            var x = [Double](repeating: 0, count: g.count), r = g, p = g
            var rr = VectorMath.dot(r, r)
            for _ in 0..<setup.cgIterations where rr > 1e-10 {
                let hp = try fisher(p)
                let alpha = rr / VectorMath.dot(p, hp)
                VectorMath.axpy(alpha, p, &x)
                VectorMath.axpy(-alpha, hp, &r)
                let next = VectorMath.dot(r, r)
                p = zip(r, p).map { $0 + (next / rr) * $1 }
                rr = next
            }
            let fullStep = try trpoStep(HW6.StepQuery(direction: x, hx: try fisher(x), maxKL: setup.maxKL / 2))
            if fullStep.allSatisfy(\.isFinite) {
                let search = try lineSearch(HW6.LineSearchProblem(
                    policy: actor, states: states, actions: actions, advantages: normalised, fullStep: fullStep,
                    maxKL: setup.maxKL / 2, backtrackCoefficient: setup.backtrackCoefficient, maxBacktracks: setup.maxBacktracks))
                actor.parameters = search.parameters
            }
            // The critic: minimise (1/N) Σ (V(s_t) − Ĝ_t)² with Adam.
            for _ in 0..<setup.criticSteps {
                let outputs = states.indices.map { [2 * (critic.forward(states[$0])[0] - targets[$0]) / n] }
                criticOptimizer.step(parameters: &critic.parameters, gradient: critic.gradient(inputs: states, outputGradients: outputs))
            }
        }
        return HW6.LearnerResult(actorParameters: actor.parameters, episodeReturns: episodeReturns)
    }
}
