import RLCore
import RLHomework

/// Mutant: backs up terminal states like any other state.
extension HW2Solution {
    func valueIteration(mdp: TabularMDP, theta: Double) throws -> HW2.ValueIterationResult {
        var values = Array(repeating: 0.0, count: mdp.stateCount)
        var residuals: [Double] = []
        for _ in 0..<100_000 {
            var next = Array(repeating: 0.0, count: mdp.stateCount)
            var delta = 0.0
            for s in 0..<mdp.stateCount {
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
    }
}
