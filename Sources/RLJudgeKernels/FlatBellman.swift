import RLCore

/// The judge's Bellman kernels over ``FlatTransitions`` (`mdp.flat`): Q-values and optimality
/// backups for every state in one front-to-back pass over flat arrays.
///
/// Every value is bit for bit the one the readable loop over `mdp.outcomes` gives, because each
/// number is computed with the same operations in the same order:
///
///     Q(s,a) = Σ_{k in outcomes of (s,a), in order, from 0}  P_k · (r_k + γ·V̄(s′_k))
///     V̄(s) = 0 for a terminal s, V(s) otherwise;   Q(terminal, ·) = 0
///     (T*V)(s) = max_a Q(s,a) with Sequence.max's rule (keep the first unless a later one is larger)
///
/// Only the *time* at which γ·V̄(s′) is computed changes: once per state instead of once per outcome
/// (the same product).
///
/// This module (`RLJudgeKernels`) is optimized in debug builds too, like RLCore: the judge runs
/// inside the student's debug-built `rlgrade`. It imports RLCore only: `rlgrade bench` compiles this
/// file into the benchmark program, so the bench times exactly the judge's kernel.
public enum FlatBellman {
    /// γ·V̄(s) for every state (V̄ = V with terminal states set to 0), the discounted continuation
    /// each backup adds to its reward; `v` has (at least) one entry per state.
    public static func discountedContinuation(_ mdp: TabularMDP, _ v: [Double], into out: inout [Double]) {
        let n = mdp.stateCount, gamma = mdp.gamma
        precondition(v.count >= n, "one value per state")
        if out.count != n { out = Array(repeating: 0, count: n) }
        out.withUnsafeMutableBufferPointer { out in
            v.withUnsafeBufferPointer { v in
                mdp.isTerminal.withUnsafeBufferPointer { terminal in
                    for s in 0..<n { out[s] = gamma * (terminal[s] ? 0 : v[s]) }
                }
            }
        }
    }

    /// Q(s,a) for every pair p = `mdp.flat.pair(s, a)` (0 for the pairs of terminal states).
    public static func pairValues(_ mdp: TabularMDP, _ v: [Double]) -> [Double] {
        var continuation: [Double] = []
        discountedContinuation(mdp, v, into: &continuation)
        var q = Array(repeating: 0.0, count: mdp.flat.pairCount)
        q.withUnsafeMutableBufferPointer { q in
            withArrays(mdp, continuation, { a in a.pairValues(into: q) }, { a in a.pairValues(into: q) })
        }
        return q
    }

    /// (T*V)(s) = max_a Q(s,a) for every state (0 at terminal states), written into `out`;
    /// `continuation` must be ``discountedContinuation(_:_:into:)`` of V.
    public static func optimalityBackup(_ mdp: TabularMDP, continuation: [Double], into out: inout [Double]) {
        let n = mdp.stateCount
        if out.count != n { out = Array(repeating: 0, count: n) }
        let actions = mdp.flat.actionsPerState ?? 0
        out.withUnsafeMutableBufferPointer { out in
            withArrays(mdp, continuation, { a in a.optimalityBackup(actions: actions, into: out) },
                       { a in a.optimalityBackup(actions: actions, into: out) })
        }
    }

    /// The arrays of one sweep, read without bounds checks (indices come from a validated MDP).
    /// `Index` is the width of the next-state indices: `UInt16` (``FlatTransitions/compactNext``,
    /// up to 65,536 states: fewer bytes per sweep) or `Int32`.
    struct Arrays<Index: FixedWidthInteger> {
        let stateCount: Int
        let firstPair: UnsafeBufferPointer<Int>
        let firstOutcome: UnsafeBufferPointer<Int>
        let next: UnsafeBufferPointer<Index>
        let probability: UnsafeBufferPointer<Double>
        let reward: UnsafeBufferPointer<Double>
        let terminal: UnsafeBufferPointer<Bool>
        let continuation: UnsafeBufferPointer<Double>
        /// `branching` when every pair has that many outcomes, else 0.
        let branching: Int

        /// Q(s,a) of every pair of every non-terminal state.
        func pairValues(into q: UnsafeMutableBufferPointer<Double>) {
            for s in 0..<stateCount where !terminal[s] {
                for p in firstPair[s]..<firstPair[s &+ 1] { q[p] = pairValue(p) }
            }
        }

