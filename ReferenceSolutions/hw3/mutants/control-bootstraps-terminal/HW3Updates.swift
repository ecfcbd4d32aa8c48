import RLCore
import RLHomework

/// Mutant: the control updates ignore `terminated`.
extension HW3Solution {
    func epsilonGreedy(q: [Double], epsilon: Double, using rng: inout SeededGenerator) throws -> Int {
        if rng.uniform() < epsilon { return rng.int(below: q.count) }
        return ActionSelection.greedyAction(q)
    }

    func sarsaUpdate(q: [[Double]], transition: HW3.Transition, nextAction: Int, alpha: Double, gamma: Double) throws -> [[Double]] {
        let t = transition
        var q = q
        let target = t.reward + gamma * q[t.nextState][nextAction]
        q[t.state][t.action] += alpha * (target - q[t.state][t.action])
        return q
    }

    func qLearningUpdate(q: [[Double]], transition: HW3.Transition, alpha: Double, gamma: Double) throws -> [[Double]] {
        let t = transition
        var q = q
        let target = t.reward + gamma * q[t.nextState].max()!
        q[t.state][t.action] += alpha * (target - q[t.state][t.action])
        return q
    }

    func expectedSarsaUpdate(
        q: [[Double]], transition: HW3.Transition, epsilon: Double, alpha: Double, gamma: Double
    ) throws -> [[Double]] {
        let t = transition
        var q = q
        var target = t.reward
        if true {
            let row = q[t.nextState]
            let mean = row.reduce(0, +) / Double(row.count)
            target += gamma * ((1 - epsilon) * row.max()! + epsilon * mean)
        }
        q[t.state][t.action] += alpha * (target - q[t.state][t.action])
        return q
    }
}
