import RLCore
import RLHomework

/// `hw3.monte-carlo.first-visit`: first-visit and every-visit Monte-Carlo on episodes that revisit
/// states, where the two differ. Hand-made cases, then seeded random episodes judged against the
/// sample averages of the first-visit / every-visit returns (computed here, no oracle).
struct MonteCarloFirstVisit: Check {
    let id = "hw3.monte-carlo.first-visit"
    let title = "First-visit vs every-visit Monte-Carlo"
    let summary = "On episodes that revisit states, first-visit MC averages one return per episode and every-visit MC all of them."

    /// 0 → 1 → 0 → 2 → terminal 3 with rewards 1, 0, 2, 3: state 0 is visited at t = 0 and t = 2.
    static let revisit = HW3.Episode(states: [0, 1, 0, 2, 3], rewards: [1, 0, 2, 3], terminated: true)

    static let cases: [(HW3.MonteCarloInput, [Double], String)] = [
        (.init(episodes: [revisit], initialValues: [0, 0, 0, 0], gamma: 1, firstVisit: true, alpha: nil),
         [6, 5, 3, 0], "G₀ = 6, G₁ = 5, G₂ = 5, G₃ = 3; first-visit uses only G₀ for state 0"),
        (.init(episodes: [revisit], initialValues: [0, 0, 0, 0], gamma: 1, firstVisit: false, alpha: nil),
         [5.5, 5, 3, 0], "every-visit averages G₀ = 6 and G₂ = 5 for state 0"),
        (.init(episodes: [revisit], initialValues: [0, 0, 0, 0], gamma: 0.5, firstVisit: true, alpha: nil),
         [1.875, 1.75, 3, 0], "G₃ = 3, G₂ = 3.5, G₁ = 1.75, G₀ = 1.875; first-visit: V(0) = G₀"),
        (.init(episodes: [revisit], initialValues: [0, 0, 0, 0], gamma: 0.5, firstVisit: false, alpha: nil),
         [2.6875, 1.75, 3, 0], "every-visit: V(0) = (G₀ + G₂)/2 = (1.875 + 3.5)/2"),
        (.init(episodes: [revisit], initialValues: [0, 0, 0, 0], gamma: 1, firstVisit: true, alpha: 0.5),
         [3, 2.5, 1.5, 0], "first-visit with α = 0.5: one update of state 0, with G₀ = 6"),
    ]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        var inputs = Self.cases.map(\.0)
        var expected = Self.cases.map(\.1)
        var why = Self.cases.map(\.2)
        var labels = Self.cases.map { _ in "hand-made" }
        // Seeded random episodes with many revisits, both modes.
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let stateCount = 5
            let episodes = (0..<4).map { _ -> HW3.Episode in
                let length = 4 + rng.int(below: 8)
                var states = (0..<length).map { _ in rng.int(below: stateCount - 1) }
                states.append(stateCount - 1)
                let rewards = (0..<length).map { _ in Double(rng.int(below: 11) - 5) }
                return HW3.Episode(states: states, rewards: rewards, terminated: true)
            }
            let initial = (0..<stateCount).map { s in s == stateCount - 1 ? 0 : Double(rng.int(below: 5)) }
            let gamma = [0.5, 0.9, 1.0][rng.int(below: 3)]
            for firstVisit in [true, false] {
                inputs.append(.init(episodes: episodes, initialValues: initial, gamma: gamma, firstVisit: firstVisit, alpha: nil))
                expected.append(HW3Judge.sampleAverages(episodes, initialValues: initial, gamma: gamma, firstVisit: firstVisit))
                why.append(firstVisit ? "the average of the returns from the first visit of each state in each episode"
                                      : "the average of the returns from every visit of each state")
                labels.append("seed \(seed)")
            }
        }
        let outputs = try context.call(HW3.MonteCarlo.self, inputs) { i in
            "\(labels[i]): " + MonteCarloFixtures.describe(inputs[i])
        }
        for (i, output) in outputs.enumerated() {
            if let problem = HW3Judge.valuesProblem(output, count: expected[i].count) {
                return .fail(Feedback("monteCarloPrediction " + problem + ".",
                                      input: "\(labels[i]): " + MonteCarloFixtures.describe(inputs[i])))
            }
            if let s = tolerance.firstMismatch(output, expected[i]) {
                let mode = inputs[i].firstVisit ? "first-visit" : "every-visit"
                return .fail(Feedback(
                    "\(mode) monteCarloPrediction returned the wrong V(\(s)) on an episode that revisits states.",
                    expected: "V = \(Show.vector(expected[i])) (\(why[i]))", observed: "V = \(Show.vector(output))",
                    input: "\(labels[i]): " + MonteCarloFixtures.describe(inputs[i]),
                    hint: inputs[i].firstVisit
                        ? "First-visit MC uses, in each episode, only the return from the FIRST time step at which a state occurs; later occurrences of the same state in that episode are skipped."
                        : "Every-visit MC uses the return from EVERY occurrence of a state, so a state seen twice in an episode is counted twice in N(s)."))
            }
        }
        return .pass("First-visit and every-visit Monte-Carlo agree with the definitions on all \(inputs.count) cases.")
    }
}
