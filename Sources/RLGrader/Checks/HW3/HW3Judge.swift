import RLCore
import RLHomework

/// The parent's judging helpers for hw3: table validation, greedy routes in deterministic grid
/// worlds, sample-average returns and the hand-made fixtures' formatting. Trusted code only.
enum HW3Judge {
    // MARK: Shapes

    /// Why `v` is not a usable value table with `count` entries, or `nil` when it is.
    static func valuesProblem(_ v: [Double], count: Int) -> String? {
        if v.count != count { return "returned \(v.count) values, expected one per state (\(count))" }
        if let s = v.firstIndex(where: { !$0.isFinite }) { return "V(\(s)) = \(Show.number(v[s])) is not finite" }
        return nil
    }

    /// Why `q` is not a usable action-value table for `model`, or `nil` when it is.
    static func tableProblem(_ q: [[Double]], model: TabularMDP) -> String? {
        tableProblem(q, actionCounts: (0..<model.stateCount).map(model.actionCount))
    }

    /// Why `q` does not have one row of `actionCounts[s]` finite entries per state, or `nil`.
    static func tableProblem(_ q: [[Double]], actionCounts: [Int]) -> String? {
        if q.count != actionCounts.count {
            return "returned \(q.count) rows, expected one per state (\(actionCounts.count))"
        }
        for (s, row) in q.enumerated() {
            if row.count != actionCounts[s] {
                return "row \(s) has \(row.count) entries, expected one per action (\(actionCounts[s]))"
            }
            if let a = row.firstIndex(where: { !$0.isFinite }) {
                return "Q(\(s), \(a)) = \(Show.number(row[a])) is not finite"
            }
        }
        return nil
    }

    // MARK: Greedy routes

    /// The route of the greedy policy of a Q table in a deterministic model.
    struct Route: Equatable {
        /// The states visited, the start first.
        var states: [Int]
        /// The actions taken.
        var actions: [Int]
        /// The sum of the rewards (γ = 1 in the grid worlds judged here).
        var totalReward: Double
        /// True when a terminal state was reached.
        var reachedGoal: Bool
        /// True when the route came back to a state it had visited: a deterministic greedy policy
        /// then cycles forever.
        var loops: Bool
        /// Steps with reward ≤ −100 (falls off the cliff).
        var falls: Int
        /// The number of steps taken.
        var steps: Int { actions.count }
    }

    /// Follows argmaxₐ Q(s, a) (ties to the lowest index) from `start` in `model`, whose rows must
    /// be deterministic, until a terminal state, a repeated state (a loop) or `cap` steps.
    static func greedyRoute(_ q: [[Double]], model: TabularMDP, start: Int, cap: Int) -> Route {
        var route = Route(states: [start], actions: [], totalReward: 0, reachedGoal: false, loops: false, falls: 0)
        var seen = Array(repeating: false, count: model.stateCount)
        var s = start
        seen[s] = true
        while route.steps < cap {
            let a = ActionSelection.greedyAction(q[s])
            let outcomes = model.outcomes[s][a]
            precondition(outcomes.count == 1 && outcomes[0].probability == 1, "greedyRoute needs a deterministic model")
            let o = outcomes[0]
            route.actions.append(a)
            route.totalReward += o.reward
            if o.reward <= -100 { route.falls += 1 }
            s = o.next
            route.states.append(s)
            if model.isTerminal[s] { route.reachedGoal = true; break }
            if seen[s] { route.loops = true; break }
            seen[s] = true
        }
        return route
    }

    /// "(3,0) → (2,0) → …" for a grid with `cols` columns.
    static func describe(_ route: Route, cols: Int, limit: Int = 40) -> String {
        let cells = route.states.prefix(limit).map { "(\($0 / cols),\($0 % cols))" }
        return cells.joined(separator: " → ") + (route.states.count > limit ? " → …" : "")
    }

    /// The map with the route drawn as `*` (start `S`, goal `G`, cliff `C`), one line per row.
    static func drawing(_ route: Route, map: [String]) -> String {
        var grid = map.map { Array($0) }
        let cols = grid.first?.count ?? 1
        for s in route.states {
            let (r, c) = (s / cols, s % cols)
            if grid[r][c] == "." { grid[r][c] = "*" }
        }
        return grid.map { String($0) }.joined(separator: "\n")
    }

    static let actionNames = ["up", "right", "down", "left"]

    // MARK: Monte-Carlo

    /// The returns G_t of an episode, computed backwards.
    static func returns(_ episode: HW3.Episode, gamma: Double) -> [Double] {
        var g = 0.0
        var out = Array(repeating: 0.0, count: episode.rewards.count)
        for t in stride(from: episode.rewards.count - 1, through: 0, by: -1) {
            g = episode.rewards[t] + gamma * g
            out[t] = g
        }
        return out
    }

    /// The sample averages of the (first-visit or every-visit) returns of each state; states with
    /// no return keep `initialValues`.
    static func sampleAverages(_ episodes: [HW3.Episode], initialValues: [Double], gamma: Double, firstVisit: Bool) -> [Double] {
        var sums = Array(repeating: 0.0, count: initialValues.count)
        var counts = Array(repeating: 0, count: initialValues.count)
        for episode in episodes {
            let g = returns(episode, gamma: gamma)
            var seen = Array(repeating: false, count: initialValues.count)
            for t in g.indices {
                let s = episode.states[t]
                if firstVisit && seen[s] { continue }
                seen[s] = true
                sums[s] += g[t]
                counts[s] += 1
            }
        }
        return initialValues.indices.map { counts[$0] == 0 ? initialValues[$0] : sums[$0] / Double(counts[$0]) }
    }

    // MARK: Calls

    /// `context.call`, with a pointed hint when the student's code trapped inside
    /// `MDPEnvironment.step` (stepping an episode that has already ended, or an invalid action).
    static func callTraining<E: Exercise>(
        _ context: CheckContext, _ exercise: E.Type, _ inputs: [E.Input], describe: (Int) -> String
    ) throws -> [E.Output] {
        do {
            return try context.call(exercise, inputs, describe: describe)
        } catch var failure as CheckFailure {
            if (failure.feedback.details ?? "").contains("MDPEnvironment.step") {
                failure.feedback.hint = "The crash is inside env.step: it traps when called after the episode ended "
                    + "(a step that was terminated OR truncated — these environments have a time limit) or with an "
                    + "action outside 0..<actionCount. End the episode and reset when `step.terminated || step.truncated`."
            }
            throw failure
        }
    }

    // MARK: Formatting

    static func describe(_ t: HW3.Transition) -> String {
        "s = \(t.state), a = \(t.action), r = \(Show.number(t.reward)), s′ = \(t.nextState)\(t.terminated ? " (terminal)" : "")"
    }

    static func describe(_ e: HW3.Episode) -> String {
        "states \(Show.ints(e.states)), rewards \(Show.vector(e.rewards))\(e.terminated ? "" : " (truncated)")"
    }

    static func describe(_ q: [[Double]]) -> String {
        "[" + q.map { Show.vector($0) }.joined(separator: ", ") + "]"
    }

    static func describe(_ s: HW3.ControlSettings) -> String {
        var text = "\(s.episodes) episodes, α₀ = \(Show.number(s.alpha))"
        if s.alphaExponent != 0 { text += ", ω = \(Show.number(s.alphaExponent)) (α = α₀/n^ω)" }
        return text + ", ε = \(Show.number(s.epsilon)), seed \(s.seed)"
    }
}
