import RLCore
import RLHomework

extension HW3Solution {
    func sarsa(environment: HW3.EnvironmentSpec, settings: HW3.ControlSettings) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("sarsa(environment:settings:)")
        var rng = SeededGenerator(seed: settings.seed)
        var env = try environment.makeEnvironment()
        let model = env.model
        var q = (0..<model.stateCount).map { Array(repeating: 0.0, count: model.actionCount($0)) }
        var updates = q.map { Array(repeating: 0, count: $0.count) }
        for episode in 1...settings.episodes {
            var s = env.reset(seed: rng.next())
            var a = try epsilonGreedy(q: q[s], epsilon: settings.epsilon, using: &rng)
            while true {
                let step = env.step(a)
                updates[s][a] += 1
                let alpha = settings.stepSize(update: episode)
                let transition = HW3.Transition(state: s, action: a, reward: step.reward, nextState: step.observation,
                                            terminated: step.terminated)
                if step.terminated {
                    q = try sarsaUpdate(q: q, transition: transition, nextAction: 0, alpha: alpha, gamma: model.gamma)
                    break
                }
                let next = try epsilonGreedy(q: q[step.observation], epsilon: settings.epsilon, using: &rng)
                q = try sarsaUpdate(q: q, transition: transition, nextAction: next, alpha: alpha, gamma: model.gamma)
                if step.truncated { break }
                s = step.observation
                a = next
            }
        }
        return q
        // END SOLUTION
    }

    func qLearning(environment: HW3.EnvironmentSpec, settings: HW3.ControlSettings) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("qLearning(environment:settings:)")
        var rng = SeededGenerator(seed: settings.seed)
        var env = try environment.makeEnvironment()
        let model = env.model
        var q = (0..<model.stateCount).map { Array(repeating: 0.0, count: model.actionCount($0)) }
        var updates = q.map { Array(repeating: 0, count: $0.count) }
        for episode in 1...settings.episodes {
            var s = env.reset(seed: rng.next())
            while true {
                let a = try epsilonGreedy(q: q[s], epsilon: settings.epsilon, using: &rng)
                let step = env.step(a)
                updates[s][a] += 1
                let transition = HW3.Transition(state: s, action: a, reward: step.reward, nextState: step.observation,
                                            terminated: step.terminated)
                q = try qLearningUpdate(q: q, transition: transition, alpha: settings.stepSize(update: episode),
                                        gamma: model.gamma)
                if step.isDone { break }
                s = step.observation
            }
        }
        return q
        // END SOLUTION
    }
}
