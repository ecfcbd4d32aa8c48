import RLCore
import RLHomework

/// `hw6.convergence.trpo-cartpole`: TRPO on a hidden relabelling of CartPole-v1 within a step budget,
/// judged like ``HW6ConvergencePPOCartPole`` (greedy evaluation by the parent, probe run, credit from
/// the mean over seeds) against the rubric's `threshold`.
struct HW6ConvergenceTRPOCartPole: Check {
    let id = "hw6.convergence.trpo-cartpole"
    let title = "TRPO learns CartPole-v1"
    let summary = "trpoCartPole's actor, evaluated by the grader on 20 greedy episodes of its own relabelled CartPoles, reaches the rubric's mean-return threshold averaged over the seeds within the step budget (partial credit from the rubric's floor)."

    static let actorSizes = [4, 32, 2]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let episodes = context.intParameter("evaluation_episodes", 20)
        let judge = HW6LearnerJudge<HW6.TRPOCartPole>(
            id: id, context: context,
            makeSetup: { seed, relabelling, steps in
                HW6.TRPOSetup(
                    seed: seed, relabelling: relabelling, actorLayerSizes: Self.actorSizes, criticLayerSizes: [4, 32, 1],
                    environmentSteps: steps, gamma: 0.99, lambda: 0.95, environments: 4, stepsPerRollout: context.intParameter("steps_per_rollout", 128),
                    maxKL: context.parameter("max_kl", 0.01), damping: 0.1, cgIterations: 10, backtrackCoefficient: 0.8,
                    maxBacktracks: 10, criticLearningRate: context.parameter("critic_learning_rate", 1e-3), criticSteps: context.intParameter("critic_steps", 20))
            },
            evaluate: { parameters, relabelling, seed in
                HW6LearnerJudge<HW6.TRPOCartPole>.network(Self.actorSizes, parameters).map {
                    HW6LearnerJudge<HW6.TRPOCartPole>.cartPoleReturns($0, relabelling: relabelling, seed: seed, episodes: episodes)
                }
            },
            observationSize: 4, actionCount: 2, curveTask: .cartPole, task: "CartPole-v1",
            hint: "Check the hw6 Fisher-vector, conjugate-gradient, step and line-search checks first. Then: ĝ at θ_old with the advantages as constants; x from CG on (F + λI); the full step √(2δ/xᵀFx)·x; accept through the line search (which keeps θ_old when nothing qualifies); fit the critic separately.")
        return try judge.run()
    }
}
