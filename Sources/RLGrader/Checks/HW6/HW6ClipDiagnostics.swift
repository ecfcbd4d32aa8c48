import RLCore
import RLHomework

/// `hw6.clip.diagnostics`: the clip fraction and the two KL estimators of clipObjective, exact on
/// seeded batches: clip fraction = #{|ℓ−1| > ε}/N, approx KL = mean((ℓ−1) − log ℓ) ≥ 0, naive KL =
/// mean(−log ℓ). The wrong sign of either estimator is recognised and named.
struct HW6ClipDiagnostics: Check {
    let id = "hw6.clip.diagnostics"
    let title = "PPO-clip: clip fraction and KL estimators"
    let summary = "clipObjective's clip fraction, approx KL ((ℓ−1) − log ℓ) and naive KL (−log ℓ) are exact on seeded batches."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW6.ClipBatch in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW6Fixtures.clipBatch(&rng)
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW6Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW6.ClipObjective.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-12)
        for (i, o) in outputs.enumerated() {
            let e = HW6Judge.clip(inputs[i])
            if !tolerance.isClose(o.clipFraction, e.clipFraction) {
                return .fail(Feedback("clipObjective: the clip fraction is wrong.", expected: Show.number(e.clipFraction),
                                      observed: Show.number(o.clipFraction), input: describe(i),
                                      hint: "The clip fraction is the share of steps with |ℓ_t − 1| > ε, whatever the sign of Â_t."))
            }
            if !tolerance.isClose(o.approxKL, e.approxKL) {
                return .fail(Feedback("clipObjective: the approximate KL ((ℓ−1) − log ℓ) is wrong.", expected: Show.number(e.approxKL),
                                      observed: Show.number(o.approxKL), input: describe(i),
                                      hint: "approx KL = (1/N) Σ ((ℓ_t − 1) − log ℓ_t), with log ℓ_t = log π_θ − log π_old. Every term is ≥ 0 (log x ≤ x − 1), so the mean is never negative."))
            }
            if !tolerance.isClose(o.naiveKL, e.naiveKL) {
                return .fail(Feedback("clipObjective: the naive KL estimate (−log ℓ) is wrong.", expected: Show.number(e.naiveKL),
                                      observed: Show.number(o.naiveKL), input: describe(i),
                                      hint: "naive KL = (1/N) Σ (log π_old − log π_θ) = −mean log ℓ: it estimates KL(π_old‖π_θ) from actions of π_old, and may be negative on a batch."))
            }
        }
        return .pass("Clip fraction and both KL estimates exact on \(inputs.count) batches.")
    }
}
