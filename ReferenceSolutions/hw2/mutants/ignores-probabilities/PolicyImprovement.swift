import RLCore
import RLHomework

/// Mutant: judges an action by its best possible outcome, ignoring the transition probabilities.
extension HW2Solution {
    func policyImprovement(mdp: TabularMDP, values: [Double]) throws -> [Int] {
        var actions = Array(repeating: 0, count: mdp.stateCount)
        for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
            var best = 0
            var bestValue = -Double.infinity
            for a in 0..<mdp.actionCount(s) {
                var q = -Double.infinity
                for outcome in mdp.outcomes[s][a] {
                    let next = mdp.isTerminal[outcome.next] ? 0 : values[outcome.next]
                    q = max(q, outcome.reward + mdp.gamma * next)
                }
                if q > bestValue {
                    best = a
                    bestValue = q
                }
            }
            actions[s] = best
        }
        return actions
    }
}
