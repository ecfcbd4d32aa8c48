import RLCore
import RLHomework

/// Mutant: inserts each new policy at the front of the list, so the sequence runs backwards.
extension HW2Solution {
    func policyIteration(mdp: TabularMDP, initialPolicy: [Int], theta: Double) throws -> [[Int]] {
        var policy = initialPolicy
        var visited = [policy]
        for _ in 0..<10_000 {
            let rows = (0..<mdp.stateCount).map { s in
                (0..<mdp.actionCount(s)).map { $0 == policy[s] ? 1.0 : 0.0 }
            }
            let values = try policyEvaluation(mdp: mdp, policy: rows, theta: theta)
            let improved = try policyImprovement(mdp: mdp, values: values)
            if improved == policy { break }
            policy = improved
            visited.insert(policy, at: 1)
        }
        return visited
    }
}
