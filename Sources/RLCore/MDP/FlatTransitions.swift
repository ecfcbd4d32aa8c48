/// The transitions of a ``TabularMDP`` in flat arrays (compressed sparse rows): the fast, read-only
/// view for loops over every (s, a, s').
///
/// `mdp.outcomes[s][a]` is the readable form: one small array per state–action pair. A sweep over
/// it chases three levels of arrays. `mdp.flat` holds the same numbers end to end in a few
/// contiguous arrays, in the same order, so a sweep reads memory front to back — the layout
/// SciPy's `csr_matrix` uses (`indptr`, `indices`, `data`).
///
/// **Indexing.** The state–action pairs are numbered state by state, actions in order: pair
/// `p = firstPair[s] + a` is (s, a), and state `s` owns the pairs `firstPair[s] ..< firstPair[s + 1]`.
/// The outcomes of pair `p` are the indices `k` in `firstOutcome[p] ..< firstOutcome[p + 1]`, listed in
/// the order of `mdp.outcomes[s][a]`:
///
/// | array | length | entry |
/// | --- | --- | --- |
/// | `firstPair` | \|S\| + 1 | first pair index of state s (last entry: `pairCount`) |
/// | `firstOutcome` | `pairCount` + 1 | first outcome index of pair p (last entry: `outcomeCount`) |
/// | `next` | `outcomeCount` | s′ of outcome k, as `Int32` (write `Int(next[k])`) |
/// | `probability` | `outcomeCount` | P(s′\|s,a) of outcome k |
/// | `reward` | `outcomeCount` | r(s,a,s′) of outcome k |
/// | `expectedReward` | `pairCount` | r(s,a) = Σ_{s′} P(s′\|s,a) r(s,a,s′) of pair p |
///
/// One Bellman backup of pair (s, a) with the course's convention (V(terminal) = 0):
///
/// ```swift
/// let f = mdp.flat
/// let p = f.firstPair[s] + a
/// var q = 0.0
/// for k in f.firstOutcome[p] ..< f.firstOutcome[p + 1] {
///     let next = Int(f.next[k])
///     q += f.probability[k] * (f.reward[k] + mdp.gamma * (mdp.isTerminal[next] ? 0 : v[next]))
/// }
/// ```
///
/// This gives exactly (bit for bit) what the same loop over `mdp.outcomes[s][a]` gives. For the
/// fastest loops, read the arrays through `withUnsafeBufferPointer` (no bounds checks) and, when
/// ``branching`` is not nil, compute `p * branching` instead of reading `firstOutcome`.
///
/// `next` is 32-bit to keep sweeps short on memory traffic; ``TabularMDP`` never has more than
/// `Int32.max` states. For MDPs of at most 65,536 states ``compactNext`` holds the same indices in
/// 16 bits (a sweep over 10,000 states × 4 actions × 5 outcomes is bound by the bytes it reads).
public struct FlatTransitions: Sendable, Equatable {
    /// `firstPair[s]`: the index of pair (s, 0); `firstPair[stateCount]` = ``pairCount``.
    public let firstPair: [Int]
    /// `firstOutcome[p]`: the index of the first outcome of pair p; `firstOutcome[pairCount]` = ``outcomeCount``.
    public let firstOutcome: [Int]
    /// `next[k]`: the next state s′ of outcome k.
    public let next: [Int32]
    /// `next` as 16-bit indices when every state index fits (at most 65,536 states), else nil.
    public let compactNext: [UInt16]?
    /// `probability[k]`: P(s′|s,a) of outcome k.
    public let probability: [Double]
    /// `reward[k]`: r(s,a,s′) of outcome k.
    public let reward: [Double]
    /// `expectedReward[p]`: r(s,a) = Σ_k P·r over the outcomes of pair p, summed in listed order from 0
    /// (the same number as ``TabularMDP/expectedReward(_:_:)``).
    public let expectedReward: [Double]
    /// The number of outcomes of every pair when all pairs have the same number (then the outcomes
    /// of pair p are `p * branching ..< (p + 1) * branching`); nil otherwise.
    public let branching: Int?
    /// The number of actions of every state when all states have the same number (then
    /// `firstPair[s] = s * actionsPerState`); nil otherwise.
    public let actionsPerState: Int?

    /// The number of states |S|.
    public var stateCount: Int { firstPair.count - 1 }
    /// The number of state–action pairs Σ_s |A(s)|.
    public var pairCount: Int { firstOutcome.count - 1 }
    /// The number of outcomes (stored transitions) over all pairs.
    public var outcomeCount: Int { next.count }

    /// The index of pair (s, a).
    @inlinable public func pair(_ s: Int, _ a: Int) -> Int { firstPair[s] + a }
    /// The pairs of state s: `firstPair[s] ..< firstPair[s + 1]` (action a is the a-th of them).
    @inlinable public func pairs(of s: Int) -> Range<Int> { firstPair[s] ..< firstPair[s + 1] }
    /// The outcome indices of pair p.
    @inlinable public func outcomes(ofPair p: Int) -> Range<Int> { firstOutcome[p] ..< firstOutcome[p + 1] }
    /// The outcome indices of (s, a), in the order of `mdp.outcomes[s][a]`.
    @inlinable public func outcomes(_ s: Int, _ a: Int) -> Range<Int> { outcomes(ofPair: pair(s, a)) }

    /// Flattens `outcomes[s][a]` (already validated by ``TabularMDP``).
    init(_ outcomes: [[[Outcome]]]) {
        precondition(outcomes.count < Int(Int32.max), "too many states for 32-bit next-state indices")
        var firstPair = [0], firstOutcome = [0]
        var next: [Int32] = [], probability: [Double] = [], reward: [Double] = [], expected: [Double] = []
        let pairCount = outcomes.reduce(0) { $0 + $1.count }
        let outcomeCount = outcomes.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
        firstPair.reserveCapacity(outcomes.count + 1)
        firstOutcome.reserveCapacity(pairCount + 1)
        expected.reserveCapacity(pairCount)
        next.reserveCapacity(outcomeCount)
        probability.reserveCapacity(outcomeCount)
        reward.reserveCapacity(outcomeCount)
        var sameBranching = true, sameActions = true
        let firstBranching = outcomes.first?.first?.count ?? 0, firstActions = outcomes.first?.count ?? 0
        for row in outcomes {
            if row.count != firstActions { sameActions = false }
            for list in row {
                if list.count != firstBranching { sameBranching = false }
                var total = 0.0
                for o in list {
                    next.append(Int32(o.next))
                    probability.append(o.probability)
                    reward.append(o.reward)
                    total += o.probability * o.reward
                }
                expected.append(total)
                firstOutcome.append(next.count)
            }
            firstPair.append(firstOutcome.count - 1)
        }
        self.firstPair = firstPair
        self.firstOutcome = firstOutcome
        self.next = next
        self.compactNext = outcomes.count <= 1 << 16 ? next.map { UInt16(truncatingIfNeeded: $0) } : nil
        self.probability = probability
        self.reward = reward
        self.expectedReward = expected
        self.branching = sameBranching ? firstBranching : nil
        self.actionsPerState = sameActions ? firstActions : nil
    }
}
