import Foundation
import RLCore
import RLHomework

// Part 1 — PPO-clip: the clipped surrogate and its gradient, value clipping, the full PPO loss.

extension HW6Solution {
    /// L^CLIP = mean min(ℓA, clip(ℓ, 1−ε, 1+ε)A), ∂L^CLIP/∂log π_θ, clip fraction, approx and naive KL. README §1.
    func clipObjective(_ batch: HW6.ClipBatch) throws -> HW6.ClipResult {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("clipObjective(_:)")
    }

    /// L^VF = mean max((V − R)², (V_old + clip(V − V_old, −ε, ε) − R)²) and ∂L^VF/∂V. README §1.
    func clippedValueLoss(_ batch: HW6.ValueClipBatch) throws -> HW6.ValueLoss {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("clippedValueLoss(_:)")
    }

    /// L = −L^CLIP + c₁ L_value − c₂ mean H, with ∂L/∂z_t and ∂L/∂V_t. README §1.
    func ppoLoss(_ batch: HW6.PPOBatch) throws -> HW6.PPOLoss {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("ppoLoss(_:)")
    }
}
