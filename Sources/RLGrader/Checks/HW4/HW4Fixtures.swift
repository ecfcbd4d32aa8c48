import RLCore
import RLHomework

/// Seeded inputs shared by the hw4 checks. Numbers are rounded to a few decimals so that a failing
/// input can be copied into a test by hand.
enum HW4Fixtures {
    static func rounded(_ x: Double, _ places: Double = 100) -> Double { (x * places).rounded() / places }

    // MARK: Linear prediction

    /// Episodes of the random walk (states 0…6, terminals 0 and 6), cut at `maxSteps` (then not terminated).
    static func randomWalkEpisodes(seed: UInt64, count: Int, maxSteps: Int?) -> [HW4.PredictionEpisode] {
        let model = MDPEnvironment.randomWalk().model
        var env = try! MDPEnvironment(model: model, startState: 3, maxEpisodeSteps: maxSteps)
        let root = SeededGenerator(seed: seed)
        return (0..<count).map { i in
            var episode = HW4.PredictionEpisode(states: [env.reset(seed: root.child(i).seed)], rewards: [], terminated: false)
            while true {
                let step = env.step(0)
                episode.states.append(step.observation)
                episode.rewards.append(step.reward)
                if step.isDone {
                    episode.terminated = step.terminated
                    break
                }
            }
            return episode
        }
    }

    static func oneHot(_ n: Int) -> [[Double]] {
        (0..<n).map { s in (0..<n).map { $0 == s ? 1.0 : 0.0 } }
    }

    /// Random dense features, random episodes over `stateCount` states (some terminated, some cut).
    static func linearPrediction(_ rng: inout SeededGenerator, allTerminate: Bool) -> HW4.LinearPrediction {
        let states = 4 + rng.int(below: 4), d = 2 + rng.int(below: 4)
        let features = (0..<states).map { _ in (0..<d).map { _ in rounded(rng.uniform(-1, 1)) } }
        let episodes = (0..<(3 + rng.int(below: 5))).map { _ -> HW4.PredictionEpisode in
            let length = 1 + rng.int(below: 8)
            let visited = (0...length).map { _ in rng.int(below: states) }
            let rewards = (0..<length).map { _ in rounded(rng.uniform(-1, 1), 10) }
            return HW4.PredictionEpisode(states: visited, rewards: rewards,
                                         terminated: allTerminate || rng.uniform() < 0.6)
        }
        let gammas = [0.8, 0.9, 1.0]
        return HW4.LinearPrediction(
            features: features, episodes: episodes, alpha: [0.05, 0.1, 0.2][rng.int(below: 3)],
            gamma: gammas[rng.int(below: gammas.count)],
            initialWeights: (0..<d).map { _ in rounded(rng.uniform(-1, 1)) })
    }

    // MARK: Softmax

    static func softmaxQuery(_ rng: inout SeededGenerator, scale: Double = 1) -> HW4.SoftmaxQuery {
        let actions = 2 + rng.int(below: 3), d = 2 + rng.int(below: 4)
        let features = (0..<actions).map { _ in (0..<d).map { _ in rounded(rng.uniform(-1, 1)) } }
        let theta = (0..<d).map { _ in rounded(scale * rng.uniform(-2, 2)) }
        return HW4.SoftmaxQuery(features: features, theta: theta, action: rng.int(below: actions))
    }

    // MARK: Rollouts

    /// A rollout segment with episode ends inside it. `nextValues[t] == values[t+1]` inside an episode;
    /// at an episode end it is the value of the episode's last observation (a different number), also
    /// for terminated steps (where it must be ignored).
    static func rollout(_ rng: inout SeededGenerator, length: Int, terminate: Double = 0.12, truncate: Double = 0.08) -> HW4.Rollout {
        let values = (0..<length).map { _ in rounded(rng.uniform(-2, 2)) }
        var rollout = HW4.Rollout(rewards: [], values: values, nextValues: [], terminated: [], truncated: [])
        for t in 0..<length {
            rollout.rewards.append(rounded(rng.uniform(-1, 1), 10))
            let u = rng.uniform()
            let terminated = u < terminate, truncated = !terminated && u < terminate + truncate
            rollout.terminated.append(terminated)
            rollout.truncated.append(truncated)
            let continues = !terminated && !truncated && t < length - 1
            rollout.nextValues.append(continues ? values[t + 1] : rounded(rng.uniform(-2, 2)))
        }
        return rollout
    }

