import RLCore
import RLHomework

/// `hw3.q-learning.convergence`: Q-learning on small seeded random MDPs (no terminal states, so
/// every episode ends by truncation), from a uniform start, with a uniformly random behaviour
/// policy (ε = 1) and the decaying step size α₀/n^ω, ends within `tolerance` of Q* (computed here
/// with MDPJudge) on every state–action pair, on at least `min_pass` of the seeds (4 of 5: measured
/// over 400 seeds of correct code, `Grading/seeded-checks-false-fail.sh`, the largest error has a
/// long tail — median 0.05, 99th percentile 0.16, worst 0.24 — while the mutants' wrong updates miss
/// by 0.37 or more on each of the rubric's seeds, so one unlucky seed must not decide the grade).
struct QLearningConvergence: Check {
    let id = "hw3.q-learning.convergence"
    let title = "Q-learning converges to Q*"
    let summary = "On small random MDPs with time-limited episodes, Q-learning with a decaying step size ends within a tolerance of Q* on at least 4 of 5 seeds."

    static func environment(seed: UInt64, id: String, states: Int, actions: Int, gamma: Double, limit: Int) throws -> HW3.EnvironmentSpec {
        let mdp = try RandomMDP.generate(
            seed: SeededGenerator(seed: seed).child(id).child("mdp").seed, stateCount: states, actionCount: actions,
            branching: 3, gamma: gamma, terminalCount: 0)
        return .mdp(mdp, startDistribution: Array(repeating: 1 / Double(states), count: states), maxEpisodeSteps: limit)
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let tolerance = context.tolerance(0.25)
        let states = context.intParameter("states", 6), actions = context.intParameter("actions", 2)
        let gamma = context.parameter("gamma", 0.9), limit = context.intParameter("time_limit", 20)
        var inputs: [HW3.TrainingInput] = []
        for seed in context.seeds {
            let environment: HW3.EnvironmentSpec
            do { environment = try Self.environment(seed: seed, id: id, states: states, actions: actions, gamma: gamma, limit: limit) }
            catch { throw GraderError.internal("\(id): cannot build the random MDP: \(error)") }
            inputs.append(.init(environment: environment, settings: HW3.ControlSettings(
                episodes: context.intParameter("episodes", 5000), alpha: context.parameter("alpha", 1),
                alphaExponent: context.parameter("alpha_exponent", 0.7), epsilon: context.parameter("epsilon", 1),
                seed: SeededGenerator(seed: seed).child(id).child("training").seed)))
        }
        let describe = { (i: Int) in
            ".mdp(RandomMDP.generate(seed: \(SeededGenerator(seed: context.seeds[i]).child(id).child("mdp").seed), stateCount: \(states), "
                + "actionCount: \(actions), branching: 3, gamma: \(Show.number(gamma)), terminalCount: 0), uniform start, "
                + "maxEpisodeSteps: \(limit)), \(HW3Judge.describe(inputs[i].settings))"
        }
        let outputs = try HW3Judge.callTraining(context, HW3.QLearning.self, inputs, describe: describe)
        let minPass = min(context.intParameter("min_pass", 4), context.seeds.count)
        var distances: [Double] = []
        var firstMiss: (seed: Int, distance: Double, s: Int, a: Int, q: Double, qStar: Double, table: [[Double]])?
        for (i, q) in outputs.enumerated() {
            let model = inputs[i].environment.model
            if let problem = HW3Judge.tableProblem(q, model: model) {
                return .fail(Feedback("qLearning " + problem + ".", input: describe(i)))
            }
            let qStar = MDPJudge.q(model, MDPJudge.optimalValues(model))
            var worst = (distance: 0.0, s: 0, a: 0)
            for s in 0..<model.stateCount where !model.isTerminal[s] {
                for a in 0..<model.actionCount(s) where abs(q[s][a] - qStar[s][a]) > worst.distance {
                    worst = (abs(q[s][a] - qStar[s][a]), s, a)
                }
            }
            distances.append(worst.distance)
            if worst.distance > tolerance, firstMiss == nil {
                firstMiss = (i, worst.distance, worst.s, worst.a, q[worst.s][worst.a], qStar[worst.s][worst.a], qStar)
            }
        }
        let shown = Show.vector(distances.map { ($0 * 1000).rounded() / 1000 })
        let within = distances.filter { $0 <= tolerance }.count
        if within < minPass, let miss = firstMiss {
            return .fail(Feedback(
                "Q-learning did not converge to Q*: within \(Show.number(tolerance)) on \(within) of \(distances.count) seeds, \(minPass) needed.",
                expected: "max |Q(s,a) − Q*(s,a)| ≤ \(Show.number(tolerance)) on at least \(minPass) of \(distances.count) seeds",
                observed: "largest errors per seed \(shown); on the first seed that missed, \(Show.number(miss.distance)) at (s, a) = (\(miss.s), \(miss.a)): Q = \(Show.number(miss.q)), Q* = \(Show.number(miss.qStar))",
                input: describe(miss.seed),
                hint: "Bootstrap from max_a′ Q(s′, a′), not from the next ε-greedy action; use α = settings.stepSize(update: n) for the n-th update of (s, a). These episodes all end by TRUNCATION (there is no terminal state): bootstrap on the last step, then reset; never step past it.",
                details: "Q*: \(HW3Judge.describe(miss.table.map { $0.map { ($0 * 1000).rounded() / 1000 } }))"),
                data: ["max-error": distances])
        }
        return .pass("Q is within \(Show.number(tolerance)) of Q* on \(within) of \(distances.count) seeds (\(minPass) needed; largest errors \(shown)).",
                     data: ["max-error": distances])
    }
}
