/// A finite Markov decision process (S, A, P, r, γ) with sparse transitions.
///
/// States are `0..<stateCount`. State `s` has actions `0..<actionCount(s)` (states may differ in
/// their number of actions). `outcomes[s][a]` lists the possible next states with
/// P(s'|s,a) and r(s,a,s'); the expected reward is r(s,a) = Σ_{s'} P(s'|s,a) r(s,a,s').
///
/// **Terminal states.** `isTerminal[s]` marks states where an episode ends. By the course's
/// convention V(s) = 0 and Q(s,·) = 0 for a terminal state, and a backup never looks past one:
/// for a transition into a terminal s', the target is just r. The rows of a terminal state are
/// never used by a correct algorithm (they are usually self-loops with reward 0, but need not be).
///
/// Construction validates everything and throws an ``MDPError`` naming the state and action.
public struct TabularMDP: Sendable, Equatable {
    /// `outcomes[s][a]`: the outcomes of taking action `a` in state `s`.
    public let outcomes: [[[Outcome]]]
    /// `isTerminal[s]`: true when entering `s` ends the episode.
    public let isTerminal: [Bool]
    /// The discount factor γ ∈ [0, 1].
    public let gamma: Double
    /// The same transitions in flat arrays (compressed sparse rows), for fast sweeps; see
    /// ``FlatTransitions``. `outcomes` stays the readable form.
    public let flat: FlatTransitions

    /// The number of states |S|.
    public var stateCount: Int { outcomes.count }
    /// The number of actions available in state `s`.
    public func actionCount(_ s: Int) -> Int { outcomes[s].count }
    /// The largest number of actions of any state.
    public var maxActionCount: Int { outcomes.map(\.count).max() ?? 0 }
    /// True when every state has the same number of actions.
    public var hasUniformActions: Bool { Set(outcomes.map(\.count)).count <= 1 }

    /// Builds and validates an MDP.
    ///
    /// - Parameters:
    ///   - outcomes: `outcomes[s][a]` lists (s', P(s'|s,a), r(s,a,s')). A next state may appear more
    ///     than once (as in Gymnasium's FrozenLake); its probabilities add up.
    ///   - isTerminal: one flag per state; defaults to no terminal states.
    ///   - gamma: the discount γ ∈ [0, 1]. With γ = 1 a terminal state must be reachable from every
    ///     non-terminal state.
    /// - Throws: ``MDPError`` naming the first invalid state/action.
    public init(outcomes: [[[Outcome]]], isTerminal: [Bool]? = nil, gamma: Double) throws(MDPError) {
        let n = outcomes.count
        guard n > 0 else { throw .noStates }
        let terminal = isTerminal ?? Array(repeating: false, count: n)
        guard terminal.count == n else { throw .terminalFlagsCount(expected: n, got: terminal.count) }
        guard gamma.isFinite, gamma >= 0, gamma <= 1 else { throw .gammaOutOfRange(gamma) }
        for (s, row) in outcomes.enumerated() {
            guard !row.isEmpty else { throw .noActions(state: s) }
            for (a, list) in row.enumerated() {
                var sum = 0.0
                for o in list {
                    guard o.next >= 0, o.next < n else {
                        throw .nextStateOutOfRange(state: s, action: a, next: o.next, stateCount: n)
                    }
                    guard o.probability.isFinite, o.probability >= 0 else {
                        throw .invalidProbability(state: s, action: a, next: o.next, probability: o.probability)
                    }
                    guard o.reward.isFinite else {
                        throw .nonFiniteReward(state: s, action: a, next: o.next, reward: o.reward)
                    }
                    sum += o.probability
                }
                guard abs(sum - 1) <= 1e-9 else { throw .rowNotDistribution(state: s, action: a, sum: sum) }
            }
        }
        self.outcomes = outcomes
        self.isTerminal = terminal
        self.gamma = gamma
        self.flat = FlatTransitions(outcomes)
        if gamma == 1, let stuck = firstStateWithoutReachableTerminal() {
            throw .noReachableTerminal(state: stuck)
        }
    }

    /// Builds an MDP from a reward per state–action pair r(s,a) and transition probabilities.
    ///
    /// - Parameters:
    ///   - transitions: `transitions[s][a]` lists (s', P(s'|s,a)).
    ///   - rewards: `rewards[s][a]` = r(s,a), received whatever the next state.
    public init(
        transitions: [[[(next: Int, probability: Double)]]], rewards: [[Double]],
        isTerminal: [Bool]? = nil, gamma: Double
    ) throws(MDPError) {
        var outcomes: [[[Outcome]]] = []
        for (s, row) in transitions.enumerated() {
            var actions: [[Outcome]] = []
            for (a, list) in row.enumerated() {
                let r = s < rewards.count && a < rewards[s].count ? rewards[s][a] : .nan
                actions.append(list.map { Outcome(next: $0.next, probability: $0.probability, reward: r) })
            }
            outcomes.append(actions)
        }
        try self.init(outcomes: outcomes, isTerminal: isTerminal, gamma: gamma)
    }

    /// The expected immediate reward r(s,a) = Σ_{s'} P(s'|s,a) r(s,a,s').
    public func expectedReward(_ s: Int, _ a: Int) -> Double {
        var total = 0.0
        for o in outcomes[s][a] { total += o.probability * o.reward }
        return total
    }

    /// P(s'|s,a) for one triple (summing duplicate entries).
    public func probability(_ s: Int, _ a: Int, _ next: Int) -> Double {
        var p = 0.0
        for o in outcomes[s][a] where o.next == next { p += o.probability }
        return p
    }

    /// The dense transition tensor `P[s][a][s']` (for small MDPs).
    public func denseTransitions() -> [[[Double]]] {
        outcomes.map { row in
            row.map { list in
                var dense = Array(repeating: 0.0, count: stateCount)
                for o in list { dense[o.next] += o.probability }
                return dense
            }
        }
    }

    /// The dense expected rewards `R[s][a]` = r(s,a).
    public func denseRewards() -> [[Double]] {
        (0..<stateCount).map { s in (0..<actionCount(s)).map { a in expectedReward(s, a) } }
    }

    /// The first non-terminal state from which no terminal state is reachable, if any.
    func firstStateWithoutReachableTerminal() -> Int? {
        // Backward reachability from the terminal states over edges with positive probability.
        let n = stateCount
        var predecessors = Array(repeating: [Int](), count: n)
        for s in 0..<n where !isTerminal[s] {
            for list in outcomes[s] {
                for o in list where o.probability > 0 { predecessors[o.next].append(s) }
            }
        }
        var reaches = isTerminal
        var stack = (0..<n).filter { isTerminal[$0] }
        while let t = stack.popLast() {
            for p in predecessors[t] where !reaches[p] {
                reaches[p] = true
                stack.append(p)
            }
        }
        return (0..<n).first { !reaches[$0] }
    }
}

extension TabularMDP: Codable {
    private enum CodingKeys: String, CodingKey { case outcomes, isTerminal, gamma }

    /// Decodes and re-validates an MDP (a decoded MDP is as trustworthy as a constructed one).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            outcomes: c.decode([[[Outcome]]].self, forKey: .outcomes),
            isTerminal: c.decode([Bool].self, forKey: .isTerminal),
            gamma: c.decode(Double.self, forKey: .gamma))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(outcomes, forKey: .outcomes)
        try c.encode(isTerminal, forKey: .isTerminal)
        try c.encode(gamma, forKey: .gamma)
    }
}
