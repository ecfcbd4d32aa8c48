import RLCore
import RLHomework

/// `hw6.line-search.first-acceptable`: lineSearch on problems where some fraction is acceptable: the
/// result must be the **first** j with KL ≤ δ and an improved surrogate (steps of several lengths along
/// the gradient, so j = 0 is sometimes too far and the KL condition decides).
struct HW6LineSearchFirstAcceptable: Check {
    let id = "hw6.line-search.first-acceptable"
    let title = "TRPO line search: the first acceptable fraction"
    let summary = "lineSearch accepts the first θ_old + α^j s with mean KL ≤ δ and a better surrogate, on problems where one exists."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.LineSearchProblem] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for length in [0.05, 0.6, 2.0, 4.0] {
                let p = HW6LineSearchFixtures.problem(&rng, length: length, sign: 1, maxBacktracks: 12)
                if HW6Judge.lineSearch(p).accepted != nil { inputs.append(p) }
            }
        }
        let describe = { (i: Int) in HW6LineSearchFixtures.describe(inputs[i]) }
        let outputs = try context.call(HW6.LineSearch.self, inputs, describe: describe)
        var passed = 0, firstFailure: Feedback?
        for (i, o) in outputs.enumerated() {
            if let f = HW6LineSearchFixtures.mismatch(o, inputs[i]) { firstFailure = firstFailure ?? f } else { passed += 1 }
        }
        let accepted = inputs.map { HW6Judge.lineSearch($0).accepted ?? -1 }
        return .fraction(passed: passed, of: inputs.count,
                         passSummary: "The first acceptable fraction on \(inputs.count) problems (accepted j: \(Show.ints(accepted))).",
                         failure: firstFailure)
    }
}
