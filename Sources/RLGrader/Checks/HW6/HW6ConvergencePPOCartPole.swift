import RLCore
import RLHomework

/// `hw6.convergence.ppo-cartpole`: PPO-clip on a hidden relabelling of CartPole-v1 within a step
/// budget. The parent evaluates the returned actor greedily on 20 episodes of its own relabelled
/// CartPoles; the credit grows with the mean over seeds from `floor` to `threshold` (a measured bar
/// that correct learners with half the learning rate or half the epochs reach, far below the
/// reference's 500). A probe run with a tiny budget must not already be good. See ``HW6LearnerJudge``.
struct HW6ConvergencePPOCartPole: Check {
    let id = "hw6.convergence.ppo-cartpole"
    let title = "PPO-clip solves CartPole-v1"
    let summary = "ppoCartPole's actor, evaluated by the grader on 20 greedy episodes of its own relabelled CartPoles, reaches the rubric's mean-return threshold averaged over the seeds within the step budget (partial credit from the rubric's floor)."

    static let actorSizes = [4, 64, 2]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let episodes = context.intParameter("evaluation_episodes", 20)
        let judge = HW6LearnerJudge<HW6.PPOCartPole>(
            id: id, context: context,
            makeSetup: { seed, relabelling, steps in
                HW6.CartPoleSetup(
                    seed: seed, relabelling: relabelling, actorLayerSizes: Self.actorSizes, criticLayerSizes: [4, 64, 1],
                    environmentSteps: steps, gamma: 0.99, lambda: 0.95, learningRate: context.parameter("learning_rate", 1e-3),
                    environments: 4, stepsPerRollout: 128, epochs: context.intParameter("epochs", 10), minibatches: 4,
                    clipEpsilon: 0.2, valueCoefficient: 0.5, entropyCoefficient: 0, maxGradientNorm: 0.5)
            },
            evaluate: { parameters, relabelling, seed in
                HW6LearnerJudge<HW6.PPOCartPole>.network(Self.actorSizes, parameters).map {
                    HW6LearnerJudge<HW6.PPOCartPole>.cartPoleReturns($0, relabelling: relabelling, seed: seed, episodes: episodes)
                }
            },
            observationSize: 4, actionCount: 2, curveTask: .cartPole, task: "CartPole-v1",
            hint: "Check the hw6 clip and loss checks first. Then: train on RelabelledEnvironment(CartPole(), relabelling: setup.relabelling); store log π_old(a|s) and V_old(s) while collecting; GAE with the observation each step returned (bootstrap at truncation); several epochs of shuffled minibatches; clip each network's gradient norm; decay the learning rate linearly to 0.")
        return try judge.run()
    }
}
