import RLCore
import RLHomework

extension HW1Solution {
    /// ρ^π(s,a) = Σ_t γ^t P(s_t = s, a_t = a) = d(s) π(a|s) with (I − γ P_πᵀ) d = μ over the
    /// non-terminal states; ρ^π = 0 at terminal states. README §3.
    func occupancyMeasure(mdp: TabularMDP, policy: [[Double]], start: [Double]) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("occupancyMeasure(mdp:policy:start:)")
        // State occupancy over the non-terminal states: (I − γ P_πᵀ) d = μ; then ρ(s,a) = d(s) π(a|s).
        let n = mdp.stateCount
        let live = (0..<n).filter { !mdp.isTerminal[$0] }
        var index = Array(repeating: -1, count: n)
        for (k, s) in live.enumerated() { index[s] = k }
        // Row k' of the transposed system collects the flow into live state k' from every live k.
        var a = Matrix.identity(live.count)
        for (k, s) in live.enumerated() {
            for (action, p) in policy[s].enumerated() where p != 0 {
                for o in mdp.outcomes[s][action] where index[o.next] >= 0 {
                    a[index[o.next], k] -= mdp.gamma * p * o.probability
                }
            }
        }
        let mu = live.map { start[$0] }
        let d = live.isEmpty ? [] : try a.solve(mu)
        return (0..<n).map { s in
            let k = index[s]
            return policy[s].map { p in k >= 0 ? d[k] * p : 0 }
        }
        // END SOLUTION
    }

    /// π(a|s) = ρ(s,a) / Σ_a' ρ(s,a'); uniform (or any distribution) where Σ_a' ρ(s,a') = 0. README §3.
    func policyFromOccupancy(occupancy: [[Double]]) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("policyFromOccupancy(occupancy:)")
        // π(a|s) = ρ(s,a) / Σ_a' ρ(s,a'); uniform on unvisited states (Σ_a' ρ(s,a') = 0).
        occupancy.map { row in
            let total = row.reduce(0, +)
            return row.map { $0 / total }  // MUTANT: 0/0 = NaN on unvisited states
        }
        // END SOLUTION
    }
}
