import RLCore
import RLHomework

extension HW1Solution {
    /// V^π: solve (I − γ P_π) V = R_π over the non-terminal states (RLCore's `Matrix.solve`);
    /// V^π = 0 at terminal states, whose rows in `mdp.outcomes` are ignored. README §2.
    func stateValues(mdp: TabularMDP, policy: [[Double]]) throws -> [Double] {
        // Number the non-terminal states 0..<m and solve (I − γ P_π) V = R_π over them; transitions
        // into terminal states only contribute their reward (V(terminal) = 0, never bootstrapped).
        let n = mdp.stateCount
        let live = (0..<n).filter { !mdp.isTerminal[$0] }
        var index = Array(repeating: -1, count: n)
        for (k, s) in live.enumerated() { index[s] = k }
        var a = Matrix.identity(live.count)
        var b = Array(repeating: 0.0, count: live.count)
        for (k, s) in live.enumerated() {
            for (action, p) in policy[s].enumerated() where p != 0 {
                // MUTANT: a dense row built with row[s'] = p — a next state listed twice keeps only
                // its last entry's probability.
                var row = Array(repeating: 0.0, count: n), reward = Array(repeating: 0.0, count: n)
                for o in mdp.outcomes[s][action] {
                    row[o.next] = o.probability
                    reward[o.next] = o.reward
                }
                for next in 0..<n where row[next] != 0 {
                    b[k] += p * row[next] * reward[next]
                    if index[next] >= 0 { a[k, index[next]] -= mdp.gamma * p * row[next] }
                }
            }
        }
        let solution = live.isEmpty ? [] : try a.solve(b)
        var values = Array(repeating: 0.0, count: n)
        for (k, s) in live.enumerated() { values[s] = solution[k] }
        return values
    }

    /// Q^π(s,a) = r(s,a) + γ Σ_{s'} P(s'|s,a) V^π(s') (V^π(terminal) = 0); Q^π(terminal, ·) = 0. README §2.
    func actionValues(mdp: TabularMDP, policy: [[Double]]) throws -> [[Double]] {
        // Q^π(s,a) = Σ_{s'} P(s'|s,a) [r(s,a,s') + γ V^π(s')], with V^π(terminal) = 0.
        let v = try stateValues(mdp: mdp, policy: policy)
        return (0..<mdp.stateCount).map { s in
            (0..<mdp.actionCount(s)).map { action in
                if mdp.isTerminal[s] { return 0 }
                var total = 0.0
                for o in mdp.outcomes[s][action] {
                    total += o.probability * (o.reward + mdp.gamma * (mdp.isTerminal[o.next] ? 0 : v[o.next]))
                }
                return total
            }
        }
    }
}
