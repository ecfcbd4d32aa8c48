import RLCore
import RLHomework

/// `hw4.convergence.short-corridor`: REINFORCE with a baseline on the short corridor (Example 13.1),
/// judged by ``LearnerJudge`` (the learner rule). Each seed plays a corridor whose two actions may be
/// swapped by a hidden ``Relabelling``; the parent computes the true P(right) from the returned θ
/// through the same relabelling. The credit falls linearly with the mean over seeds of
/// |P(right) − (2 − √2)| (full at `full_at`, none at `zero_at`); a tiny-budget probe that is already
/// close to the optimum, or a learning curve that does not improve, gives 0.
struct HW4ConvergenceShortCorridor: Check {
    let id = "hw4.convergence.short-corridor"
    let title = "REINFORCE learns the short corridor's stochastic optimum"
    let summary = "reinforceShortCorridor, on a corridor whose actions may be swapped, ends with P(right) near 2 − √2 ≈ 0.586: credit falls with the mean distance over the seeds (full within 0.05); a learner that is already there with a 0.1 % budget gets 0."

    static let features: [[Double]] = [[0, 1], [1, 0]]  // x(·, chosen 0), x(·, chosen 1), as in the book

    /// The probability that the corridor receives "right" (true action 1) under θ and `relabelling`.
    static func trueRightProbability(theta: [Double], relabelling: Relabelling) -> Double {
        HW4Judge.probabilities(features: features, theta: theta)[relabelling.chosenAction(forTrueAction: 1)]
    }

    func setup(_ context: CheckContext, stream: SeededGenerator, episodes: Int) -> HW4.ShortCorridorSetup {
        var rng = stream
        // Start far from the optimum, on either side: with the rubric's 3, P(chosen 1) ≈ 0.047 or ≈ 0.953.
        let h = context.parameter("initial_preference", 3)
        let initial: [Double] = rng.int(below: 2) == 0 ? [0, h] : [h, 0]
        var relabellingRNG = stream.child("relabelling")
        let relabelling = Relabelling(observationPermutation: [], observationSigns: [],
                                      actionPermutation: relabellingRNG.shuffled([0, 1]), actionSign: 1)
        return HW4.ShortCorridorSetup(
            seed: rng.next(), episodes: episodes,
            alphaTheta: context.parameter("alpha_theta", 1.0 / 2048), alphaW: context.parameter("alpha_w", 1.0 / 64),
            gamma: 1, actionFeatures: Self.features, initialTheta: initial, maxEpisodeSteps: 1000,
            relabelling: relabelling)
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let optimum = MDPEnvironment.shortCorridorOptimalRightProbability
        let episodes = context.intParameter("episodes", 10_000)
        let probeEpisodes = max(1, Int((Double(episodes) * context.parameter("probe_budget_fraction", 0.001)).rounded()))
        let inputs = context.seeds.map { setup(context, stream: SeededGenerator(seed: $0).child(id), episodes: episodes) }
        let probe = setup(context, stream: SeededGenerator(seed: context.seeds[0]).child(id).child("probe"), episodes: probeEpisodes)
        // The second probe differs from the first only in its seed (same start, same relabelling), so a
        // θ written by hand is judged the same on both, while a quick learner needs two lucky runs.
        var secondProbe = probe
        var probeRNG = SeededGenerator(seed: context.seeds[0]).child(id).child("probe-2")
        secondProbe.seed = probeRNG.next()
        func describe(_ i: Int?) -> String {
            let s = i.map { $0 < 0 ? secondProbe : inputs[$0] } ?? probe
            let label = i.map { $0 < 0 ? "the second probe (tiny budget)" : "rubric seed \(context.seeds[$0])" } ?? "the probe (rubric seed \(context.seeds[0]), tiny budget)"
            let p0 = Self.trueRightProbability(theta: s.initialTheta, relabelling: s.relabelling)
            return "\(label): setup.seed = \(s.seed), \(s.episodes) episodes, α_θ = \(Show.number(s.alphaTheta)), α_w = \(Show.number(s.alphaW)), θ₀ = \(Show.vector(s.initialTheta)), actions \(s.relabelling.actionPermutation == [1, 0] ? "swapped (your 0 moves right)" : "not swapped") (P(right) at θ₀ = \(LearnerJudge.rounded(p0, 1000)))"
        }
        let plan = LearnerJudge.LearnerPlan<HW4.ReinforceShortCorridor>(
            inputs: inputs, probe: probe, secondProbe: secondProbe, describe: describe, quantity: "|P(right) − (2 − √2)|",
            ramp: .init(zeroAt: 0.15, fullAt: context.tolerance(0.05)), probeMax: 0.5, minCurveGain: 0.5, curveHead: 5,
            measure: { result, i in
                let input = i.map { $0 < 0 ? secondProbe : inputs[$0] } ?? probe
                guard result.theta.count == 2, result.theta.allSatisfy(\.isFinite) else {
                    return .invalid(Feedback("reinforceShortCorridor returned θ = \(Show.vector(result.theta)); expected 2 finite numbers.",
                                             input: describe(i), hint: "Return the final θ (one weight per feature)."))
                }
                let p = Self.trueRightProbability(theta: result.theta, relabelling: input.relabelling)
                let distance = abs(p - optimum)
                let returns = result.episodeReturns
                let tail = returns.suffix(max(1, returns.count / 10))
                let shortfall = Feedback(
                    "REINFORCE did not converge to the best stochastic policy of the short corridor.",
                    expected: "P(right) within ±\(Show.number(context.tolerance(0.05))) of 2 − √2 ≈ \(LearnerJudge.rounded(optimum, 10_000)) (return ≈ −11.66)",
                    observed: "P(right) = \(LearnerJudge.rounded(p, 10_000)) from θ = \(Show.vector(result.theta)); mean return of the last \(tail.count) episodes \(LearnerJudge.rounded(tail.isEmpty ? 0 : tail.reduce(0, +) / Double(tail.count)))",
                    input: describe(i),
                    hint: "Play on `RelabelledEnvironment(corridor, relabelling: setup.relabelling)` with the same π(a) = softmax(θᵀx(a)) in every state. After each episode: θ ← θ + α_k Σ_t (G_t − b) ∇θ log π(a_t) with α_k decaying linearly from α_θ to 0, and a baseline b (w ← w + α_w (G_t − w)).")
                return .measured(value: distance, curve: returns,
                                 line: "P(right) = \(LearnerJudge.rounded(p, 10_000)) (|Δ| = \(LearnerJudge.rounded(distance, 10_000)))", shortfall: shortfall)
            },
            probeHint: "Play setup.episodes episodes on `RelabelledEnvironment(corridor, relabelling: setup.relabelling)` starting from setup.initialTheta: the θ you return must come from that training, not be written by hand.")
        return try LearnerJudge(context: context).judge(HW4.ReinforceShortCorridor.self, plan)
    }
}
