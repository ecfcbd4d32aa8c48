/// The transitions of a ``TabularMDP`` whose states all have the same number of actions and whose
/// pairs all have the same number of outcomes, laid out so that the actions of a state sit side by
/// side: the view for loops that compute all the Q(s,·) of a state at once (SIMD over actions).
///
/// ``FlatTransitions`` lists the outcomes pair by pair (CSR). Here, for each state, the first outcome
/// of every action comes first, then the second outcome of every action, and so on:
///
///     entry (s, k, a) — the k-th outcome of action a in state s — is at index (s·K + k)·A + a
///
/// with A = ``actions`` and K = ``branching``. The outcome (s, k, a) is `mdp.outcomes[s][a][k]`, so
/// a loop that sums, for each action, its outcomes in order k = 0, 1, … gives bit for bit the numbers
/// of the same loop over `mdp.outcomes`:
///
/// ```swift
/// let t = mdp.flat.interleaved!          // nil unless every state has A actions of K outcomes
/// var q = [Double](repeating: 0, count: t.actions)
/// for k in 0..<t.branching {
///     for a in 0..<t.actions {
///         let i = t.index(s, k, a)
///         let next = Int(t.next[i])
///         q[a] += t.probability[i] * (t.reward[i] + mdp.gamma * (mdp.isTerminal[next] ? 0 : v[next]))
///     }
/// }
/// ```
///
/// The inner loop reads A consecutive probabilities and rewards: with `SIMD4<Double>` for four
/// actions, one vector operation per k computes the partial sums of all four Q(s,a). A sweep still
/// reads the whole array front to back.
public struct InterleavedTransitions: Sendable, Equatable {
    /// A: the number of actions of every state.
    public let actions: Int
    /// K: the number of outcomes of every state–action pair.
    public let branching: Int
    /// `next[index(s, k, a)]`: the next state of the k-th outcome of (s, a).
    public let next: [Int32]
    /// `next` as 16-bit indices when every state index fits (at most 65,536 states), else nil.
    public let compactNext: [UInt16]?
    /// `probability[index(s, k, a)]`: P(s′|s,a) of the k-th outcome of (s, a).
    public let probability: [Double]
    /// `reward[index(s, k, a)]`: r(s,a,s′) of the k-th outcome of (s, a).
    public let reward: [Double]

    /// The index of the k-th outcome of action a in state s: (s·K + k)·A + a.
    @inlinable public func index(_ s: Int, _ k: Int, _ a: Int) -> Int { (s * branching + k) * actions + a }

    /// Interleaves the pair-by-pair arrays of ``FlatTransitions`` (pair p = s·A + a owns the outcomes
    /// p·K ..< (p+1)·K) when their shape is uniform, else nil.
    init?(stateCount: Int, actions: Int?, branching: Int?, next flatNext: [Int32], compact: Bool,
          probability flatProbability: [Double], reward flatReward: [Double]) {
        guard let actions, let branching, actions > 0, branching > 0 else { return nil }
        let count = flatNext.count
        precondition(count == stateCount * actions * branching, "a uniform shape")
        var next = [Int32](repeating: 0, count: count)
        var probability = [Double](repeating: 0, count: count)
        var reward = [Double](repeating: 0, count: count)
        for s in 0..<stateCount {
            for a in 0..<actions {
                let first = (s * actions + a) * branching
                for k in 0..<branching {
                    let i = (s * branching + k) * actions + a
                    next[i] = flatNext[first + k]
                    probability[i] = flatProbability[first + k]
                    reward[i] = flatReward[first + k]
                }
            }
        }
        self.actions = actions
        self.branching = branching
        self.next = next
        self.compactNext = compact ? next.map { UInt16(truncatingIfNeeded: $0) } : nil
        self.probability = probability
        self.reward = reward
    }
}
