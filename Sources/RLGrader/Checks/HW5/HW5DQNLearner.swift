import RLCore
import RLHomework

/// What hw5's two DQN checks share: the setups, the parent's evaluation and the ``LearnerJudge/LearnerPlan``
/// that the shared learner judge grades (the learner rule of `Grading/README.md`).
///
/// 1. Every seed's setup carries a hidden `Relabelling` drawn from the rubric seed; the parent evaluates
///    the returned network on its own CartPoles wrapped with the same relabelling, with its own seeds and
///    the greedy action.
/// 2. Two budget probes (`probe_budget_fraction` of the budget, on seeds of their own): when both already
///    earn more than `probe_max` of the credit, the learner did not learn from its data: the check scores 0.
/// 3. Each seed's learning curve must improve (`min_curve_gain`), and the check's credit is a linear ramp
///    of the mean over seeds of the greedy mean return, from `zero_at` to `full_at`.
enum HW5DQNLearner {
    static let layerSizes = [4, 64, 2]

    /// The setup of rubric seed `seed` of check `checkID` (see ``setup(_:stream:double:steps:)``).
    static func setup(_ parameters: [String: Double], checkID: String, seed: UInt64, double: Bool, steps: Int? = nil) -> HW5.DQNSetup {
        setup(parameters, stream: SeededGenerator(seed: seed).child(checkID), double: double, steps: steps)
    }

    /// The setup drawn from `stream`: relabelling, architecture, budget and suggested hyperparameters.
    /// - Parameter parameters: the rubric entry's `params` (`environment_steps`, `learning_rate`,
    ///   `target_period`, `epsilon_decay_steps`); missing ones take the defaults below.
    static func setup(_ parameters: [String: Double], stream: SeededGenerator, double: Bool, steps: Int? = nil) -> HW5.DQNSetup {
        func number(_ name: String, _ fallback: Double) -> Double { parameters[name] ?? fallback }
        func integer(_ name: String, _ fallback: Int) -> Int { parameters[name].map { Int($0) } ?? fallback }
        return HW5.DQNSetup(
            seed: stream.child("learner").seed,
            relabelling: Relabelling.random(seed: stream.child("relabelling").seed, observationSize: 4, actionCount: 2),
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

    static func mean(_ x: some Collection<Double>) -> Double { x.isEmpty ? 0 : x.reduce(0, +) / Double(x.count) }

    /// What is wrong with a returned result before it is evaluated (size, finiteness, budget), if
    /// anything, and the hint for that problem.
    static func invalid(_ result: HW5.DQNResult, _ setup: HW5.DQNSetup) -> (problem: String, hint: String)? {
        let expected = zip(setup.layerSizes, setup.layerSizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
        if result.parameters.count != expected || !result.parameters.allSatisfy(\.isFinite) {
            let finite = result.parameters.allSatisfy(\.isFinite)
            return ("dqnCartPole returned \(result.parameters.count) parameters\(finite ? "" : " (some not finite)"); an MLP \(Show.ints(setup.layerSizes)) has \(expected).",
                    finite
                        ? "Return `online.parameters` of `MLP(layerSizes: setup.layerSizes, hiddenActivation: setup.hiddenActivation, seed: …)`, all of them."
                        : "A NaN or infinite weight means training diverged: check the targets (from the target network, masked by `terminated`), the Huber loss's gradient, and that you clip the gradient norm to setup.maxGradientNorm before the Adam step.")
        }
        if let problem = TrainingCurveValidity.problem(result.episodeReturns, task: .cartPole, budget: setup.environmentSteps) {
            return ("the learning curve is invalid: \(problem).", TrainingCurveValidity.hint)
        }
        return nil
    }

    /// Grades check `id` (DQN, or Double DQN when `double`) with the shared ``LearnerJudge``.
    static func judge(_ context: CheckContext, id: String, double: Bool, name: String) throws -> CheckVerdict {
        let episodes = context.intParameter("evaluation_episodes", 20)
        let parameters = context.entry.parameters
        let budget = context.intParameter("environment_steps", 20_000)
        let probeSteps = max(1, Int((Double(budget) * context.parameter("probe_budget_fraction", 0.02)).rounded()))
        let streams = context.seeds.map { SeededGenerator(seed: $0).child(id) }
        let inputs = streams.map { setup(parameters, stream: $0, double: double) }
        let probeStreams = ["probe", "probe-2"].map { SeededGenerator(seed: context.seeds[0]).child(id).child($0) }
        let probes = probeStreams.map { setup(parameters, stream: $0, double: double, steps: probeSteps) }
        let fullAt = context.parameter("full_at", 150)
        func input(_ i: Int?) -> HW5.DQNSetup { i.map { $0 < 0 ? probes[1] : inputs[$0] } ?? probes[0] }
        func describe(_ i: Int?) -> String {
            let s = input(i)
            let label = i.map { $0 < 0 ? "the second probe (tiny budget)" : "rubric seed \(context.seeds[$0])" } ?? "the probe (rubric seed \(context.seeds[0]), tiny budget)"
            return "\(label): setup.seed = \(s.seed), \(name), network \(Show.ints(s.layerSizes)) \(s.hiddenActivation), budget \(s.environmentSteps) steps, lr \(Show.number(s.learningRate)), batch \(s.batchSize), train every \(s.trainEvery), ε over \(s.epsilon.decaySteps) steps, relabelled CartPole-v1"
        }
        let plan = LearnerJudge.LearnerPlan<HW5.DQNCartPole>(
            inputs: inputs, probe: probes[0], secondProbe: probes[1], describe: describe, quantity: "mean greedy return",
            ramp: .init(zeroAt: 30, fullAt: 150), probeMax: 0.99, minCurveGain: 10,
            measure: { result, i in
                let s = input(i)
                if let (problem, hint) = invalid(result, s) {
                    return .invalid(Feedback("The result is invalid: \(problem)", input: describe(i), hint: hint))
                }
                let stream = i.map { $0 < 0 ? probeStreams[1] : streams[$0] } ?? probeStreams[0]
                let returns = evaluate(result.parameters, setup: s, seed: stream.child("evaluation").seed, episodes: episodes)
                let m = mean(returns)
                let curve = result.episodeReturns
                let shortfall = Feedback(
                    "The trained network does not balance the relabelled pole well enough.",
                    expected: "a mean greedy return ≥ \(Show.number(fullAt)) over \(episodes) evaluation episodes on the relabelled CartPole",
                    observed: "mean \(LearnerJudge.rounded(m, 10)) (returns \(Show.vector(returns, limit: 8))); \(curve.count) training episodes, the last 10 averaged \(LearnerJudge.rounded(mean(curve.suffix(10)), 10))",
                    input: describe(i),
                    hint: "Check the target, loss, replay and schedule checks first. Then: targets from the *target* network, mask with `terminated` only, one gradient step every trainEvery steps after learningStarts, updateTarget after each gradient step, and act greedily with the *online* network when not exploring.")
                return .measured(value: m, curve: curve,
                                 line: "mean \(LearnerJudge.rounded(m, 10)) after \(curve.count) training episodes", shortfall: shortfall)
            },
            probeHint: "Train the network from the transitions you collect within setup.environmentSteps on `RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)`; do not build or load a hand-made controller.")
        return try LearnerJudge(context: context).judge(HW5.DQNCartPole.self, plan)
    }
}
