import RLCore
import RLHomework

/// `hw2.dp.edge-cases`: small hand-made MDPs at the corners of the conventions — γ = 0; γ = 1 with
/// terminal states whose rows are not self-loops (so bootstrapping past a terminal shows); absorbing
/// non-terminal states; states with a single action; a state nothing leads to; a one-state MDP.
/// On each, `policyEvaluation` must give V^π, `valueIteration` V* and an optimal policy, and
/// `policyIteration` must end optimal. Exact answers come from `MDPJudge`. Partial credit per case.
struct DPEdgeCases: Check {
    let id = "hw2.dp.edge-cases"
    let title = "Dynamic programming edge cases"
    let summary = "γ = 0, γ = 1 with terminal rows that are not self-loops, absorbing states, one-action states, an unreachable state, outcome lists naming a next state twice, a one-state MDP."

    struct EdgeCase {
        var name: String
        var mdp: TabularMDP
        var policy: [[Double]]
        var initialPolicy: [Int]
        var hint: String
    }

    static func o(_ next: Int, _ p: Double, _ r: Double) -> Outcome { Outcome(next: next, probability: p, reward: r) }

    static var cases: [EdgeCase] {
        [
            EdgeCase(
                name: "γ = 0 (only the immediate reward counts)",
                mdp: try! TabularMDP(outcomes: [
                    [[o(1, 0.5, 2), o(2, 0.5, -1)], [o(0, 1, 1)]],
                    [[o(0, 1, -2)], [o(2, 0.25, 4), o(1, 0.75, 0)]],
                    [[o(2, 1, 3)], [o(0, 1, -3)]],
                ], gamma: 0),
                policy: [[0.5, 0.5], [0.25, 0.75], [1, 0]], initialPolicy: [0, 0, 1],
                hint: "With γ = 0, V^π(s) = Σ_a π(a|s) r(s,a) and V*(s) = max_a r(s,a) after one sweep."),
            EdgeCase(
                name: "γ = 1, episodic; terminal states 3 and 4 whose rows are not self-loops (3 → 4 with reward 10)",
                mdp: try! TabularMDP(outcomes: [
                    [[o(1, 1, -1)], [o(3, 1, -4)]],
                    [[o(2, 1, -1)], [o(0, 0.5, -1), o(4, 0.5, -2)]],
                    [[o(4, 1, -1)], [o(3, 0.5, -1), o(2, 0.5, -1)]],
                    [[o(4, 1, 10)], [o(4, 1, 10)]],
                    [[o(4, 1, 0)], [o(4, 1, 0)]],
                ], isTerminal: [false, false, false, true, true], gamma: 1),
                policy: [[0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]], initialPolicy: [1, 1, 1, 0, 0],
                hint: "V = 0 at terminal states, which are never backed up; a transition into a terminal s' has target r "
                    + "(no γ V(s')). Their rows are meaningless here (3 → 4 with reward 10)."),
            EdgeCase(
                name: "γ = 0.9; absorbing non-terminal states 1 (reward 1 forever) and 2 (reward −1 forever)",
                mdp: try! TabularMDP(outcomes: [
                    [[o(1, 1, 0)], [o(0, 1, 0.5)], [o(2, 1, 5)]],
                    [[o(1, 1, 1)]],
                    [[o(2, 1, -1)]],
                ], gamma: 0.9),
                policy: [[1.0 / 3, 1.0 / 3, 1.0 / 3], [1], [1]], initialPolicy: [2, 0, 0],
                hint: "An absorbing non-terminal state with reward r forever has V = r/(1 − γ) (here 10 and −10); it is "
                    + "not terminal, so keep backing it up."),
            EdgeCase(
                name: "γ = 0.8; states with 3, 1 and 2 actions, and a terminal state 3 whose row leads back to 0",
                mdp: try! TabularMDP(outcomes: [
                    [[o(1, 1, 1)], [o(2, 0.5, 0), o(3, 0.5, 2)], [o(0, 1, -1)]],
                    [[o(2, 1, 2)]],
                    [[o(3, 1, 1)], [o(0, 0.5, 0), o(1, 0.5, 0)]],
                    [[o(0, 1, 7)]],
                ], isTerminal: [false, false, false, true], gamma: 0.8),
                policy: [[0.2, 0.5, 0.3], [1], [0.6, 0.4], [1]], initialPolicy: [2, 0, 1, 0],
                hint: "Loop over 0..<mdp.actionCount(s) in each state: states differ in their number of actions."),
            EdgeCase(
                name: "γ = 0.9; state 3 is never reached from any other state, state 4 only loops on itself",
                mdp: try! TabularMDP(outcomes: [
                    [[o(1, 1, 1)], [o(0, 1, 0)]],
                    [[o(0, 1, 1)], [o(2, 1, 0)]],
                    [[o(2, 1, 0)], [o(2, 1, 0)]],
                    [[o(0, 1, -2)], [o(3, 1, 0.5)]],
                    [[o(4, 1, 2)]],
                ], isTerminal: [false, false, true, false, false], gamma: 0.9),
                policy: [[0.5, 0.5], [0.75, 0.25], [0.5, 0.5], [0.5, 0.5], [1]], initialPolicy: [1, 1, 0, 1, 0],
                hint: "Back up every non-terminal state in every sweep, also states no other state leads to."),
            EdgeCase(
                name: "γ = 0.9; outcome lists name the same next state twice, as Gymnasium's FrozenLake does",
                mdp: try! TabularMDP(outcomes: [
                    [[o(1, 0.25, 1), o(1, 0.25, 1), o(0, 0.5, 0)], [o(2, 0.4, 2), o(0, 0.3, -1), o(2, 0.3, 2)]],
                    [[o(0, 0.5, 0), o(0, 0.5, 0)], [o(2, 0.5, 1), o(1, 0.25, 0), o(2, 0.25, 1)]],
                    [[o(2, 1, 0)], [o(2, 1, 0)]],
                ], isTerminal: [false, false, true], gamma: 0.9),
                policy: [[0.5, 0.5], [0.3, 0.7], [0.5, 0.5]], initialPolicy: [0, 0, 0],
                hint: "P(s'|s,a) is the sum of the probabilities of every entry with next state s': add them, never overwrite a dense row with row[s'] = p."),
            EdgeCase(
                name: "γ = 0.5; a single state with two self-loops (rewards 1 and 1.5)",
                mdp: try! TabularMDP(outcomes: [[[o(0, 1, 1)], [o(0, 1, 1.5)]]], gamma: 0.5),
                policy: [[0.5, 0.5]], initialPolicy: [0],
                hint: "V = r/(1 − γ) for a self-loop: V^π = 1.25/0.5 = 2.5 for the uniform policy, V* = 3."),
        ]
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let theta = context.parameter("theta", 1e-10)
        let cases = Self.cases
        let pe = try context.callAllowingFailures(
            HW2.PolicyEvaluation.self, cases.map { HW2.EvaluationInput(mdp: $0.mdp, policy: $0.policy, theta: theta) })
        let vi = try context.callAllowingFailures(
            HW2.ValueIteration.self, cases.map { HW2.ValueIterationInput(mdp: $0.mdp, theta: theta) })
        let pi = try context.callAllowingFailures(
            HW2.PolicyIteration.self, cases.map { HW2.PolicyIterationInput(mdp: $0.mdp, initialPolicy: $0.initialPolicy, theta: theta) })
        let tolerance = Tolerance(absolute: context.tolerance(1e-6), relative: 1e-9)
        var passed = 0
        var firstFailure: Feedback?
        for (i, c) in cases.enumerated() {
            let input = "edge case \(i + 1): \(c.name); θ = \(Show.number(theta)); policy \(c.policy.map { Show.vector($0) }.joined(separator: " "))"
            if let failure = Self.judge(c, pe: pe[i], vi: vi[i], pi: pi[i], tolerance: tolerance, input: input) {
                if firstFailure == nil { firstFailure = failure }
            } else {
                passed += 1
            }
        }
        return .fraction(passed: passed, of: cases.count,
                         passSummary: "All \(cases.count) edge cases give the exact V^π, V* and optimal policies.",
                         failure: firstFailure)
    }

