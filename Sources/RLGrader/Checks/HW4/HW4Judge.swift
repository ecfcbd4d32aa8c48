import RLCore
import RLHomework

/// The parent's own hw4 computations (trusted, never sent to a child): the properties and exact values
/// the checks judge students' outputs with. Written for clarity, not speed; every formula is the one the
/// protocol documents, computed a different way where that is natural (explicit sums, not recursions).
enum HW4Judge {
    // MARK: Softmax

    /// π(·|s) = softmax(θᵀx(s,·)), computed stably.
    static func probabilities(features: [[Double]], theta: [Double]) -> [Double] {
        ActionSelection.softmax(features.map { VectorMath.dot($0, theta) })
    }

    /// log π(a|s) = h_a − logsumexp(h).
    static func logProbability(features: [[Double]], theta: [Double], action: Int) -> Double {
        let h = features.map { VectorMath.dot($0, theta) }
        return h[action] - VectorMath.logSumExp(h)
    }

    /// Central finite differences of log π(a|s) with respect to θ.
    static func finiteDifferenceScore(features: [[Double]], theta: [Double], action: Int, step: Double = 1e-5) -> [Double] {
        theta.indices.map { i in
            var plus = theta, minus = theta
            plus[i] += step
            minus[i] -= step
            return (logProbability(features: features, theta: plus, action: action)
                - logProbability(features: features, theta: minus, action: action)) / (2 * step)
        }
    }

    /// x(s,a) − Σ_b π(b|s) x(s,b).
    static func score(features: [[Double]], theta: [Double], action: Int) -> [Double] {
        let p = probabilities(features: features, theta: theta)
        var g = features[action]
        for b in features.indices { VectorMath.axpy(-p[b], features[b], &g) }
        return g
    }

    // MARK: Returns

    /// G_t = Σ_{k≥t} γ^{k−t} r_k as an explicit sum.
    static func rewardToGo(_ rewards: [Double], gamma: Double) -> [Double] {
        rewards.indices.map { t in
            var g = 0.0, discount = 1.0
            for k in t..<rewards.count {
                g += discount * rewards[k]
                discount *= gamma
            }
            return g
        }
    }

    /// The index of the last step of the run that step t belongs to: the first done step ≥ t, or T−1.
    static func runEnd(_ rollout: HW4.Rollout, from t: Int) -> Int {
        var i = t
        while i < rollout.count - 1 && !(rollout.terminated[i] || rollout.truncated[i]) { i += 1 }
        return i
    }

    /// n-step returns as explicit sums (n = Int.max: to the end of the episode or segment).
    static func nStepReturns(_ rollout: HW4.Rollout, gamma: Double, n: Int) -> [Double] {
        (0..<rollout.count).map { t in
            let window = min(max(n, 1), rollout.count)
            let last = min(runEnd(rollout, from: t), t + window - 1)
            var g = 0.0, discount = 1.0
            for k in t...last {
                g += discount * rollout.rewards[k]
                discount *= gamma
            }
            if !rollout.terminated[last] { g += discount * rollout.nextValues[last] }
            return g
        }
    }

    /// δ_t = r_t + γ (1 − terminated_t) V(s_{t+1}) − V(s_t).
    static func tdErrors(_ rollout: HW4.Rollout, gamma: Double) -> [Double] {
        (0..<rollout.count).map { t in
            rollout.rewards[t] + (rollout.terminated[t] ? 0 : gamma * rollout.nextValues[t]) - rollout.values[t]
        }
    }

    /// Â_t = Σ_b (γλ)^b δ_{t+b}, summed to the end of the episode or segment.
    static func gae(_ rollout: HW4.Rollout, gamma: Double, lambda: Double) -> [Double] {
        let delta = tdErrors(rollout, gamma: gamma)
        return (0..<rollout.count).map { t in
            var a = 0.0, weight = 1.0
            for k in t...runEnd(rollout, from: t) {
                a += weight * delta[k]
                weight *= gamma * lambda
            }
            return a
        }
    }

