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
    /// The one-step look-ahead Q_V(s,a) = Σ_{s'} P(s'|s,a) [ r(s,a,s') + γ V(s') ], with V(s') = 0
    /// for a terminal s'.
    func lookAhead(_ mdp: TabularMDP, _ s: Int, _ a: Int, _ values: [Double]) -> Double {
        // MUTANT: a dense row built with row[s'] = p — a next state listed twice keeps only its last
        // entry's probability.
        var row = Array(repeating: 0.0, count: mdp.stateCount), reward = Array(repeating: 0.0, count: mdp.stateCount)
        for outcome in mdp.outcomes[s][a] {
            row[outcome.next] = outcome.probability
            reward[outcome.next] = outcome.reward
        }
        var total = 0.0
        for next in 0..<mdp.stateCount where row[next] != 0 {
            total += row[next] * (reward[next] + mdp.gamma * (mdp.isTerminal[next] ? 0 : values[next]))
        }
        return total
    }
}
