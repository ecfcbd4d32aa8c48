import RLCore
import RLHomework

/// Variant: ε-greedy breaks ties uniformly at random among the maximizing actions, and draws its
/// random numbers in a different order (the action first, then the coin). The updates are written
/// with explicit TD errors.
extension HW3Solution {
    func epsilonGreedy(q: [Double], epsilon: Double, using rng: inout SeededGenerator) throws -> Int {
        let uniformAction = rng.int(below: q.count)
        if rng.uniform() < epsilon { return uniformAction }
        let best = q.max()!
        let maxima = q.indices.filter { q[$0] == best }
        return maxima.count == 1 ? maxima[0] : maxima[rng.int(below: maxima.count)]
    }

    func sarsaUpdate(q: [[Double]], transition: HW3.Transition, nextAction: Int, alpha: Double, gamma: Double) throws -> [[Double]] {
        var q = q
        let (s, a) = (transition.state, transition.action)
        var delta = transition.reward - q[s][a]
        if !transition.terminated { delta += gamma * q[transition.nextState][nextAction] }
        q[s][a] += alpha * delta
        return q
    }

    func qLearningUpdate(q: [[Double]], transition: HW3.Transition, alpha: Double, gamma: Double) throws -> [[Double]] {
        var q = q
        let (s, a) = (transition.state, transition.action)
        var delta = transition.reward - q[s][a]
        if !transition.terminated { delta += gamma * q[transition.nextState].reduce(-Double.infinity, max) }
        q[s][a] += alpha * delta
        return q
    }

    func expectedSarsaUpdate(
        q: [[Double]], transition: HW3.Transition, epsilon: Double, alpha: Double, gamma: Double
    ) throws -> [[Double]] {
        var q = q
        let (s, a) = (transition.state, transition.action)
        var delta = transition.reward - q[s][a]
        if !transition.terminated {
            // The explicit ε-greedy distribution with the ties sharing the greedy mass.
            let row = q[transition.nextState]
            let best = row.max()!
            let maxima = row.indices.filter { row[$0] == best }
            var expectation = 0.0
            for b in row.indices {
                var p = epsilon / Double(row.count)
                if maxima.contains(b) { p += (1 - epsilon) / Double(maxima.count) }
                expectation += p * row[b]
            }
            delta += gamma * expectation
        }
        q[s][a] += alpha * delta
        return q
    }
}
