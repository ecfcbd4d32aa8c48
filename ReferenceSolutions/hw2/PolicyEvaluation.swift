import RLCore
import RLHomework

extension HW2Solution {
    /// V_{k+1} = T^π V_k, synchronously: V_{k+1}(s) = Σ_a π(a|s) Q_{V_k}(s,a), 0 at terminal states.
    func bellmanExpectationSweep(mdp: TabularMDP, policy: [[Double]], values: [Double]) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("bellmanExpectationSweep(mdp:policy:values:)")
        var next = Array(repeating: 0.0, count: mdp.stateCount)
        for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
            var total = 0.0
            for a in 0..<mdp.actionCount(s) where policy[s][a] > 0 {
                total += policy[s][a] * lookAhead(mdp, s, a, values)
            }
            next[s] = total
        }
        return next
        // END SOLUTION
    }

    /// Sweeps from V₀ = 0 until the largest change of a sweep is below θ; returns the last V.
    func policyEvaluation(mdp: TabularMDP, policy: [[Double]], theta: Double) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("policyEvaluation(mdp:policy:theta:)")
        var values = Array(repeating: 0.0, count: mdp.stateCount)
        for _ in 0..<100_000 {
            let next = try bellmanExpectationSweep(mdp: mdp, policy: policy, values: values)
            var delta = 0.0
            for s in 0..<mdp.stateCount { delta = max(delta, abs(next[s] - values[s])) }
            values = next
            if delta < theta { break }
        }
        return values
        // END SOLUTION
    }
}
