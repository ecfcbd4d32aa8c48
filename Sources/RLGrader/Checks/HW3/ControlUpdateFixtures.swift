import RLCore
import RLHomework

/// The shared runner of the one-step control-update checks (`hw3.sarsa.update`,
/// `hw3.q-learning.update`, `hw3.expected-sarsa.update`): hand-made cases, exact expected tables.
enum ControlUpdateFixtures {
    struct Case {
        var input: HW3.ControlUpdateInput
        var expected: [[Double]]
        var why: String
    }

    /// States 0, 1, 3 ordinary; state 2 terminal with stale values that must not be used;
    /// state 3 has only negative values (a max that starts at 0 is wrong there).
    static let q: [[Double]] = [[0, 1], [2, 5], [7, 7], [-4, -2]]

    /// `q` with entry (s, a) replaced.
    static func q(_ s: Int, _ a: Int, _ value: Double, in table: [[Double]] = q) -> [[Double]] {
        var t = table
        t[s][a] = value
        return t
    }

    static func run<E: Exercise>(
        _ context: CheckContext, _ exercise: E.Type, cases: [Case], name: String, hint: String
    ) throws -> CheckVerdict where E.Input == HW3.ControlUpdateInput, E.Output == [[Double]] {
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        let inputs = cases.map(\.input)
        let outputs = try context.call(exercise, inputs) { i in describe(inputs[i], name: name) }
        for (i, output) in outputs.enumerated() {
            let expected = cases[i].expected
            if let problem = HW3Judge.tableProblem(output, actionCounts: expected.map(\.count)) {
                return .fail(Feedback("\(name) " + problem + ".", input: describe(inputs[i], name: name),
                                      hint: "Return a copy of q with only Q(s, a) changed."))
            }
            for s in expected.indices {
                if let a = tolerance.firstMismatch(output[s], expected[s]) {
                    return .fail(Feedback(
                        "\(name) returned the wrong Q(\(s), \(a)).",
                        expected: "Q = \(HW3Judge.describe(expected)) (\(cases[i].why))",
                        observed: "Q = \(HW3Judge.describe(output))", input: describe(inputs[i], name: name),
                        hint: hint))
                }
            }
        }
        return .pass("All \(inputs.count) hand-made \(name) cases are right.")
    }

    static func describe(_ input: HW3.ControlUpdateInput, name: String) -> String {
        var text = "Q = \(HW3Judge.describe(input.q)), transition \(HW3Judge.describe(input.transition))"
        if name.hasPrefix("sarsaUpdate") { text += ", a′ = \(input.nextAction)" }
        if name.hasPrefix("expectedSarsaUpdate") { text += ", ε = \(Show.number(input.epsilon))" }
        return text + ", α = \(Show.number(input.alpha)), γ = \(Show.number(input.gamma))"
    }
}
