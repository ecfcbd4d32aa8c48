import RLCore
import RLHomework

/// The shared runner of the grid-world control checks (`hw3.sarsa.windy-gridworld`,
/// `hw3.sarsa.cliff-walking`, `hw3.q-learning.cliff-walking`): train once per rubric seed with the
/// rubric's budget, follow the greedy policy of the returned Q in the deterministic model (the
/// parent's own copy), and require the route to satisfy `judge` on at least `min_pass` seeds.
enum GreedyRouteCheck {
    enum Algorithm {
        case sarsa, qLearning
        var name: String { self == .sarsa ? "sarsa(environment:settings:)" : "qLearning(environment:settings:)" }
        var short: String { self == .sarsa ? "SARSA" : "Q-learning" }
    }

    /// The rubric's training settings for `seed` (defaults: the budgets measured for the reference).
    static func settings(_ context: CheckContext, id: String, seed: UInt64) -> HW3.ControlSettings {
        HW3.ControlSettings(
            episodes: context.intParameter("episodes", 2000), alpha: context.parameter("alpha", 1),
            alphaExponent: context.parameter("alpha_exponent", 0.5), epsilon: context.parameter("epsilon", 0.1),
            seed: SeededGenerator(seed: seed).child(id).seed)
    }

    /// Runs the check. `judge` returns nil when a route is good, else what is wrong with it.
    static func run(
        _ context: CheckContext, id: String, algorithm: Algorithm, environment: HW3.EnvironmentSpec, map: [String],
        start: Int, goal: String, judge: (HW3Judge.Route) -> String?, hint: String,
        refinedHint: (() throws -> String?)? = nil
    ) throws -> CheckVerdict {
        let model = environment.model
        let cap = context.intParameter("route_cap", 100)
        let minPass = min(context.intParameter("min_pass", 4), context.seeds.count)
        let inputs = context.seeds.map { HW3.TrainingInput(environment: environment, settings: settings(context, id: id, seed: $0)) }
        let envName = environment.describe
        let describe = { (i: Int) in "\(envName), \(HW3Judge.describe(inputs[i].settings))" }
        let outputs: [[[Double]]]
        switch algorithm {
        case .sarsa: outputs = try HW3Judge.callTraining(context, HW3.Sarsa.self, inputs, describe: describe)
        case .qLearning: outputs = try HW3Judge.callTraining(context, HW3.QLearning.self, inputs, describe: describe)
        }
        var passed = 0
        var lengths: [Double] = []
        var firstFailure: Feedback?
        var summaries: [String] = []
        var figures: [GridFigure] = []
        for (i, q) in outputs.enumerated() {
            if let problem = HW3Judge.tableProblem(q, model: model) {
                lengths.append(-1)
                summaries.append("invalid Q")
                if firstFailure == nil {
                    firstFailure = Feedback("\(algorithm.name) " + problem + ".", input: describe(i),
                                            hint: "Return Q with one row per state of env.model and one entry per action.")
                }
                continue
            }
            let route = HW3Judge.greedyRoute(q, model: model, start: start, cap: cap)
            lengths.append(route.reachedGoal ? Double(route.steps) : -1)
            let verdict = judge(route)
            if figures.isEmpty || (verdict != nil && firstFailure == nil) {  // the first seed, or the first failing one
                figures = HW3GridFigures.trained(q, route: route.states, environment: environment,
                                                 title: "\(envName), rubric seed \(context.seeds[i]): your \(algorithm.short) Q after training")
            }
            summaries.append(Self.summary(route))
            if verdict == nil {
                passed += 1
            } else if firstFailure == nil {
                let cols = map[0].count
                let visited = route.states.filter { !model.isTerminal[$0] }.suffix(4)
                let values = visited.map { s in
                    "Q((\(s / cols),\(s % cols)), ·) = \(Show.vector(q[s].map { ($0 * 1000).rounded() / 1000 }))"
                }
                firstFailure = Feedback(
                    "The greedy policy of your \(algorithm.short) Q does not \(goal).",
                    expected: goal, observed: verdict! + ". Greedy route: " + HW3Judge.describe(route, cols: map[0].count),
                    input: describe(i), hint: hint,
                    details: "The greedy route (*) on the map:\n" + HW3Judge.drawing(route, map: map)
                        + "\nQ at the last states of the route (actions up, right, down, left): " + values.joined(separator: "; "))
            }
        }
        let data = ["greedy-route-steps": lengths]
        if passed >= minPass {
            return .pass("The greedy route meets the goal on \(passed) of \(outputs.count) seeds (\(minPass) needed): "
                         + summaries.joined(separator: ", ") + ".", data: data, figures: figures)
        }
        var feedback = firstFailure!
        if let better = try refinedHint?() { feedback.hint = better }
        feedback.summary = "Only \(passed) of \(outputs.count) seeds pass (\(minPass) needed). " + feedback.summary
        return .fail(feedback, data: data, figures: figures)
    }

    static func summary(_ route: HW3Judge.Route) -> String {
        if route.reachedGoal { return "\(route.steps) steps (return \(Show.number(route.totalReward)))" }
        return route.loops ? "loops" : "no goal in \(route.steps) steps"
    }
}

extension HW3.EnvironmentSpec {
    /// A short description for feedback.
    var describe: String {
        let limit = { (n: Int?) in n.map { ", time limit \($0) steps" } ?? "" }
        switch self {
        case .randomWalk: return "the random walk"
        case .windyGridworld(let n): return "the windy gridworld (.windyGridworld(maxEpisodeSteps: \(n.map(String.init) ?? "nil")))"
        case .cliffWalking(let n): return "cliff walking (.cliffWalking(maxEpisodeSteps: \(n.map(String.init) ?? "nil")))"
        case .mdp(let m, _, let n): return "a random MDP with \(m.stateCount) states and \(m.maxActionCount) actions, γ = \(Show.number(m.gamma))\(limit(n))"
        }
    }
}
