import Foundation
import RLCore
import RLHomework

/// Variant: a different but equivalent loop structure. One flat Q array updated in place (no calls
/// to the one-step update functions), an explicit `done` flag, the next action chosen at the top of
/// the SARSA loop from a pending value, episodes seeded from a child stream of the generator, and
/// α computed with `pow` directly.
extension HW3Solution {
    private func train(_ environment: HW3.EnvironmentSpec, _ settings: HW3.ControlSettings, onPolicy: Bool) throws -> [[Double]] {
        var rng = SeededGenerator(seed: settings.seed)
        let episodeSeeds = rng.child("episodes")
        var env = try environment.makeEnvironment()
        let model = env.model
        let width = model.maxActionCount
        var q = Array(repeating: 0.0, count: model.stateCount * width)
        var n = Array(repeating: 0, count: model.stateCount * width)
        func row(_ s: Int) -> [Double] { Array(q[s * width ..< s * width + model.actionCount(s)]) }
        for episode in 0..<settings.episodes {
            var s = env.reset(seed: episodeSeeds.child(episode).seed)
            var pending: Int? = nil
            var done = false
            repeat {
                let a = try pending ?? epsilonGreedy(q: row(s), epsilon: settings.epsilon, using: &rng)
                pending = nil
                let step = env.step(a)
                let s2 = step.observation
                var target = step.reward
                if !step.terminated {
                    if onPolicy {
                        let a2 = try epsilonGreedy(q: row(s2), epsilon: settings.epsilon, using: &rng)
                        target += model.gamma * q[s2 * width + a2]
                        pending = a2
                    } else {
                        target += model.gamma * row(s2).max()!
                    }
                }
                let i = s * width + a
                n[i] += 1
                q[i] += settings.alpha / pow(Double(n[i]), settings.alphaExponent) * (target - q[i])
                done = step.terminated || step.truncated
                s = s2
            } while !done
        }
        return (0..<model.stateCount).map(row)
    }

    func sarsa(environment: HW3.EnvironmentSpec, settings: HW3.ControlSettings) throws -> [[Double]] {
        try train(environment, settings, onPolicy: true)
    }

    func qLearning(environment: HW3.EnvironmentSpec, settings: HW3.ControlSettings) throws -> [[Double]] {
        try train(environment, settings, onPolicy: false)
    }
}
