import RLCore
import RLHomework

/// Variant: value iteration with in-place (Gauss–Seidel) sweeps, states in reverse order.
extension HW2Solution {
    func valueIteration(mdp: TabularMDP, theta: Double) throws -> HW2.ValueIterationResult {
        var values = Array(repeating: 0.0, count: mdp.stateCount)
        var residuals: [Double] = []
        while true {
            var delta = 0.0
            for s in stride(from: mdp.stateCount - 1, through: 0, by: -1) where !mdp.isTerminal[s] {
                var best = -Double.infinity
                for a in 0..<mdp.actionCount(s) { best = max(best, lookAhead(mdp, s, a, values)) }
                delta = max(delta, abs(best - values[s]))
                values[s] = best
            }
            residuals.append(delta)
            if delta < theta { break }
        }
        return HW2.ValueIterationResult(values: values, policy: try policyImprovement(mdp: mdp, values: values), residuals: residuals)
    }
}
