import RLCore
import RLHomework

/// `hw4.gae.random`: GAE on random segments, random γ and λ, against the reference.
struct HW4GAERandom: Check {
    let id = "hw4.gae.random"
    let title = "GAE on random segments"
    let summary = "gae on seeded random segments (episode ends inside, random γ and λ) agrees with the reference."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW4.GAEQuery in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW4.GAEQuery(rollout: HW4Fixtures.rollout(&rng, length: 5 + rng.int(below: 40)),
                                gamma: [0.9, 0.99, 1][rng.int(below: 3)], lambda: [0.5, 0.9, 0.95][rng.int(below: 3)])
        }
        let describe = { (i: Int) in
            "seed \(context.seeds[i]): " + HW4Fixtures.describe(inputs[i].rollout) + ", γ = \(Show.number(inputs[i].gamma)), λ = \(Show.number(inputs[i].lambda))"
        }
        let outputs = try context.call(HW4.GAE.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW4.GAE.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for i in inputs.indices {
            let mismatch = tolerance.firstMismatch(outputs[i].advantages, expected[i].advantages)
                ?? tolerance.firstMismatch(outputs[i].valueTargets, expected[i].valueTargets)
            guard let t = mismatch else { continue }
            return .fail(Feedback(
                "gae disagrees with the reference on a random segment.",
                expected: "advantages \(Show.vector(expected[i].advantages, limit: 12)), targets \(Show.vector(expected[i].valueTargets, limit: 12)) (first difference at t = \(t))",
                observed: "advantages \(Show.vector(outputs[i].advantages, limit: 12)), targets \(Show.vector(outputs[i].valueTargets, limit: 12))",
                input: describe(i),
                hint: "One backward pass: δ_t with (1 − terminated_t), the recursion with (1 − done_t), targets = Â + V."))
        }
        return .pass("All \(inputs.count) random segments agree with the reference.")
    }
}
