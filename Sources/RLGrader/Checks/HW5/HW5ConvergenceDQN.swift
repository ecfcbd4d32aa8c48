import RLCore
import RLHomework

/// `hw5.convergence.dqn`: DQN on a relabelled CartPole-v1 within a step budget, judged by the learner
/// rule (see ``HW5DQNLearner`` and ``LearnerJudge``): the parent evaluates the returned network
/// greedily in its own environments; budget probes give nothing to a fixed controller; the credit
/// grows with the mean over seeds.
struct HW5ConvergenceDQN: Check {
    let id = "hw5.convergence.dqn"
    let title = "DQN balances a relabelled CartPole-v1"
    let summary = "dqnCartPole (DQN target): the grader's greedy evaluation of the returned network on relabelled CartPoles reaches a mean return ≥ 150 averaged over the seeds (partial credit from 30) within 20,000 steps; tiny-budget probes must not already succeed."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        try HW5DQNLearner.judge(context, id: id, double: false, name: "DQN")
    }
}
