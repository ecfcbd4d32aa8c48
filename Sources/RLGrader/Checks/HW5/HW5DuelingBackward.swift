import RLCore
import RLHomework

/// `hw5.dueling.backward`: duelingBackward's ∂L/∂V and ∂L/∂A agree with central finite differences of
/// L = Σ_k Σ_a g[k][a] Q(s_k, a) through the parent's aggregation, for both forms.
struct HW5DuelingBackward: Check {
    let id = "hw5.dueling.backward"
    let title = "Dueling backward pass into the V and A heads"
    let summary = "duelingBackward's ∂L/∂V and ∂L/∂A agree with finite differences of the aggregation (mean and max forms)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW5.DuelingQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for aggregation in HW5.Aggregation.allCases { inputs.append(HW5Fixtures.duelingQuery(&rng, aggregation: aggregation)) }
        }
        let describe = { (i: Int) in HW5Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW5.DuelingBackward.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-6))
        for (i, query) in inputs.enumerated() {
            let numeric = HW5Judge.finiteDifferenceDueling(query)
            let o = outputs[i]
            if let k = tolerance.firstMismatch(o.valueGradient, numeric.valueGradient) {
                return .fail(Feedback(
                    "duelingBackward: ∂L/∂V disagrees with finite differences (\(query.aggregation) form).",
                    expected: "∂L/∂V = \(Show.vector(numeric.valueGradient))", observed: "\(Show.vector(o.valueGradient)) (row \(k) differs)",
                    input: describe(i), hint: "V(s) enters every Q(s,a) with weight 1: ∂L/∂V(s) = Σ_a g_a."))
            }
            for k in numeric.advantageGradient.indices {
                let row = k < o.advantageGradient.count ? o.advantageGradient[k] : []
                if tolerance.firstMismatch(row, numeric.advantageGradient[k]) != nil {
                    return .fail(Feedback(
                        "duelingBackward: ∂L/∂A disagrees with finite differences (\(query.aggregation) form, row \(k)).",
                        expected: "∂L/∂A row \(k) ≈ \(Show.vector(numeric.advantageGradient[k]))", observed: "\(Show.vector(row))",
                        input: "A row \(k) = \(Show.vector(query.advantages[k])), g = ∂L/∂Q row \(k) = \(Show.vector(query.outputGradient[k]))",
                        hint: query.aggregation == .mean
                            ? "Each A(s,j) also enters every Q(s,a) through the mean with weight −1/|A|: ∂L/∂A_j = g_j − (1/|A|) Σ_a g_a."
                            : "The maximal advantage A(s,a⁺) enters every Q(s,a) with weight −1: ∂L/∂A_j = g_j − [j = a⁺] Σ_a g_a."))
                }
            }
        }
        return .pass("∂L/∂V and ∂L/∂A agree with finite differences on \(inputs.count) batches.")
    }
}
