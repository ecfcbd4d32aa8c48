import RLCore
import RLHomework

extension HW2Solution {
    /// π'(s) = argmax_a Q_V(s,a): the greedy deterministic policy of V.
    func policyImprovement(mdp: TabularMDP, values: [Double]) throws -> [Int] {
        // TODO: your code here (then run `rlgrade hw2`).
        throw NotImplemented("policyImprovement(mdp:values:)")
    }
}
