import RLCore
import RLHomework

/// Variant: policy evaluation with in-place (Gauss–Seidel) sweeps. The single sweep stays synchronous,
/// as its contract says.
extension HW2Solution {
    func bellmanExpectationSweep(mdp: TabularMDP, policy: [[Double]], values: [Double]) throws -> [Double] {
        var next = Array(repeating: 0.0, count: mdp.stateCount)
        for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
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
        while true {
            var delta = 0.0
            for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
                var total = 0.0
                for a in 0..<mdp.actionCount(s) { total += policy[s][a] * lookAhead(mdp, s, a, values) }
                delta = max(delta, abs(total - values[s]))
                values[s] = total
            }
            if delta < theta { return values }
        }
    }
}
