import RLCore
import RLHomework

extension HW2Solution {
    /// V_{k+1} = T* V_k until the residual ‖V_{k+1} − V_k‖∞ < θ; then the greedy policy of the last V.
    func valueIteration(mdp: TabularMDP, theta: Double) throws -> HW2.ValueIterationResult {
        // BEGIN SOLUTION throw NotImplemented("valueIteration(mdp:theta:)")
        var values = Array(repeating: 0.0, count: mdp.stateCount)
        var residuals: [Double] = []
        for _ in 0..<100_000 {
            var next = Array(repeating: 0.0, count: mdp.stateCount)
            var delta = 0.0
            for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
                var best = -Double.infinity
                for a in 0..<mdp.actionCount(s) { best = max(best, lookAhead(mdp, s, a, values)) }
                next[s] = best
                delta = max(delta, abs(best - values[s]))
            }
            values = next
            residuals.append(delta)
            if delta < theta { break }
        }
        let policy = try policyImprovement(mdp: mdp, values: values)
        return HW2.ValueIterationResult(values: values, policy: policy, residuals: residuals)
        // END SOLUTION
    }
}
