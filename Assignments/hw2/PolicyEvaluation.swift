import RLCore
import RLHomework

extension HW2Solution {
    /// V_{k+1} = T^π V_k, synchronously: V_{k+1}(s) = Σ_a π(a|s) Q_{V_k}(s,a), 0 at terminal states.
    func bellmanExpectationSweep(mdp: TabularMDP, policy: [[Double]], values: [Double]) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw2`).
        throw NotImplemented("bellmanExpectationSweep(mdp:policy:values:)")
    }

    /// Sweeps from V₀ = 0 until the largest change of a sweep is below θ; returns the last V.
    func policyEvaluation(mdp: TabularMDP, policy: [[Double]], theta: Double) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw2`).
        throw NotImplemented("policyEvaluation(mdp:policy:theta:)")
    }
}
