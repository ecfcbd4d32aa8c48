import RLCore
import RLHomework

/// `hw5.convergence.double-dqn`: the same learner with the Double DQN target (`setup.double`), judged by
/// the same learner rule (see ``HW5DQNLearner`` and ``LearnerJudge``) on other seeds and relabellings.
struct HW5ConvergenceDoubleDQN: Check {
    let id = "hw5.convergence.double-dqn"
    let title = "Double DQN balances a relabelled CartPole-v1"
    let summary = "dqnCartPole with setup.double: the grader's greedy evaluation reaches a mean return ≥ 150 averaged over the seeds (partial credit from 30) within 20,000 steps; tiny-budget probes must not already succeed."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        try HW5DQNLearner.judge(context, id: id, double: true, name: "Double DQN")
    }
}