        /// (T*V)(s) for every state; `actions` is the number of actions of every state, or 0 when
        /// states differ.
        func optimalityBackup(actions: Int, into out: UnsafeMutableBufferPointer<Double>) {
            if actions > 0, branching > 0 {
                // Every state has `actions` pairs of `branching` outcomes: walk the outcomes in
                // order, with the common branchings as constants (unrolled sums).
                switch branching {
                case 1: uniformOptimalityBackup(actions: actions, branching: 1, into: out)
                case 2: uniformOptimalityBackup(actions: actions, branching: 2, into: out)
                case 3: uniformOptimalityBackup(actions: actions, branching: 3, into: out)
                case 4: uniformOptimalityBackup(actions: actions, branching: 4, into: out)
                case 5: uniformOptimalityBackup(actions: actions, branching: 5, into: out)
                case 6: uniformOptimalityBackup(actions: actions, branching: 6, into: out)
                case 7: uniformOptimalityBackup(actions: actions, branching: 7, into: out)
                case 8: uniformOptimalityBackup(actions: actions, branching: 8, into: out)
                default: uniformOptimalityBackup(actions: actions, branching: branching, into: out)
                }
                return
            }
            for s in 0..<stateCount {
                if terminal[s] { out[s] = 0; continue }
                var p = firstPair[s]
                let end = firstPair[s &+ 1]
                var best = pairValue(p)
                p &+= 1
                while p < end {
                    let q = pairValue(p)
                    best = best < q ? q : best
                    p &+= 1
                }
                out[s] = best
            }
        }

        /// Q of pair p: Σ_k P_k (r_k + γV̄(s′_k)) in listed order, unrolled for up to 8 outcomes.
        @inline(__always)
        func pairValue(_ p: Int) -> Double {
            let first: Int, count: Int
            if branching > 0 {
                first = p &* branching
                count = branching
            } else {
                first = firstOutcome[p]
                count = firstOutcome[p &+ 1] &- first
            }
            switch count {
            case 1: return sum(first, 1)
            case 2: return sum(first, 2)
            case 3: return sum(first, 3)
            case 4: return sum(first, 4)
            case 5: return sum(first, 5)
            case 6: return sum(first, 6)
            case 7: return sum(first, 7)
            case 8: return sum(first, 8)
            default: return sum(first, count)
            }
        }

        /// T*V when every state has `actions` pairs of `branching` outcomes each (the same numbers as
        /// the general loop: the same sums in the same order).
        @inline(__always)
        func uniformOptimalityBackup(actions: Int, branching: Int, into out: UnsafeMutableBufferPointer<Double>) {
            var k = 0
            for s in 0..<stateCount {
                if terminal[s] {
                    out[s] = 0
                    k &+= actions &* branching
                    continue
                }
                var best = sum(k, branching)
                k &+= branching
                for _ in 1..<actions {
                    let q = sum(k, branching)
                    best = best < q ? q : best
                    k &+= branching
                }
                out[s] = best
            }
        }

        @inline(__always)
        func sum(_ first: Int, _ count: Int) -> Double {
            var q = 0.0
            for i in 0..<count {
                let k = first &+ i
                q += probability[k] * (reward[k] + continuation[Int(next[k])])
            }
            return q
        }
    }

    /// Runs `body16` on the arrays with 16-bit next states when the MDP has them, else `body32`
    /// (one body per index width, so each is compiled for its own).
    @inline(__always)
    static func withArrays<R>(
        _ mdp: TabularMDP, _ continuation: [Double], _ body16: (Arrays<UInt16>) -> R, _ body32: (Arrays<Int32>) -> R
    ) -> R {
        if let compact = mdp.flat.compactNext {
            return compact.withUnsafeBufferPointer { next in withArrays(mdp, continuation, next, body16) }
        }
        return mdp.flat.next.withUnsafeBufferPointer { next in withArrays(mdp, continuation, next, body32) }
    }

    @inline(__always)
    static func withArrays<Index, R>(
        _ mdp: TabularMDP, _ continuation: [Double], _ next: UnsafeBufferPointer<Index>, _ body: (Arrays<Index>) -> R
    ) -> R {
        let f = mdp.flat
        precondition(continuation.count == f.stateCount, "one continuation value per state")
        return f.firstPair.withUnsafeBufferPointer { firstPair in
            f.firstOutcome.withUnsafeBufferPointer { firstOutcome in
                f.probability.withUnsafeBufferPointer { probability in
                    f.reward.withUnsafeBufferPointer { reward in
                        mdp.isTerminal.withUnsafeBufferPointer { terminal in
                            continuation.withUnsafeBufferPointer { continuation in
                                body(Arrays(
                                    stateCount: f.stateCount, firstPair: firstPair, firstOutcome: firstOutcome,
                                    next: next, probability: probability, reward: reward, terminal: terminal,
                                    continuation: continuation, branching: f.branching ?? 0))
                            }
                        }
                    }
                }
            }
        }
    }
}
