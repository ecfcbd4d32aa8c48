import RLCore
import RLHomework

/// `hw3.sarsa.update`: one SARSA update on hand-made transitions, where the next action a′ is not
/// the greedy one (so using max is wrong), a terminal transition, γ = 0 and γ = 1.
struct SarsaUpdate: Check {
    let id = "hw3.sarsa.update"
    let title = "One SARSA update"
    let summary = "Q(s,a) ← Q(s,a) + α (r + γ Q(s′,a′) − Q(s,a)) with the given next action a′; no bootstrapping past a terminal state."

    typealias F = ControlUpdateFixtures
    static let cases: [F.Case] = [
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 0, action: 1, reward: 1, nextState: 1, terminated: false),
                           nextAction: 0, alpha: 0.5, gamma: 0.9),
              expected: F.q(0, 1, 1.9), why: "a′ = 0, so the target is 1 + 0.9·Q(1,0) = 2.8, not 1 + 0.9·max = 5.5: 1 + 0.5 (2.8 − 1)"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 1, action: 0, reward: -1, nextState: 2, terminated: true),
                           nextAction: 1, alpha: 0.5, gamma: 0.9),
              expected: F.q(1, 0, 0.5), why: "s′ is terminal: the target is r = −1: 2 + 0.5 (−1 − 2)"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 1, action: 1, reward: 2, nextState: 0, terminated: false),
                           nextAction: 1, alpha: 0.25, gamma: 0),
              expected: F.q(1, 1, 4.25), why: "γ = 0: the target is r = 2: 5 + 0.25 (2 − 5)"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 0, action: 0, reward: 0, nextState: 1, terminated: false),
                           nextAction: 1, alpha: 0.1, gamma: 1),
              expected: F.q(0, 0, 0.5), why: "γ = 1, a′ = 1: 0 + 0.1 (0 + 5 − 0)"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 1, action: 0, reward: 0, nextState: 0, terminated: false),
                           nextAction: 0, alpha: 0.5, gamma: 1),
              expected: F.q(1, 0, 1), why: "a′ = 0 is the worse action of state 0: 2 + 0.5 (0 + Q(0,0) − 2)"),
    ]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        try F.run(context, HW3.SarsaUpdate.self, cases: Self.cases, name: "sarsaUpdate",
                  hint: "SARSA bootstraps from Q(s′, a′) for the action a′ actually taken next (nextAction), not from max over a′ — that is Q-learning. When the transition is terminal the target is r alone.")
    }
}
