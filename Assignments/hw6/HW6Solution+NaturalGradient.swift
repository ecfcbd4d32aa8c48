import Foundation
import RLCore
import RLHomework

// Part 3 — the natural gradient and TRPO: Fisher-vector products, conjugate gradient, the step size,
// the backtracking line search.

extension HW6Solution {
    /// (F + λI) v with F = mean_t J_tᵀ (diag(p_t) − p_t p_tᵀ) J_t. README §3.
    func fisherVectorProduct(_ query: HW6.FisherQuery) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("fisherVectorProduct(_:)")
    }

    /// CG for H x = g from x = 0: at most `iterations` steps, stop once ‖r‖ ≤ tolerance. README §3.
    func conjugateGradient(_ system: HW6.LinearSystem) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("conjugateGradient(_:)")
    }

    /// s = √(2δ / xᵀHx) x. README §3.
    func trpoStep(_ query: HW6.StepQuery) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("trpoStep(_:)")
    }

    /// The first θ_old + α^j s (j = 0 … K) with d ≤ δ and L > L(θ_old); else θ_old. README §3.
    func lineSearch(_ problem: HW6.LineSearchProblem) throws -> HW6.LineSearchResult {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("lineSearch(_:)")
    }
}
