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
    // TODO: your code here (then run `rlgrade hw2`).
    // Helpers shared by your functions go here, e.g. one computing Q_V(s,a) = Σ_{s'} P(s'|s,a) [r(s,a,s') + γ V(s')].
}
