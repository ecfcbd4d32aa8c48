import RLCore
import RLHomework

extension HW2Solution {
    /// Evaluate, improve, repeat until the policy is stable; returns [π₀, π₁, …, π_n].
    func policyIteration(mdp: TabularMDP, initialPolicy: [Int], theta: Double) throws -> [[Int]] {
        // TODO: your code here (then run `rlgrade hw2`).
        throw NotImplemented("policyIteration(mdp:initialPolicy:theta:)")
    }
}
