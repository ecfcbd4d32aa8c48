import RLCore
import RLHomework

/// The learner rule for hw5's DQN checks (shared by the DQN and the Double DQN check).
///
/// 1. Every seed's setup carries a hidden `Relabelling` drawn from the rubric seed; the parent evaluates
///    the returned network on its own CartPoles wrapped with the same relabelling, with its own seeds and
///    the greedy action.
/// 2. Budget probe: the learner also runs once with a tiny budget (`probe_steps`); a greedy mean return
///    above `probe_max` then means it did not learn from its data: the check scores 0.
/// 3. Partial credit per seed grows linearly from `floor` (0) to `threshold` (full); the check's score is
///    the mean over the seeds. The training curve must improve (last 10 episodes above the first 10).
enum HW5LearnerJudge {
    static let layerSizes = [4, 64, 2]

    /// The setup of one seed: relabelling, architecture, budget and suggested hyperparameters.
    /// - Parameter parameters: the rubric entry's `params` (`environment_steps`, `learning_rate`,
    ///   `target_period`, `epsilon_decay_steps`); missing ones take the defaults below.
    static func setup(_ parameters: [String: Double], checkID: String, seed: UInt64, double: Bool, steps: Int? = nil) -> HW5.DQNSetup {
        let root = SeededGenerator(seed: seed).child(checkID)
        func number(_ name: String, _ fallback: Double) -> Double { parameters[name] ?? fallback }
        func integer(_ name: String, _ fallback: Int) -> Int { parameters[name].map { Int($0) } ?? fallback }
        return HW5.DQNSetup(
            seed: root.child("learner").seed,
            relabelling: Relabelling.random(seed: root.child("relabelling").seed, observationSize: 4, actionCount: 2),
            layerSizes: layerSizes, hiddenActivation: .tanh, double: double,
            environmentSteps: steps ?? integer("environment_steps", 20_000), gamma: 0.99,
            learningRate: number("learning_rate", 0.002), batchSize: 64, bufferCapacity: 10_000,
            learningStarts: 500, trainEvery: 2, targetUpdate: .hard(period: integer("target_period", 125)),
            epsilon: HW5.EpsilonSchedule(start: 1, end: 0.05, decaySteps: integer("epsilon_decay_steps", 6000)),
            huberDelta: 1, maxGradientNorm: 10)
    }

