import RLCore
import RLHomework

/// `hw3.td-zero.episodes`: TD(0) prediction over hand-made episodes: online updates in step order,
/// no bootstrapping at the end of a terminated episode, bootstrapping at the end of a truncated one.
struct TDZeroEpisodes: Check {
    let id = "hw3.td-zero.episodes"
    let title = "TD(0) prediction over episodes"
    let summary = "Online TD(0) over recorded episodes: a terminated episode's last step does not bootstrap, a truncated one's does."

    static let cases: [(HW3.TDPredictionInput, [Double], String)] = [
        (.init(episodes: [HW3.Episode(states: [3, 4, 5, 6], rewards: [0, 0, 1], terminated: true)],
               initialValues: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], alpha: 0.1, gamma: 1),
         [0.5, 0.5, 0.5, 0.5, 0.5, 0.55, 0.5],
         "the random walk's first episode C → D → E → right end: only V(E) changes, to 0.5 + 0.1 (1 − 0.5); the terminal state's stored 0.5 is not used"),
        (.init(episodes: [HW3.Episode(states: [0, 1, 2], rewards: [1, 1], terminated: false)],
               initialValues: [0, 0, 10], alpha: 0.5, gamma: 0.9),
         [0.5, 5, 10], "the episode was truncated in state 2, which is not terminal: V(1) = 0 + 0.5 (1 + 0.9·10 − 0)"),
        (.init(episodes: [HW3.Episode(states: [0, 1, 0, 2], rewards: [0, 1, 2], terminated: true),
                          HW3.Episode(states: [1, 2], rewards: [-1], terminated: true)],
               initialValues: [1, 2, 0], alpha: 0.5, gamma: 1),
         [1.75, 0.625, 0],
         "online: V(0) = 1.5 after step 1, V(1) = 2 + 0.5 (1 + 1.5 − 2) = 2.25, V(0) = 1.5 + 0.5 (2 − 1.5) = 1.75; episode 2: V(1) = 2.25 + 0.5 (−1 − 2.25)"),
    ]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        let inputs = Self.cases.map(\.0)
        let outputs = try context.call(HW3.TDZero.self, inputs) { i in Self.describe(inputs[i]) }
        for (i, output) in outputs.enumerated() {
            let expected = Self.cases[i].1
            if let problem = HW3Judge.valuesProblem(output, count: expected.count) {
                return .fail(Feedback("tdZeroPrediction " + problem + ".", input: Self.describe(inputs[i])))
            }
            if let s = tolerance.firstMismatch(output, expected) {
                return .fail(Feedback(
                    "tdZeroPrediction returned the wrong V(\(s)).",
                    expected: "V = \(Show.vector(expected)) (\(Self.cases[i].2))", observed: "V = \(Show.vector(output))",
                    input: Self.describe(inputs[i]),
                    hint: "Update after every step, in order, using the values as they are at that moment. Only the last step of a TERMINATED episode has target r alone; a truncated episode ends in a non-terminal state, so its last step bootstraps from V(S_T)."))
            }
        }
        return .pass("All \(inputs.count) hand-made TD(0) predictions are right.")
    }

    static func describe(_ input: HW3.TDPredictionInput) -> String {
        let episodes = input.episodes.map(HW3Judge.describe).joined(separator: "; ")
        return "episodes [\(episodes)], initial V \(Show.vector(input.initialValues)), α = \(Show.number(input.alpha)), γ = \(Show.number(input.gamma))"
    }
}
