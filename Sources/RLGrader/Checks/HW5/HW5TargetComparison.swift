import RLCore
import RLHomework

/// Compares a student's minibatch targets with expected ones, naming the first transition that differs.
enum HW5TargetComparison {
    static func compare(_ outputs: [[Double]], _ expected: [[Double]], inputs: [HW5.TargetBatch], describe: (Int) -> String,
                        function: String, tolerance: Tolerance, hint: String) -> CheckVerdict {
        for i in inputs.indices {
            guard let k = tolerance.firstMismatch(outputs[i], expected[i]) else { continue }
            guard outputs[i].count == expected[i].count else {
                return .fail(Feedback("\(function) returned \(outputs[i].count) targets for \(expected[i].count) transitions.",
                                      input: describe(i), hint: "Return one target per transition, in order."))
            }
            let e = inputs[i].transitions[k]
            return .fail(Feedback(
                "\(function) disagrees with the reference at transition \(k).",
                expected: "y = \(Show.number(expected[i][k]))", observed: "y = \(Show.number(outputs[i][k]))",
                input: describe(i) + "; transition \(k): r = \(Show.number(e.reward)), s′ = \(Show.vector(e.nextState)), terminated = \(e.terminated), truncated = \(e.truncated)",
                hint: hint))
        }
        return .pass("All \(inputs.count) random minibatches agree with the reference.")
    }
}
