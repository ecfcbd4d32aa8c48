import RLCore
import RLHomework

extension HW1Solution {
    /// V^π: solve (I − γ P_π) V = R_π over the non-terminal states (RLCore's `Matrix.solve`);
    /// V^π = 0 at terminal states, whose rows in `mdp.outcomes` are ignored. README §2.
    func stateValues(mdp: TabularMDP, policy: [[Double]]) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("stateValues(mdp:policy:)")
        // VARIANT: in-place (Gauss–Seidel) sweeps until the largest change is below 1e-13·max(1, ‖V‖∞).
        var v = Array(repeating: 0.0, count: mdp.stateCount)
        for _ in 0..<10_000_000 {
            var change = 0.0
            var size = 1.0
            for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
                var total = 0.0
                for (action, p) in policy[s].enumerated() where p > 0 {
                    for o in mdp.outcomes[s][action] {
                        total += p * o.probability * (o.reward + mdp.gamma * (mdp.isTerminal[o.next] ? 0 : v[o.next]))
                    }
                }
                change = max(change, abs(total - v[s]))
                v[s] = total
                size = max(size, abs(total))
            }
            if change < 1e-13 * size { break }
        }
        return v
        // END SOLUTION
    }

    /// Q^π(s,a) = r(s,a) + γ Σ_{s'} P(s'|s,a) V^π(s') (V^π(terminal) = 0); Q^π(terminal, ·) = 0. README §2.
    func actionValues(mdp: TabularMDP, policy: [[Double]]) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("actionValues(mdp:policy:)")
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
        // END SOLUTION
    }
}
