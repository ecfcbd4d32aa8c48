import RLCore
import RLHomework

// Part 6 — ACKTR's Kronecker-factored natural-gradient step of one dense layer (extra credit).

extension HW6Solution {
    /// ΔW = S⁻¹ G A⁻¹ with A = mean a aᵀ + λI, S = mean s sᵀ + λI. README §6.
    func kfacStep(_ layer: HW6.KFACLayer) throws -> Matrix {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("kfacStep(_:)")
    }
}
