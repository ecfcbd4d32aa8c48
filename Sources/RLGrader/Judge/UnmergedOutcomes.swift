import RLCore

/// MDPs whose outcome lists name the same next state more than once, as Gymnasium's FrozenLake model
/// does (`P[0][LEFT]` lists state 0 twice) and as `TabularMDP`'s documentation allows.
///
/// A solution must **add** the probabilities of repeated next states; code that builds a dense row
/// with `row[s'] = p` keeps only the last entry and loses probability mass, which a Bellman residual
/// on such an MDP shows.
enum UnmergedOutcomes {
    /// How ``split(_:)`` changes an MDP, for input descriptions.
    static let description = "every non-terminal row's first outcome (s', p, r) listed twice, as (s', 0.4·p, r) and (s', 0.6·p, r), the way Gymnasium lists FrozenLake's outcomes"

    /// The same MDP (same P, r, γ, terminal states) with every non-terminal row's first outcome
    /// (s', p, r) replaced by two entries (s', 0.4·p, r) and (s', 0.6·p, r).
    static func split(_ mdp: TabularMDP) -> TabularMDP {
        var outcomes = mdp.outcomes
        for s in outcomes.indices where !mdp.isTerminal[s] {
            for a in outcomes[s].indices {
                guard let first = outcomes[s][a].first else { continue }
                outcomes[s][a].replaceSubrange(0..<1, with: [
                    Outcome(next: first.next, probability: 0.4 * first.probability, reward: first.reward),
                    Outcome(next: first.next, probability: 0.6 * first.probability, reward: first.reward),
                ])
            }
        }
        return try! TabularMDP(outcomes: outcomes, isTerminal: mdp.isTerminal, gamma: mdp.gamma)
    }
}
