import RLCore
import RLHomework

/// `hw5.double-dqn-targets.argmax`: on random minibatches, the Double DQN target is r + γ (1 − terminated)
/// Q_θ⁻(s′, argmax_a′ Q_θ(s′, a′)) — the online network chooses, the target network values. The parent
/// also calls the student's DQN target and checks the two agree exactly where the networks' argmaxes
/// agree and differ where they differ (and s′ is not terminal).
struct HW5DoubleDQNTargetsArgmax: Check {
    let id = "hw5.double-dqn-targets.argmax"
    let title = "Double DQN: the online network chooses, the target network values"
    let summary = "doubleDQNTargets equals r + γ (1 − terminated) Q_θ⁻(s′, argmax Q_θ(s′, ·)), and differs from dqnTargets exactly where the two networks' argmaxes differ."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW5.TargetBatch in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW5Fixtures.targetBatch(&rng)
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): " + HW5Fixtures.describe(inputs[i]) }
        let double = try context.call(HW5.DoubleDQNTargets.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        let own = HW5TargetComparison.compare(
            double, inputs.map(HW5Judge.doubleDQNTargets), inputs: inputs, describe: describe, function: "doubleDQNTargets",
            tolerance: tolerance,
            hint: "a* = argmax_a′ Q_θ(s′, a′) with the *online* network (`batch.online`), then y = r + γ Q_θ⁻(s′, a*) with the *target* network; y = r when terminated.")
        guard own.score == 1 else { return own }
        let plain = try context.call(HW5.DQNTargets.self, inputs, describe: describe)
        for (i, batch) in inputs.enumerated() {
            let differ = HW5Judge.argmaxesDiffer(batch)
            for k in batch.transitions.indices where !batch.transitions[k].terminated && k < plain[i].count {
                let same = tolerance.isClose(plain[i][k], double[i][k])
                if same == differ[k] {
                    return .fail(Feedback(
                        differ[k] ? "Your DQN and Double DQN targets coincide where the online and target argmaxes differ."
                                  : "Your DQN and Double DQN targets differ where the online and target argmaxes agree.",
                        expected: differ[k] ? "Double target < DQN target (the target network's max is not at the online argmax)" : "equal targets",
                        observed: "dqnTargets y = \(Show.number(plain[i][k])), doubleDQNTargets y = \(Show.number(double[i][k]))",
                        input: describe(i) + "; transition \(k)",
                        hint: "When both networks pick the same action, Q_θ⁻(s′, argmax Q_θ) = max Q_θ⁻. Check hw5.dqn-targets.fixtures for your DQN target."))
                }
            }
        }
        return .pass("Double DQN targets are right on \(inputs.count) minibatches and differ from the DQN targets exactly where the argmaxes differ.")
    }
}
