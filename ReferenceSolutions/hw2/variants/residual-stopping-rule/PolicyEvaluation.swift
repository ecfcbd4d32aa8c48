import RLCore
import RLHomework

/// Variant: a different stopping rule. Returns V itself (not T^π V) as soon as its Bellman residual
/// ‖T^π V − V‖∞ is at most γθ, which meets the same guarantee.
extension HW2Solution {
    func bellmanExpectationSweep(mdp: TabularMDP, policy: [[Double]], values: [Double]) throws -> [Double] {
        (0..<mdp.stateCount).map { s in
            mdp.isTerminal[s] ? 0 : (0..<mdp.actionCount(s)).reduce(0.0) { $0 + policy[s][$1] * lookAhead(mdp, s, $1, values) }
        }
    }

    func policyEvaluation(mdp: TabularMDP, policy: [[Double]], theta: Double) throws -> [Double] {
        var values = Array(repeating: 0.0, count: mdp.stateCount)
        while true {
            let next = try bellmanExpectationSweep(mdp: mdp, policy: policy, values: values)
            let residual = zip(next, values).map { abs($0 - $1) }.max() ?? 0
            if residual <= mdp.gamma * theta { return values }
            values = next
        }
    }
}
