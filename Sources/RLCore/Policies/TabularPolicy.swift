/// A stochastic policy π(a|s) for a tabular MDP, stored as one probability row per state.
///
/// `probabilities[s][a]` = π(a|s). Row `s` has one entry per action of state `s` (states may have
/// different numbers of actions, like in ``TabularMDP``). Every row is a probability distribution:
/// non-empty, finite, non-negative, summing to 1 within 1e-9.
///
/// ```swift
/// let pi = try TabularPolicy(probabilities: [[0.5, 0.5], [1, 0]])
/// pi.probability(0, 1)                       // 0.5
/// var rng = SeededGenerator(seed: 7)
/// let a = pi.sample(0, using: &rng)          // 0 or 1
/// let greedy = TabularPolicy.greedy(from: q) // q[s][a] = Q(s,a)
/// ```
///
/// The initialiser and decoding validate every row and throw a ``PolicyError`` naming the state and
/// action, so a `TabularPolicy` value is always a valid distribution.
public struct TabularPolicy: Sendable, Equatable {
    /// `probabilities[s][a]` = π(a|s); shape `[stateCount][actionCount(s)]`.
    public let probabilities: [[Double]]

    /// The number of states (rows).
    public var stateCount: Int { probabilities.count }

    /// The number of actions of state `s` (the length of row `s`).
    public func actionCount(_ s: Int) -> Int { probabilities[s].count }

    /// Builds and validates a policy.
    ///
    /// - Parameter probabilities: `probabilities[s][a]` = π(a|s). Each row must be non-empty,
    ///   finite, non-negative and sum to 1 within 1e-9.
    /// - Throws: ``PolicyError`` for the first invalid state (and action).
    public init(probabilities: [[Double]]) throws(PolicyError) {
        guard !probabilities.isEmpty else { throw .noStates }
        for (s, row) in probabilities.enumerated() {
            guard !row.isEmpty else { throw .noActions(state: s) }
            var sum = 0.0
            for (a, p) in row.enumerated() {
                guard p.isFinite, p >= 0 else { throw .invalidProbability(state: s, action: a, probability: p) }
                sum += p
            }
            guard abs(sum - 1) <= 1e-9 else { throw .rowNotDistribution(state: s, sum: sum) }
        }
        self.probabilities = probabilities
    }

    /// Wraps rows that are valid by construction (used by the factory methods below).
    init(unchecked probabilities: [[Double]]) {
        self.probabilities = probabilities
    }

    /// The deterministic policy that takes `actions[s]` in state `s` with probability 1.
    ///
    /// - Parameters:
    ///   - actions: one chosen action per state.
    ///   - actionCounts: the number of actions of each state (e.g. `mdp.actionCount(s)` for every s).
    /// - Throws: ``PolicyError/stateCountMismatch(expected:got:)`` when the two arrays differ in
    ///   length, ``PolicyError/noActions(state:)`` for a state with no actions, and
    ///   ``PolicyError/actionOutOfRange(state:action:actionCount:)`` for an invalid action.
    public static func deterministic(actions: [Int], actionCounts: [Int]) throws(PolicyError) -> TabularPolicy {
        guard !actionCounts.isEmpty else { throw .noStates }
        guard actions.count == actionCounts.count else {
            throw .stateCountMismatch(expected: actionCounts.count, got: actions.count)
        }
        var rows: [[Double]] = []
        rows.reserveCapacity(actions.count)
        for (s, a) in actions.enumerated() {
            let n = actionCounts[s]
            guard n > 0 else { throw .noActions(state: s) }
            guard a >= 0, a < n else { throw .actionOutOfRange(state: s, action: a, actionCount: n) }
            var row = Array(repeating: 0.0, count: n)
            row[a] = 1
            rows.append(row)
        }
        return TabularPolicy(unchecked: rows)
    }

    /// The uniform random policy of `mdp`: π(a|s) = 1/|A(s)| for every action of every state.
    public init(uniformFor mdp: TabularMDP) {
        self.init(unchecked: (0..<mdp.stateCount).map { s in
            let n = mdp.actionCount(s)
            return Array(repeating: 1 / Double(n), count: n)
        })
    }

    /// π(a|s), the probability of taking action `a` in state `s`.
    ///
    /// `s` and `a` must be valid indices (like array subscripts, out-of-range indices trap).
    public func probability(_ s: Int, _ a: Int) -> Double { probabilities[s][a] }

