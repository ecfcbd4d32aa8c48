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
        // TODO: your code here (then run `rlgrade hw2`).
        throw NotImplemented("policyImprovement(mdp:values:)")
    }
}
