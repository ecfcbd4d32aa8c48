import RLCore
import RLHomework

/// `hw4.reinforce.baseline`: with the baseline b(s) = V^π(s), and with another, arbitrary state baseline,
/// the mean of the estimates is still the exact ∇J(θ); with V^π their total variance (on the same
/// batches) is clearly lower than without a baseline. The arbitrary baseline spreads b over several
/// units, so that a baseline looked up with the wrong index (the action) shows a large bias.
struct HW4ReinforceBaseline: Check {
    let id = "hw4.reinforce.baseline"
    let title = "A baseline keeps REINFORCE unbiased and lowers its variance"
    let summary = "With b(s) = V^π(s), the mean of reinforceGradient is still ∇J(θ) and its variance on the same batches drops below the rubric's ratio of the variance without a baseline."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let z = context.parameter("z", 5)
        let maxRatio = context.parameter("max_variance_ratio", 0.8)
        let problems = try context.seeds.map {
            try HW4ReinforceProblem(seed: $0, label: id, batchCount: context.intParameter("batches", 400),
                                    episodesPerBatch: context.intParameter("episodes", 10))
        }
        let perProblem = problems.first?.batches.count ?? 0
        // An arbitrary state baseline per problem: V^π shifted by up to ±3 per state.
        let arbitrary = problems.map { problem -> [Double] in
            var rng = SeededGenerator(seed: problem.seed).child(id).child("arbitrary-baseline")
            return problem.values.map { HW4Fixtures.rounded($0 + rng.uniform(-3, 3)) }
        }
        func baselineText(_ p: Int, _ kind: Int) -> String {
            switch kind {
            case 0: return "baseline b(s) = V^π(s) = \(Show.vector(problems[p].values.map { ($0 * 1e4).rounded() / 1e4 }))"
            case 1: return "an arbitrary state baseline b(s) = \(Show.vector(arbitrary[p]))"
            default: return "no baseline"
            }
        }
        // Per problem: the batches with b = V^π, with the arbitrary b, then the same batches without.
        let inputs = problems.indices.flatMap { p in
            problems[p].inputs(baseline: problems[p].values) + problems[p].inputs(baseline: arbitrary[p]) + problems[p].inputs(baseline: nil)
        }
        let describe = { (i: Int) -> String in
            let p = i / (3 * perProblem), k = i % (3 * perProblem)
            return "batch \(k % perProblem) of " + problems[p].description + ", " + baselineText(p, k / perProblem)
        }
        let outputs = try context.call(HW4.ReinforceGradient.self, inputs, describe: describe)
        var worstZ = 0.0, worstRatio = 0.0
        for (p, problem) in problems.enumerated() {
            let base = 3 * p * perProblem
            let with = Array(outputs[base..<(base + perProblem)])
            let other = Array(outputs[(base + perProblem)..<(base + 2 * perProblem)])
            let without = Array(outputs[(base + 2 * perProblem)..<(base + 3 * perProblem)])
            if let feedback = problem.validate(with + other + without, describe: { describe(base + $0) }) { return .fail(feedback) }
            let (mean, se, variance) = HW4Judge.meanAndStandardError(with)
            let otherStats = HW4Judge.meanAndStandardError(other)
            for (kind, m, s) in [(0, mean, se), (1, otherStats.mean, otherStats.standardError)] {
                guard let (j, score) = HW4ReinforceProblem.worstDeviation(mean: m, standardError: s, exact: problem.exactGradient, z: z) else {
                    worstZ = max(worstZ, HW4ReinforceProblem.maxZ(mean: m, standardError: s, exact: problem.exactGradient))
                    continue
                }
                return .fail(Feedback(
                    "With a baseline, the average of your REINFORCE estimates is no longer the policy gradient: the baseline added a bias.",
                    expected: "∇J(θ) = \(Show.vector(problem.exactGradient, limit: 12)) (a baseline b(s) does not change the expectation); component \(j) = \(Show.number(problem.exactGradient[j]))",
                    observed: "mean over \(perProblem) batches = \(Show.vector(m, limit: 12)); component \(j) = \(Show.number(m[j])) ± \(Show.number(s[j])), \(score.isFinite ? Show.number((score * 10).rounded() / 10) : "∞") standard errors away (allowed \(Show.number(z)))",
                    input: problem.description + ", " + baselineText(p, kind),
                    hint: "Subtract b(s_t) — the baseline of the STATE s_t, `baseline[states[t]]` — from G_t. Any function of the state keeps the estimate unbiased; one that depends on the action (e.g. indexed by a_t) does not: E_a[b(s,a) ∇log π(a|s)] ≠ 0."))
            }
            let withVariance = variance.reduce(0, +)
            let withoutVariance = HW4Judge.meanAndStandardError(without).variance.reduce(0, +)
            let ratio = withoutVariance > 0 ? withVariance / withoutVariance : .infinity
            if !(ratio <= maxRatio) {
                return .fail(Feedback(
                    "The baseline does not reduce the variance of your REINFORCE estimates enough.",
                    expected: "total variance with the baseline ≤ \(Show.number(maxRatio)) × the variance without it",
                    observed: "variance with \(Show.number(withVariance)), without \(Show.number(withoutVariance)) (ratio \(Show.number((ratio * 1000).rounded() / 1000)))",
                    input: problem.description + ", " + baselineText(p, 0),
                    hint: "Use the baseline the input gives: (G_t − b(s_t)) ∇log π(a_t|s_t). With b = V^π the weights G_t − V^π(s_t) are centred, so the estimates vary much less."))
            }
            worstRatio = max(worstRatio, ratio)
        }
        return .pass("With b = V^π and with an arbitrary b(s) the mean is within \(Show.number((worstZ * 100).rounded() / 100)) standard errors of ∇J(θ) (allowed \(Show.number(z))) and the variance ratio is at most \(Show.number((worstRatio * 1000).rounded() / 1000)) (allowed \(Show.number(maxRatio))).")
    }
}
