import RLCore
import RLHomework

/// `hw4.a2c-loss.random`: the losses and gradients of a2cLoss on random networks and batches, against the
/// reference.
struct HW4A2CLossRandom: Check {
    let id = "hw4.a2c-loss.random"
    let title = "A2C loss on random batches"
    let summary = "a2cLoss on seeded random networks, segments and coefficients agrees with the reference (losses and gradients)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW4.A2CBatch in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW4Fixtures.a2cBatch(&rng, c1: [0.5, 0.25, 1][rng.int(below: 3)], c2: [0.01, 0.1, 0][rng.int(below: 3)])
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.A2CLossExercise.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW4.A2CLossExercise.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-7)
        for i in inputs.indices {
            let o = outputs[i], e = expected[i]
            let scalars = [o.policyLoss, o.valueLoss, o.entropyLoss, o.totalLoss]
            let reference = [e.policyLoss, e.valueLoss, e.entropyLoss, e.totalLoss]
            if tolerance.firstMismatch(scalars, reference) == nil,
               tolerance.firstMismatch(o.actorGradient, e.actorGradient) == nil,
               tolerance.firstMismatch(o.criticGradient, e.criticGradient) == nil { continue }
            return .fail(Feedback(
                "a2cLoss disagrees with the reference on a random batch.",
                expected: "losses (policy, value, entropy, total) \(Show.vector(reference)), actor gradient \(Show.vector(e.actorGradient, limit: 6)), critic gradient \(Show.vector(e.criticGradient, limit: 6))",
                observed: "losses \(Show.vector(scalars)), actor gradient \(Show.vector(o.actorGradient, limit: 6)), critic gradient \(Show.vector(o.criticGradient, limit: 6))",
                input: describe(i),
                hint: "hw4.a2c-loss.terms and hw4.a2c-loss.gradient check the same function term by term; fix those first."))
        }
        return .pass("All \(inputs.count) random batches agree with the reference.")
    }
}
