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
        var values = Array(repeating: 0.0, count: mdp.stateCount)
        var residuals: [Double] = []
        for _ in 0..<100_000 {
            var next = Array(repeating: 0.0, count: mdp.stateCount)
            var delta = 0.0
            for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
                var best = -Double.infinity
                for a in 0..<mdp.actionCount(s) { best = max(best, lookAhead(mdp, s, a, values)) }
                next[s] = best
                delta += abs(best - values[s])  // MUTANT: the residual summed over states, not the max norm
            }
            values = next
            residuals.append(delta)
            if delta < theta { break }
        }
        let policy = try policyImprovement(mdp: mdp, values: values)
        return HW2.ValueIterationResult(values: values, policy: policy, residuals: residuals)
    }
}
