import RLCore
import RLHomework

/// How the hw6 learner checks judge a training run (the learner rule of `Grading/README.md`): the
/// parent draws a hidden relabelling per seed, runs the student's learner with the full budget and
/// once with a tiny budget (the probe), re-evaluates both returned actors in its own relabelled
/// environments with its own evaluation seeds, and scores the **mean over seeds** of the evaluation
/// mean on a linear ramp from `floor` (0) to `threshold` (full credit), as ``LearnerJudge`` does.
///
/// - A policy already good after the probe budget (mean above `probe_max` on any seed) did not learn
///   from its data: the check scores 0. A probe that crashes, times out or returns an invalid actor
///   also gives 0 (a learner must not be able to dodge it).
/// - A seed whose learning curve does not improve (mean of the last tenth of the episodes not above
///   the first tenth), or whose full run is not at least `min_gain` above its probe, counts as
///   `floor`, as does a seed that crashed or returned an invalid actor (a seed below `floor` counts
///   as what it measured, so that one lucky seed cannot lift the mean of seeds that failed).
/// - `data["measured"]` holds each seed's counted value and `data["probe"]` each seed's probe mean
///   (`Grading/learner-false-fail.sh` reads both).
struct HW6LearnerJudge<E: Exercise> where E.Output == HW6.LearnerResult {
    /// The check's id (seeds its randomness) and its context.
    let id: String
    let context: CheckContext
    /// Builds the setup of rubric seed `seed` with a budget of `steps` environment steps.
    let makeSetup: (_ seed: UInt64, _ relabelling: Relabelling, _ steps: Int) -> E.Input
    /// The parent's evaluation of returned actor parameters: the episode returns.
    let evaluate: (_ parameters: [Double], _ relabelling: Relabelling, _ evaluationSeed: UInt64) -> [Double]?
    /// The relabelling of a seed (observation size, action count).
    let observationSize: Int
    let actionCount: Int?
    /// The environment of the returned learning curves (``TrainingCurveValidity``).
    let curveTask: TrainingCurveValidity.Task
    /// The task's name and what "good" means, for feedback.
    let task: String
    let hint: String

