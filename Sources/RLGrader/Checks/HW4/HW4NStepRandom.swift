import RLCore
import RLHomework

/// `hw4.n-step.random`: n-step returns on random segments with episode ends, against the reference.
struct HW4NStepRandom: Check {
    let id = "hw4.n-step.random"
    let title = "n-step returns on random segments"
    let summary = "nStepReturns on seeded random segments (terminations and truncations inside) agrees with the reference."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW4.NStepQuery in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW4.NStepQuery(rollout: HW4Fixtures.rollout(&rng, length: 5 + rng.int(below: 20)),
                                  gamma: [0.9, 0.99, 1][rng.int(below: 3)], n: [1, 2, 3, 5, 8, 1000][rng.int(below: 6)])
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW4Fixtures.describe(inputs[i].rollout) + ", γ = \(Show.number(inputs[i].gamma)), n = \(inputs[i].n)" }
        let outputs = try context.call(HW4.NStepReturns.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW4.NStepReturns.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for i in inputs.indices {
            guard let t = tolerance.firstMismatch(outputs[i], expected[i]) else { continue }
            return .fail(Feedback(
                "nStepReturns disagrees with the reference on a random segment.",
                expected: "\(Show.vector(expected[i], limit: 12)) (first difference at t = \(t))",
                observed: Show.vector(outputs[i], limit: 12), input: describe(i),
                hint: "Never add rewards or values from after the end of an episode; bootstrap from nextValues unless the last step counted is terminated."))
        }
        return .pass("All \(inputs.count) random segments agree with the reference.")
    }
}
