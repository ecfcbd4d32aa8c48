import RLCore
import RLHomework

/// `hw5.dueling.aggregation`: duelingQValues computes Q(s,a) = V(s) + (A(s,a) − mean_a′ A(s,a′)) and the
/// max form V(s) + (A(s,a) − max_a′ A(s,a′)) on random heads.
struct HW5DuelingAggregation: Check {
    let id = "hw5.dueling.aggregation"
    let title = "Dueling aggregation, mean and max forms"
    let summary = "duelingQValues: Q = V + (A − mean_a′ A) (mean) and Q = V + (A − max_a′ A) (max), row by row."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW5.DuelingQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for aggregation in HW5.Aggregation.allCases { inputs.append(HW5Fixtures.duelingQuery(&rng, aggregation: aggregation)) }
        }
        let describe = { (i: Int) in HW5Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW5.DuelingQValues.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-12)
        for (i, query) in inputs.enumerated() {
            let expected = HW5Judge.dueling(values: query.values, advantages: query.advantages, aggregation: query.aggregation)
            guard outputs[i].count == expected.count else {
                return .fail(Feedback("duelingQValues returned \(outputs[i].count) rows for \(expected.count).", input: describe(i),
                                      hint: "One row of |A| Q-values per row of the batch."))
            }
            for k in expected.indices {
                guard let a = tolerance.firstMismatch(outputs[i][k], expected[k]) else { continue }
                return .fail(Feedback(
                    "duelingQValues is wrong for the \(query.aggregation) aggregation (row \(k), action \(a)).",
                    expected: "Q row \(k) = \(Show.vector(expected[k]))", observed: "\(Show.vector(outputs[i][k]))",
                    input: "V = \(Show.number(query.values[k])), A = \(Show.vector(query.advantages[k])), \(query.aggregation) aggregation",
                    hint: query.aggregation == .mean
                        ? "Q(s,a) = V(s) + (A(s,a) − (1/|A|) Σ_a′ A(s,a′)): subtract the mean of the advantages of the same row."
                        : "Q(s,a) = V(s) + (A(s,a) − max_a′ A(s,a′)): the best action's Q equals V."))
            }
        }
        return .pass("Both aggregations are right on \(inputs.count) batches.")
    }
}