    func run() throws -> CheckVerdict {
        let budget = context.intParameter("environment_steps", 50_000)
        let probeSteps = max(1, Int((Double(budget) * context.parameter("probe_fraction", 0.02)).rounded()))
        let threshold = context.parameter("threshold", 475)
        let floor = context.parameter("floor", 0)
        let probeMax = context.parameter("probe_max", threshold / 2)
        let minGain = context.parameter("min_gain", 0)
        var data: [String: [Double]] = [:]
        var counted: [Double] = [], probeMeans: [Double] = [], lines: [String] = []
        var firstFailure: Feedback?
        for seed in context.seeds {
            let root = SeededGenerator(seed: seed).child(id)
            let relabelling = Relabelling.random(seed: root.child("relabelling").seed, observationSize: observationSize, actionCount: actionCount)
            let full = makeSetup(root.child("setup").seed, relabelling, budget)
            let probe = makeSetup(root.child("probe").seed, relabelling, probeSteps)
            let describe = "rubric seed \(seed): budget \(budget) steps (probe: \(probeSteps) steps), a hidden relabelling of \(task)"
            let outcomes = try context.callAllowingFailures(E.self, [full, probe])
            func fail(_ line: String, _ feedback: Feedback) {
                counted.append(floor)
                lines.append("seed \(seed): \(line)")
                if firstFailure == nil { firstFailure = feedback }
            }
            func invalidActor(_ result: HW6.LearnerResult, _ input: String) -> Feedback {
                Feedback(
                    "\(E.function) returned \(result.actorParameters.count) actor parameters\(result.actorParameters.allSatisfy(\.isFinite) ? "" : " (some not finite)"), which do not fit the setup's actorLayerSizes.",
                    input: input, hint: result.actorParameters.allSatisfy(\.isFinite)
                        ? "Return `actor.parameters` of `MLP(layerSizes: setup.actorLayerSizes, seed: …)` after training, all of them."
                        : "A NaN or infinite weight means training diverged: check the surrogate's gradient (the clip and ratio checks), the advantages, and that log-probabilities come from the policy that collected the data.")
            }
            let evaluationSeed = root.child("evaluation").seed
            // The probe: the same learner with a tiny budget must not already be good, and must not be
            // dodged by crashing or returning something malformed.
            let probeMean: Double
            switch outcomes[1] {
            case .failure(let failure):
                var feedback = failure.feedback(function: E.function, input: "the probe of " + describe)
                if case .notImplemented = failure { return .fail(feedback) }
                feedback.summary = "The tiny-budget probe run failed, so this check gives 0. " + feedback.summary
                return .fail(feedback, data: data)
            case .success(let probeResult):
                guard let probeReturns = evaluate(probeResult.actorParameters, relabelling, evaluationSeed) else {
                    var feedback = invalidActor(probeResult, "the probe of " + describe)
                    feedback.summary = "The tiny-budget probe run is invalid, so this check gives 0. " + feedback.summary
                    return .fail(feedback, data: data)
                }
                if let problem = TrainingCurveValidity.problem(probeResult.episodeReturns, task: curveTask, budget: probeSteps) {
                    return .fail(Feedback(
                        "The tiny-budget probe run is invalid, so this check gives 0. The learning curve is invalid: \(problem).",
                        input: "the probe of " + describe, hint: TrainingCurveValidity.hint), data: data)
                }
                probeMean = probeReturns.reduce(0, +) / Double(max(probeReturns.count, 1))
            }
            probeMeans.append(probeMean)
            data["probe"] = probeMeans
            if probeMean > probeMax {
                return .fail(Feedback(
                    "With only \(probeSteps) environment steps your learner already returns a good policy: it did not learn it from its data, so this check gives 0.",
                    expected: "after \(probeSteps) steps a greedy mean return ≤ \(Show.number(probeMax)) (a policy that is still learning)",
                    observed: "greedy mean return \(Show.number(Self.round(probeMean))) after \(probeSteps) steps",
                    input: describe,
                    hint: "Train from scratch on `RelabelledEnvironment(…, relabelling: setup.relabelling)` within setup.environmentSteps; do not start from hand-made or pre-trained parameters."), data: data)
            }
            guard case .success(let result) = outcomes[0] else {
                if case .failure(let failure) = outcomes[0] {
                    let feedback = failure.feedback(function: E.function, input: describe)
                    if case .notImplemented = failure { return .fail(feedback) }
                    fail(feedback.summary, feedback)
                }
                continue
            }
            data["learning-curve-seed-\(seed)"] = Self.downsample(result.episodeReturns)
            guard let returns = evaluate(result.actorParameters, relabelling, evaluationSeed) else {
                fail("invalid actor", invalidActor(result, describe))
                continue
            }
            let used = result.episodeReturns.count
            let mean = returns.reduce(0, +) / Double(max(returns.count, 1))
            // A curve its environment cannot produce within the budget is not evidence of learning.
            if let problem = TrainingCurveValidity.problem(result.episodeReturns, task: curveTask, budget: budget) {
                counted.append(floor)
                lines.append("seed \(seed): mean \(Show.number(Self.round(mean))), but the learning curve is invalid: counts as \(Show.number(floor))")
                if firstFailure == nil {
                    firstFailure = Feedback("The learning curve is invalid: \(problem).", input: describe, hint: TrainingCurveValidity.hint)
                }
                continue
            }
            // Learning shows twice: in the returned curve, and in the full run beating the probe.
            let gained = mean - probeMean >= minGain
            let improves = Self.curveImproves(result.episodeReturns) && gained
            counted.append(improves ? mean : floor)
            lines.append("seed \(seed): mean \(Show.number(Self.round(mean))) (probe \(Show.number(Self.round(probeMean)))) after \(used) training episodes\(improves ? "" : gained ? ", learning curve does not improve: counts as \(Show.number(floor))" : ", no better than the probe: counts as \(Show.number(floor))")")
            if (mean < threshold || !improves) && firstFailure == nil {
                let tail = result.episodeReturns.suffix(20)
                firstFailure = Feedback(
                    improves ? "The trained policy is not good enough on \(task)."
                        : gained ? "Your learning curve does not improve: the returned episode returns do not come from learning."
                        : "Your policy after the full budget is no better than after \(probeSteps) steps: it was not learned from the data.",
                    expected: "mean return ≥ \(Show.number(threshold)) over \(returns.count) evaluation episodes" + (improves ? "" : ", at least \(Show.number(minGain)) above the probe's mean, and the last tenth of the training episodes better than the first tenth"),
                    observed: "mean \(Show.number(Self.round(mean))) (returns \(Show.vector(returns.map(Self.round), limit: 8))); your last \(tail.count) training episodes averaged \(Show.number(Self.round(tail.isEmpty ? 0 : tail.reduce(0, +) / Double(tail.count))))",
                    input: describe, hint: hint)
            }
        }
        return LearnerJudge.verdict(
            counted: counted, ramp: LearnerJudge.Ramp(zeroAt: floor, fullAt: threshold),
            quantity: "mean evaluation return", seedLines: lines,
            firstProblem: firstFailure ?? Feedback("The learner did not learn \(task)."), data: data)
    }

