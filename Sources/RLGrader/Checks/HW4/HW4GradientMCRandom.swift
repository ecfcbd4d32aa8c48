import RLCore
import RLHomework

/// `hw4.gradient-mc.random`: gradient Monte-Carlo on random dense features agrees with the reference.
struct HW4GradientMCRandom: Check {
    let id = "hw4.gradient-mc.random"
    let title = "Gradient Monte-Carlo on random features"
    let summary = "gradientMonteCarlo on seeded random features and episodes agrees with the reference."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW4.LinearPrediction in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW4Fixtures.linearPrediction(&rng, allTerminate: true)
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.GradientMC.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW4.GradientMC.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for i in inputs.indices {
            guard let j = tolerance.firstMismatch(outputs[i], expected[i]) else { continue }
            return .fail(Feedback(
                "gradientMonteCarlo disagrees with the reference on random features.",
                expected: "θ = \(Show.vector(expected[i])) (first difference at component \(j))",
                observed: "θ = \(Show.vector(outputs[i]))", input: describe(i),
                hint: "Compute all the returns of an episode first (with the discount γ), then update θ once per step in time order, each update with the current θ."))
        }
        return .pass("All \(inputs.count) random inputs agree with the reference.")
    }
}
