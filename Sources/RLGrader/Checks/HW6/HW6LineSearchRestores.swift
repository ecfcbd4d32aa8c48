import RLCore
import RLHomework

/// `hw6.line-search.restores`: lineSearch on problems where no fraction is acceptable — steps against the
/// gradient (the surrogate never improves) and long steps with few backtracks (the KL never fits):
/// the result must be the old parameters and nil.
struct HW6LineSearchRestores: Check {
    let id = "hw6.line-search.restores"
    let title = "TRPO line search keeps the old parameters on failure"
    let summary = "lineSearch returns θ_old and nil when no fraction both satisfies KL ≤ δ and improves the surrogate."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.LineSearchProblem] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let candidates = [
                HW6LineSearchFixtures.problem(&rng, length: 0.3, sign: -1, maxBacktracks: 10),
                HW6LineSearchFixtures.problem(&rng, length: 1.5, sign: -1, maxBacktracks: 6),
                HW6LineSearchFixtures.problem(&rng, length: 12, sign: 1, maxBacktracks: 2),
            ]
            inputs += candidates.filter { HW6Judge.lineSearch($0).accepted == nil }
        }
        let describe = { (i: Int) in HW6LineSearchFixtures.describe(inputs[i]) }
        let outputs = try context.call(HW6.LineSearch.self, inputs, describe: describe)
        var passed = 0, firstFailure: Feedback?
        for (i, o) in outputs.enumerated() {
            if let f = HW6LineSearchFixtures.mismatch(o, inputs[i]) { firstFailure = firstFailure ?? f } else { passed += 1 }
        }
        return .fraction(passed: passed, of: inputs.count, passSummary: "θ_old and nil on all \(inputs.count) problems without an acceptable step.", failure: firstFailure)
    }
}
