import RLCore
import RLHomework

// Part 3 — the Dueling aggregation Q = V + (A − mean A) (or − max A) and its backward pass.

extension HW5Solution {
    /// Q(s,a) = V(s) + A(s,a) − mean_a' A(s,a')  (or − max_a' A(s,a')), row by row. README §3.
    func duelingQValues(_ query: HW5.DuelingQuery) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw5`).
        throw NotImplemented("duelingQValues(_:)")
    }

    /// ∂L/∂V = Σ_a g_a; ∂L/∂A_j = g_j − (1/|A|) Σ_a g_a (mean) or g_j − [j = argmax A] Σ_a g_a (max).
    /// README §3.
    func duelingBackward(_ query: HW5.DuelingQuery) throws -> HW5.DuelingGradients {
        // TODO: your code here (then run `rlgrade hw5`).
        throw NotImplemented("duelingBackward(_:)")
    }
}
