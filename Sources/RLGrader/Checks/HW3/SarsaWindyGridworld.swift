import RLCore
import RLHomework

/// `hw3.sarsa.windy-gridworld`: after the rubric's training budget, the greedy policy of SARSA's Q
/// reaches the goal of the windy gridworld in at most `max_steps` steps (optimal 15) on at least
/// `min_pass` of the seeds. A looping greedy policy fails (detected at the first repeated state).
/// Training uses a time limit, so episodes are truncated early on.
struct SarsaWindyGridworld: Check {
    let id = "hw3.sarsa.windy-gridworld"
    let title = "SARSA on the windy gridworld"
    let summary = "After training, SARSA's greedy route from the start reaches the goal in ≤ 17 steps (optimal 15) on at least 4 of 5 seeds."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let maxSteps = context.intParameter("max_steps", 17)
        let limit = context.intParameter("time_limit", 100)
        return try GreedyRouteCheck.run(
            context, id: id, algorithm: .sarsa, environment: .windyGridworld(maxEpisodeSteps: limit),
            map: GridWorld.windyGridworldMap, start: 30,
            goal: "reach the goal (3,7) from the start (3,0) in at most \(maxSteps) steps",
            judge: { route in
                if route.loops { return "it goes round in a loop and never reaches the goal" }
                if !route.reachedGoal { return "it does not reach the goal within \(route.steps) steps" }
                return route.steps <= maxSteps ? nil : "it takes \(route.steps) steps"
            },
            hint: "SARSA: Q(s,a) += α (r + γ Q(s′,a′) − Q(s,a)) with a′ the ε-greedy action you then actually take; α = settings.stepSize(update: n) for the n-th update of (s,a). Reset the environment when a step is terminated OR truncated, and bootstrap on a truncated step.")
    }
}
