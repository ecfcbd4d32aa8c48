import RLCore
import RLHomework

/// `hw4.linear-td.random`: linear TD(0) on random dense features and episodes (some cut by a time
/// limit) agrees with the reference.
struct HW4LinearTDRandom: Check {
    let id = "hw4.linear-td.random"
    let title = "Linear TD(0) on random features"
    let summary = "linearTD0 on seeded random features and episodes (terminated and time-limited) agrees with the reference."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW4.LinearPrediction in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW4Fixtures.linearPrediction(&rng, allTerminate: false)
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.LinearTD.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW4.LinearTD.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for i in inputs.indices {
            guard let j = tolerance.firstMismatch(outputs[i], expected[i]) else { continue }
            return .fail(Feedback(
                "linearTD0 disagrees with the reference on random features.",
                expected: "θ = \(Show.vector(expected[i])) (first difference at component \(j))",
                observed: "θ = \(Show.vector(outputs[i]))", input: describe(i),
                hint: "Process the episodes and their steps in order, each update with the current θ. v̂(s_T) = 0 only when the episode terminated; a time-limited episode bootstraps from θᵀx(s_T)."))
        }
        return .pass("All \(inputs.count) random inputs agree with the reference.")
    }
}
