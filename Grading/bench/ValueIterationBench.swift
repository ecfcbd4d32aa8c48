// The value-iteration sweeps `rlgrade bench` times, and the export of their MDP for the side-by-side
// comparison with SciPy (Grading/bench/side_by_side.py). Each sweep function runs `sweeps`
// synchronous sweeps V ← T*V from V = 0 and returns V.
import Foundation
import RLCore

enum ValueIterationBench {
    /// Over the nested `mdp.outcomes` (the readable layout; the bench's loop before `mdp.flat`).
    static func nestedSweeps(_ mdp: TabularMDP, _ sweeps: Int) -> [Double] {
        var v = [Double](repeating: 0, count: mdp.stateCount)
        var next = v
        for _ in 0..<sweeps {
            for s in 0..<mdp.stateCount {
                var best = -Double.infinity
                for list in mdp.outcomes[s] {
                    var q = 0.0
                    for o in list { q += o.probability * (o.reward + mdp.gamma * (mdp.isTerminal[o.next] ? 0 : v[o.next])) }
                    best = max(best, q)
                }
                next[s] = best
            }
            swap(&v, &next)
        }
        return v
    }

    /// The judge's kernel (`FlatBellman`, the code `MDPJudge.optimalValues` runs) over `mdp.flat`:
    /// Q = Σ P (r(s,a,s′) + γ V̄(s′)) per outcome, bit for bit the nested loop's numbers.
    static func judgeSweeps(_ mdp: TabularMDP, _ sweeps: Int) -> [Double] {
        var v = [Double](repeating: 0, count: mdp.stateCount)
        var next = v, continuation = v
        for _ in 0..<sweeps {
            FlatBellman.discountedContinuation(mdp, v, into: &continuation)
            FlatBellman.optimalityBackup(mdp, continuation: continuation, into: &next)
            swap(&v, &next)
        }
        return v
    }

    /// A sweep as pymdptoolbox computes it (`_bellmanOperator`: Q, then the greedy policy and V),
    /// with SciPy's arithmetic, over `mdp.flat`:
    /// Q(s,a) = r(s,a) + γ · (Σ_k P_k V̄(s′_k), summed from 0 in listed order), V = max_a Q and
    /// π(s) = the first a reaching it — the same operations in the same order as
    /// `Q[a] = R[a] + γ * P[a].dot(V)`, `Q.argmax(axis=0)`, `Q.max(axis=0)` with CSR matrices, so
    /// V and π agree with SciPy's bit for bit. Returns V and π after `sweeps` sweeps.
    static func expectedRewardSweeps(_ mdp: TabularMDP, _ sweeps: Int) -> (values: [Double], policy: [Int32]) {
        // 16-bit next states when they fit (`mdp.flat.compactNext`): fewer bytes per sweep.
        if let compact = mdp.flat.compactNext { return expectedRewardSweeps(mdp, sweeps, next: compact, policy: true) }
        return expectedRewardSweeps(mdp, sweeps, next: mdp.flat.next, policy: true)
    }

    /// The V-only part of pymdptoolbox's sweep (`Q.max(axis=0)` without the argmax): the same work
    /// as SciPy's "Q+max", the same V bit for bit.
    static func expectedRewardValueSweeps(_ mdp: TabularMDP, _ sweeps: Int) -> [Double] {
        if let compact = mdp.flat.compactNext { return expectedRewardSweeps(mdp, sweeps, next: compact, policy: false).values }
        return expectedRewardSweeps(mdp, sweeps, next: mdp.flat.next, policy: false).values
    }

