import RLCore
import RLHomework

/// Mutant: backs up terminal states like any other state (their rows are not self-loops).
extension HW2Solution {
    func bellmanExpectationSweep(mdp: TabularMDP, policy: [[Double]], values: [Double]) throws -> [Double] {
        var next = Array(repeating: 0.0, count: mdp.stateCount)
        for s in 0..<mdp.stateCount {
            var total = 0.0
            for a in 0..<mdp.actionCount(s) where policy[s][a] > 0 {
                total += policy[s][a] * lookAhead(mdp, s, a, values)
            }
            next[s] = total
        }
        return next
    }

    func policyEvaluation(mdp: TabularMDP, policy: [[Double]], theta: Double) throws -> [Double] {
        var values = Array(repeating: 0.0, count: mdp.stateCount)
        for _ in 0..<100_000 {
            let next = try bellmanExpectationSweep(mdp: mdp, policy: policy, values: values)
            var delta = 0.0
            for s in 0..<mdp.stateCount { delta = max(delta, abs(next[s] - values[s])) }
            values = next
            if delta < theta { break }
        }
        return values
    }
}
