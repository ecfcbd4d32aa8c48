import RLCore
import RLHomework

/// Mutant: ignores `isTerminal`: bootstraps from V(s') of terminal next states.
struct HW2Solution: DynamicProgrammingHomework {
    func lookAhead(_ mdp: TabularMDP, _ s: Int, _ a: Int, _ values: [Double]) -> Double {
        var total = 0.0
        for outcome in mdp.outcomes[s][a] {
            total += outcome.probability * (outcome.reward + mdp.gamma * values[outcome.next])
        }
        return total
    }
}