    /// `policy`: also compute the greedy policy (a constant at each call site, so each variant is
    /// compiled without the other's work).
    @inline(__always)
    static func expectedRewardSweeps<Index: FixedWidthInteger>(
        _ mdp: TabularMDP, _ sweeps: Int, next nextStates: [Index], policy withPolicy: Bool
    ) -> (values: [Double], policy: [Int32]) {
        let f = mdp.flat, n = mdp.stateCount, gamma = mdp.gamma
        var v = [Double](repeating: 0, count: n)
        var next = v, live = v
        var policy = [Int32](repeating: 0, count: n)
        for _ in 0..<sweeps {
            live.withUnsafeMutableBufferPointer { live in
                v.withUnsafeBufferPointer { v in
                    mdp.isTerminal.withUnsafeBufferPointer { terminal in
                        for s in 0..<n { live[s] = terminal[s] ? 0 : v[s] }
                    }
                }
            }
            f.firstPair.withUnsafeBufferPointer { firstPair in
            f.firstOutcome.withUnsafeBufferPointer { firstOutcome in
            nextStates.withUnsafeBufferPointer { nextState in
            f.probability.withUnsafeBufferPointer { probability in
            f.expectedReward.withUnsafeBufferPointer { reward in
            live.withUnsafeBufferPointer { live in
            policy.withUnsafeMutableBufferPointer { greedy in
            next.withUnsafeMutableBufferPointer { out in
                /// Σ_k P_k V̄(s′_k) over `count` outcomes from `first` (unrolled when `count` is a constant).
                @inline(__always) func expectation(_ first: Int, _ count: Int) -> Double {
                    var total = 0.0
                    for i in 0..<count {
                        let k = first &+ i
                        total += probability[k] * live[Int(nextState[k])]
                    }
                    return total
                }
                /// Every state has `actions` pairs of `branching` outcomes: pair p's are p·K ..< (p+1)·K.
                @inline(__always) func uniformSweep(actions: Int, branching: Int) {
                    var p = 0
                    for s in 0..<n {
                        var best = reward[p] + gamma * expectation(p &* branching, branching)
                        var action: Int32 = 0
                        p &+= 1
                        for a in 1..<actions {
                            let q = reward[p] + gamma * expectation(p &* branching, branching)
                            if withPolicy { action = best < q ? Int32(truncatingIfNeeded: a) : action }
                            best = best < q ? q : best
                            p &+= 1
                        }
                        out[s] = best
                        if withPolicy { greedy[s] = action }
                    }
                }
                if let actions = f.actionsPerState, let branching = f.branching {
                    // Common shapes as constants, so the compiler unrolls the loops.
                    switch (actions, branching) {
                    case (4, 4): uniformSweep(actions: 4, branching: 4)
                    case (4, 5): uniformSweep(actions: 4, branching: 5)
                    case (_, 4): uniformSweep(actions: actions, branching: 4)
                    case (_, 5): uniformSweep(actions: actions, branching: 5)
                    default: uniformSweep(actions: actions, branching: branching)
                    }
                    return
                }
                for s in 0..<n {
                    let first = firstPair[s]
                    var best = -Double.infinity
                    var action: Int32 = 0
                    for p in first..<firstPair[s &+ 1] {
                        let k = firstOutcome[p]
                        let q = reward[p] + gamma * expectation(k, firstOutcome[p &+ 1] &- k)
                        if p == first || best < q { best = q; action = Int32(truncatingIfNeeded: p &- first) }
                    }
                    out[s] = best
                    greedy[s] = action
                }
            }}}}}}}}
            swap(&v, &next)
        }
        return (v, policy)
    }

    /// Writes the MDP as JSON with `mdp.flat`'s arrays (and V after `sweeps` sweeps of each flat
    /// kernel, to check that the other side computes the same thing).
    static func export(_ mdp: TabularMDP, sweeps: Int, to path: String) {
        let f = mdp.flat
        let scipyLike = expectedRewardSweeps(mdp, sweeps)
        guard expectedRewardValueSweeps(mdp, sweeps).map(\.bitPattern) == scipyLike.values.map(\.bitPattern) else {
            FileHandle.standardError.write(Data("the V-only sweep disagrees with pymdptoolbox's\n".utf8))
            exit(1)
        }
        func list<T>(_ values: [T]) -> String { "[" + values.map { "\($0)" }.joined(separator: ",") + "]" }
        let fields = [
            "\"stateCount\": \(mdp.stateCount)",
            "\"gamma\": \(mdp.gamma)",
            "\"isTerminal\": " + list(mdp.isTerminal.map { $0 ? 1 : 0 }),
            "\"firstPair\": " + list(f.firstPair),
            "\"firstOutcome\": " + list(f.firstOutcome),
            "\"next\": " + list(f.next),
            "\"probability\": " + list(f.probability),
            "\"reward\": " + list(f.reward),
            "\"expectedReward\": " + list(f.expectedReward),
            "\"sweeps\": \(sweeps)",
            "\"valuesExpectedReward\": " + list(scipyLike.values),
            "\"policyExpectedReward\": " + list(scipyLike.policy),
            "\"valuesJudge\": " + list(judgeSweeps(mdp, sweeps)),
        ]
        let json = "{\n" + fields.joined(separator: ",\n") + "\n}\n"
        do { try json.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            FileHandle.standardError.write(Data("cannot write \(path): \(error)\n".utf8))
            exit(1)
        }
    }
}
