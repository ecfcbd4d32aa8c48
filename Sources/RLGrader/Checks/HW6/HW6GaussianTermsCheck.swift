import RLCore
import RLHomework

/// `hw6.gaussian.terms`: gaussianTerms's log-probabilities, ratio, entropy and KL(π_old‖π_θ) against the
/// parent's formulas on seeded 1-D and 2-D queries whose actions often lie beyond the bound ±2: the
/// probabilities are those of the action as sampled (clipping it is named).
struct HW6GaussianTermsCheck: Check {
    let id = "hw6.gaussian.terms"
    let title = "Diagonal Gaussian policy: log-prob, ratio, entropy, KL"
    let summary = "gaussianTerms: log π_θ(a), log π_old(a), ℓ, H(π_θ) and KL(π_old‖π_θ) of diagonal Gaussians, at the unclipped action."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.GaussianQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for d in [1, 1, 2] { inputs.append(HW6Fixtures.gaussianQuery(&rng, dimension: d)) }
        }
        let describe = { (i: Int) in "seed \(context.seeds[i / 3]): " + HW6Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW6.GaussianTermsExercise.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-10), relative: 1e-10)
        for (i, o) in outputs.enumerated() {
            let q = inputs[i], e = HW6Judge.gaussian(q)
            let observed = [o.logProb, o.oldLogProb, o.ratio, o.entropy, o.kl], expected = [e.logProb, e.oldLogProb, e.ratio, e.entropy, e.kl]
            guard let k = tolerance.firstMismatch(observed, expected) else { continue }
            var clippedQuery = q
            clippedQuery.action = q.action.map { min(max($0, -q.actionBound), q.actionBound) }
            let clipped = HW6Judge.gaussian(clippedQuery)
            let reversedKL = HW6Judge.gaussian(HW6.GaussianQuery(mean: q.oldMean, logStd: q.oldLogStd, oldMean: q.mean, oldLogStd: q.logStd, action: q.action, actionBound: q.actionBound)).kl
            var named = ""
            if q.action != clippedQuery.action && tolerance.isClose(o.logProb, clipped.logProb) {
                named = " Your log-probability is that of the clipped action; use the action as sampled."
            } else if k == 4 && tolerance.isClose(o.kl, reversedKL) {
                named = " Your KL is KL(π_θ‖π_old), the other direction."
            }
            let names = ["log π_θ(a)", "log π_old(a)", "the ratio ℓ", "the entropy H(π_θ)", "KL(π_old‖π_θ)"]
            return .fail(Feedback(
                "gaussianTerms: \(names[min(k, names.count - 1)]) is wrong." + named,
                expected: "(log π_θ, log π_old, ℓ, H, KL) = \(Show.vector(expected))", observed: Show.vector(observed), input: describe(i),
                hint: "log π(a) = Σ_i [−½((a_i − μ_i)/σ_i)² − log σ_i − ½ log 2π] at the unclipped a (`DiagonalGaussian` helps); KL(π_old‖π_θ) puts π_old first: `old.kl(to: new)`."))
        }
        return .pass("All terms exact on \(inputs.count) queries.")
    }
}
