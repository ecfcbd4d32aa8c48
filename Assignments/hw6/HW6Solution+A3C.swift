import RLCore
import RLHomework

// Part 5 — A3C's asynchronous updates, replayed from a schedule.

extension HW6Solution {
    /// pull: θ_w ← θ; compute: g_w ← h_w ⊙ (θ_w − c_w); push: θ ← θ − η g_w. README §5.
    func a3cSchedule(_ problem: HW6.A3CProblem) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("a3cSchedule(_:)")
    }
}
