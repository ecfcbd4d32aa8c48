/// Helpers that turn one state's action values into an action or a distribution over actions.
///
/// All of them take one row, e.g. `q[s]` (one entry per action of state `s`), and are
/// deterministic: ties are always broken the same documented way.
public enum ActionSelection {
    /// The greedy action argmaxₐ `values[a]`.
    ///
    /// **Tie-break:** the *lowest* index among the exact maxima, so `greedyAction([1, 3, 3])` is 1.
    /// NaN entries are ignored (they are never the maximum); if every entry is NaN the result is 0.
    ///
    /// - Parameter values: one value per action (e.g. `q[s]`); must not be empty.
    /// - Returns: an index in `0..<values.count`.
    public static func greedyAction(_ values: [Double]) -> Int {
        precondition(!values.isEmpty, "greedyAction needs at least one action value")
        var best = 0
        var bestValue = -Double.infinity
        var found = false
        for (a, v) in values.enumerated() where !v.isNaN {
            if !found || v > bestValue {
                best = a
                bestValue = v
                found = true
            }
        }
        return best
    }

    /// Every action whose value is within `tolerance` of the maximum, in ascending order.
    ///
    /// Returns each `a` with `values[a] >= max - tolerance`. A check that "the policy is greedy"
    /// accepts any of these actions, so round-off in Q does not fail a correct answer.
    /// NaN entries are ignored; if every entry is NaN the result is empty.
    ///
    /// - Parameters:
    ///   - values: one value per action (e.g. `q[s]`); must not be empty.
    ///   - tolerance: how far below the maximum an action may be (≥ 0; default 1e-9).
    /// - Returns: ascending action indices; never empty unless every value is NaN.
    public static func maximizingActions(_ values: [Double], tolerance: Double = 1e-9) -> [Int] {
        precondition(!values.isEmpty, "maximizingActions needs at least one action value")
        precondition(tolerance >= 0, "tolerance must be non-negative")
        var maxValue = -Double.infinity
        var found = false
        for v in values where !v.isNaN {
            if !found || v > maxValue { maxValue = v }
            found = true
        }
        guard found else { return [] }
        let threshold = maxValue - tolerance
        var result: [Int] = []
        for (a, v) in values.enumerated() where !v.isNaN && (v >= threshold || v == maxValue) {
            result.append(a)
        }
        return result
    }

    /// The ε-greedy distribution over the actions of one state.
    ///
    /// π(a|s) = ε/|A| for every action, plus 1 − ε on the greedy action
    /// a* = ``greedyAction(_:)``(q) — the **lowest** index among the exact maxima when Q ties. So the
    /// greedy action has probability 1 − ε + ε/|A| and every other action ε/|A|.
    ///
    /// - Parameters:
    ///   - q: one action value per action, Q(s,·); must not be empty.
    ///   - epsilon: the exploration rate ε ∈ [0, 1].
    /// - Returns: `q.count` probabilities summing to 1.
    public static func epsilonGreedyProbabilities(_ q: [Double], epsilon: Double) -> [Double] {
        precondition(epsilon >= 0 && epsilon <= 1, "epsilon must be in [0, 1]")
        let greedy = greedyAction(q)
        var probabilities = Array(repeating: epsilon / Double(q.count), count: q.count)
        probabilities[greedy] += 1 - epsilon
        return probabilities
    }

    /// The softmax (Boltzmann) distribution of `preferences` at temperature τ.
    ///
    /// π(a) = exp(h(a)/τ) / Σ_b exp(h(b)/τ). Computed stably as exp((h(a) − max h)/τ), normalised,
    /// so large preferences do not overflow. Small τ approaches greedy; large τ approaches uniform.
    /// A preference of −∞ gets probability 0.
    ///
    /// - Parameters:
    ///   - preferences: one preference h(a) per action; not empty, no NaN or +∞.
    ///   - temperature: τ > 0 (default 1).
    /// - Returns: `preferences.count` probabilities summing to 1.
    public static func softmax(_ preferences: [Double], temperature: Double = 1) -> [Double] {
        precondition(!preferences.isEmpty, "softmax needs at least one preference")
        precondition(temperature > 0 && temperature.isFinite, "temperature must be positive and finite")
        var maxValue = -Double.infinity
        for h in preferences {
            precondition(!h.isNaN && h != .infinity, "softmax preferences must not be NaN or +infinity")
            if h > maxValue { maxValue = h }
        }
        if maxValue == -Double.infinity {
            // Every preference is −∞: all actions are equally (un)preferred.
            return Array(repeating: 1 / Double(preferences.count), count: preferences.count)
        }
        var weights = preferences.map { Elementary.exp(($0 - maxValue) / temperature) }
        var total = 0.0
        for w in weights { total += w }
        for a in weights.indices { weights[a] /= total }
        return weights
    }
}
