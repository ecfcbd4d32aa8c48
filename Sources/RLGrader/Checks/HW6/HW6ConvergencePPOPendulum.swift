import RLCore
import RLHomework

/// `hw6.convergence.ppo-pendulum`: PPO with a Gaussian policy on a hidden relabelling of Pendulum-v1
/// (observation order and signs, torque sign) within a step budget. The parent plays 10 episodes with
/// the clipped mean torque clip(μ(s), −2, 2); credit grows with the mean over seeds from `floor` to
/// `threshold` (a measured, modest bar: a short budget, not Pendulum solved). Probe run as for the
/// other learners.
struct HW6ConvergencePPOPendulum: Check {
    let id = "hw6.convergence.ppo-pendulum"
    let title = "PPO with a Gaussian policy learns Pendulum-v1"
    let summary = "ppoPendulum's mean network, evaluated by the grader on 10 episodes of its own relabelled Pendulums with the clipped mean torque, reaches the rubric's mean-return threshold averaged over the seeds within the step budget (partial credit from the rubric's floor)."

    static let actorSizes = [3, 64, 1]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let episodes = context.intParameter("evaluation_episodes", 10)
        let judge = HW6LearnerJudge<HW6.PPOPendulum>(
            id: id, context: context,
            makeSetup: { seed, relabelling, steps in
                HW6.PendulumSetup(
                    seed: seed, relabelling: relabelling, actorLayerSizes: Self.actorSizes, criticLayerSizes: [3, 64, 1],
                    initialLogStd: 0, environmentSteps: steps, gamma: context.parameter("gamma", 0.9), lambda: 0.95,
                    learningRate: context.parameter("learning_rate", 1e-3), environments: 4,
                    stepsPerRollout: context.intParameter("steps_per_rollout", 512), epochs: context.intParameter("epochs", 10),
                    minibatches: 8, clipEpsilon: 0.2, valueCoefficient: 0.5, entropyCoefficient: 0, maxGradientNorm: 0.5)
            },
            evaluate: { parameters, relabelling, seed in
                HW6LearnerJudge<HW6.PPOPendulum>.network(Self.actorSizes, parameters).map {
                    HW6LearnerJudge<HW6.PPOPendulum>.pendulumReturns($0, relabelling: relabelling, seed: seed, episodes: episodes)
                }
            },
            observationSize: 3, actionCount: nil, curveTask: .pendulum, task: "Pendulum-v1",
            hint: "Check the hw6 Gaussian checks first. Then: sample a ~ N(μ(s), σ²) with a learned state-independent log σ; send clip(a, −2, 2) to RelabelledEnvironment(Pendulum(), …) but keep the unclipped a for the ratio; a γ of about 0.9 and rewards scaled down (e.g. ×0.1) help the critic.")
        return try judge.run()
    }
}
