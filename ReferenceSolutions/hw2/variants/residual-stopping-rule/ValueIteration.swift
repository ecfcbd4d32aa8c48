import RLCore
import RLHomework

/// Variant: a different stopping rule. Returns V itself (not T* V) as soon as its Bellman residual is
/// at most γθ; the residual of that last check is reported too.
extension HW2Solution {
    func valueIteration(mdp: TabularMDP, theta: Double) throws -> HW2.ValueIterationResult {
        var values = Array(repeating: 0.0, count: mdp.stateCount)
        var residuals: [Double] = []
        while true {
            let next = (0..<mdp.stateCount).map { s in
                mdp.isTerminal[s] ? 0 : (0..<mdp.actionCount(s)).map { lookAhead(mdp, s, $0, values) }.max()!
            }
            let residual = zip(next, values).map { abs($0 - $1) }.max() ?? 0
            residuals.append(residual)
            if residual <= mdp.gamma * theta { break }
            values = next
        }
        return HW2.ValueIterationResult(values: values, policy: try policyImprovement(mdp: mdp, values: values), residuals: residuals)
    }
}
