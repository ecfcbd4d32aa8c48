import RLCore
import RLHomework

/// `hw5.double-dqn-targets.random`: doubleDQNTargets on seeded random networks and minibatches, against
/// the reference.
struct HW5DoubleDQNTargetsRandom: Check {
    let id = "hw5.double-dqn-targets.random"
    let title = "Double DQN targets on random minibatches"
    let summary = "doubleDQNTargets on seeded random networks and minibatches agrees with the reference."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW5.TargetBatch in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW5Fixtures.targetBatch(&rng)
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW5Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW5.DoubleDQNTargets.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW5.DoubleDQNTargets.self, inputs)
        return HW5TargetComparison.compare(outputs, expected, inputs: inputs, describe: describe, function: "doubleDQNTargets",
                                           tolerance: Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9),
                                           hint: "The online network chooses a* = argmax Q_θ(s′, ·); the target network values it.")
    }
}
