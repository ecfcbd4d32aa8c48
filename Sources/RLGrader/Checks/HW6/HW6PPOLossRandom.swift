import RLCore
import RLHomework

/// `hw6.ppo-loss.random`: ppoLoss on seeded random batches against the reference, every output to 1e-9.
struct HW6PPOLossRandom: Check {
    let id = "hw6.ppo-loss.random"
    let title = "The PPO loss on random batches"
    let summary = "ppoLoss on seeded random batches (value clipping on and off, several c₁, c₂) agrees with the reference."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW6.PPOBatch in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW6Fixtures.ppoBatch(&rng, clipValues: rng.int(below: 2) == 0, c1: [0.5, 1][rng.int(below: 2)], c2: [0, 0.01, 0.1][rng.int(below: 3)])
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW6Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW6.PPOLossExercise.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW6.PPOLossExercise.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for i in inputs.indices {
            let o = outputs[i], e = expected[i]
            let scalars = [o.policyLoss, o.valueLoss, o.entropy, o.totalLoss], reference = [e.policyLoss, e.valueLoss, e.entropy, e.totalLoss]
            if tolerance.firstMismatch(scalars, reference) == nil, tolerance.firstMismatch(o.valueGradients, e.valueGradients) == nil,
               o.logitGradients.count == e.logitGradients.count,
               tolerance.firstMismatch(o.logitGradients.flatMap { $0 }, e.logitGradients.flatMap { $0 }) == nil { continue }
            return .fail(Feedback(
                "ppoLoss disagrees with the reference on a random batch.",
                expected: "losses \(Show.vector(reference)), ∂L/∂V \(Show.vector(e.valueGradients, limit: 6))",
                observed: "losses \(Show.vector(scalars)), ∂L/∂V \(Show.vector(o.valueGradients, limit: 6))",
                input: describe(i), hint: "The public PPO-loss check tests the same function with finite differences; fix it first."))
        }
        return .pass("All \(inputs.count) random batches agree with the reference.")
    }
}
