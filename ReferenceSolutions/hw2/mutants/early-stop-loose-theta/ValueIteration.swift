import RLCore
import RLHomework

/// Mutant: stops one sweep early, with a loose threshold (10θ), returning the values before the last sweep.
extension HW2Solution {
    func valueIteration(mdp: TabularMDP, theta: Double) throws -> HW2.ValueIterationResult {
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
            residuals.append(delta)
            if delta < 10 * theta { break }
            values = next
        }
        let policy = try policyImprovement(mdp: mdp, values: values)
        return HW2.ValueIterationResult(values: values, policy: policy, residuals: residuals)
    }
}
