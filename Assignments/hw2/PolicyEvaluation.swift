import RLCore
import RLHomework

extension HW2Solution {
    /// One synchronous sweep V_{k+1} = T^π V_k (README, section 1):
    ///
    ///     V_{k+1}(s) = Σ_a π(a|s) Σ_{s'} P(s'|s,a) [ r(s,a,s') + γ V_k(s') ]     for a non-terminal s
    ///
    /// computed from the old values only (write into a new array). V_{k+1}(s) = 0 for a terminal s,
    /// and V_k(s') counts as 0 for a terminal s'. `policy[s][a]` = π(a|s); returns one value per state.
    func bellmanExpectationSweep(mdp: TabularMDP, policy: [[Double]], values: [Double]) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw2`).
        throw NotImplemented("bellmanExpectationSweep(mdp:policy:values:)")
    }

    /// Iterative policy evaluation (README, section 1): sweeps from V₀ = 0 until the largest change of a
    /// sweep, ‖V_{k+1} − V_k‖∞, is below θ; returns that last V_{k+1}. In-place (Gauss–Seidel) sweeps
    /// are fine too. The grader checks ‖T^π V − V‖∞ ≤ γθ and ‖V − V^π‖∞ ≤ γθ/(1 − γ).
    func policyEvaluation(mdp: TabularMDP, policy: [[Double]], theta: Double) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw2`).
        throw NotImplemented("policyEvaluation(mdp:policy:theta:)")
    }
}
