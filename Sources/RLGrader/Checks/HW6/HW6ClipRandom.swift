import RLCore
import RLHomework

/// `hw6.clip.random`: clipObjective on seeded random batches against the reference (ratios, objective,
/// gradient, clip fraction, both KL estimates) to 1e-9.
struct HW6ClipRandom: Check {
    let id = "hw6.clip.random"
    let title = "PPO-clip on random batches"
    let summary = "clipObjective on seeded random batches agrees with the reference in every output."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW6.ClipBatch in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW6Fixtures.clipBatch(&rng)
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW6Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW6.ClipObjective.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW6.ClipObjective.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for i in inputs.indices {
            let o = outputs[i], e = expected[i]
            let scalars = [o.objective, o.clipFraction, o.approxKL, o.naiveKL]
            let reference = [e.objective, e.clipFraction, e.approxKL, e.naiveKL]
            if tolerance.firstMismatch(scalars, reference) == nil, tolerance.firstMismatch(o.ratios, e.ratios) == nil,
               tolerance.firstMismatch(o.gradient, e.gradient) == nil { continue }
            return .fail(Feedback(
                "clipObjective disagrees with the reference on a random batch.",
                expected: "objective, clip fraction, approx KL, naive KL \(Show.vector(reference)); gradient \(Show.vector(e.gradient, limit: 6))",
                observed: "\(Show.vector(scalars)); gradient \(Show.vector(o.gradient, limit: 6))",
                input: describe(i), hint: "The public clip-table and diagnostics checks test the same function case by case; fix those first."))
        }
        return .pass("All \(inputs.count) random batches agree with the reference.")
    }
}
