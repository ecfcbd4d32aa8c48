import RLCore
import RLHomework

/// Mutant: policy evaluation takes the max over actions instead of the average under π.
extension HW2Solution {
    func bellmanExpectationSweep(mdp: TabularMDP, policy: [[Double]], values: [Double]) throws -> [Double] {
        var next = Array(repeating: 0.0, count: mdp.stateCount)
        for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
            var best = -Double.infinity
            for a in 0..<mdp.actionCount(s) { best = max(best, lookAhead(mdp, s, a, values)) }
            next[s] = best
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
