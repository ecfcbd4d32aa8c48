import RLCore
import RLHomework

/// `hw3.sarsa.cliff-walking`: with ε = 0.1, SARSA learns the values of its ε-greedy policy, for
/// which walking along the cliff edge is costly: its greedy route reaches the goal without falling
/// and is not the 13-step cliff-edge route (so it takes ≥ 15 steps), on at least `min_pass` seeds.
struct SarsaCliffWalking: Check {
    let id = "hw3.sarsa.cliff-walking"
    let title = "SARSA on cliff walking: the safe route"
    let summary = "After training with ε = 0.1, SARSA's greedy route reaches the goal without falling and keeps away from the cliff edge (≥ 15 steps) on at least 4 of 5 seeds."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let limit = context.intParameter("time_limit", 100)
        return try GreedyRouteCheck.run(
            context, id: id, algorithm: .sarsa, environment: .cliffWalking(maxEpisodeSteps: limit),
            map: GridWorld.cliffWalkingMap, start: 36,
            goal: "follow a safe route: reach the goal without falling, not along the cliff edge (at least 15 steps)",
            judge: { route in
                if route.falls > 0 { return "it falls off the cliff" }
                if route.loops { return "it goes round in a loop and never reaches the goal" }
                if !route.reachedGoal { return "it does not reach the goal within \(route.steps) steps" }
                return route.steps >= 15 ? nil : "it walks the \(route.steps)-step route along the cliff edge, which is what Q-learning learns"
            },
            hint: "SARSA is on-policy: its target r + γ Q(s′, a′) uses the ε-greedy action a′ actually taken next, so the occasional random step into the cliff lowers the values next to it. Using max over a′ here turns it into Q-learning.")
    }
}