    /// Greedy returns of `parameters` on `episodes` relabelled CartPoles, seeded by the parent.
    static func evaluate(_ parameters: [Double], setup: HW5.DQNSetup, seed: UInt64, episodes: Int) -> [Double] {
        let net = MLP(layerSizes: setup.layerSizes, hiddenActivation: setup.hiddenActivation, parameters: parameters)
        let root = SeededGenerator(seed: seed)
        return (0..<episodes).map { k in
            var env = RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)
            var s = env.reset(seed: root.child(k).seed)
            var total = 0.0
            while true {
                let step = env.step(ActionSelection.greedyAction(net.forward(s)))
                total += step.reward
                if step.isDone { return total }
                s = step.observation
            }
        }
    }

    /// `values` averaged over consecutive buckets so that at most `points` remain (for learning curves).
    static func downsample(_ values: [Double], points: Int = 100) -> [Double] {
        guard values.count > points else { return values }
        let size = (values.count + points - 1) / points
        return stride(from: 0, to: values.count, by: size).map { mean(values[$0..<min($0 + size, values.count)]) }
    }

    static func mean(_ x: some Collection<Double>) -> Double { x.isEmpty ? 0 : x.reduce(0, +) / Double(x.count) }
    static func round1(_ x: Double) -> String { Show.number((x * 10).rounded() / 10) }

    /// What is wrong with a returned result before it is evaluated (size, finiteness, budget), if anything.
    static func invalid(_ result: HW5.DQNResult, _ setup: HW5.DQNSetup) -> String? {
        let expected = zip(setup.layerSizes, setup.layerSizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
        if result.parameters.count != expected || !result.parameters.allSatisfy(\.isFinite) {
            return "dqnCartPole returned \(result.parameters.count) parameters\(result.parameters.allSatisfy(\.isFinite) ? "" : " (some not finite)"); an MLP \(Show.ints(setup.layerSizes)) has \(expected). Return `online.parameters` of `MLP(layerSizes: setup.layerSizes, hiddenActivation: setup.hiddenActivation, seed: …)`."
        }
        let used = result.episodeReturns.reduce(0, +)
        if used > Double(setup.environmentSteps) {
            return "your finished training episodes add up to \(Show.number(used)) steps (+1 reward per step), more than the budget of \(setup.environmentSteps) environment steps."
        }
        return nil
    }

    static func run(_ context: CheckContext, id: String, double: Bool, name: String) throws -> CheckVerdict {
        let threshold = context.parameter("threshold", 100), floor = context.parameter("floor", 30)
        let episodes = context.intParameter("evaluation_episodes", 20)
        let probeMax = context.parameter("probe_max", 300)
        let function = HW5.DQNCartPole.function
        let describe = { (s: HW5.DQNSetup) in
            "setup.seed = \(s.seed), \(name), network \(Show.ints(s.layerSizes)) \(s.hiddenActivation), budget \(s.environmentSteps) steps, lr \(Show.number(s.learningRate)), batch \(s.batchSize), train every \(s.trainEvery), ε over \(s.epsilon.decaySteps) steps, relabelled CartPole-v1"
        }
        var data: [String: [Double]] = [:]
        // 2. The budget probe.
        let probeSeed = context.seeds[0] &+ 0x5EED
        let probe = setup(context.entry.parameters, checkID: id, seed: probeSeed, double: double, steps: context.intParameter("probe_steps", 400))
        switch try context.callAllowingFailures(HW5.DQNCartPole.self, [probe])[0] {
        case .failure(let failure):
            return .fail(failure.feedback(function: function, input: "the budget probe: " + describe(probe)))
        case .success(let result):
            if let problem = invalid(result, probe) {
                return .fail(Feedback("The budget probe's result is invalid: \(problem)", input: "the budget probe: " + describe(probe),
                                      hint: "Count every env.step and stop at setup.environmentSteps."))
            }
            let probeMean = mean(evaluate(result.parameters, setup: probe, seed: SeededGenerator(seed: probeSeed).child(id).child("evaluation").seed, episodes: episodes))
            data["probe-mean"] = [probeMean]
            if probeMean > probeMax {
                return .fail(Feedback(
                    "With a budget of only \(probe.environmentSteps) steps, your network already balances the pole (mean \(round1(probeMean))): it did not learn from its data. This check gives no points to a fixed controller.",
                    expected: "a greedy mean return ≤ \(Show.number(probeMax)) after \(probe.environmentSteps) steps (too few to learn)",
                    observed: "mean \(round1(probeMean))", input: "the budget probe: " + describe(probe),
                    hint: "Train the network from the transitions you collect within setup.environmentSteps; do not build or load a hand-made controller."), data: data)
            }
        }
        // 1 and 3. Every seed.
        var means: [Double] = [], fractions: [Double] = [], lines: [String] = []
        var firstFailure: Feedback?
        for seed in context.seeds {
            let s = setup(context.entry.parameters, checkID: id, seed: seed, double: double)
            let outcome = try context.callAllowingFailures(HW5.DQNCartPole.self, [s])[0]
            guard case .success(let result) = outcome else {
                if case .failure(let failure) = outcome {
                    let feedback = failure.feedback(function: function, input: "rubric seed \(seed): " + describe(s))
                    if case .notImplemented = failure { return .fail(feedback) }
                    firstFailure = firstFailure ?? feedback
                    lines.append("seed \(seed): \(feedback.summary)")
                }
                means.append(.nan); fractions.append(0)
                continue
            }
            data["learning-curve-seed-\(seed)"] = downsample(result.episodeReturns)
            if let problem = invalid(result, s) {
                firstFailure = firstFailure ?? Feedback("The result is invalid: \(problem)", input: "rubric seed \(seed): " + describe(s),
                                                        hint: "Count every env.step and stop at setup.environmentSteps.")
                lines.append("seed \(seed): invalid result")
                means.append(.nan); fractions.append(0)
                continue
            }
            let returns = evaluate(result.parameters, setup: s, seed: SeededGenerator(seed: seed).child(id).child("evaluation").seed, episodes: episodes)
            let m = mean(returns)
            means.append(m)
            let first = mean(result.episodeReturns.prefix(10)), last = mean(result.episodeReturns.suffix(10))
            let improved = result.episodeReturns.count >= 20 && last > first
            let fraction = improved ? min(1, max(0, (m - floor) / (threshold - floor))) : 0
            fractions.append(fraction)
            lines.append("seed \(seed): mean \(round1(m)) → \(Show.number((fraction * 100).rounded()))%")
            if fraction < 1 && firstFailure == nil {
                firstFailure = Feedback(
                    improved ? "The trained network does not balance the relabelled pole well enough."
                             : "Your learning curve does not improve: the last 10 training episodes average \(round1(last)), the first 10 \(round1(first)).",
                    expected: "mean greedy return ≥ \(Show.number(threshold)) over \(episodes) evaluation episodes (partial credit from \(Show.number(floor))), and a training curve that rises",
                    observed: "mean \(round1(m)) (returns \(Show.vector(returns, limit: 8))); \(result.episodeReturns.count) training episodes, first 10 average \(round1(first)), last 10 \(round1(last))",
                    input: "rubric seed \(seed): " + describe(s),
                    hint: "Check the target, loss, replay and schedule checks first. Then: targets from the *target* network, mask with `terminated` only, one gradient step every trainEvery steps after learningStarts, updateTarget after each gradient step, and act greedily with the *online* network when not exploring.")
            }
        }
        data["evaluation-mean"] = means
        let score = mean(fractions)
        let summaryLine = lines.joined(separator: "; ")
        if score >= 1 {
            return .pass("Mean greedy return ≥ \(Show.number(threshold)) on all \(context.seeds.count) seeds: \(summaryLine).", data: data)
        }
        var feedback = firstFailure ?? Feedback("\(name) did not learn CartPole.")
        feedback.summary = "Score \(Show.number((score * 100).rounded()))% over \(context.seeds.count) seeds. " + feedback.summary
        feedback.details = summaryLine
        return CheckVerdict(score: score, feedback: feedback, data: data)
    }
}
