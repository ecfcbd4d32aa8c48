import RLCore
import RLHomework

/// `hw3.random-walk.rms-error`: the course's random-walk experiment (Example 6.2). For each rubric
/// seed, the grader records `runs` sets of `episodes` episodes of the random walk; TD(0) and
/// first-visit constant-α MC learn from the same sets starting from V = 0.5 everywhere (the stored
/// values of the terminal states are 0.5 as well and must not be used). The RMS error over
/// A…E against 1/6…5/6, averaged over the runs, must be below a threshold for each method, and TD
/// must end lower than MC.
struct RandomWalkRMSError: Check {
    let id = "hw3.random-walk.rms-error"
    let title = "Random walk: TD(0) vs Monte-Carlo"
    let summary = "On the 5-state random walk, the average RMS error after 100 episodes is small for TD(0) (α = 0.1) and MC (α = 0.02), and TD's is lower."

    /// The recorded episodes of one run: episode k is reset with a seed from the child stream k.
    static func episodes(root: SeededGenerator, count: Int) -> [HW3.Episode] {
        var env = MDPEnvironment.randomWalk()
        return (0..<count).map { k in
            var states = [env.reset(seed: root.child(k).seed)]
            var rewards: [Double] = []
            while true {
                let step = env.step(0)
                states.append(step.observation)
                rewards.append(step.reward)
                if step.isDone { return HW3.Episode(states: states, rewards: rewards, terminated: step.terminated) }
            }
        }
    }

    /// The RMS error of V over the non-terminal states A…E (∞ for an unusable V).
    static func rmsError(_ v: [Double]) -> Double {
        let truth = MDPEnvironment.randomWalkTrueValues
        guard v.count == truth.count, v.allSatisfy(\.isFinite) else { return .infinity }
        let squares = (1...5).map { (v[$0] - truth[$0]) * (v[$0] - truth[$0]) }
        return (squares.reduce(0, +) / 5).squareRoot()
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let runs = context.intParameter("runs", 100)
        let count = context.intParameter("episodes", 100)
        let tdAlpha = context.parameter("td_alpha", 0.1)
        let mcAlpha = context.parameter("mc_alpha", 0.02)
        let tdThreshold = context.parameter("td_threshold", 0.08)
        let mcThreshold = context.parameter("mc_threshold", 0.11)
        let initial = Array(repeating: 0.5, count: 7)
        var passed = 0, total = 0
        var failure: Feedback?
        var summaries: [String] = []
        var data: [String: [Double]] = [:]
        for seed in context.seeds {
            let root = SeededGenerator(seed: seed).child(id)
            let sets = (0..<runs).map { Self.episodes(root: root.child($0), count: count) }
            let tdInputs = sets.map { HW3.TDPredictionInput(episodes: $0, initialValues: initial, alpha: tdAlpha, gamma: 1) }
            let mcInputs = sets.map { HW3.MonteCarloInput(episodes: $0, initialValues: initial, gamma: 1, firstVisit: true, alpha: mcAlpha) }
            let where_ = { (i: Int) in "random walk, seed \(seed), run \(i): \(count) recorded episodes, V₀ = 0.5 for every state" }
            let td = try context.call(HW3.TDZero.self, tdInputs) { where_($0) + ", α = \(Show.number(tdAlpha))" }
            let mc = try context.call(HW3.MonteCarlo.self, mcInputs) { where_($0) + ", first-visit, α = \(Show.number(mcAlpha))" }
            let tdErrors = td.map(Self.rmsError), mcErrors = mc.map(Self.rmsError)
            let tdMean = tdErrors.reduce(0, +) / Double(runs), mcMean = mcErrors.reduce(0, +) / Double(runs)
            data["td-rms-seed-\(seed)"] = [tdMean]
            data["mc-rms-seed-\(seed)"] = [mcMean]
            summaries.append("seed \(seed): TD \(Self.format(tdMean)), MC \(Self.format(mcMean))")
            let input = "the random walk (Example 6.2), seed \(seed): \(runs) runs of \(count) episodes each, V₀ = 0.5, γ = 1"
            let worstTD = tdErrors.indices.max { tdErrors[$0] < tdErrors[$1] }!
            let worstMC = mcErrors.indices.max { mcErrors[$0] < mcErrors[$1] }!
            let criteria: [(Bool, Feedback)] = [
                (tdMean <= tdThreshold, Feedback(
                    "TD(0) learns the random walk too poorly.",
                    expected: "average RMS error ≤ \(Show.number(tdThreshold)) (α = \(Show.number(tdAlpha)))",
                    observed: "\(Self.format(tdMean)); worst run \(worstTD): V = \(Show.vector(td[worstTD].map(Self.round)))",
                    input: input,
                    hint: "The true values are V(A…E) = 1/6 … 5/6. A transition into a terminal state has target r alone: the terminal states' stored 0.5 must not be used.")),
                (mcMean <= mcThreshold, Feedback(
                    "Monte-Carlo learns the random walk too poorly.",
                    expected: "average RMS error ≤ \(Show.number(mcThreshold)) (first-visit, α = \(Show.number(mcAlpha)))",
                    observed: "\(Self.format(mcMean)); worst run \(worstMC): V = \(Show.vector(mc[worstMC].map(Self.round)))",
                    input: input,
                    hint: "Every return of the random walk is the final reward (0 or 1) because γ = 1 and all other rewards are 0: G_t = R_{t+1} + γ G_{t+1} from the END of the episode.")),
                (tdMean < mcMean, Feedback(
                    "TD(0) should end with a lower error than Monte-Carlo at the course's step sizes.",
                    expected: "TD (α = \(Show.number(tdAlpha))) < MC (α = \(Show.number(mcAlpha)))",
                    observed: "TD \(Self.format(tdMean)), MC \(Self.format(mcMean))", input: input,
                    hint: "Both should use the same episodes; check both against the hand-made checks first.")),
            ]
            for (ok, feedback) in criteria {
                total += 1
                if ok { passed += 1 } else if failure == nil { failure = feedback }
            }
        }
        let verdict = CheckVerdict.fraction(
            passed: passed, of: total,
            passSummary: "Average RMS errors: " + summaries.joined(separator: "; ")
                + " (thresholds TD ≤ \(Show.number(tdThreshold)), MC ≤ \(Show.number(mcThreshold)), TD < MC).",
            failure: failure)
        return CheckVerdict(score: verdict.score, feedback: verdict.feedback, data: data)
    }

    static func format(_ x: Double) -> String { x.isFinite ? String(Double(Int((x * 1e4).rounded())) / 1e4) : Show.number(x) }
    static func round(_ x: Double) -> Double { x.isFinite ? (x * 1000).rounded() / 1000 : x }
}
