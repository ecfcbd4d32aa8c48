import RLCore
import RLHomework

/// `hw4.convergence.short-corridor`: REINFORCE with a baseline on the short corridor (Example 13.1)
/// must end with P(right) within the rubric's tolerance of the optimum 2 − √2 ≈ 0.5858, on at least
/// `required_seeds` of the seeds. The student returns θ; the parent computes P(right) with its own
/// softmax. The learning curves go into the report.
struct HW4ConvergenceShortCorridor: Check {
    let id = "hw4.convergence.short-corridor"
    let title = "REINFORCE learns the short corridor's stochastic optimum"
    let summary = "reinforceShortCorridor ends with P(right) within ±0.05 of 2 − √2 ≈ 0.586 on at least 4 of 5 seeds."

    static let features: [[Double]] = [[0, 1], [1, 0]]  // x(·, left), x(·, right), as in the book

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let optimum = MDPEnvironment.shortCorridorOptimalRightProbability
        let tolerance = context.tolerance(0.05)
        let required = min(context.intParameter("required_seeds", 4), context.seeds.count)
        let inputs = context.seeds.map { seed -> HW4.ShortCorridorSetup in
            var rng = SeededGenerator(seed: seed).child(id)
            // Start far from the optimum, on either side: P(right) ≈ 0.18 or ≈ 0.82.
            let initial: [Double] = rng.int(below: 2) == 0 ? [0, 1.5] : [1.5, 0]
            return HW4.ShortCorridorSetup(
                seed: rng.next(), episodes: context.intParameter("episodes", 10_000),
                alphaTheta: context.parameter("alpha_theta", 1.0 / 2048), alphaW: context.parameter("alpha_w", 1.0 / 64),
                gamma: 1, actionFeatures: Self.features, initialTheta: initial, maxEpisodeSteps: 1000)
        }
        let describe = { (i: Int) -> String in
            let s = inputs[i]
            return "rubric seed \(context.seeds[i]): setup.seed = \(s.seed), \(s.episodes) episodes, α_θ = \(Show.number(s.alphaTheta)), α_w = \(Show.number(s.alphaW)), θ₀ = \(Show.vector(s.initialTheta)) (P(right) = \(Show.number((HW4Judge.probabilities(features: Self.features, theta: s.initialTheta)[1] * 1000).rounded() / 1000)))"
        }
        var data: [String: [Double]] = [:]
        var pRight: [Double] = []
        var lines: [String] = []
        var firstFailure: Feedback?
        var passed = 0
        for (i, input) in inputs.enumerated() {
            let outcome = try context.callAllowingFailures(HW4.ReinforceShortCorridor.self, [input])[0]
            switch outcome {
            case .failure(let failure):
                pRight.append(.nan)
                let feedback = failure.feedback(function: HW4.ReinforceShortCorridor.function, input: describe(i))
                lines.append("seed \(context.seeds[i]): \(feedback.summary)")
                if firstFailure == nil { firstFailure = feedback }
                if case .notImplemented = failure { return .fail(feedback) }  // the same answer on every seed
            case .success(let result):
                data["learning-curve-seed-\(context.seeds[i])"] = HW4Judge.downsample(result.episodeReturns)
                guard result.theta.count == 2, result.theta.allSatisfy(\.isFinite) else {
                    pRight.append(.nan)
                    lines.append("seed \(context.seeds[i]): invalid θ")
                    if firstFailure == nil {
                        firstFailure = Feedback("reinforceShortCorridor returned θ = \(Show.vector(result.theta)); expected 2 finite numbers.",
                                                input: describe(i), hint: "Return the final θ (one weight per feature).")
                    }
                    continue
                }
                let p = HW4Judge.probabilities(features: Self.features, theta: result.theta)[1]
                pRight.append(p)
                let ok = abs(p - optimum) <= tolerance
                lines.append("seed \(context.seeds[i]): P(right) = \(Show.number((p * 10_000).rounded() / 10_000)) (|Δ| = \(Show.number((abs(p - optimum) * 10_000).rounded() / 10_000)))")
                if ok { passed += 1 } else if firstFailure == nil {
                    let returns = result.episodeReturns
                    let tail = returns.suffix(max(1, returns.count / 10))
                    firstFailure = Feedback(
                        "REINFORCE did not converge to the best stochastic policy of the short corridor.",
                        expected: "P(right) within ±\(Show.number(tolerance)) of 2 − √2 ≈ \(Show.number((optimum * 10_000).rounded() / 10_000)) (return ≈ −11.66)",
                        observed: "P(right) = \(Show.number((p * 10_000).rounded() / 10_000)) from θ = \(Show.vector(result.theta)); mean return of the last \(tail.count) episodes \(Show.number((tail.reduce(0, +) / Double(tail.count) * 100).rounded() / 100))",
                        input: describe(i),
                        hint: "Use the same π(a) = softmax(θᵀx(a)) in every state. After each episode: θ ← θ + α_k Σ_t (G_t − b) ∇θ log π(a_t) with α_k decaying linearly from α_θ to 0, and a baseline b (w ← w + α_w (G_t − w)). Without the decay θ keeps fluctuating; without a baseline the steps are huge.")
                }
            }
        }
        data["p-right"] = pRight
        let summaryLine = lines.joined(separator: "; ")
        if passed >= required {
            return .pass("P(right) within ±\(Show.number(tolerance)) of 2 − √2 on \(passed) of \(inputs.count) seeds (required \(required)): \(summaryLine).", data: data)
        }
        var feedback = firstFailure ?? Feedback("REINFORCE did not converge.")
        feedback.summary = "Only \(passed) of \(inputs.count) seeds converged (required \(required)). " + feedback.summary
        feedback.details = summaryLine
        return CheckVerdict(score: Double(passed) / Double(max(inputs.count, 1)), feedback: feedback, data: data)
    }
}
