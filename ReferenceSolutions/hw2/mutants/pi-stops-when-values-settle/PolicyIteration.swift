import RLCore
import RLHomework

extension HW2Solution {
    /// Policy iteration (README, section 3): from π₀ = `initialPolicy`, evaluate the current policy
    /// (your `policyEvaluation` with this θ), improve it greedily (your `policyImprovement`), and stop
    /// when the policy no longer changes. Returns every policy visited, [π₀, π₁, …, π_n], the initial
    /// one first and the stable one last. Keep the current action when it is still a maximiser, so
    /// that ties cannot make the loop flip forever.
    func policyIteration(mdp: TabularMDP, initialPolicy: [Int], theta: Double) throws -> [[Int]] {
        var policy = initialPolicy
        var visited = [policy]
        var previousValues: [Double]?
        for _ in 0..<10_000 {
            // A deterministic policy as rows: π(a|s) = 1 for a = policy[s].
            let rows = (0..<mdp.stateCount).map { s in
                (0..<mdp.actionCount(s)).map { $0 == policy[s] ? 1.0 : 0.0 }
            }
            let values = try policyEvaluation(mdp: mdp, policy: rows, theta: theta)
            var improved = try policyImprovement(mdp: mdp, values: values)
            // Keep the current action where it is still (numerically) a maximiser, so that ties
            // between equally good actions never make the loop flip back and forth.
            for s in 0..<mdp.stateCount where !mdp.isTerminal[s] && improved[s] != policy[s] {
                let current = lookAhead(mdp, s, policy[s], values)
                let best = lookAhead(mdp, s, improved[s], values)
                if current >= best - 1e-12 * max(1, abs(best)) { improved[s] = policy[s] }
            }
            if improved == policy { break }
            // MUTANT: stops when the values settle instead of when the policy is stable.
            if let last = previousValues, zip(values, last).allSatisfy({ abs($0 - $1) < 1e-6 }) { break }
            previousValues = values
            policy = improved
            visited.append(policy)
        }
        return visited
    }
}
