/// A seeded generator of random tabular MDPs, for tests, benchmarks and practice problems.
///
/// The same arguments always give the same MDP, on every run and platform.
///
/// ```swift
/// let mdp = try RandomMDP.generate(seed: 1, stateCount: 20, actionCount: 3, branching: 4,
///                                  gamma: 1, terminalCount: 2)
/// ```
public enum RandomMDP {
    /// Generates a random MDP with `stateCount` states and `actionCount` actions in every state.
    ///
    /// - Each state–action pair (s,a) of a non-terminal state gets k = min(`branching`, `stateCount`)
    ///   **distinct** next states, drawn uniformly without replacement and listed in ascending order.
    /// - Their probabilities are P(s'ᵢ|s,a) = wᵢ / Σⱼ wⱼ with wᵢ = uᵢ + 0.05, uᵢ uniform in [0, 1),
    ///   so every listed transition has probability at least 0.05 / (1.05·k).
    /// - Each outcome gets its own reward r(s,a,s'), uniform in `rewardRange`.
    /// - The last `terminalCount` states are terminal; each of their actions is a self-loop with
    ///   probability 1 and reward 0.
    /// - When `terminalCount ≥ 1`, action 0 of every non-terminal state has at least one terminal next
    ///   state (if none was drawn, the first drawn one is replaced by a random terminal), so a
    ///   terminal state is reachable from everywhere and γ = 1 is accepted. This is done whatever γ
    ///   is, so changing only `gamma` never changes the transitions or rewards.
    ///
    /// Separate random streams (children of `SeededGenerator(seed:)`) are used for the next states,
    /// the probabilities, the rewards and the terminal fix-up.
    ///
    /// - Parameters:
    ///   - seed: determines the whole MDP.
    ///   - stateCount: |S| ≥ 1.
    ///   - actionCount: |A| ≥ 1, the same in every state.
    ///   - branching: the number of next states per (s,a), ≥ 1 (capped at `stateCount`).
    ///   - rewardRange: the range of the rewards (finite bounds); default −1...1.
    ///   - gamma: the discount γ ∈ [0, 1].
    ///   - terminalCount: how many of the last states are terminal, in 0...stateCount; must be ≥ 1
    ///     when γ = 1.
    /// - Throws: ``MDPError/noStates``, ``MDPError/noActions(state:)``,
    ///   ``MDPError/gammaOutOfRange(_:)``, or ``MDPError/noReachableTerminal(state:)`` when γ = 1
    ///   and `terminalCount` is 0. Invalid `branching`, `terminalCount` or `rewardRange` are
    ///   programming errors (preconditions).
    public static func generate(
        seed: UInt64, stateCount: Int, actionCount: Int, branching: Int,
        rewardRange: ClosedRange<Double> = -1...1, gamma: Double, terminalCount: Int = 0
    ) throws(MDPError) -> TabularMDP {
        guard stateCount >= 1 else { throw .noStates }
        guard actionCount >= 1 else { throw .noActions(state: 0) }
        guard gamma.isFinite, gamma >= 0, gamma <= 1 else { throw .gammaOutOfRange(gamma) }
        precondition(branching >= 1, "branching must be at least 1")
        precondition(terminalCount >= 0 && terminalCount <= stateCount, "terminalCount must be in 0...stateCount")
        precondition(rewardRange.lowerBound.isFinite && rewardRange.upperBound.isFinite,
                     "rewardRange must have finite bounds")
        if gamma == 1 && terminalCount == 0 { throw .noReachableTerminal(state: 0) }

        let n = stateCount
        let k = min(branching, n)
        let firstTerminal = n - terminalCount
        let root = SeededGenerator(seed: seed)
        var structureRNG = root.child("structure")
        var probabilityRNG = root.child("probabilities")
        var rewardRNG = root.child("rewards")
        var terminalRNG = root.child("terminals")
        let low = rewardRange.lowerBound, high = rewardRange.upperBound

        // Partial Fisher–Yates over a reusable permutation of 0..<n: O(k) per pair, undone after use.
        var pool = Array(0..<n)
        var swaps = Array(repeating: 0, count: k)
        var nexts = Array(repeating: 0, count: k)
        var weights = Array(repeating: 0.0, count: k)

        var outcomes: [[[Outcome]]] = []
        outcomes.reserveCapacity(n)
        for _ in 0..<firstTerminal {
            var row: [[Outcome]] = []
            row.reserveCapacity(actionCount)
            for a in 0..<actionCount {
                for i in 0..<k {
                    let j = i + structureRNG.int(below: n - i)
                    swaps[i] = j
                    pool.swapAt(i, j)
                    nexts[i] = pool[i]
                }
                for i in stride(from: k - 1, through: 0, by: -1) { pool.swapAt(i, swaps[i]) }
                if a == 0 && terminalCount > 0 && !nexts.contains(where: { $0 >= firstTerminal }) {
                    nexts[0] = firstTerminal + terminalRNG.int(below: terminalCount)
                }
                nexts.sort()

                var total = 0.0
                for i in 0..<k {
                    weights[i] = probabilityRNG.uniform() + 0.05
                    total += weights[i]
                }
                var list: [Outcome] = []
                list.reserveCapacity(k)
                for i in 0..<k {
                    list.append(Outcome(next: nexts[i], probability: weights[i] / total,
                                        reward: rewardRNG.uniform(low, high)))
                }
                row.append(list)
            }
            outcomes.append(row)
        }
        for s in firstTerminal..<n {
            outcomes.append(Array(repeating: [Outcome(next: s, probability: 1, reward: 0)], count: actionCount))
        }
        let isTerminal = (0..<n).map { $0 >= firstTerminal }
        return try TabularMDP(outcomes: outcomes, isTerminal: isTerminal, gamma: gamma)
    }
}
