import RLCore
import RLHomework

/// `hw3.epsilon-greedy.distribution`: over many seeded draws, the greedy action(s) are chosen with
/// probability 1 − ε + k·ε/|A| in total (k tied maximizers, any tie-break) and every other action
/// with ε/|A|. Each frequency must lie within `z` standard deviations (+1 draw) of its probability;
/// probabilities of exactly 0 must never be drawn.
struct EpsilonGreedyDistribution: Check {
    let id = "hw3.epsilon-greedy.distribution"
    let title = "ε-greedy action frequencies"
    let summary = "Over many seeded draws, greedy actions have probability 1 − ε + ε/|A| (tied maxima together) and the others ε/|A|; ε = 0 and ε = 1 included."

    static let rows: [(q: [Double], epsilon: Double)] = [
        ([0, 1, 0.5, -1], 0.1),
        ([1, 4, 2], 0.5),
        ([2, 2, 1], 0.3),
        ([5, 3], 0),
        ([-1, 0, 3, 3, -2], 1),
        ([-3, -1, -2], 0.2),
        ([7], 0.4),
    ]

    /// The groups whose frequency is judged: the maximizers together, then each other action alone.
    static func groups(_ q: [Double], epsilon: Double) -> [(actions: [Int], probability: Double)] {
        let n = Double(q.count)
        let maxima = ActionSelection.maximizingActions(q, tolerance: 0)
        var out = [(maxima, 1 - epsilon + Double(maxima.count) * epsilon / n)]
        for a in q.indices where !maxima.contains(a) { out.append(([a], epsilon / n)) }
        return out
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let draws = context.intParameter("draws", 20_000)
        let z = context.parameter("z", 5)
        var inputs: [HW3.EpsilonGreedyInput] = []
        for seed in context.seeds {
            let root = SeededGenerator(seed: seed).child(id)
            for (i, row) in Self.rows.enumerated() {
                inputs.append(.init(q: row.q, epsilon: row.epsilon, seed: root.child(i).seed, draws: draws))
            }
        }
        let describe = { (i: Int) in
            "Q(s,·) = \(Show.vector(inputs[i].q)), ε = \(Show.number(inputs[i].epsilon)), \(draws) calls with one SeededGenerator(seed: \(inputs[i].seed))"
        }
        let outputs = try context.call(HW3.EpsilonGreedy.self, inputs, describe: describe)
        var largestZ = 0.0
        for (i, counts) in outputs.enumerated() {
            let input = inputs[i]
            guard counts.count == input.q.count, counts.reduce(0, +) == draws else {
                return .fail(Feedback("epsilonGreedy's action counts do not add up.", input: describe(i)))
            }
            let frequencies = counts.map { Double($0) / Double(draws) }
            for group in Self.groups(input.q, epsilon: input.epsilon) {
                let observed = group.actions.reduce(0) { $0 + counts[$1] }
                let p = group.probability
                let mean = Double(draws) * p
                let allowed = z * (Double(draws) * p * (1 - p)).squareRoot() + 1
                let bad = p == 0 ? observed > 0 : abs(Double(observed) - mean) > allowed
                if p > 0 && p < 1 {
                    largestZ = max(largestZ, abs(Double(observed) - mean) / (Double(draws) * p * (1 - p)).squareRoot())
                }
                if bad {
                    let what = group.actions.count == 1 ? "action \(group.actions[0])" : "the tied greedy actions \(Show.ints(group.actions)) together"
                    let greedy = group.actions.contains(ActionSelection.greedyAction(input.q))
                    return .fail(Feedback(
                        "epsilonGreedy chose \(what) with the wrong frequency.",
                        expected: "probability \(Show.number(p)) (\(greedy ? "1 − ε + k·ε/|A|" : "ε/|A|")), i.e. about \(Show.number(mean.rounded())) of \(draws) draws (± \(Show.number(allowed.rounded())))",
                        observed: "\(observed) draws; all frequencies \(Show.vector(frequencies))",
                        input: describe(i),
                        hint: "With probability ε pick uniformly among ALL |A| actions (the greedy one included), otherwise a greedy action. ε = 0 is always greedy, ε = 1 is uniform. Use only the generator passed in."))
                }
            }
        }
        let shownZ = (largestZ * 100).rounded() / 100
        return .pass("All \(inputs.count) ε-greedy distributions match 1 − ε + ε/|A| and ε/|A| (largest deviation \(Show.number(shownZ)) standard deviations, \(Show.number(z)) allowed).")
    }
}
