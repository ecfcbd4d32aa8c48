import RLCore
import RLHomework

/// `hw3.monte-carlo.fixtures`: Monte-Carlo prediction on hand-made episodes without repeated
/// states (γ = 0, 0.5, 0.9, 1; incremental mean and constant α; several episodes; unvisited
/// states). Values computed by hand, no oracle.
struct MonteCarloFixtures: Check {
    let id = "hw3.monte-carlo.fixtures"
    let title = "Monte-Carlo prediction on hand-made episodes"
    let summary = "V from the returns G_t of small episodes, computed by hand: γ = 0, 0.5, 0.9, 1, incremental mean and constant α."

    typealias Case = (input: HW3.MonteCarloInput, expected: [Double], why: String)

    /// HW3.Episode 0 → 1 → 2 → terminal 3 with rewards 1, 2, 3 (G = 2.75, 3.5, 3 at γ = 0.5).
    static let chain = HW3.Episode(states: [0, 1, 2, 3], rewards: [1, 2, 3], terminated: true)

    static let cases: [Case] = [
        (.init(episodes: [chain], initialValues: [0, 0, 0, 0], gamma: 0.5, firstVisit: true, alpha: nil),
         [2.75, 3.5, 3, 0], "G₂ = 3, G₁ = 2 + 0.5·3 = 3.5, G₀ = 1 + 0.5·3.5 = 2.75"),
        (.init(episodes: [chain], initialValues: [9, 9, 9, 0], gamma: 0, firstVisit: false, alpha: nil),
         [1, 2, 3, 0], "with γ = 0, G_t = R_{t+1}; one return per state, so V is that return whatever V started at"),
        (.init(episodes: [chain], initialValues: [0, 0, 0, 0], gamma: 1, firstVisit: true, alpha: nil),
         [6, 5, 3, 0], "with γ = 1, G_t is the sum of the rewards from t on: 6, 5, 3"),
        (.init(episodes: [chain], initialValues: [1, 1, 1, 0], gamma: 0.5, firstVisit: true, alpha: 0.1),
         [1.175, 1.25, 1.2, 0], "V ← V + 0.1 (G − V) with G = 2.75, 3.5, 3 and V = 1"),
        (.init(episodes: [HW3.Episode(states: [0, 1, 4], rewards: [0, 1], terminated: true),
                          HW3.Episode(states: [0, 2, 4], rewards: [-1, 4], terminated: true)],
               initialValues: [0, 0, 0, 7, 0], gamma: 0.9, firstVisit: true, alpha: nil),
         [1.75, 1, 4, 7, 0], "V(0) = mean(0.9, 2.6) over the two episodes; state 3 is never visited and keeps 7"),
        (.init(episodes: [HW3.Episode(states: [0, 1, 2], rewards: [1, 1], terminated: true),
                          HW3.Episode(states: [0, 2], rewards: [3], terminated: true)],
               initialValues: [0, 0, 0], gamma: 1, firstVisit: false, alpha: 0.5),
         [2, 0.5, 0], "episode 1: V(0) = 0.5·2 = 1, V(1) = 0.5·1; episode 2: V(0) = 1 + 0.5 (3 − 1) = 2"),
        (.init(episodes: [HW3.Episode(states: [1, 0, 2], rewards: [-2, 5], terminated: true)],
               initialValues: [0, 0, 0], gamma: 0.9, firstVisit: true, alpha: nil),
         [5, 2.5, 0], "G₁ = 5 (state 0), G₀ = −2 + 0.9·5 = 2.5 (state 1)"),
    ]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        let inputs = Self.cases.map(\.input)
        let outputs = try context.call(HW3.MonteCarlo.self, inputs) { i in Self.describe(inputs[i]) }
        for (i, output) in outputs.enumerated() {
            let expected = Self.cases[i].expected
            if let problem = HW3Judge.valuesProblem(output, count: expected.count) {
                return .fail(Feedback("monteCarloPrediction " + problem + ".", input: Self.describe(inputs[i]),
                                      hint: "Return a copy of initialValues with the visited states updated."))
            }
            if let s = tolerance.firstMismatch(output, expected) {
                return .fail(Feedback(
                    "monteCarloPrediction returned the wrong V(\(s)) on a hand-made episode.",
                    expected: "V = \(Show.vector(expected)) (\(Self.cases[i].why))",
                    observed: "V = \(Show.vector(output))", input: Self.describe(inputs[i]),
                    hint: "Compute the returns backwards, G_t = R_{t+1} + γ G_{t+1} with G_T = 0, so R_{t+1} is not discounted in G_t; then V(S_t) ← V(S_t) + α (G_t − V(S_t)), or the 1/N(S_t) step when alpha is nil."))
            }
        }
        return .pass("All \(inputs.count) hand-made Monte-Carlo cases give the right values.")
    }

    static func describe(_ input: HW3.MonteCarloInput) -> String {
        let episodes = input.episodes.map(HW3Judge.describe).joined(separator: "; ")
        let step = input.alpha.map { "α = \(Show.number($0))" } ?? "alpha nil (incremental mean)"
        return "episodes [\(episodes)], initial V \(Show.vector(input.initialValues)), γ = \(Show.number(input.gamma)), \(input.firstVisit ? "first-visit" : "every-visit"), \(step)"
    }
}