    // MARK: A2C loss with frozen advantages and targets

    /// The advantages and value targets of every segment, from the critic as given (then constants).
    static func frozenEstimates(_ batch: HW4.A2CBatch) -> (advantages: [[Double]], targets: [[Double]]) {
        var advantages: [[Double]] = [], targets: [[Double]] = []
        for segment in batch.segments {
            let rollout = HW4.Rollout(
                rewards: segment.rewards, values: segment.states.map { batch.critic.forward($0)[0] },
                nextValues: segment.nextStates.map { batch.critic.forward($0)[0] },
                terminated: segment.terminated, truncated: segment.truncated)
            let a = gae(rollout, gamma: batch.gamma, lambda: batch.lambda)
            advantages.append(a)
            targets.append(zip(a, rollout.values).map { $0 + $1 })
        }
        return (advantages, targets)
    }

    struct Losses {
        var policy: Double, value: Double, entropy: Double, total: Double
    }

    /// The A2C losses of `batch` with the given (frozen) advantages and targets.
    static func losses(_ batch: HW4.A2CBatch, actor: MLP, critic: MLP, advantages: [[Double]], targets: [[Double]]) -> Losses {
        var policy = 0.0, value = 0.0, entropy = 0.0, count = 0.0
        for (k, segment) in batch.segments.enumerated() {
            for t in 0..<segment.count {
                let pi = Categorical(logits: actor.forward(segment.states[t]))
                policy -= pi.logProb(segment.actions[t]) * advantages[k][t]
                entropy -= pi.entropy
                let error = targets[k][t] - critic.forward(segment.states[t])[0]
                value += error * error
                count += 1
            }
        }
        guard count > 0 else { return Losses(policy: 0, value: 0, entropy: 0, total: 0) }
        policy /= count
        value /= count
        entropy /= count
        return Losses(policy: policy, value: value, entropy: entropy,
                      total: policy + batch.valueCoefficient * value + batch.entropyCoefficient * entropy)
    }

    /// ∂L/∂θ and ∂L/∂φ by central finite differences, advantages and targets held fixed.
    static func finiteDifferenceGradients(_ batch: HW4.A2CBatch, step: Double = 1e-5) -> (actor: [Double], critic: [Double]) {
        let (advantages, targets) = frozenEstimates(batch)
        func total(_ actor: MLP, _ critic: MLP) -> Double {
            losses(batch, actor: actor, critic: critic, advantages: advantages, targets: targets).total
        }
        let actorGradient = batch.actor.parameters.indices.map { i -> Double in
            var plus = batch.actor, minus = batch.actor
            plus.parameters[i] += step
            minus.parameters[i] -= step
            return (total(plus, batch.critic) - total(minus, batch.critic)) / (2 * step)
        }
        let criticGradient = batch.critic.parameters.indices.map { i -> Double in
            var plus = batch.critic, minus = batch.critic
            plus.parameters[i] += step
            minus.parameters[i] -= step
            return (total(batch.actor, plus) - total(batch.actor, minus)) / (2 * step)
        }
        return (actorGradient, criticGradient)
    }

    // MARK: Exact policy gradient of a tabular softmax policy

    /// One-hot state–action features: x(s,a) = e_{s·|A| + a}.
    static func tabularFeatures(stateCount: Int, actionCount: Int) -> [[[Double]]] {
        let d = stateCount * actionCount
        return (0..<stateCount).map { s in
            (0..<actionCount).map { a in (0..<d).map { $0 == s * actionCount + a ? 1.0 : 0.0 } }
        }
    }

    /// π(a|s) for every state (terminal states included; they are never visited).
    static func policy(features: [[[Double]]], theta: [Double]) -> [[Double]] {
        features.map { probabilities(features: $0, theta: theta) }
    }