    // MARK: A2C

    /// A segment of `length` steps with random observations (consistent within an episode: s_{t+1} is the
    /// next step's state unless the episode ended).
    static func segment(_ rng: inout SeededGenerator, length: Int, observationSize: Int, actions: Int) -> HW4.Segment {
        func observation() -> [Double] { (0..<observationSize).map { _ in rounded(rng.uniform(-1, 1)) } }
        var states = [observation()]
        var segment = HW4.Segment(states: [], actions: [], rewards: [], nextStates: [], terminated: [], truncated: [])
        for t in 0..<length {
            let u = rng.uniform()
            let terminated = u < 0.12, truncated = !terminated && u < 0.2
            segment.states.append(states[t])
            segment.actions.append(rng.int(below: actions))
            segment.rewards.append(rounded(rng.uniform(-1, 1), 10))
            segment.terminated.append(terminated)
            segment.truncated.append(truncated)
            let next = observation()
            segment.nextStates.append(next)
            states.append(terminated || truncated ? observation() : next)
        }
        return segment
    }

    static func a2cBatch(_ rng: inout SeededGenerator, c1: Double = 0.5, c2: Double = 0.01, lambda: Double? = nil) -> HW4.A2CBatch {
        let observationSize = 2 + rng.int(below: 3), actions = 2 + rng.int(below: 2)
        let hidden = 3 + rng.int(below: 4)
        var actor = MLP(layerSizes: [observationSize, hidden, actions], seed: rng.next())
        let critic = MLP(layerSizes: [observationSize, hidden, 1], seed: rng.next())
        // Larger logits than the default initialisation, so the policy is far from uniform.
        actor.parameters = actor.parameters.map { 3 * $0 }
        let segments = (0..<(1 + rng.int(below: 3))).map { _ in
            segment(&rng, length: 3 + rng.int(below: 6), observationSize: observationSize, actions: actions)
        }
        let lambdas = [0.0, 0.9, 0.95, 1.0]
        return HW4.A2CBatch(
            actor: actor, critic: critic, segments: segments, gamma: [0.9, 0.99][rng.int(below: 2)],
            lambda: lambda ?? lambdas[rng.int(below: lambdas.count)], valueCoefficient: c1, entropyCoefficient: c2)
    }

    // MARK: Descriptions

    static func describe(_ rollout: HW4.Rollout) -> String {
        let flags = (0..<rollout.count).map { t in
            rollout.terminated[t] ? "terminated" : rollout.truncated[t] ? "truncated" : "-"
        }
        return "rewards \(Show.vector(rollout.rewards, limit: 12)), values \(Show.vector(rollout.values, limit: 12)), "
            + "nextValues \(Show.vector(rollout.nextValues, limit: 12)), ends [\(flags.prefix(12).joined(separator: ", "))\(flags.count > 12 ? ", …" : "")]"
    }

    static func describe(_ batch: HW4.A2CBatch) -> String {
        "actor \(Show.ints(batch.actor.layerSizes)), critic \(Show.ints(batch.critic.layerSizes)), "
            + "\(batch.segments.count) segment(s) of \(Show.ints(batch.segments.map(\.count))) steps, "
            + "γ = \(Show.number(batch.gamma)), λ = \(Show.number(batch.lambda)), c₁ = \(Show.number(batch.valueCoefficient)), "
            + "c₂ = \(Show.number(batch.entropyCoefficient))"
    }

    static func describe(_ input: HW4.LinearPrediction) -> String {
        let episodes = input.episodes.prefix(3).map { e in
            "{states \(Show.ints(e.states)), rewards \(Show.vector(e.rewards)), \(e.terminated ? "terminated" : "cut by a time limit")}"
        }
        return "\(input.features.count) states with \(input.features.first?.count ?? 0) features, "
            + "\(input.episodes.count) episode(s) \(episodes.joined(separator: " "))\(input.episodes.count > 3 ? " …" : ""), "
            + "α = \(Show.number(input.alpha)), γ = \(Show.number(input.gamma)), θ₀ = \(Show.vector(input.initialWeights))"
    }

    static func describe(_ query: HW4.SoftmaxQuery) -> String {
        "features x(s,·) = \(query.features.map { Show.vector($0) }.joined(separator: ", ")), θ = \(Show.vector(query.theta)), a = \(query.action)"
    }
}
