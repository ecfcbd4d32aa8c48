import RLCore
import RLHomework

// Part 5 — the ε schedule and the target-network updates (hard every C steps, or soft with τ).

extension HW5Solution {
    /// ε(t) = ε_start + (ε_end − ε_start) · min(1, t / decaySteps). README §5.
    func epsilon(_ schedule: HW5.EpsilonSchedule, step: Int) throws -> Double {
        let fraction = min(1, Double(step) / Double(schedule.decaySteps))
        return schedule.start + (schedule.end - schedule.start) * fraction
    }

    /// After gradient step t: hard(C) copies θ into θ⁻ when t is a multiple of C; soft(τ) sets
    /// θ⁻ ← τθ + (1 − τ)θ⁻. README §5.
    func updateTarget(_ target: inout [Double], online: [Double], step: Int, rule: HW5.TargetUpdate) throws {
        switch rule {
        case .hard(let period):
            _ = period; target = online
        case .soft(let tau):
            for i in target.indices { target[i] = tau * online[i] + (1 - tau) * target[i] }
        }
    }
}
