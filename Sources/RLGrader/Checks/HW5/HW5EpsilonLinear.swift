import RLCore
import RLHomework

/// `hw5.epsilon.linear`: the linear ε schedule at the start, during the decay, at its end and long after.
struct HW5EpsilonLinear: Check {
    let id = "hw5.epsilon.linear"
    let title = "Linear ε schedule"
    let summary = "epsilon: ε(t) = ε_start + (ε_end − ε_start) min(1, t / decaySteps) — decays linearly, then stays at ε_end."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs = [HW5.EpsilonQuery(schedule: HW5.EpsilonSchedule(start: 1, end: 0.05, decaySteps: 1000),
                                       steps: [0, 1, 250, 500, 999, 1000, 1001, 5000, 1_000_000])]
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let decay = 10 + rng.int(below: 5000)
            let schedule = HW5.EpsilonSchedule(start: HW5Fixtures.rounded(rng.uniform(0.5, 1)), end: HW5Fixtures.rounded(rng.uniform(0, 0.2)), decaySteps: decay)
            inputs.append(HW5.EpsilonQuery(schedule: schedule, steps: [0, decay / 3, decay / 2, decay - 1, decay, decay + 1, 3 * decay] + (0..<5).map { _ in rng.int(below: 2 * decay) }))
        }
        let describe = { (i: Int) in
            let s = inputs[i].schedule
            return "ε_start = \(Show.number(s.start)), ε_end = \(Show.number(s.end)), decaySteps = \(s.decaySteps), steps \(Show.ints(inputs[i].steps))"
        }
        let outputs = try context.call(HW5.Epsilon.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12))
        for (i, query) in inputs.enumerated() {
            let expected = query.steps.map { HW5Judge.epsilon(query.schedule, step: $0) }
            if let j = tolerance.firstMismatch(outputs[i], expected) {
                let t = query.steps[min(j, query.steps.count - 1)]
                return .fail(Feedback(
                    "epsilon(_:step:) is wrong at step \(t).",
                    expected: "ε(\(t)) = \(Show.number(expected[min(j, expected.count - 1)]))",
                    observed: j < outputs[i].count ? "\(Show.number(outputs[i][j]))" : "\(outputs[i].count) values",
                    input: describe(i),
                    hint: t >= query.schedule.decaySteps
                        ? "From step decaySteps on, ε stays at ε_end (clamp the fraction t / decaySteps at 1)."
                        : "ε decays linearly from ε_start at t = 0 to ε_end at t = decaySteps: use Double(t) / Double(decaySteps) (not integer division)."))
            }
        }
        return .pass("ε is right at \(inputs.reduce(0) { $0 + $1.steps.count }) steps of \(inputs.count) schedules.")
    }
}
