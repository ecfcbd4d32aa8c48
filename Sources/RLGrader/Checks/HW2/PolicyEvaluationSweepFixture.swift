import RLCore
import RLHomework

/// `hw2.policy-evaluation.sweep-fixture`: the course's 4x4 gridworld example (γ = 1, reward −1 per
/// step, equiprobable random policy). The student's synchronous sweep, fed the exact iterates
/// V₀, V₁, V₂, V₉, must return V₁, V₂, V₃, V₁₀; and `policyEvaluation` must reach the converged values
/// 0 −14 −20 −22 / −14 −18 −20 −20 / −20 −20 −18 −14 / −22 −20 −14 0.
struct PolicyEvaluationSweepFixture: Check {
    let id = "hw2.policy-evaluation.sweep-fixture"
    let title = "Policy evaluation on the 4x4 gridworld (textbook)"
    let summary = "The course's 4x4 gridworld, random policy, γ = 1: V_k after k = 1, 2, 3, 10 synchronous sweeps and V^π at convergence."

    /// The sweeps checked: V_{k−1} is sent, V_k expected.
    static let sweeps = [1, 2, 3, 10]

    /// A 4x4 value table as four rows.
    static func grid(_ v: [Double]) -> String {
        stride(from: 0, to: v.count, by: 4).map { r in
            v[r..<min(r + 4, v.count)].map(Show.number).joined(separator: " ")
        }.joined(separator: " / ")
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let world = HW2Cases.gridworld4x4
        let mdp = world.mdp
        let policy = HW2Cases.uniformPolicy(mdp)
        // The exact synchronous iterates V₀ … V₁₀ (trusted).
        var iterates = [Array(repeating: 0.0, count: mdp.stateCount)]
        for _ in 1...Self.sweeps.max()! { iterates.append(MDPJudge.expectationBackup(mdp, policy: policy, iterates.last!)) }

        let inputs = Self.sweeps.map { k in HW2.SweepInput(mdp: mdp, policy: policy, values: iterates[k - 1]) }
        let describe = { (i: Int) in
            "\(world.label), equiprobable random policy, values = V_\(Self.sweeps[i] - 1) = \(Self.grid(iterates[Self.sweeps[i] - 1]))"
        }
        let outputs = try context.call(HW2.Sweep.self, inputs, describe: describe)
        let sweepTolerance = Tolerance(absolute: 1e-9, relative: 1e-12)
        for (i, k) in Self.sweeps.enumerated() {
            let want = iterates[k]
            if let problem = HW2Cases.shapeProblem(outputs[i], mdp) {
                return .fail(Feedback(
                    "bellmanExpectationSweep(mdp:policy:values:) returned a malformed value vector: \(problem).",
                    expected: "16 finite values", input: describe(i), hint: "Return one value per state, V_{k+1}(s) for s = 0…15."))
            }
            if let s = sweepTolerance.firstMismatch(outputs[i], want) {
                let figures = HW2GridFigures.compare(
                    world, title: "4x4 gridworld: one sweep from V_\(k - 1) (arrows: greedy actions of each V)",
                    observedLabel: "your V_\(k)", values: outputs[i], expectedLabel: "V_\(k) (textbook)", expected: want,
                    tolerance: sweepTolerance)
                return .fail(Feedback(
                    "One sweep from V_\(k - 1) does not give the textbook V_\(k) (state \(s)).",
                    expected: "V_\(k) = \(Self.grid(want))", observed: Self.grid(outputs[i]), input: describe(i),
                    hint: Self.hint(k: k, observed: outputs[i], want: want, mdp: mdp, policy: policy, from: iterates[k - 1])), figures: figures)
            }
        }

        // At convergence.
        let theta = context.parameter("theta", 1e-10)
        let exact = try MDPJudge.evaluate(mdp, policy: policy)
        let converged = try context.call(
            HW2.PolicyEvaluation.self, [HW2.EvaluationInput(mdp: mdp, policy: policy, theta: theta)]
        ) { _ in "\(world.label), equiprobable random policy, θ = \(Show.number(theta))" }[0]
        let tolerance = Tolerance(absolute: context.tolerance(1e-6))
        let input = "\(world.label), equiprobable random policy, θ = \(Show.number(theta))"
        if let problem = HW2Cases.shapeProblem(converged, mdp) {
            return .fail(Feedback(
                "policyEvaluation(mdp:policy:theta:) returned a malformed value vector: \(problem).",
                expected: "16 finite values", input: input, hint: "Return one value per state."))
        }
        let figures = HW2GridFigures.compare(
            world, title: "4x4 gridworld, equiprobable random policy, at convergence (arrows: greedy actions of each V)",
            observedLabel: "your V^π", values: converged, expectedLabel: "V^π (exact)", expected: exact, tolerance: tolerance)
        if let s = tolerance.firstMismatch(converged, exact) {
            return .fail(Feedback(
                "policyEvaluation does not converge to the textbook V^π of the random policy (state \(s)).",
                expected: "\(Self.grid(exact)) (tolerance \(tolerance))", observed: Self.grid(converged), input: input,
                hint: "Keep sweeping until the largest change of a whole sweep is below θ, and return the values "
                    + "after that sweep. Terminal states stay 0."), figures: figures)
        }
        let error = MDPJudge.maxDifference(converged, exact)
        return .pass("V_1, V_2, V_3 and V_10 match the textbook, and V^π at convergence is within \(Show.number(error)) of 0 −14 −20 −22 / … (tolerance \(tolerance)).",
                     figures: figures)
    }

    static func hint(k: Int, observed: [Double], want: [Double], mdp: TabularMDP, policy: [[Double]], from old: [Double]) -> String {
        if observed[0] != 0 || observed[15] != 0 {
            return "The terminal corners 0 and 15 must stay 0: do not back them up."
        }
        if Tolerance(absolute: 1e-9, relative: 1e-12).firstMismatch(observed, inPlaceSweep(mdp, policy: policy, from: old)) == nil {
            return "Your sweep is in place (Gauss–Seidel): later states already see the new values of earlier ones. "
                + "bellmanExpectationSweep must be synchronous: compute every V_{k+1}(s) from the old V_k only (write into a new array). "
                + "(In-place sweeps are fine inside policyEvaluation, not here.)"
        }
        if k == 1 {
            return "From V₀ = 0 one sweep gives r_π(s) = −1 in every non-terminal state."
        }
        return "A sweep is synchronous: compute every V_{k+1}(s) = Σ_a π(a|s) Σ_{s'} P(s'|s,a) [r + γ V_k(s')] from "
            + "the old V_k only (write into a new array). With V₁ = −1 everywhere, V₂(1) = −1 − (0 + 3·1)/4 = −1.75."
    }

    /// One in-place (Gauss–Seidel) sweep from `old`, states in index order: what a sweep that
    /// overwrites V(s) as it goes returns.
    static func inPlaceSweep(_ mdp: TabularMDP, policy: [[Double]], from old: [Double]) -> [Double] {
        var v = old
        for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
            var total = 0.0
            for (a, p) in policy[s].enumerated() {
                for o in mdp.outcomes[s][a] {
                    total += p * o.probability * (o.reward + mdp.gamma * (mdp.isTerminal[o.next] ? 0 : v[o.next]))
                }
            }
            v[s] = total
        }
        return v
    }
}
