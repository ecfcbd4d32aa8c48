import RLCore
import RLHomework

/// Your solution of hw2; see Assignments/hw2/README.md. The functions to implement are in this
/// folder's other files, one file per topic:
///
/// - `PolicyEvaluation.swift`: `bellmanExpectationSweep` and `policyEvaluation`
/// - `PolicyImprovement.swift`: `policyImprovement`
/// - `PolicyIteration.swift`: `policyIteration`
/// - `ValueIteration.swift`: `valueIteration`
struct HW2Solution: DynamicProgrammingHomework {
    // BEGIN SOLUTION // Helpers shared by your functions go here, e.g. one computing Q_V(s,a) = Σ_{s'} P(s'|s,a) [r(s,a,s') + γ V(s')].
    /// The one-step look-ahead Q_V(s,a) = Σ_{s'} P(s'|s,a) [ r(s,a,s') + γ V(s') ], with V(s') = 0
    /// for a terminal s'.
    func lookAhead(_ mdp: TabularMDP, _ s: Int, _ a: Int, _ values: [Double]) -> Double {
        var total = 0.0
        for outcome in mdp.outcomes[s][a] {
            let next = mdp.isTerminal[outcome.next] ? 0 : values[outcome.next]
            total += outcome.probability * (outcome.reward + mdp.gamma * next)
        }
        return total
    }
    // END SOLUTION
}
