import RLCore
import RLHomework

/// `hw3.q-learning.cliff-walking`: Q-learning learns Q* whatever its ε-greedy behaviour, so its
/// greedy route is the optimal cliff-edge route (13 steps, return −13) on at least `min_pass` seeds.
struct QLearningCliffWalking: Check {
    let id = "hw3.q-learning.cliff-walking"
    let title = "Q-learning on cliff walking: the optimal route"
    let summary = "After training with ε = 0.1, Q-learning's greedy route is the optimal cliff-edge route (return −13) on at least 4 of 5 seeds."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let limit = context.intParameter("time_limit", 100)
        return try GreedyRouteCheck.run(
            context, id: id, algorithm: .qLearning, environment: .cliffWalking(maxEpisodeSteps: limit),
            map: GridWorld.cliffWalkingMap, start: 36,
            goal: "follow the optimal route along the cliff edge (13 steps, return −13)",
            judge: { route in
                if route.falls > 0 { return "it falls off the cliff" }
                if route.loops { return "it goes round in a loop and never reaches the goal" }
                if !route.reachedGoal { return "it does not reach the goal within \(route.steps) steps" }
                return route.steps == 13 ? nil : "it takes \(route.steps) steps (return \(Show.number(route.totalReward))): a safe detour, as SARSA learns"
            },
            hint: "Q-learning is off-policy: its target r + γ max_a′ Q(s′, a′) uses the greedy action in s′, not the ε-greedy action taken next. Using the next sampled action makes it SARSA, which prefers the safe detour.",
            refinedHint: { try Self.updateIsRight(context) ? Self.actionSelectionHint : nil })
    }

    /// The hint when the update itself is right: the loop around it is wrong.
    static let actionSelectionHint = "Your qLearningUpdate gives the right values on the update fixtures, so look at the training loop around it, at action selection: choose a_t ε-greedily from Q(s_t, ·), the row of the state you are in now (after each step, s ← s′ before choosing the next action), and pass the transition (s_t, a_t, r, s′) you really took."

    /// True when the student's qLearningUpdate passes the `hw3.q-learning.update` fixtures.
    static func updateIsRight(_ context: CheckContext) throws -> Bool {
        let cases = QLearningUpdate.cases
        let results = try context.callAllowingFailures(HW3.QLearningUpdate.self, cases.map(\.input))
        let tolerance = Tolerance(absolute: 1e-9, relative: 1e-12)
        return zip(results, cases).allSatisfy { result, c in
            guard case .success(let q) = result, q.count == c.expected.count else { return false }
            return zip(q, c.expected).allSatisfy { $0.count == $1.count && tolerance.firstMismatch($0, $1) == nil }
        }
    }
}
