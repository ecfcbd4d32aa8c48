import RLCore
import RLHomework

/// `hw3.expected-sarsa.update`: one Expected SARSA update under the ε-greedy policy, including ties
/// in s′, ε = 0 (Q-learning), ε = 1 (the mean) and a terminal transition.
struct ExpectedSarsaUpdate: Check {
    let id = "hw3.expected-sarsa.update"
    let title = "One Expected SARSA update"
    let summary = "Q(s,a) ← Q(s,a) + α (r + γ Σ_a′ π(a′|s′) Q(s′,a′) − Q(s,a)) with π ε-greedy: (1 − ε) max + ε·mean."

    typealias F = ControlUpdateFixtures
    /// Three actions; state 1 ties between actions 0 and 1.
    static let tied: [[Double]] = [[0, 0, 0], [3, 3, 1]]

    static let cases: [F.Case] = [
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 0, action: 1, reward: 1, nextState: 1, terminated: false),
                           epsilon: 0.2, alpha: 0.5, gamma: 0.9),
              expected: F.q(0, 1, 3.115), why: "E[Q(1,·)] = 0.8·5 + 0.2·3.5 = 4.7 (π = 0.1, 0.9): 1 + 0.5 (1 + 0.9·4.7 − 1)"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 1, action: 0, reward: -1, nextState: 2, terminated: true),
                           epsilon: 0.2, alpha: 0.5, gamma: 0.9),
              expected: F.q(1, 0, 0.5), why: "s′ is terminal: the target is r = −1: 2 + 0.5 (−1 − 2)"),
        .init(input: .init(q: tied, transition: HW3.Transition(state: 0, action: 2, reward: 0, nextState: 1, terminated: false),
                           epsilon: 0.3, alpha: 1, gamma: 1),
              expected: F.q(0, 2, 2.8, in: tied), why: "ties: E[Q(1,·)] = 0.7·3 + 0.3·(7/3) = 2.8 whichever tied action is greedy"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 0, action: 0, reward: 0, nextState: 3, terminated: false),
                           epsilon: 0, alpha: 0.5, gamma: 1),
              expected: F.q(0, 0, -1), why: "ε = 0 is Q-learning: max(−4, −2) = −2: 0 + 0.5 (−2 − 0)"),
        .init(input: .init(q: F.q, transition: HW3.Transition(state: 0, action: 0, reward: 0, nextState: 3, terminated: false),
                           epsilon: 1, alpha: 0.5, gamma: 1),
              expected: F.q(0, 0, -1.5), why: "ε = 1 is the uniform policy: mean(−4, −2) = −3: 0 + 0.5 (−3 − 0)"),
    ]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        try F.run(context, HW3.ExpectedSarsaUpdate.self, cases: Self.cases, name: "expectedSarsaUpdate",
                  hint: "Under ε-greedy, π(a′|s′) = ε/|A| for every action plus 1 − ε on a greedy one, so Σ π(a′|s′) Q(s′,a′) = (1 − ε) max Q(s′,·) + ε · mean Q(s′,·). A terminal transition has target r alone.")
    }
}
