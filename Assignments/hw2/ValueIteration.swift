import RLCore
import RLHomework

extension HW2Solution {
    /// V_{k+1} = T* V_k until the residual ‖V_{k+1} − V_k‖∞ < θ; then the greedy policy of the last V.
    func valueIteration(mdp: TabularMDP, theta: Double) throws -> HW2.ValueIterationResult {
        // TODO: your code here (then run `rlgrade hw2`).
        throw NotImplemented("valueIteration(mdp:theta:)")
    }
}