    /// The exact ∇J(θ) of J(θ) = Σ_s μ(s) V^π(s) for an episodic MDP with γ = 1 (policy gradient theorem):
    ///
    ///     ∇J(θ) = Σ_s η(s) Σ_a π(a|s) Q^π(s,a) ∇ log π(a|s)
    ///
    /// with η(s) the expected number of visits to s in an episode (the occupancy measure): ηᵀ = μᵀ(I − P_π)⁻¹
    /// over the non-terminal states. V^π and Q^π come from ``MDPJudge``.
    static func exactGradient(mdp: TabularMDP, start: [Double], features: [[[Double]]], theta: [Double]) throws -> (gradient: [Double], values: [Double]) {
        let pi = policy(features: features, theta: theta)
        let v = try MDPJudge.evaluate(mdp, policy: pi)
        let q = MDPJudge.q(mdp, v)
        let eta = try occupancy(mdp: mdp, start: start, policy: pi)
        var gradient = [Double](repeating: 0, count: theta.count)
        for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
            for a in 0..<mdp.actionCount(s) {
                let g = score(features: features[s], theta: theta, action: a)
                VectorMath.axpy(eta[s] * pi[s][a] * q[s][a], g, &gradient)
            }
        }
        return (gradient, v)
    }

    /// η(s) = E[number of visits to s] for episodes starting from `start` (0 for terminal states).
    static func occupancy(mdp: TabularMDP, start: [Double], policy: [[Double]]) throws -> [Double] {
        let live = (0..<mdp.stateCount).filter { !mdp.isTerminal[$0] }
        var index = [Int](repeating: -1, count: mdp.stateCount)
        for (k, s) in live.enumerated() { index[s] = k }
        // (I − P_πᵀ) η = μ over the live states.
        var a = Matrix(rows: live.count, cols: live.count)
        for (k, s) in live.enumerated() {
            a[k, k] += 1
            for act in 0..<mdp.actionCount(s) {
                for o in mdp.outcomes[s][act] where index[o.next] >= 0 {
                    a[index[o.next], k] -= policy[s][act] * o.probability
                }
            }
        }
        let eta = try a.solve(live.map { start[$0] })
        var full = [Double](repeating: 0, count: mdp.stateCount)
        for (k, s) in live.enumerated() { full[s] = eta[k] }
        return full
    }

    /// One episode of `mdp` under the stochastic policy `pi`, from the start distribution.
    static func sampleEpisode(mdp: TabularMDP, start: [Double], policy pi: [[Double]], seed: UInt64, maxSteps: Int = 10_000) -> HW4.PolicyEpisode {
        var env = try! MDPEnvironment(model: mdp, startDistribution: start, maxEpisodeSteps: maxSteps)
        var actionRNG = SeededGenerator(seed: seed).child("actions")
        var s = env.reset(seed: seed)
        var episode = HW4.PolicyEpisode(states: [], actions: [], rewards: [])
        while true {
            let a = actionRNG.categorical(pi[s])
            let step = env.step(a)
            episode.states.append(s)
            episode.actions.append(a)
            episode.rewards.append(step.reward)
            if step.isDone { break }
            s = step.observation
        }
        return episode
    }

    // MARK: Statistics

    /// Per-component mean and standard error of the mean of `samples` (each a vector of the same length).
    static func meanAndStandardError(_ samples: [[Double]]) -> (mean: [Double], standardError: [Double], variance: [Double]) {
        let k = Double(samples.count)
        let d = samples.first?.count ?? 0
        var mean = [Double](repeating: 0, count: d)
        for x in samples { VectorMath.axpy(1 / k, x, &mean) }
        var variance = [Double](repeating: 0, count: d)
        for x in samples {
            for j in 0..<d { variance[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / (k - 1) }
        }
        return (mean, variance.map { ($0 / k).squareRoot() }, variance)
    }

    /// `values` averaged over consecutive buckets so that at most `points` remain (for learning curves).
    static func downsample(_ values: [Double], points: Int = 100) -> [Double] {
        guard values.count > points else { return values }
        let size = (values.count + points - 1) / points
        return stride(from: 0, to: values.count, by: size).map { start in
            let chunk = values[start..<min(start + size, values.count)]
            return chunk.reduce(0, +) / Double(chunk.count)
        }
    }
}
