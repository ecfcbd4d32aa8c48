import RLCore
import RLHomework

/// `hw6.gaussian.ratio-gradient`: gaussianTerms's ∂ℓ/∂μ and ∂ℓ/∂log σ against central finite
/// differences of the parent's ratio.
struct HW6GaussianRatioGradient: Check {
    let id = "hw6.gaussian.ratio-gradient"
    let title = "Diagonal Gaussian policy: the ratio's gradient"
    let summary = "gaussianTerms's ∂ℓ/∂μ and ∂ℓ/∂log σ agree with finite differences of ℓ = π_θ(a)/π_old(a)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.GaussianQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for d in [1, 2] { inputs.append(HW6Fixtures.gaussianQuery(&rng, dimension: d)) }
        }
        let describe = { (i: Int) in "seed \(context.seeds[i / 2]): " + HW6Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW6.GaussianTermsExercise.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-6), relative: 1e-5)
        let h = 1e-6
        for (i, o) in outputs.enumerated() {
            let q = inputs[i]
            func ratio(_ mean: [Double], _ logStd: [Double]) -> Double {
                var p = q
                p.mean = mean
                p.logStd = logStd
                return HW6Judge.gaussian(p).ratio
            }
            let dMean = q.mean.indices.map { k -> Double in
                var plus = q.mean, minus = q.mean
                plus[k] += h
                minus[k] -= h
                return (ratio(plus, q.logStd) - ratio(minus, q.logStd)) / (2 * h)
            }
            let dLogStd = q.logStd.indices.map { k -> Double in
                var plus = q.logStd, minus = q.logStd
                plus[k] += h
                minus[k] -= h
                return (ratio(q.mean, plus) - ratio(q.mean, minus)) / (2 * h)
            }
            if tolerance.firstMismatch(o.ratioGradientMean, dMean) == nil && tolerance.firstMismatch(o.ratioGradientLogStd, dLogStd) == nil { continue }
            return .fail(Feedback(
                "gaussianTerms: the ratio's gradient disagrees with finite differences.",
                expected: "∂ℓ/∂μ ≈ \(Show.vector(dMean)), ∂ℓ/∂log σ ≈ \(Show.vector(dLogStd))",
                observed: "∂ℓ/∂μ = \(Show.vector(o.ratioGradientMean)), ∂ℓ/∂log σ = \(Show.vector(o.ratioGradientLogStd))", input: describe(i),
                hint: "∂ℓ/∂θ = ℓ ∂log π_θ(a)/∂θ: ∂/∂μ_i = ℓ (a_i − μ_i)/σ_i², ∂/∂log σ_i = ℓ (((a_i − μ_i)/σ_i)² − 1) — the −1 comes from the −log σ_i term."))
        }
        return .pass("Ratio gradients agree with finite differences on \(inputs.count) queries.")
    }
}