    static func round(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    /// `values` averaged over consecutive buckets so that at most `points` remain (for learning curves).
    static func downsample(_ values: [Double], points: Int = 100) -> [Double] {
        guard values.count > points else { return values }
        let size = (values.count + points - 1) / points
        return stride(from: 0, to: values.count, by: size).map { start in
            let chunk = values[start..<min(start + size, values.count)]
            return chunk.reduce(0, +) / Double(chunk.count)
        }
    }

    /// True when the mean of the last tenth of the returns is above the mean of the first tenth.
    static func curveImproves(_ returns: [Double]) -> Bool {
        guard returns.count >= 10 else { return false }
        let k = returns.count / 10
        let first = returns.prefix(k).reduce(0, +) / Double(k)
        let last = returns.suffix(k).reduce(0, +) / Double(k)
        return last > first
    }

    // MARK: The parent's evaluations

    /// Greedy episodes (the larger logit) of `actor` on CartPole-v1 relabelled by `relabelling`.
    static func cartPoleReturns(_ actor: MLP, relabelling: Relabelling, seed: UInt64, episodes: Int) -> [Double] {
        let root = SeededGenerator(seed: seed)
        return (0..<episodes).map { k in
            var env = RelabelledEnvironment(CartPole(), relabelling: relabelling)
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

    /// Episodes of Pendulum-v1 relabelled by `relabelling`, with the torque clip(μ(s), −2, 2).
    static func pendulumReturns(_ actor: MLP, relabelling: Relabelling, seed: UInt64, episodes: Int) -> [Double] {
        let root = SeededGenerator(seed: seed)
        return (0..<episodes).map { k in
            var env = RelabelledEnvironment(Pendulum(), relabelling: relabelling)
            var s = env.reset(seed: root.child(k).seed)
            var total = 0.0
            while true {
                let mean = actor.forward(s)[0]
                let step = env.step(Pendulum.clipTorque(mean.isFinite ? mean : 0))
                total += step.reward
                if step.isDone { return total }
                s = step.observation
            }
        }
    }

    /// The MLP of `sizes` with `parameters`, or nil when they do not fit or are not finite.
    static func network(_ sizes: [Int], _ parameters: [Double]) -> MLP? {
        let expected = zip(sizes, sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
        guard parameters.count == expected, parameters.allSatisfy(\.isFinite) else { return nil }
        return MLP(layerSizes: sizes, parameters: parameters)
    }
}
