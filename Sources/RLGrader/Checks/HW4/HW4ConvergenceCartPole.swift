import RLCore
import RLHomework

/// `hw4.convergence.cartpole`: A2C on CartPole-v1 within a step budget. The student returns the actor's
/// flat parameters; the parent rebuilds `MLP(layerSizes:parameters:)` and plays `evaluation_episodes`
/// episodes on its own CartPoles (seeds derived from the rubric seed) with the greedy action. The mean
/// return must reach `threshold` on at least `required_seeds` seeds. One child per seed, so a crash or a
/// timeout on one seed does not cost the others. The learning curves go into the report.
struct HW4ConvergenceCartPole: Check {
    let id = "hw4.convergence.cartpole"
    let title = "A2C balances CartPole-v1"
    let summary = "a2cCartPole's actor, evaluated by the grader on 20 episodes with greedy actions, reaches a mean return ≥ 195 on at least 4 of 5 seeds within 100,000 environment steps."

    /// The mean return of `episodes` greedy episodes of `actor` on CartPole-v1, with the parent's seeds.
    static func evaluate(_ actor: MLP, seed: UInt64, episodes: Int) -> [Double] {
        let root = SeededGenerator(seed: seed)
        return (0..<episodes).map { k in
            var env = CartPole()
            var s = env.reset(seed: root.child(k).seed)
            var total = 0.0
            while true {
                let step = env.step(ActionSelection.greedyAction(actor.forward(s)))
                total += step.reward
                if step.isDone { return total }
                s = step.observation
            }
        }
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let threshold = context.parameter("threshold", 195)
        let episodes = context.intParameter("evaluation_episodes", 20)
        let required = min(context.intParameter("required_seeds", 4), context.seeds.count)
        let actorSizes = [4, 64, 2]
        let inputs = context.seeds.map { seed -> HW4.CartPoleSetup in
            var rng = SeededGenerator(seed: seed).child(id)
            return HW4.CartPoleSetup(
                seed: rng.next(), actorLayerSizes: actorSizes, criticLayerSizes: [4, 64, 1],
                environmentSteps: context.intParameter("environment_steps", 100_000), gamma: 0.99, lambda: 0.95,
                learningRate: context.parameter("learning_rate", 1e-3), environments: 4, stepsPerUpdate: 32,
                valueCoefficient: 0.5, entropyCoefficient: 0.01, maxGradientNorm: 0.5)
        }
        let describe = { (i: Int) -> String in
            let s = inputs[i]
            return "rubric seed \(context.seeds[i]): setup.seed = \(s.seed), actor \(Show.ints(s.actorLayerSizes)), budget \(s.environmentSteps) steps, "
                + "γ = \(Show.number(s.gamma)), λ = \(Show.number(s.lambda)), lr = \(Show.number(s.learningRate)), \(s.environments) environments × \(s.stepsPerUpdate) steps per update"
        }
        var data: [String: [Double]] = [:]
        var means: [Double] = []
        var lines: [String] = []
        var firstFailure: Feedback?
        var passed = 0
        for (i, input) in inputs.enumerated() {
            let outcome = try context.callAllowingFailures(HW4.A2CCartPole.self, [input])[0]
            let result: HW4.CartPoleResult
            switch outcome {
            case .failure(let failure):
                means.append(.nan)
                let feedback = failure.feedback(function: HW4.A2CCartPole.function, input: describe(i))
                lines.append("seed \(context.seeds[i]): \(feedback.summary)")
                if firstFailure == nil { firstFailure = feedback }
                if case .notImplemented = failure { return .fail(feedback) }  // the same answer on every seed
                continue
            case .success(let r): result = r
            }
            data["learning-curve-seed-\(context.seeds[i])"] = HW4Judge.downsample(result.episodeReturns)
            let expectedCount = zip(actorSizes, actorSizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
            guard result.actorParameters.count == expectedCount, result.actorParameters.allSatisfy(\.isFinite) else {
                means.append(.nan)
                lines.append("seed \(context.seeds[i]): invalid actor")
                if firstFailure == nil {
                    firstFailure = Feedback(
                        "a2cCartPole returned \(result.actorParameters.count) actor parameters\(result.actorParameters.allSatisfy(\.isFinite) ? "" : " (some not finite)"); an MLP \(Show.ints(actorSizes)) has \(expectedCount).",
                        input: describe(i), hint: "Return `actor.parameters` of `MLP(layerSizes: setup.actorLayerSizes, seed: …)` after training.")
                }
                continue
            }
            let used = result.episodeReturns.reduce(0, +)
            if used > Double(input.environmentSteps) {
                means.append(.nan)
                lines.append("seed \(context.seeds[i]): over budget")
                if firstFailure == nil {
                    firstFailure = Feedback(
                        "a2cCartPole used more environment steps than the budget.",
                        expected: "at most \(input.environmentSteps) steps in all", observed: "your finished episodes alone add up to \(Show.number(used)) steps (+1 reward per step)",
                        input: describe(i), hint: "Count every env.step of every environment; stop collecting when the next update would exceed setup.environmentSteps.")
                }
                continue
            }
            let actor = MLP(layerSizes: actorSizes, parameters: result.actorParameters)
            let returns = Self.evaluate(actor, seed: SeededGenerator(seed: context.seeds[i]).child(id).child("evaluation").seed, episodes: episodes)
            let mean = returns.reduce(0, +) / Double(returns.count)
            means.append(mean)
            lines.append("seed \(context.seeds[i]): mean \(Show.number((mean * 100).rounded() / 100)) after \(result.episodeReturns.count) training episodes")
            if mean >= threshold { passed += 1 } else if firstFailure == nil {
                let tail = result.episodeReturns.suffix(20)
                firstFailure = Feedback(
                    "The trained actor does not balance the pole well enough.",
                    expected: "mean return ≥ \(Show.number(threshold)) over \(episodes) greedy evaluation episodes",
                    observed: "mean \(Show.number((mean * 100).rounded() / 100)) (returns \(Show.vector(returns, limit: 8))); your last \(tail.count) training episodes averaged \(Show.number(tail.isEmpty ? 0 : (tail.reduce(0, +) / Double(tail.count) * 10).rounded() / 10))",
                    input: describe(i),
                    hint: "Check hw4.a2c-loss.* first (signs, stop-gradient targets). Then: collect a Segment per environment with the observation each step returned (not the reset one), reset finished environments, clip each network's gradient to 0.5, and decay the Adam learning rate linearly to 0 over the budget — without the decay A2C often collapses late in training.")
            }
        }
        data["evaluation-mean"] = means
        let summaryLine = lines.joined(separator: "; ")
        if passed >= required {
            return .pass("Mean greedy return ≥ \(Show.number(threshold)) on \(passed) of \(inputs.count) seeds (required \(required)): \(summaryLine).", data: data)
        }
        var feedback = firstFailure ?? Feedback("A2C did not learn CartPole.")
        feedback.summary = "Only \(passed) of \(inputs.count) seeds reached \(Show.number(threshold)) (required \(required)). " + feedback.summary
        feedback.details = summaryLine
        return CheckVerdict(score: Double(passed) / Double(max(inputs.count, 1)), feedback: feedback, data: data)
    }
}
