import RLCore
import RLHomework

extension HW2Solution {
    /// Policy iteration (README, section 3): from π₀ = `initialPolicy`, evaluate the current policy
    /// (your `policyEvaluation` with this θ), improve it greedily (your `policyImprovement`), and stop
    /// when the policy no longer changes. Returns every policy visited, [π₀, π₁, …, π_n], the initial
    /// one first and the stable one last. Keep the current action when it is still a maximiser, so
    /// that ties cannot make the loop flip forever.
    func policyIteration(mdp: TabularMDP, initialPolicy: [Int], theta: Double) throws -> [[Int]] {
        // TODO: your code here (then run `rlgrade hw2`).
        throw NotImplemented("policyIteration(mdp:initialPolicy:theta:)")
    }
}
