import RLCore
import RLHomework

extension HW2Solution {
    /// Value iteration (README, section 4): from V₀ = 0, sweep
    ///
    ///     V_{k+1}(s) = max_a Σ_{s'} P(s'|s,a) [ r(s,a,s') + γ V_k(s') ]     for a non-terminal s
    ///
    /// recording the residual Δ_k = ‖V_{k+1} − V_k‖∞ of every sweep, until Δ_k < θ. Return that last V,
    /// the greedy policy of that V (your `policyImprovement`) and the residuals [Δ₀, Δ₁, …] in order:
    /// `HW2.ValueIterationResult(values:policy:residuals:)`.
    func valueIteration(mdp: TabularMDP, theta: Double) throws -> HW2.ValueIterationResult {
        // TODO: your code here (then run `rlgrade hw2`).
        throw NotImplemented("valueIteration(mdp:theta:)")
    }
}
