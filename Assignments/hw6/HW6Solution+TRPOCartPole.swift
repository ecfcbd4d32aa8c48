import RLCore
import RLHomework

// Part 8 — TRPO on CartPole-v1 (Algorithm 5.22).

extension HW6Solution {
    /// TRPO on the relabelled CartPole-v1: per update, `environments` × `stepsPerRollout` steps, GAE,
    /// the policy gradient ĝ at θ_old, x ≈ (F + λI)⁻¹ĝ by conjugate gradient on Fisher-vector products,
    /// the full step √(2δ/xᵀFx) x, the backtracking line search, and `criticSteps` Adam steps on the
    /// critic's squared error. README §8.
    func trpoCartPole(_ setup: HW6.TRPOSetup) throws -> HW6.LearnerResult {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("trpoCartPole(_:)")
    }
}
