import RLCore
import RLHomework

extension HW2Solution {
    /// Greedy policy improvement (README, section 2): the deterministic policy
    ///
    ///     π'(s) = argmax_a Σ_{s'} P(s'|s,a) [ r(s,a,s') + γ V(s') ]     (V(s') = 0 for a terminal s')
    ///
    /// as one action per state (`actions[s]` in `0..<mdp.actionCount(s)`; any valid action for a
    /// terminal state). Any maximiser is accepted when actions tie.
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
