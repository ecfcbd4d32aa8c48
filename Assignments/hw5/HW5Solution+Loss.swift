import RLCore
import RLHomework

// Part 2 — the TD loss (squared or Huber) and its gradient with respect to the network's outputs.

extension HW5Solution {
    /// L = (1/B) Σ_k ℓ(y_k − Q(s_k, a_k)) and ∂L/∂Q(s_k, a) = −(1/B) ℓ′(u_k) at a = a_k (0 elsewhere).
    /// README §2.
    func tdLoss(_ query: HW5.LossQuery) throws -> HW5.LossResult {
        // TODO: your code here (then run `rlgrade hw5`).
        throw NotImplemented("tdLoss(_:)")
    }
}
