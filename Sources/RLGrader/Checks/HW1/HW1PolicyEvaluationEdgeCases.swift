import RLCore
import RLHomework

/// `hw1.policy-evaluation.edge-cases`: V^π and Q^π on small hand-made MDPs that each test one
/// convention: γ = 0; γ = 1 with a terminal state whose rows lead back to the start with a reward;
/// absorbing non-terminal states; a terminal state in the middle and states with one action; a
/// disconnected state; a one-state MDP. Judged against the parent's exact evaluation.
struct HW1PolicyEvaluationEdgeCases: Check {
    let id = "hw1.policy-evaluation.edge-cases"
    let title = "V^π and Q^π on edge cases"
    let summary = "V^π and Q^π on hand-made MDPs: γ = 0, γ = 1 with terminal rows that are not self-loops, "
        + "absorbing states, one-action states, a disconnected state, outcome lists naming a next state twice."

    typealias O = Outcome

    static func cases() throws -> [HW1Fixtures.Case] {
        func make(_ outcomes: [[[Outcome]]], terminal: [Bool]? = nil, gamma: Double, policy: [[Double]], _ note: String)
            throws -> HW1Fixtures.Case {
            let mdp: TabularMDP
            do { mdp = try TabularMDP(outcomes: outcomes, isTerminal: terminal, gamma: gamma) } catch {
                throw HW1Fixtures.grader(error)
            }
            return HW1Fixtures.Case(mdp: mdp, policy: policy, start: [],
                                    label: note + ": " + HW1Fixtures.describeSmall(mdp) + "; π = " + HW1Fixtures.rows(policy))
        }
        return [
            try make([
                [[O(next: 1, probability: 0.5, reward: 1), O(next: 2, probability: 0.5, reward: 3)], [O(next: 0, probability: 1, reward: -1)]],
                [[O(next: 2, probability: 1, reward: 2)], [O(next: 0, probability: 0.25, reward: 0), O(next: 1, probability: 0.75, reward: 4)]],
                [[O(next: 0, probability: 1, reward: 5)], [O(next: 2, probability: 1, reward: -2)]],
            ], gamma: 0, policy: [[0.5, 0.5], [0.2, 0.8], [1, 0]], "γ = 0 (V^π(s) = Σ_a π(a|s) r(s,a))"),
            try make([
                [[O(next: 1, probability: 1, reward: -1)], [O(next: 0, probability: 0.5, reward: -2), O(next: 1, probability: 0.5, reward: -2)]],
                [[O(next: 2, probability: 1, reward: -1)], [O(next: 1, probability: 0.5, reward: -2), O(next: 2, probability: 0.5, reward: -2)]],
                [[O(next: 3, probability: 1, reward: -1)], [O(next: 2, probability: 0.5, reward: -2), O(next: 3, probability: 0.5, reward: -2)]],
                [[O(next: 0, probability: 1, reward: 10)], [O(next: 0, probability: 1, reward: 10)]],
            ], terminal: [false, false, false, true], gamma: 1, policy: [[0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]],
               "γ = 1, episodic; terminal state 3's rows lead back to state 0 with reward 10 and must be ignored"),
            try make([
                [[O(next: 1, probability: 1, reward: 0)], [O(next: 2, probability: 0.3, reward: 0), O(next: 0, probability: 0.7, reward: 1)]],
                [[O(next: 1, probability: 1, reward: 1)]],
                [[O(next: 2, probability: 1, reward: -1)], [O(next: 2, probability: 1, reward: -1)]],
            ], gamma: 0.9, policy: [[0.6, 0.4], [1], [0.5, 0.5]],
               "γ = 0.9; states 1 and 2 are absorbing but not terminal (V(1) = 1/(1 − γ) = 10)"),
            try make([
                [[O(next: 1, probability: 1, reward: -1)], [O(next: 2, probability: 1, reward: 0)],
                 [O(next: 3, probability: 0.5, reward: 2), O(next: 0, probability: 0.5, reward: -1)]],
                [[O(next: 2, probability: 1, reward: 7)], [O(next: 2, probability: 1, reward: 7)]],
                [[O(next: 1, probability: 0.6, reward: -1), O(next: 0, probability: 0.4, reward: -1)]],
                [[O(next: 1, probability: 1, reward: 4)], [O(next: 3, probability: 0.5, reward: -1), O(next: 2, probability: 0.5, reward: 0)]],
            ], terminal: [false, true, false, false], gamma: 1, policy: [[0.2, 0.3, 0.5], [0.5, 0.5], [1], [0.5, 0.5]],
               "γ = 1; terminal state 1 is not the last state and its rows lead to state 2 with reward 7; state 2 has one action"),
            try make([
                [[O(next: 1, probability: 1, reward: 1)], [O(next: 2, probability: 1, reward: 0)]],
                [[O(next: 0, probability: 1, reward: 1)], [O(next: 2, probability: 0.5, reward: 5), O(next: 1, probability: 0.5, reward: 0)]],
                [[O(next: 2, probability: 1, reward: 0)], [O(next: 2, probability: 1, reward: 0)]],
                [[O(next: 2, probability: 1, reward: 6)]],
                [[O(next: 4, probability: 1, reward: 0.5)], [O(next: 4, probability: 1, reward: 0.5)]],
            ], terminal: [false, false, true, false, false], gamma: 0.95,
               policy: [[0.7, 0.3], [0.6, 0.4], [0.5, 0.5], [1], [0.5, 0.5]],
               "γ = 0.95; no state leads to states 3 and 4 (disconnected): V(3) = 6, V(4) = 0.5/(1 − γ) = 10"),
            try make([
                [[O(next: 1, probability: 0.25, reward: 1), O(next: 1, probability: 0.25, reward: 1), O(next: 0, probability: 0.5, reward: 0)],
                 [O(next: 2, probability: 0.5, reward: 2), O(next: 0, probability: 0.3, reward: -1), O(next: 2, probability: 0.2, reward: 2)]],
                [[O(next: 0, probability: 0.5, reward: 0), O(next: 0, probability: 0.5, reward: 0)], [O(next: 2, probability: 1, reward: 1)]],
                [[O(next: 2, probability: 1, reward: 0)], [O(next: 2, probability: 1, reward: 0)]],
            ], terminal: [false, false, true], gamma: 0.9, policy: [[0.5, 0.5], [0.3, 0.7], [0.5, 0.5]],
               "γ = 0.9; outcome lists name the same next state twice, as Gymnasium's FrozenLake does (add their probabilities)"),
            try make([[[O(next: 0, probability: 1, reward: 1)]]], gamma: 0.5, policy: [[1]],
                     "a single state with a single action looping on itself with reward 1, γ = 0.5 (V = 2)"),
        ]
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let cases = try Self.cases()
        let inputs = cases.map(\.policyInput)
        let values = try context.callAllowingFailures(HW1.StateValues.self, inputs)
        let qs = try context.callAllowingFailures(HW1.ActionValues.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        var passed = 0
        var worst = 0.0
        var failure: Feedback?
        for (i, c) in cases.enumerated() {
            let exactV: [Double]
            do { exactV = try MDPJudge.evaluate(c.mdp, policy: c.policy) } catch { throw HW1Fixtures.grader(error) }
            let exactQ = MDPJudge.q(c.mdp, exactV)
            let v: [Double], q: [[Double]]
            switch (values[i], qs[i]) {
            case (.success(let a), .success(let b)): (v, q) = (a, b)
            case (.failure(let f), _), (_, .failure(let f)):
                let function = values[i].isFailure ? HW1.StateValues.self.function : HW1.ActionValues.self.function
                var feedback = f.feedback(function: function, input: c.label)
                if case .threw = f { feedback.hint = HW1Fixtures.systemHint("(I − γ P_π) V = R_π") }
                failure = failure ?? feedback
                continue
            }
            if let problem = HW1Fixtures.vectorProblem(v, c.mdp, what: "V") {
                failure = failure ?? Feedback("stateValues(mdp:policy:) returned an invalid value vector: \(problem).",
                                              input: c.label, hint: "Return one finite V^π(s) per state, 0 at terminal states.")
                continue
            }
            if let s = tolerance.firstMismatch(v, exactV) {
                failure = failure ?? Feedback(
                    "stateValues(mdp:policy:) is wrong at state \(s) of an edge case.",
                    expected: "V^π = \(Show.vector(exactV)) (tolerance \(tolerance))", observed: "V = \(Show.vector(v))",
                    input: c.label, hint: HW1Fixtures.valueHint(c.mdp, state: s))
                continue
            }
            if let problem = HW1Fixtures.shapeProblem(q, c.mdp, what: "Q") {
                failure = failure ?? Feedback("actionValues(mdp:policy:) returned an invalid table: \(problem).",
                                              input: c.label, hint: "Return q[s][a] for every state s and each of its mdp.actionCount(s) actions.")
                continue
            }
            if let (s, a) = HW1Fixtures.firstMismatch(q, exactQ, tolerance) {
                failure = failure ?? Feedback(
                    "actionValues(mdp:policy:) is wrong at (s, a) = (\(s), \(a)) of an edge case.",
                    expected: "Q^π(\(s), ·) = \(Show.vector(exactQ[s])) (tolerance \(tolerance))",
                    observed: "Q(\(s), ·) = \(Show.vector(q[s]))", input: c.label,
                    hint: c.mdp.isTerminal[s] ? "Q^π(s, ·) = 0 at a terminal state s."
                        : "Q^π(s,a) = Σ_{s'} P(s'|s,a) [r(s,a,s') + γ V^π(s')] with V^π(terminal) = 0.")
                continue
            }
            worst = max(worst, MDPJudge.maxDifference(v, exactV))
            for s in q.indices { worst = max(worst, MDPJudge.maxDifference(q[s], exactQ[s])) }
            passed += 1
        }
        return .fraction(passed: passed, of: cases.count,
                         passSummary: "V^π and Q^π are right on all \(cases.count) edge cases (largest difference \(Show.number(worst))).", failure: failure)
    }
}

extension Result {
    fileprivate var isFailure: Bool { if case .failure = self { return true } else { return false } }
}