    /// Draws an action a ~ π(·|s) from `rng` (one ``SeededGenerator/categorical(_:)`` draw).
    public func sample(_ s: Int, using rng: inout SeededGenerator) -> Int {
        rng.categorical(probabilities[s])
    }

    /// Checks that this policy fits `mdp`: one row per state, and row `s` has exactly
    /// `mdp.actionCount(s)` entries.
    ///
    /// - Throws: ``PolicyError/stateCountMismatch(expected:got:)`` or
    ///   ``PolicyError/actionCountMismatch(state:expected:got:)`` for the first mismatching state.
    public func validate(for mdp: TabularMDP) throws(PolicyError) {
        guard probabilities.count == mdp.stateCount else {
            throw .stateCountMismatch(expected: mdp.stateCount, got: probabilities.count)
        }
        for s in 0..<mdp.stateCount where probabilities[s].count != mdp.actionCount(s) {
            throw .actionCountMismatch(state: s, expected: mdp.actionCount(s), got: probabilities[s].count)
        }
    }

    /// The action of each state when the policy is deterministic, otherwise `nil`.
    ///
    /// Non-nil exactly when every row is one-hot: a single action has non-zero probability (which is
    /// then 1 up to the 1e-9 tolerance). Element `s` is that action of state `s`.
    public var deterministicActions: [Int]? {
        var actions: [Int] = []
        actions.reserveCapacity(probabilities.count)
        for row in probabilities {
            var chosen: Int? = nil
            for (a, p) in row.enumerated() where p != 0 {
                if chosen != nil { return nil }
                chosen = a
            }
            guard let a = chosen else { return nil }
            actions.append(a)
        }
        return actions
    }

    /// The greedy policy of an action-value table: π(a|s) = 1 for a = argmaxₐ q[s][a].
    ///
    /// Ties go to the **lowest** index (see ``ActionSelection/greedyAction(_:)``).
    /// - Parameter q: `q[s][a]` = Q(s,a); every row non-empty.
    public static func greedy(from q: [[Double]]) -> TabularPolicy {
        precondition(!q.isEmpty, "greedy(from:) needs at least one state")
        return TabularPolicy(unchecked: q.map { row in
            var probabilities = Array(repeating: 0.0, count: row.count)
            probabilities[ActionSelection.greedyAction(row)] = 1
            return probabilities
        })
    }

    /// The ε-greedy policy of an action-value table.
    ///
    /// π(a|s) = ε/|A(s)| for every action, plus 1 − ε on the greedy action (lowest index on ties);
    /// see ``ActionSelection/epsilonGreedyProbabilities(_:epsilon:)``.
    /// - Parameters:
    ///   - q: `q[s][a]` = Q(s,a); every row non-empty.
    ///   - epsilon: ε ∈ [0, 1].
    public static func epsilonGreedy(from q: [[Double]], epsilon: Double) -> TabularPolicy {
        precondition(!q.isEmpty, "epsilonGreedy(from:epsilon:) needs at least one state")
        return TabularPolicy(unchecked: q.map { ActionSelection.epsilonGreedyProbabilities($0, epsilon: epsilon) })
    }

    /// The softmax (Boltzmann) policy of a preference table h(s,a) at temperature τ.
    ///
    /// π(a|s) = exp(h(s,a)/τ) / Σ_b exp(h(s,b)/τ), computed stably; see
    /// ``ActionSelection/softmax(_:temperature:)``.
    /// - Parameters:
    ///   - preferences: `preferences[s][a]` = h(s,a); every row non-empty, no NaN or +∞.
    ///   - temperature: τ > 0 (default 1).
    public static func softmax(preferences: [[Double]], temperature: Double = 1) -> TabularPolicy {
        precondition(!preferences.isEmpty, "softmax(preferences:) needs at least one state")
        return TabularPolicy(unchecked: preferences.map { ActionSelection.softmax($0, temperature: temperature) })
    }
}

extension TabularPolicy: Codable {
    private enum CodingKeys: String, CodingKey { case probabilities }

    /// Decodes and re-validates a policy (a decoded policy is as trustworthy as a constructed one).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(probabilities: c.decode([[Double]].self, forKey: .probabilities))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(probabilities, forKey: .probabilities)
    }
}
