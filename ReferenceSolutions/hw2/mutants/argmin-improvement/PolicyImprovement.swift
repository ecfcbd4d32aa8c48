import RLCore
import RLHomework

/// Mutant: argmin instead of argmax.
extension HW2Solution {
    func policyImprovement(mdp: TabularMDP, values: [Double]) throws -> [Int] {
        var actions = Array(repeating: 0, count: mdp.stateCount)
        for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
            var best = 0
            var bestValue = lookAhead(mdp, s, 0, values)
            for a in 1..<mdp.actionCount(s) {
                let q = lookAhead(mdp, s, a, values)
                if q < bestValue {
                    best = a
                    bestValue = q
                }
            }
            actions[s] = best
        }
        return actions
    }
}
