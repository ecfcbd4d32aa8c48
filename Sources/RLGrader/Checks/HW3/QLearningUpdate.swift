import RLCore
import RLHomework

/// `hw3.q-learning.update`: one Q-learning update on hand-made transitions, including a terminal
/// transition, γ = 0, γ = 1, a next state whose values are all negative, and a self-loop.
struct QLearningUpdate: Check {
    let id = "hw3.q-learning.update"
    let title = "One Q-learning update"
    let summary = "Q(s,a) ← Q(s,a) + α (r + γ max_a′ Q(s′,a′) − Q(s,a)); no bootstrapping past a terminal state."

    typealias F = ControlUpdateFixtures
    static let cases: [F.Case] = [
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 0, action: 1, reward: 1, nextState: 1, terminated: false),
                           alpha: 0.5, gamma: 0.9),
              expected: F.q(0, 1, 3.25), why: "target 1 + 0.9·max(2, 5) = 5.5: 1 + 0.5 (5.5 − 1)"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 1, action: 1, reward: 3, nextState: 2, terminated: true),
                           alpha: 0.5, gamma: 0.9),
              expected: F.q(1, 1, 4), why: "s′ is terminal: the target is r = 3: 5 + 0.5 (3 − 5)"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 0, action: 0, reward: -2, nextState: 1, terminated: false),
                           alpha: 0.5, gamma: 0),
              expected: F.q(0, 0, -1), why: "γ = 0: the target is r = −2: 0 + 0.5 (−2 − 0)"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 1, action: 0, reward: 0, nextState: 3, terminated: false),
                           alpha: 0.5, gamma: 1),
              expected: F.q(1, 0, 0), why: "γ = 1 and max(−4, −2) = −2 (not 0): 2 + 0.5 (0 − 2 − 2)"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 0, action: 0, reward: 1, nextState: 0, terminated: false),
                           alpha: 0.5, gamma: 0.9),
              expected: F.q(0, 0, 0.95), why: "a self-loop: max Q(0,·) = 1 before the update: 0 + 0.5 (1 + 0.9·1 − 0)"),
    ]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        try F.run(context, HW3.QLearningUpdate.self, cases: Self.cases, name: "qLearningUpdate",
                  hint: "Q-learning bootstraps from max over a′ of Q(s′, a′) (the greedy target policy), whatever action is taken next. When the transition is terminal the target is r alone.")
    }
}
