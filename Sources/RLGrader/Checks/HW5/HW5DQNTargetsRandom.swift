import RLCore
import RLHomework

/// `hw5.dqn-targets.random`: dqnTargets on seeded random networks and minibatches, against the reference.
struct HW5DQNTargetsRandom: Check {
    let id = "hw5.dqn-targets.random"
    let title = "DQN targets on random minibatches"
    let summary = "dqnTargets on seeded random networks and minibatches (terminated and truncated steps) agrees with the reference."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW5.TargetBatch in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW5Fixtures.targetBatch(&rng)
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW5Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW5.DQNTargets.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW5.DQNTargets.self, inputs)
        return HW5TargetComparison.compare(outputs, expected, inputs: inputs, describe: describe, function: "dqnTargets",
                                           tolerance: Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9),
                                           hint: "hw5.dqn-targets.fixtures tests the same function case by case; fix it first.")
    }
}
