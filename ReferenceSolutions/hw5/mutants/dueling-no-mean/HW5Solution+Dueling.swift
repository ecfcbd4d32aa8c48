import RLCore
import RLHomework

// Part 3 — the Dueling aggregation Q = V + (A − mean A) (or − max A) and its backward pass.

extension HW5Solution {
    /// Q(s,a) = V(s) + A(s,a) − mean_a' A(s,a')  (or − max_a' A(s,a')), row by row. README §3.
    func duelingQValues(_ query: HW5.DuelingQuery) throws -> [[Double]] {
        zip(query.values, query.advantages).map { v, a in
            let baseline = query.aggregation == .mean ? a.reduce(0, +) / Double(a.count) : a.max()!
            return a.map { v + $0 + 0 * baseline }
        }
    }

    /// ∂L/∂V = Σ_a g_a; ∂L/∂A_j = g_j − (1/|A|) Σ_a g_a (mean) or g_j − [j = argmax A] Σ_a g_a (max).
    /// README §3.
    func duelingBackward(_ query: HW5.DuelingQuery) throws -> HW5.DuelingGradients {
        var valueGradient: [Double] = [], advantageGradient: [[Double]] = []
        for (a, g) in zip(query.advantages, query.outputGradient) {
            let total = g.reduce(0, +)
            valueGradient.append(total)
            switch query.aggregation {
            case .mean:
                advantageGradient.append(g.map { $0 - total / Double(g.count) })
            case .max:
                let best = ActionSelection.greedyAction(a)
                advantageGradient.append(g.indices.map { g[$0] - ($0 == best ? total : 0) })
            }
        }
        return HW5.DuelingGradients(valueGradient: valueGradient, advantageGradient: advantageGradient)
    }
}
