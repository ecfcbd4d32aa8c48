import RLCore
import RLHomework

extension HW1Solution {
    /// V^π: solve (I − γ P_π) V = R_π over the non-terminal states (RLCore's `Matrix.solve`);
    /// V^π = 0 at terminal states, whose rows in `mdp.outcomes` are ignored. README §2.
    func stateValues(mdp: TabularMDP, policy: [[Double]]) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("stateValues(mdp:policy:)")
        // VARIANT: V(s) = Σ_a π(a|s) Q(s,a) from the Q system.
        let q = try actionValues(mdp: mdp, policy: policy)
        return (0..<mdp.stateCount).map { s in zip(policy[s], q[s]).reduce(0) { $0 + $1.0 * $1.1 } }
        // END SOLUTION
    }

    /// Q^π(s,a) = r(s,a) + γ Σ_{s'} P(s'|s,a) V^π(s') (V^π(terminal) = 0); Q^π(terminal, ·) = 0. README §2.
    func actionValues(mdp: TabularMDP, policy: [[Double]]) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("actionValues(mdp:policy:)")
        // VARIANT: solve (I − γ P Π) Q = r over the state–action pairs of non-terminal states:
        // Q(s,a) − γ Σ_{s'} P(s'|s,a) Σ_{a'} π(a'|s') Q(s',a') = r(s,a).
        var pairIndex: [[Int]] = []
        var count = 0
        for s in 0..<mdp.stateCount {
            if mdp.isTerminal[s] {
                pairIndex.append(Array(repeating: -1, count: mdp.actionCount(s)))
            } else {
                pairIndex.append((0..<mdp.actionCount(s)).map { _ in count += 1; return count - 1 })
            }
        }
        var a = Matrix.identity(count)
        var b = Array(repeating: 0.0, count: count)
        for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
            for action in 0..<mdp.actionCount(s) {
                let row = pairIndex[s][action]
                for o in mdp.outcomes[s][action] {
                    b[row] += o.probability * o.reward
                    if mdp.isTerminal[o.next] { continue }
                    for (next, p) in policy[o.next].enumerated() where p != 0 {
                        a[row, pairIndex[o.next][next]] -= mdp.gamma * o.probability * p
                    }
                }
            }
        }
        let solution = count == 0 ? [] : try a.solve(b)
        return pairIndex.map { row in row.map { $0 >= 0 ? solution[$0] : 0 } }
        // END SOLUTION
    }
}
