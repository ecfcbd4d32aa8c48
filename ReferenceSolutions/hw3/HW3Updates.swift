import RLCore
import RLHomework

extension HW3Solution {
    func epsilonGreedy(q: [Double], epsilon: Double, using rng: inout SeededGenerator) throws -> Int {
        // BEGIN SOLUTION throw NotImplemented("epsilonGreedy(q:epsilon:using:)")
        if rng.uniform() < epsilon { return rng.int(below: q.count) }
        return ActionSelection.greedyAction(q)
        // END SOLUTION
    }

    func sarsaUpdate(q: [[Double]], transition: HW3.Transition, nextAction: Int, alpha: Double, gamma: Double) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("sarsaUpdate(q:transition:nextAction:alpha:gamma:)")
        let t = transition
        var q = q
        let target = t.terminated ? t.reward : t.reward + gamma * q[t.nextState][nextAction]
        q[t.state][t.action] += alpha * (target - q[t.state][t.action])
        return q
        // END SOLUTION
    }

    func qLearningUpdate(q: [[Double]], transition: HW3.Transition, alpha: Double, gamma: Double) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("qLearningUpdate(q:transition:alpha:gamma:)")
        let t = transition
        var q = q
        let target = t.terminated ? t.reward : t.reward + gamma * q[t.nextState].max()!
        q[t.state][t.action] += alpha * (target - q[t.state][t.action])
        return q
        // END SOLUTION
    }

    func expectedSarsaUpdate(
        q: [[Double]], transition: HW3.Transition, epsilon: Double, alpha: Double, gamma: Double
    ) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("expectedSarsaUpdate(q:transition:epsilon:alpha:gamma:)")
        let t = transition
        var q = q
        var target = t.reward
        if !t.terminated {
            let row = q[t.nextState]
            let mean = row.reduce(0, +) / Double(row.count)
            target += gamma * ((1 - epsilon) * row.max()! + epsilon * mean)
        }
        q[t.state][t.action] += alpha * (target - q[t.state][t.action])
        return q
        // END SOLUTION
    }
}
