import RLCore
import RLHomework

extension HW1Solution {
    /// ρ^π(s,a) = Σ_t γ^t P(s_t = s, a_t = a) = d(s) π(a|s) with (I − γ P_πᵀ) d = μ over the
    /// non-terminal states; ρ^π = 0 at terminal states. README §3.
    func occupancyMeasure(mdp: TabularMDP, policy: [[Double]], start: [Double]) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("occupancyMeasure(mdp:policy:start:)")
        // VARIANT: the power series ρ = Σ_t γ^t μ_t π, μ_{t+1}(s') = Σ_s μ_t(s) P_π(s'|s), stopped when the
        // remaining discounted mass is negligible. Terminal states absorb (and end) the flow.
        let n = mdp.stateCount
        var current = (0..<n).map { mdp.isTerminal[$0] ? 0 : start[$0] }
        var d = Array(repeating: 0.0, count: n)
        var weight = 1.0
        for _ in 0..<10_000_000 {
            var mass = 0.0
            var next = Array(repeating: 0.0, count: n)
            for s in 0..<n where current[s] != 0 {
                d[s] += weight * current[s]
                mass += current[s]
                for (action, p) in policy[s].enumerated() where p > 0 {
                    for o in mdp.outcomes[s][action] where !mdp.isTerminal[o.next] {
                        next[o.next] += current[s] * p * o.probability
                    }
                }
            }
            weight *= mdp.gamma
            current = next
            if weight * mass < 1e-17 { break }
        }
        return (0..<n).map { s in policy[s].map { mdp.isTerminal[s] ? 0 : d[s] * $0 } }
        // END SOLUTION
    }

    /// π(a|s) = ρ(s,a) / Σ_a' ρ(s,a'); uniform (or any distribution) where Σ_a' ρ(s,a') = 0. README §3.
    func policyFromOccupancy(occupancy: [[Double]]) throws -> [[Double]] {
        // BEGIN SOLUTION throw NotImplemented("policyFromOccupancy(occupancy:)")
        // π(a|s) = ρ(s,a) / Σ_a' ρ(s,a'); uniform on unvisited states (Σ_a' ρ(s,a') = 0).
        occupancy.map { row in
            let total = row.reduce(0, +)
            if total > 0 { return row.map { $0 / total } }
            return Array(repeating: 1.0 / Double(row.count), count: row.count)
        }
        // END SOLUTION
    }
}
