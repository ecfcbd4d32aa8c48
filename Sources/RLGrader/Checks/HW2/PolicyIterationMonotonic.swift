import RLCore
import RLHomework

/// `hw2.policy-iteration.monotonic`: the policy improvement theorem, on the student's own sequence.
/// The parent evaluates every policy π₀ … π_n of the sequence exactly (`MDPJudge.evaluate`) and checks
/// V^{π_{k+1}}(s) ≥ V^{π_k}(s) for every s (to 1e-9), strictly better in some state at every step but the
/// last, and that π_n is stable: greedy with respect to its own V^{π_n}.
struct PolicyIterationMonotonic: Check {
    let id = "hw2.policy-iteration.monotonic"
    let title = "Policy iteration: monotone improvement"
    let summary = "Every policy of the returned sequence, evaluated exactly, is at least as good as the previous one everywhere and strictly better somewhere; the last is greedy w.r.t. its own values."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let cases = HW2PolicyIterationCases.make(seeds: context.seeds, label: id, states: 8...16, theta: context.parameter("theta", 1e-10))
        let outputs = try HW2PolicyIterationCases.call(context, cases.map(\.input)) { cases[$0].label }
        var gains: [Double] = []
        for (i, sequence) in outputs.enumerated() {
            switch Self.judge(sequence, cases[i].input, label: cases[i].label) {
            case .failure(let failure): return .fail(failure.feedback)
            case .success(let stepGains): gains += stepGains
            }
        }
        let strict = gains.filter { $0 > 0 }
        let gain = strict.isEmpty ? "" : "; smallest strict gain \(Show.number(strict.min()!))"
        return .pass("All \(outputs.count) sequences improve monotonically (\(gains.count) steps\(gain)) and end with a stable policy.",
                     data: ["largest-gain-per-step": gains])
    }

    /// Judges one sequence: on success, the largest gain max_s (V^{π_{k+1}} − V^{π_k})(s) of every step.
    static func judge(_ sequence: [[Int]], _ input: HW2.PolicyIterationInput, label: String) -> Result<[Double], CheckFailure> {
        let mdp = input.mdp
        if let problem = HW2PolicyIterationCases.sequenceProblem(sequence, input) {
            return .failure(CheckFailure(Feedback(
                "policyIteration(mdp:initialPolicy:theta:) returned an invalid sequence: \(problem).",
                expected: "[π₀, π₁, …, π_n]: initialPolicy first, then each improved policy, one action per state",
                input: label, hint: "Append each new policy to the list as you go, starting with the initial policy.")))
        }
        var values: [[Double]] = []
        for (k, policy) in sequence.enumerated() {
            guard let v = HW2PolicyIterationCases.value(policy, mdp) else {
                return .failure(CheckFailure(Feedback(
                    "π_\(k) of your sequence never reaches a terminal state from some state (γ = 1), so its value is −∞.",
                    observed: "π_\(k) = \(Show.ints(policy))", input: label,
                    hint: "Greedy improvement of a proper policy never produces such a policy: check the argmax (not argmin) and γ.")))
            }
            values.append(v)
        }
        var gains: [Double] = []
        for k in 0..<(sequence.count - 1) {
            let before = values[k], after = values[k + 1]
            var worst = (state: -1, drop: 0.0), best = (state: -1, gain: 0.0)
            for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
                let tol = 1e-9 * max(1, abs(before[s]))
                let d = after[s] - before[s]
                if d < -tol && -d > worst.drop { worst = (s, -d) }
                if d > tol && d > best.gain { best = (s, d) }
            }
            if worst.state >= 0 {
                let s = worst.state
                return .failure(CheckFailure(Feedback(
                    "Step \(k) → \(k + 1) of your policy iteration makes the policy worse in state \(s).",
                    expected: "V^{π_\(k + 1)}(s) ≥ V^{π_\(k)}(s) for every state (policy improvement theorem)",
                    observed: "V^{π_\(k)}(\(s)) = \(Show.number(before[s])), V^{π_\(k + 1)}(\(s)) = \(Show.number(after[s])) "
                        + "(π_\(k)(\(s)) = \(sequence[k][s]), π_\(k + 1)(\(s)) = \(sequence[k + 1][s]))",
                    input: label,
                    hint: "π_{k+1} must be greedy with respect to V^{π_k}, the values of the policy just before it: evaluate "
                        + "the current policy, improve, and append the improved policy at the end of the list.")))
            }
            if best.state < 0 && k < sequence.count - 2 {
                return .failure(CheckFailure(Feedback(
                    "Step \(k) → \(k + 1) of your policy iteration does not improve the policy anywhere, yet the iteration went on.",
                    expected: "a strict improvement in some state at every step but the last (otherwise π_\(k) was already stable)",
                    observed: "V^{π_\(k + 1)} = V^{π_\(k)} (to 1e-9), and \(sequence.count - k - 2) more policies follow",
                    input: label,
                    hint: "Stop when the improved policy equals the current one. If ties flip between equally good actions, "
                        + "keep the current action when it is still a maximiser.")))
            }
            gains.append(best.gain)
        }
        let last = sequence.count - 1
        if let (s, q) = HW2Cases.nonGreedyState(mdp, sequence[last], values: values[last]) {
            return .failure(CheckFailure(Feedback(
                "The last policy of your sequence is not stable: it is not greedy with respect to its own values (state \(s)).",
                expected: "π_n(\(s)) maximises Q^{π_n}(\(s), ·) = \(Show.vector(q))",
                observed: "π_n(\(s)) = \(sequence[last][s]) after \(last) improvement steps",
                input: label,
                hint: "Keep iterating until improvement no longer changes the policy; evaluate each policy accurately "
                    + "(use the given θ) before improving it.")))
        }
        return .success(gains)
    }
}
