import RLCore
import RLHomework

/// Mutant: every backup forgets the discount, r + V(s') instead of r + γ V(s').
struct HW2Solution: DynamicProgrammingHomework {
    func lookAhead(_ mdp: TabularMDP, _ s: Int, _ a: Int, _ values: [Double]) -> Double {
        var total = 0.0
        for outcome in mdp.outcomes[s][a] {
            let next = mdp.isTerminal[outcome.next] ? 0 : values[outcome.next]
            total += outcome.probability * (outcome.reward + next)
        }
        return total
    }
}
