import RLCore
import RLHomework

/// `hw3.td-zero.update`: one TD(0) update on hand-made transitions, including a transition into a
/// terminal state whose stored value is not 0 (it must not be used), γ = 0, γ = 1 and a self-loop.
struct TDZeroUpdate: Check {
    let id = "hw3.td-zero.update"
    let title = "One TD(0) update"
    let summary = "V(S_t) ← V(S_t) + α (R_{t+1} + γ V(S_{t+1}) − V(S_t)) on hand-made transitions; no bootstrapping past a terminal state."

    /// State 3 is terminal; its stored value 4 must never be used.
    static let v: [Double] = [0.5, 1, -2, 4]

    static let cases: [(HW3.TDUpdateInput, [Double], String)] = [
        (.init(values: v, transition: HW3.Transition(state: 0, reward: 1, nextState: 1, terminated: false), alpha: 0.1, gamma: 0.9),
         [0.64, 1, -2, 4], "0.5 + 0.1 (1 + 0.9·1 − 0.5)"),
        (.init(values: v, transition: HW3.Transition(state: 1, reward: 2, nextState: 3, terminated: true), alpha: 0.5, gamma: 0.9),
         [0.5, 1.5, -2, 4], "s′ is terminal, so the target is r = 2: 1 + 0.5 (2 − 1); the stored V(3) = 4 is not used"),
        (.init(values: v, transition: HW3.Transition(state: 2, reward: 3, nextState: 0, terminated: false), alpha: 0.25, gamma: 0),
         [0.5, 1, -0.75, 4], "γ = 0: the target is r = 3: −2 + 0.25 (3 + 2)"),
        (.init(values: v, transition: HW3.Transition(state: 0, reward: -1, nextState: 2, terminated: false), alpha: 0.5, gamma: 1),
         [-1.25, 1, -2, 4], "γ = 1: 0.5 + 0.5 (−1 + (−2) − 0.5)"),
        (.init(values: v, transition: HW3.Transition(state: 1, reward: 1, nextState: 1, terminated: false), alpha: 0.5, gamma: 0.9),
         [0.5, 1.45, -2, 4], "a self-loop: the target uses V(1) before the update: 1 + 0.5 (1 + 0.9·1 − 1)"),
    ]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        let inputs = Self.cases.map(\.0)
        let outputs = try context.call(HW3.TDZeroUpdate.self, inputs) { i in Self.describe(inputs[i]) }
        for (i, output) in outputs.enumerated() {
            let expected = Self.cases[i].1
            if let problem = HW3Judge.valuesProblem(output, count: expected.count) {
                return .fail(Feedback("tdZeroUpdate " + problem + ".", input: Self.describe(inputs[i])))
            }
            if let s = tolerance.firstMismatch(output, expected) {
                return .fail(Feedback(
                    "tdZeroUpdate returned the wrong V(\(s)).",
                    expected: "V = \(Show.vector(expected)) (\(Self.cases[i].2))", observed: "V = \(Show.vector(output))",
                    input: Self.describe(inputs[i]),
                    hint: "Only V(s) changes, by α times the TD error δ = r + γ V(s′) − V(s); when the transition is terminal the target is r alone (do not read V(s′))."))
            }
        }
        return .pass("All \(inputs.count) hand-made TD(0) updates are right.")
    }

    static func describe(_ input: HW3.TDUpdateInput) -> String {
        "V = \(Show.vector(input.values)), transition \(HW3Judge.describe(input.transition)), α = \(Show.number(input.alpha)), γ = \(Show.number(input.gamma))"
    }
}