    static func judge(
        _ c: EdgeCase, pe: Result<[Double], CallFailure>, vi: Result<HW2.ValueIterationResult, CallFailure>,
        pi: Result<[[Int]], CallFailure>, tolerance: Tolerance, input: String
    ) -> Feedback? {
        let mdp = c.mdp
        let exact = try! MDPJudge.evaluate(mdp, policy: c.policy)
        let optimal = MDPJudge.optimalValues(mdp)
        switch pe {
        case .failure(let failure): return failure.feedback(function: HW2.PolicyEvaluation.function, input: input)
        case .success(let v):
            if let problem = HW2Cases.shapeProblem(v, mdp) {
                return Feedback("policyEvaluation returned malformed values: \(problem).", input: input, hint: c.hint)
            }
            if let s = tolerance.firstMismatch(v, exact) {
                return Feedback("policyEvaluation gives the wrong V^π on an edge case (state \(s)).",
                                expected: "V^π = \(Show.vector(exact))", observed: Show.vector(v), input: input, hint: c.hint)
            }
        }
        switch vi {
        case .failure(let failure): return failure.feedback(function: HW2.ValueIteration.function, input: input)
        case .success(let out):
            if let problem = HW2Cases.shapeProblem(out.values, mdp) ?? HW2Cases.policyProblem(out.policy, mdp) {
                return Feedback("valueIteration returned a malformed result: \(problem).", input: input, hint: c.hint)
            }
            if let s = tolerance.firstMismatch(out.values, optimal) {
                return Feedback("valueIteration gives the wrong V* on an edge case (state \(s)).",
                                expected: "V* = \(Show.vector(optimal))", observed: Show.vector(out.values), input: input, hint: c.hint)
            }
            let achieved = (try? MDPJudge.evaluate(mdp, policy: HW2Cases.rows(out.policy, mdp))) ?? []
            if let s = tolerance.firstMismatch(achieved, optimal) {
                return Feedback("valueIteration's policy is not optimal on an edge case (state \(s)).",
                                expected: "a policy with V^π = V* = \(Show.vector(optimal))",
                                observed: "policy \(Show.ints(out.policy)) with V^π = \(Show.vector(achieved))", input: input, hint: c.hint)
            }
        }
        switch pi {
        case .failure(let failure): return failure.feedback(function: HW2.PolicyIteration.function, input: input)
        case .success(let sequence):
            let piInput = HW2.PolicyIterationInput(mdp: mdp, initialPolicy: c.initialPolicy, theta: 0)
            if let problem = HW2PolicyIterationCases.sequenceProblem(sequence, piInput) {
                return Feedback("policyIteration returned an invalid sequence: \(problem).", input: input + "; π₀ = \(Show.ints(c.initialPolicy))", hint: c.hint)
            }
            let final = sequence[sequence.count - 1]
            let achieved = HW2PolicyIterationCases.value(final, mdp) ?? []
            if let s = tolerance.firstMismatch(achieved, optimal) {
                return Feedback("policyIteration does not end with an optimal policy on an edge case (state \(s)).",
                                expected: "V^π = V* = \(Show.vector(optimal))",
                                observed: "final policy \(Show.ints(final)) with V^π = \(Show.vector(achieved))",
                                input: input + "; π₀ = \(Show.ints(c.initialPolicy))", hint: c.hint)
            }
        }
        return nil
    }
}
