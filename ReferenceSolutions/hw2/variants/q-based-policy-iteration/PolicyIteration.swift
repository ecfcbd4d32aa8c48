import RLCore
import RLHomework

/// Variant: policy iteration on Q (the course's "based on the Q value function" version): evaluate
/// Q^π by sweeps Q(s,a) ← Σ P(s'|s,a) [r + γ Q(s', π(s'))], then π(s) ← argmax_a Q(s,a).
extension HW2Solution {
    func policyIteration(mdp: TabularMDP, initialPolicy: [Int], theta: Double) throws -> [[Int]] {
        let n = mdp.stateCount
        var policy = initialPolicy
        var visited = [policy]
        var q = (0..<n).map { s in Array(repeating: 0.0, count: mdp.actionCount(s)) }
        while true {
            // Evaluate Q^π (warm-started from the previous Q).
            while true {
                var delta = 0.0
                var next = q
                for s in 0..<n where !mdp.isTerminal[s] {
                    for a in 0..<mdp.actionCount(s) {
                        var total = 0.0
                        for o in mdp.outcomes[s][a] {
                            let v = mdp.isTerminal[o.next] ? 0 : q[o.next][policy[o.next]]
                            total += o.probability * (o.reward + mdp.gamma * v)
                        }
                        next[s][a] = total
                        delta = max(delta, abs(total - q[s][a]))
                    }
                }
                q = next
                if delta < theta { break }
            }
            // Improve: switch only when another action is strictly better (no flip-flopping on ties).
            var improved = policy
            for s in 0..<n where !mdp.isTerminal[s] {
                let best = ActionSelection.greedyAction(q[s])
                if q[s][best] > q[s][policy[s]] + 1e-12 * max(1, abs(q[s][best])) { improved[s] = best }
            }
            if improved == policy { return visited }
            policy = improved
            visited.append(policy)
        }
    }
}
