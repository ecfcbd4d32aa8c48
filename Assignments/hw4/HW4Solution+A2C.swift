import RLCore
import RLHomework

// Part 5 — the A2C loss: policy loss, value loss (c₁), entropy loss (c₂), and its gradient.

extension HW4Solution {
    /// L = L_policy + c₁ L_value + c₂ L_entropy over all steps of all segments (Â and R from `gae`, held
    /// constant), and ∂L/∂θ (actor), ∂L/∂φ (critic). README §5.
    func a2cLoss(_ batch: HW4.A2CBatch) throws -> HW4.A2CLoss {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("a2cLoss(_:)")
    }
}
