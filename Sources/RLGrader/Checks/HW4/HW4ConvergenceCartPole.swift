import RLCore
import RLHomework

/// `hw4.convergence.cartpole`: A2C on CartPole-v1 within a step budget, judged by ``LearnerJudge``
/// (the learner rule). Every seed trains on a CartPole relabelled by a hidden, seed-dependent
/// ``Relabelling``; the parent rebuilds `MLP(layerSizes:parameters:)` and plays `evaluation_episodes`
/// greedy episodes on its own CartPoles, wrapped with the same relabelling, with its own seeds. The
/// credit grows linearly with the mean over seeds of the mean greedy return (`zero_at` → `full_at`);
/// a tiny-budget probe that already balances, or a learning curve that does not improve, gives 0.
struct HW4ConvergenceCartPole: Check {
    let id = "hw4.convergence.cartpole"
    let title = "A2C balances CartPole-v1"
    let summary = "a2cCartPole's actor, trained on a relabelled CartPole within 100,000 steps and evaluated by the grader with greedy actions: credit grows with the mean return over the seeds (full at 170); a learner that is already good with a 2 % budget gets 0."

    static let actorSizes = [4, 64, 2]

    /// The returns of `episodes` greedy episodes of `actor` on CartPole-v1 seen through `relabelling`,
    /// with the parent's seeds.
    static func evaluate(_ actor: MLP, relabelling: Relabelling, seed: UInt64, episodes: Int) -> [Double] {
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

    func setup(_ context: CheckContext, stream: SeededGenerator, budget: Int) -> HW4.CartPoleSetup {
        var rng = stream
        return HW4.CartPoleSetup(
            seed: rng.next(), actorLayerSizes: Self.actorSizes, criticLayerSizes: [4, 64, 1],
            environmentSteps: budget, gamma: 0.99, lambda: 0.95,
            learningRate: context.parameter("learning_rate", 1e-3), environments: 4, stepsPerUpdate: 32,
            valueCoefficient: 0.5, entropyCoefficient: 0.01, maxGradientNorm: 0.5,
            relabelling: Relabelling.random(seed: stream.child("relabelling").seed, observationSize: 4, actionCount: 2))
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let episodes = context.intParameter("evaluation_episodes", 20)
        let budget = context.intParameter("environment_steps", 100_000)
        let probeBudget = max(1, Int((Double(budget) * context.parameter("probe_budget_fraction", 0.02)).rounded()))
        let streams = context.seeds.map { SeededGenerator(seed: $0).child(id) }
        let inputs = streams.map { setup(context, stream: $0, budget: budget) }
        let probeStream = SeededGenerator(seed: context.seeds[0]).child(id).child("probe")
        let probe = setup(context, stream: probeStream, budget: probeBudget)
        let secondProbe = setup(context, stream: SeededGenerator(seed: context.seeds[0]).child(id).child("probe-2"), budget: probeBudget)
        func describe(_ i: Int?) -> String {
            let s = i.map { $0 < 0 ? secondProbe : inputs[$0] } ?? probe
            let label = i.map { $0 < 0 ? "the second probe (tiny budget)" : "rubric seed \(context.seeds[$0])" } ?? "the probe (rubric seed \(context.seeds[0]), tiny budget)"
            return "\(label): setup.seed = \(s.seed), actor \(Show.ints(s.actorLayerSizes)), budget \(s.environmentSteps) steps, "
                + "γ = \(Show.number(s.gamma)), λ = \(Show.number(s.lambda)), lr = \(Show.number(s.learningRate)), \(s.environments) environments × \(s.stepsPerUpdate) steps per update, "
                + "relabelling: observation permutation \(Show.ints(s.relabelling.observationPermutation)), signs \(Show.vector(s.relabelling.observationSigns)), actions \(Show.ints(s.relabelling.actionPermutation))"
        }
        let expectedCount = zip(Self.actorSizes, Self.actorSizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
        let evaluationRoot = { (i: Int?) -> UInt64 in
            (i.map { $0 < 0 ? probeStream.child("2") : streams[$0] } ?? probeStream).child("evaluation").seed
        }
        let plan = LearnerJudge.LearnerPlan<HW4.A2CCartPole>(
            inputs: inputs, probe: probe, secondProbe: secondProbe, describe: describe, quantity: "mean greedy return",
            ramp: .init(zeroAt: context.parameter("zero_at", 100), fullAt: context.parameter("full_at", 170)),
            probeMax: 0.75, minCurveGain: 10,
            measure: { result, i in
                let input = i.map { $0 < 0 ? secondProbe : inputs[$0] } ?? probe
                guard result.actorParameters.count == expectedCount, result.actorParameters.allSatisfy(\.isFinite) else {
                    return .invalid(Feedback(
                        "a2cCartPole returned \(result.actorParameters.count) actor parameters\(result.actorParameters.allSatisfy(\.isFinite) ? "" : " (some not finite)"); an MLP \(Show.ints(Self.actorSizes)) has \(expectedCount).",
                        input: describe(i), hint: result.actorParameters.allSatisfy(\.isFinite)
                            ? "Return `actor.parameters` of `MLP(layerSizes: setup.actorLayerSizes, seed: …)` after training, all of them."
                            : "A NaN or infinite weight means training diverged: check a2cLoss's gradients (the a2c-loss checks), that Â and R are constants, and the learning rate (setup.learningRate)."))
                }
                if let problem = TrainingCurveValidity.problem(result.episodeReturns, task: .cartPole, budget: input.environmentSteps) {
                    return .invalid(Feedback("The learning curve is invalid: \(problem).", input: describe(i), hint: TrainingCurveValidity.hint))
                }
                let actor = MLP(layerSizes: Self.actorSizes, parameters: result.actorParameters)
                let returns = Self.evaluate(actor, relabelling: input.relabelling, seed: evaluationRoot(i), episodes: episodes)
                let mean = returns.reduce(0, +) / Double(returns.count)
                let tail = result.episodeReturns.suffix(20)
                let shortfall = Feedback(
                    "The trained actor does not balance the pole well enough.",
                    expected: "a mean return ≥ \(Show.number(context.parameter("full_at", 170))) over \(episodes) greedy evaluation episodes on the relabelled CartPole",
                    observed: "mean \(LearnerJudge.rounded(mean)) (returns \(Show.vector(returns, limit: 8))); your last \(tail.count) training episodes averaged \(LearnerJudge.rounded(tail.isEmpty ? 0 : tail.reduce(0, +) / Double(tail.count), 10))",
                    input: describe(i),
                    hint: "Check hw4.a2c-loss.* first (signs, stop-gradient targets). Train on `RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)`. Then: collect a Segment per environment with the observation each step returned (not the reset one), reset finished environments, clip each network's gradient to 0.5, and decay the Adam learning rate linearly to 0 over the budget.")
                return .measured(value: mean, curve: result.episodeReturns,
                                 line: "mean \(LearnerJudge.rounded(mean)) after \(result.episodeReturns.count) training episodes", shortfall: shortfall)
            },
            probeHint: "Train on `RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)` from a fresh `MLP(layerSizes:seed:)`, within setup.environmentSteps: the actor you return must come from that training, not from a controller written by hand.")
        return try LearnerJudge(context: context).judge(HW4.A2CCartPole.self, plan)
    }
}
