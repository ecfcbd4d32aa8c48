import RLCore
import RLHomework

/// `hw5.double-dqn.overestimation`: the statistical reason for Double DQN (course: Q-learning 中的过估计).
///
/// Next states s′ are one-hot vectors of a small MDP in which every action has the same, known true
/// value q*(s′); rewards are noisy around a known mean r̄. The online and the target networks are linear
/// estimates q*(s′) + σ·noise with independent noise (fresh for every batch). The parent averages, over
/// many seeded batches, the error y − (r̄ + γ q*(s′)) of the student's DQN targets and of the student's
/// Double DQN targets. The max over noisy estimates is biased upwards (about γσ·E[max of |A| normals]);
/// choosing with one network and valuing with the other is not. Double's bias must be below
/// `max_double_bias` in absolute value and below DQN's by at least `min_gap`.
struct HW5DoubleDQNOverestimation: Check {
    let id = "hw5.double-dqn.overestimation"
    let title = "Double DQN removes the max operator's overestimation"
    let summary = "On noisy value estimates with known true values, the mean error of doubleDQNTargets is near 0 and clearly below that of dqnTargets (which overestimates)."

    static let states = 4, actions = 8

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let batches = context.intParameter("batches", 200), sigma = context.parameter("sigma", 1)
        let maxDoubleBias = context.parameter("max_double_bias", 0.25), minGap = context.parameter("min_gap", 0.5)
        let gamma = 0.9
        var inputs: [HW5.TargetBatch] = [], truths: [[Double]] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let qStar = (0..<Self.states).map { _ in HW5Fixtures.rounded(rng.uniform(-2, 2)) }
            let meanReward = (0..<Self.states).map { _ in HW5Fixtures.rounded(rng.uniform(-1, 1)) }
            for _ in 0..<batches {
                // W[a][s] = q*(s) + σ ε: Q(e_s) = column s.
                func noisy(_ rng: inout SeededGenerator) -> MLP {
                    let w = (0..<Self.actions).map { _ in (0..<Self.states).map { s in qStar[s] + sigma * rng.normal() } }
                    return HW5Fixtures.linear(w, [Double](repeating: 0, count: Self.actions))
                }
                let online = noisy(&rng), target = noisy(&rng)
                var transitions: [HW5.Transition] = [], truth: [Double] = []
                for k in 0..<16 {
                    let s = k % Self.states
                    let oneHot = (0..<Self.states).map { $0 == s ? 1.0 : 0.0 }
                    transitions.append(HW5.Transition(state: oneHot, action: rng.int(below: Self.actions),
                                                      reward: meanReward[s] + 0.5 * rng.normal(), nextState: oneHot,
                                                      terminated: false, truncated: false))
                    truth.append(meanReward[s] + gamma * qStar[s])
                }
                inputs.append(HW5.TargetBatch(online: online, target: target, transitions: transitions, gamma: gamma))
                truths.append(truth)
            }
        }
        let describe = { (i: Int) in "seed \(context.seeds[i / batches]), batch \(i % batches): 16 transitions, \(Self.actions) actions whose true values are equal, σ = \(Show.number(sigma)), γ = 0.9" }
        let plain = try context.call(HW5.DQNTargets.self, inputs, describe: describe)
        let double = try context.call(HW5.DoubleDQNTargets.self, inputs, describe: describe)
        func bias(_ outputs: [[Double]], _ name: String) throws -> Double {
            var total = 0.0, count = 0.0
            for i in inputs.indices {
                guard outputs[i].count == truths[i].count, outputs[i].allSatisfy(\.isFinite) else {
                    throw CheckFailure(Feedback("\(name) returned \(outputs[i].count) targets for \(truths[i].count) transitions (or non-finite ones).",
                                                input: describe(i), hint: "One finite target per transition."))
                }
                for k in truths[i].indices { total += outputs[i][k] - truths[i][k]; count += 1 }
            }
            return total / count
        }
        let dqnBias = try bias(plain, "dqnTargets"), doubleBias = try bias(double, "doubleDQNTargets")
        let observed = "mean error of dqnTargets \(Show.number((dqnBias * 1000).rounded() / 1000)), of doubleDQNTargets \(Show.number((doubleBias * 1000).rounded() / 1000)) over \(inputs.count) batches"
        let data = ["bias": [dqnBias, doubleBias]]
        if abs(doubleBias) > maxDoubleBias || doubleBias > dqnBias - minGap {
            return .fail(Feedback(
                "Your Double DQN targets are biased like the DQN targets: the overestimation is not removed.",
                expected: "|Double bias| ≤ \(Show.number(maxDoubleBias)) and Double bias ≤ DQN bias − \(Show.number(minGap)) (DQN's is about γσ·1.42 ≈ 1.28 here)",
                observed: observed, input: describe(0),
                hint: "Choose a* with the online network and value it with the *target* network: y = r + γ Q_θ⁻(s′, argmax Q_θ(s′, ·)). Using one network for both (either one) keeps the max's upward bias."), data: data)
        }
        return .pass("Double DQN removes the overestimation: \(observed).", data: data)
    }
}
