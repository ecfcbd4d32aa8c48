import RLCore
import RLHomework

/// `hw5.dueling.identifiable`: the property the aggregation exists for. With the mean form, the
/// mean over a of Q(s,a) − V(s) is 0; with the max form, the max over a of Q(s,a) − V(s) is 0 — so V is
/// determined by Q. Heads with large constant offsets in A make a missing subtraction obvious.
struct HW5DuelingIdentifiable: Check {
    let id = "hw5.dueling.identifiable"
    let title = "Dueling: V and A are identifiable"
    let summary = "duelingQValues: mean_a (Q(s,a) − V(s)) = 0 for the mean form and max_a (Q(s,a) − V(s)) = 0 for the max form, even when A has a large offset."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW5.DuelingQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for aggregation in HW5.Aggregation.allCases {
                var query = HW5Fixtures.duelingQuery(&rng, aggregation: aggregation)
                let offset = HW5Fixtures.rounded(rng.uniform(5, 50))
                query.advantages = query.advantages.map { $0.map { $0 + offset } }
                inputs.append(query)
            }
        }
        let describe = { (i: Int) in HW5Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW5.DuelingQValues.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9))
        for (i, query) in inputs.enumerated() {
            for k in query.values.indices {
                guard k < outputs[i].count, outputs[i][k].count == query.advantages[k].count else {
                    return .fail(Feedback("duelingQValues returned the wrong shape.", expected: "\(query.values.count) rows of \(query.advantages[k].count)",
                                          input: describe(i), hint: "One row of |A| Q-values per row of the batch."))
                }
                let centred = outputs[i][k].map { $0 - query.values[k] }
                let statistic = query.aggregation == .mean ? centred.reduce(0, +) / Double(centred.count) : centred.max()!
                if !tolerance.isClose(statistic, 0) {
                    return .fail(Feedback(
                        "With the \(query.aggregation) aggregation, V(s) is not identifiable from your Q.",
                        expected: "\(query.aggregation)_a (Q(s,a) − V(s)) = 0", observed: "\(Show.number(statistic)) (Q − V = \(Show.vector(centred)))",
                        input: "V = \(Show.number(query.values[k])), A = \(Show.vector(query.advantages[k])) (offset added on purpose)",
                        hint: "Subtract the \(query.aggregation == .mean ? "mean" : "max") of the row's advantages: without it, any constant added to A and removed from V gives the same Q, and V learns nothing."))
                }
            }
        }
        return .pass("Q − V has \(inputs.count / 2) rows of zero mean (mean form) and zero max (max form).")
    }
}
