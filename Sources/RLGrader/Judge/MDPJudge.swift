import RLCore
import RLJudgeKernels

/// The parent's exact tabular computations: Bellman backups, exact policy evaluation and optimal
/// values. Trusted code used to judge students' outputs; never sent to a child.
///
/// Conventions (the course's): V(s) = 0 and Q(s,·) = 0 for terminal states, and no backup looks past
/// a terminal next state. Policies are `[[Double]]` with `policy[s][a]` = π(a|s).
public enum MDPJudge {
    /// Why an exact evaluation is impossible.
    public enum EvaluationError: Error, CustomStringConvertible, Sendable {
        /// With γ = 1 the policy never reaches a terminal state from some state: V^π is unbounded.
        case improperPolicy
        public var description: String { "the policy never reaches a terminal state (γ = 1), so V^π is unbounded" }
    }

    /// Q(s,a) = Σ_{s'} P(s'|s,a) [r(s,a,s') + γ V(s')], with V(terminal) = 0; Q(terminal,·) = 0.
    /// (Computed over `mdp.flat` by ``FlatBellman``; bit for bit the loop over `mdp.outcomes`.)
    public static func q(_ mdp: TabularMDP, _ v: [Double]) -> [[Double]] {
        let values = FlatBellman.pairValues(mdp, v)
        return (0..<mdp.stateCount).map { s in Array(values[mdp.flat.pairs(of: s)]) }
    }

    /// (T^π V)(s) = Σ_a π(a|s) Q_V(s,a); 0 at terminal states.
    public static func expectationBackup(_ mdp: TabularMDP, policy: [[Double]], _ v: [Double]) -> [Double] {
        let values = FlatBellman.pairValues(mdp, v)
        return (0..<mdp.stateCount).map { s in
            if mdp.isTerminal[s] { return 0 }
            let pairs = mdp.flat.pairs(of: s)
            var total = 0.0
            for a in 0..<min(policy[s].count, pairs.count) { total = total + policy[s][a] * values[pairs.lowerBound + a] }
            return total
        }
    }

    /// (T* V)(s) = max_a Q_V(s,a); 0 at terminal states.
    public static func optimalityBackup(_ mdp: TabularMDP, _ v: [Double]) -> [Double] {
        var continuation: [Double] = [], next: [Double] = []
        FlatBellman.discountedContinuation(mdp, v, into: &continuation)
        FlatBellman.optimalityBackup(mdp, continuation: continuation, into: &next)
        return next
    }

    /// ‖a − b‖∞ (∞ when a value is not finite or the lengths differ).
    public static func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count == b.count else { return .infinity }
        var worst = 0.0
        for (x, y) in zip(a, b) {
            let d = abs(x - y)
            if !d.isFinite { return .infinity }
            worst = max(worst, d)
        }
        return worst
    }

    /// V^π exactly: solves (I − γ P_π) V = r_π over the non-terminal states (dense LU up to 600
    /// states; iterative to 1e-13 beyond).
    public static func evaluate(_ mdp: TabularMDP, policy: [[Double]]) throws(EvaluationError) -> [Double] {
        let n = mdp.stateCount
        let live = (0..<n).filter { !mdp.isTerminal[$0] }
        let flat = mdp.flat
        if live.count <= 600 {
            var index = Array(repeating: -1, count: n)
            for (k, s) in live.enumerated() { index[s] = k }
            var a = Matrix(rows: live.count, cols: live.count)
            var b = Array(repeating: 0.0, count: live.count)
            for (k, s) in live.enumerated() {
                a[k, k] += 1
                for (act, pa) in policy[s].enumerated() where pa > 0 {
                    precondition(act < mdp.actionCount(s), "policy row \(s) has more entries than actions")
                    for o in flat.outcomes(s, act) {
                        let next = Int(flat.next[o]), probability = flat.probability[o]
                        b[k] += pa * probability * flat.reward[o]
                        if index[next] >= 0 { a[k, index[next]] -= mdp.gamma * pa * probability }
                    }
                }
            }
            guard let solution = try? a.solve(b), solution.allSatisfy(\.isFinite) else { throw .improperPolicy }
            var v = Array(repeating: 0.0, count: n)
            for (k, s) in live.enumerated() { v[s] = solution[k] }
            return v
        }
        var v = Array(repeating: 0.0, count: n)
        for _ in 0..<1_000_000 {
            let next = expectationBackup(mdp, policy: policy, v)
            let change = maxDifference(next, v)
            v = next
            if change < 1e-13 { return v }
            if !change.isFinite { throw .improperPolicy }
        }
        throw .improperPolicy
    }

    /// V* exactly: value iteration to a residual of 1e-12, then the greedy policy evaluated exactly
    /// (policy-iteration polish) when that is possible.
    public static func optimalValues(_ mdp: TabularMDP) -> [Double] {
        var v = Array(repeating: 0.0, count: mdp.stateCount)
        var next = v, continuation = v
        for _ in 0..<1_000_000 {
            FlatBellman.discountedContinuation(mdp, v, into: &continuation)
            FlatBellman.optimalityBackup(mdp, continuation: continuation, into: &next)
            let change = maxDifference(next, v)
            swap(&v, &next)
            if change < 1e-12 { break }
        }
        // Polish: improve and evaluate until the greedy policy is stable.
        for _ in 0..<50 {
            let greedy = greedyPolicy(mdp, v)
            guard let exact = try? evaluate(mdp, policy: greedy) else { break }
            if maxDifference(exact, v) < 1e-15 { v = exact; break }
            v = exact
        }
        return v
    }

    /// A deterministic greedy policy from V (lowest-index tie-break), as one-hot rows.
    public static func greedyPolicy(_ mdp: TabularMDP, _ v: [Double]) -> [[Double]] {
        q(mdp, v).map { row in
            let best = ActionSelection.greedyAction(row)
            return row.indices.map { $0 == best ? 1.0 : 0.0 }
        }
    }

    /// True when every row of `policy` is a distribution over the right number of actions.
    public static func isPolicy(_ policy: [[Double]], for mdp: TabularMDP, tolerance: Double = 1e-9) -> Bool {
        guard policy.count == mdp.stateCount else { return false }
        for (s, row) in policy.enumerated() {
            guard row.count == mdp.actionCount(s), row.allSatisfy({ $0.isFinite && $0 >= -tolerance }) else { return false }
            if abs(row.reduce(0, +) - 1) > tolerance { return false }
        }
        return true
    }

    /// The discounted start-state value Σ_s μ(s) V(s).
    public static func startValue(_ v: [Double], start: [Double]) -> Double {
        zip(v, start).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
