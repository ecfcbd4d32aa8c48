import RLCore
import RLHomework

// Part 5 — the ε schedule and the target-network updates (hard every C steps, or soft with τ).

extension HW5Solution {
    /// ε(t) = ε_start + (ε_end − ε_start) · min(1, t / decaySteps). README §5.
    func epsilon(_ schedule: HW5.EpsilonSchedule, step: Int) throws -> Double {
        // TODO: your code here (then run `rlgrade hw5`).
        throw NotImplemented("epsilon(_:step:)")
    }

    /// After gradient step t: hard(C) copies θ into θ⁻ when t is a multiple of C; soft(τ) sets
    /// θ⁻ ← τθ + (1 − τ)θ⁻. README §5.
    func updateTarget(_ target: inout [Double], online: [Double], step: Int, rule: HW5.TargetUpdate) throws {
        // TODO: your code here (then run `rlgrade hw5`).
        throw NotImplemented("updateTarget(_:online:step:rule:)")
    }
}
