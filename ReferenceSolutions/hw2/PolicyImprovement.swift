import RLCore
import RLHomework

extension HW2Solution {
    /// π'(s) = argmax_a Q_V(s,a): the greedy deterministic policy of V.
    func policyImprovement(mdp: TabularMDP, values: [Double]) throws -> [Int] {
        // BEGIN SOLUTION throw NotImplemented("policyImprovement(mdp:values:)")
        // Lowest index among the maxima (strict `>`); terminal states get action 0.
        var actions = Array(repeating: 0, count: mdp.stateCount)
        for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
            var best = 0
            var bestValue = lookAhead(mdp, s, 0, values)
            for a in 1..<mdp.actionCount(s) {
                let q = lookAhead(mdp, s, a, values)
                if q > bestValue {
                    best = a
                    bestValue = q
                }
            }
            actions[s] = best
        }
        return actions
        // END SOLUTION
    }
}
