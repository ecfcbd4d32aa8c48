import RLCore
import RLHomework

extension HW1Solution {
    /// ρ^π(s,a) = Σ_t γ^t P(s_t = s, a_t = a) = d(s) π(a|s) with (I − γ P_πᵀ) d = μ over the
    /// non-terminal states; ρ^π = 0 at terminal states. README §3.
    func occupancyMeasure(mdp: TabularMDP, policy: [[Double]], start: [Double]) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("occupancyMeasure(mdp:policy:start:)")
    }

    /// π(a|s) = ρ(s,a) / Σ_a' ρ(s,a'); uniform (or any distribution) where Σ_a' ρ(s,a') = 0. README §3.
    func policyFromOccupancy(occupancy: [[Double]]) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw1`).
        throw NotImplemented("policyFromOccupancy(occupancy:)")
    }
}
