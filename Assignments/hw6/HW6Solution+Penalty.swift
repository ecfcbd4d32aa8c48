import Foundation
import RLCore
import RLHomework

// Part 2 — PPO-penalty: the KL-penalised surrogate and the adaptive β.

extension HW6Solution {
    /// J = mean ℓA − β mean KL(π_old‖π_θ), d, and ∂J/∂z_t. README §2.
    func klPenaltyObjective(_ batch: HW6.PenaltyBatch) throws -> HW6.PenaltyResult {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("klPenaltyObjective(_:)")
    }

    /// β/2 below d_targ/1.5, 2β above 1.5 d_targ, else β. README §2.
    func adaptKLCoefficient(_ query: HW6.KLCoefficientQuery) throws -> Double {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("adaptKLCoefficient(_:)")
    }
}
