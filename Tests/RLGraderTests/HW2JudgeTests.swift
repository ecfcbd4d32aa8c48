import Testing
import RLCore
import RLHomework
@testable import RLGrader

/// Fast tests of hw2's trusted side: the inputs the checks build and the judging they do (no child
/// processes).
@Suite("HW2 inputs and judges")
struct HW2JudgeTests {
    @Test("Random cases are deterministic, valid, and their terminal rows are not self-loops", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func randomCases(seed: UInt64) {
        let a = HW2Cases.random(seed: seed, label: "test")
        let b = HW2Cases.random(seed: seed, label: "test")
        #expect(a.mdp == b.mdp && a.label == b.label)
        let terminals = HW2Cases.terminalStates(a.mdp)
        #expect(!terminals.isEmpty)
        for s in terminals {
            for a2 in 0..<a.mdp.actionCount(s) {
                #expect(a.mdp.outcomes[s][a2].allSatisfy { $0.next != s && !a.mdp.isTerminal[$0.next] })
            }
        }
        #expect(a.label.contains("RandomMDP.generate(seed: \(SeededGenerator.childSeed(seed, "test"))"))
        #expect(MDPJudge.isPolicy(HW2Cases.randomPolicy(a.mdp, rng: SeededGenerator(seed: seed)), for: a.mdp))
    }

    @Test("The 4x4 sweep fixture: V₂(1) = −1.75, V₃(1) = −2.4375, V₁₀(1) ≈ −6.138")
    func sweepIterates() {
        let mdp = HW2Cases.gridworld4x4.mdp
        let policy = HW2Cases.uniformPolicy(mdp)
        var v = Array(repeating: 0.0, count: 16)
        var iterates = [v]
        for _ in 1...10 {
            v = MDPJudge.expectationBackup(mdp, policy: policy, v)
            iterates.append(v)
        }
        #expect(iterates[1][5] == -1 && iterates[1][0] == 0)
        #expect(iterates[2][1] == -1.75 && iterates[2][5] == -2)
        #expect(iterates[3][1] == -2.4375 && iterates[3][3] == -3)
        #expect(abs(iterates[10][1] - -6.138) < 1e-3 && abs(iterates[10][3] - -8.9673) < 1e-3)
        #expect(PolicyEvaluationSweepFixture.grid(iterates[2]).hasPrefix("0 -1.75 -2 -2 / "))
    }

    @Test("An in-place sweep gets the synchronous hint, at k = 1 as later")
    func inPlaceSweepHint() {
        let mdp = HW2Cases.gridworld4x4.mdp
        let policy = HW2Cases.uniformPolicy(mdp)
        let zero = Array(repeating: 0.0, count: 16)
        let want = MDPJudge.expectationBackup(mdp, policy: policy, zero)
        let inPlace = PolicyEvaluationSweepFixture.inPlaceSweep(mdp, policy: policy, from: zero)
        #expect(inPlace != want && inPlace[1] == -1 && inPlace[2] == -1.25)
        let hint = PolicyEvaluationSweepFixture.hint(k: 1, observed: inPlace, want: want, mdp: mdp, policy: policy, from: zero)
        #expect(hint.contains("synchronous") && hint.contains("in place"))
        var wrongReward = want
        wrongReward[5] = -2
        #expect(PolicyEvaluationSweepFixture.hint(k: 1, observed: wrongReward, want: want, mdp: mdp, policy: policy, from: zero).contains("r_π(s) = −1"))
    }

    @Test("Policy iteration's tiny-then-large MDP: the first improvement is tiny, the second is not")
    func tinyThenLarge() throws {
        let mdp = HW2PolicyIterationCases.tinyThenLarge.mdp
        let v0 = try MDPJudge.evaluate(mdp, policy: HW2Cases.rows([0, 0], mdp))
        let v1 = try MDPJudge.evaluate(mdp, policy: HW2Cases.rows([1, 0], mdp))
        let v2 = try MDPJudge.evaluate(mdp, policy: HW2Cases.rows([2, 0], mdp))
        #expect(abs(v1[0] - v0[0] - 5e-7) < 1e-12)
        #expect(v2[0] - v1[0] > 2e-5)
        #expect(abs(MDPJudge.optimalValues(mdp)[0] - v2[0]) < 1e-9)
        // The greedy step from π₀ picks action 1, from π₁ action 2.
        #expect(HW2Cases.nonGreedyState(mdp, [0, 0], values: v0) != nil)
    }

    @Test("The hub MDP: the sum over states of the first two changes grows, the max norm contracts")
    func hub() {
        let mdp = ValueIterationContraction.hub.mdp
        var v = Array(repeating: 0.0, count: mdp.stateCount)
        var maxima: [Double] = [], sums: [Double] = []
        for _ in 0..<2 {
            let next = MDPJudge.optimalityBackup(mdp, v)
            maxima.append(zip(next, v).map { abs($0 - $1) }.max()!)
            sums.append(zip(next, v).map { abs($0 - $1) }.reduce(0, +))
            v = next
        }
        #expect(maxima[1] <= 0.9 * maxima[0] + 1e-12)
        #expect(sums[1] > 0.9 * sums[0] * 5)
    }

    @Test("Unmerged outcome lists are the same MDP")
    func unmerged() throws {
        let mdp = GridWorld.frozenLake4x4().model
        let split = UnmergedOutcomes.split(mdp)
        #expect(split.outcomes[0][0].count == mdp.outcomes[0][0].count + 1)
        #expect(split.outcomes[0][0][0].next == split.outcomes[0][0][1].next)
        let policy = HW2Cases.uniformPolicy(mdp)
        let a = try MDPJudge.evaluate(mdp, policy: policy), b = try MDPJudge.evaluate(split, policy: policy)
        #expect(zip(a, b).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test("The detour policies are proper (finite values with γ = 1) and not optimal")
    func detours() throws {
        for (c, policy) in [(HW2Cases.gridworld4x4, HW2Cases.gridworld4x4Detour), (HW2Cases.cliffWalking, HW2Cases.cliffWalkingDetour)] {
            let v = try #require(HW2PolicyIterationCases.value(policy, c.mdp))
            let optimal = MDPJudge.optimalValues(c.mdp)
            #expect(MDPJudge.maxDifference(v, optimal) > 1)
        }
        #expect(MDPJudge.optimalValues(HW2Cases.cliffWalking.mdp)[36] == -13)
    }

    @Test("Greedy judging accepts any maximiser under ties and rejects the argmin")
    func greedyTies() throws {
        let mdp = HW2Cases.gridworld4x4.mdp
        let v = try MDPJudge.evaluate(mdp, policy: HW2Cases.uniformPolicy(mdp))
        let q = MDPJudge.q(mdp, v)
        let lowest = q.map { ActionSelection.maximizingActions($0, tolerance: 1e-9).first! }
        let highest = q.map { ActionSelection.maximizingActions($0, tolerance: 1e-9).last! }
        #expect(lowest != highest)  // the 4x4 random-policy values do tie
        #expect(HW2Cases.nonGreedyState(mdp, lowest, values: v) == nil)
        #expect(HW2Cases.nonGreedyState(mdp, highest, values: v) == nil)
        let argmin = q.map { row in row.indices.min { row[$0] < row[$1] }! }
        #expect(HW2Cases.nonGreedyState(mdp, argmin, values: v)?.state == 1)
    }

    @Test("Sequence shape problems are reported")
    func sequenceShape() {
        let c = HW2Cases.gridworld4x4
        let input = HW2.PolicyIterationInput(mdp: c.mdp, initialPolicy: HW2Cases.gridworld4x4Detour, theta: 1e-10)
        #expect(HW2PolicyIterationCases.sequenceProblem([], input) != nil)
        #expect(HW2PolicyIterationCases.sequenceProblem([Array(repeating: 0, count: 16)], input)?.contains("not with π₀") == true)
        var bad = HW2Cases.gridworld4x4Detour
        bad[3] = 4
        #expect(HW2PolicyIterationCases.sequenceProblem([HW2Cases.gridworld4x4Detour, bad], input)?.contains("π_1: state 3") == true)
        #expect(HW2PolicyIterationCases.sequenceProblem([HW2Cases.gridworld4x4Detour], input) == nil)
    }

    /// Exact policy iteration in the test, to build valid and broken sequences.
    static func exactPolicyIteration(_ mdp: TabularMDP, from start: [Int]) -> [[Int]] {
        var policy = start
        var sequence = [policy]
        while true {
            let v = HW2PolicyIterationCases.value(policy, mdp)!
            let q = MDPJudge.q(mdp, v)
            var next = policy
            for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
                let best = ActionSelection.greedyAction(q[s])
                if q[s][best] > q[s][policy[s]] + 1e-12 { next[s] = best }
            }
            if next == policy { return sequence }
            policy = next
            sequence.append(policy)
        }
    }

    @Test("Monotonic judge: a true policy-iteration sequence passes, reversed or padded ones fail", arguments: [1, 2, 3] as [UInt64])
    func monotonic(seed: UInt64) {
        let c = HW2Cases.random(seed: seed, label: "monotonic", states: 8...16, gammas: [0.9])
        let start = HW2Cases.randomActions(c.mdp, rng: SeededGenerator(seed: seed))
        let input = HW2.PolicyIterationInput(mdp: c.mdp, initialPolicy: start, theta: 1e-10)
        let good = Self.exactPolicyIteration(c.mdp, from: start)
        #expect(good.count >= 2)
        guard case .success(let gains) = PolicyIterationMonotonic.judge(good, input, label: "t") else {
            Issue.record("a true policy-iteration sequence failed")
            return
        }
        #expect(gains.count == good.count - 1 && gains.allSatisfy { $0 > 1e-9 })
        // The stable policy listed twice at the end is fine.
        if case .failure = PolicyIterationMonotonic.judge(good + [good.last!], input, label: "t") {
            Issue.record("repeating the final policy once was rejected")
        }
        // Reversed after π₀ (the non-monotone mutant) fails; so does stopping early.
        let reversed = [good[0]] + good.dropFirst().reversed()
        if good.count > 2, case .success = PolicyIterationMonotonic.judge(reversed, input, label: "t") {
            Issue.record("a reversed sequence passed")
        }
        if case .success = PolicyIterationMonotonic.judge([start], input, label: "t") {
            Issue.record("an unstable single policy passed")
        }
        // A repeated policy in the middle (no strict improvement, yet the iteration went on) fails.
        let padded = [good[0], good[0]] + good.dropFirst()
        guard case .failure(let failure) = PolicyIterationMonotonic.judge(padded, input, label: "t") else {
            Issue.record("a non-strict middle step passed")
            return
        }
        #expect(failure.feedback.summary.contains("does not improve the policy anywhere"))
    }

    @Test("Contraction judge: γ-contracting residuals pass; slower ones, a late stop or nothing fail")
    func contraction() {
        let good = [1.0, 0.5, 0.25, 0.1, 1e-9]
        if case .failure = ValueIterationContraction.judge(good, gamma: 0.5, theta: 1e-8, scale: 1, input: "t") {
            Issue.record("a contracting sequence failed")
        }
        if case .success = ValueIterationContraction.judge([1.0, 0.6, 0.3, 1e-9], gamma: 0.5, theta: 1e-8, scale: 1, input: "t") {
            Issue.record("a ratio of 0.6 > γ = 0.5 passed")
        }
        if case .success = ValueIterationContraction.judge([1.0, 0.5, 0.25], gamma: 0.5, theta: 1e-8, scale: 1, input: "t") {
            Issue.record("a last residual above θ passed")
        }
        if case .success = ValueIterationContraction.judge([], gamma: 0.5, theta: 1e-8, scale: 1, input: "t") {
            Issue.record("no residuals passed")
        }
        // Round-off at the bottom is tolerated.
        if case .failure = ValueIterationContraction.judge([1.0, 1e-13, 2e-13], gamma: 0.5, theta: 1e-8, scale: 1, input: "t") {
            Issue.record("round-off below 1e-12 failed")
        }
    }

    @Test("Edge cases: hand-computed values, and the judge catches bootstrapping past a terminal")
    func edgeCases() throws {
        let cases = DPEdgeCases.cases
        let close = Tolerance(absolute: 1e-12, relative: 1e-12)
        let pe = try cases.map { try MDPJudge.evaluate($0.mdp, policy: $0.policy) }
        let star = cases.map { MDPJudge.optimalValues($0.mdp) }
        #expect(close.firstMismatch(pe[0], [0.75, 0.25, 3]) == nil)        // γ = 0: V^π = r_π
        #expect(close.firstMismatch(star[0], [1, 1, 3]) == nil)            // γ = 0: V* = max_a r(s,a)
        #expect(close.firstMismatch(star[1], [-3, -2, -1, 0, 0]) == nil)   // γ = 1, terminal rows ignored
        #expect(close.firstMismatch(star[2], [9, 10, -10]) == nil)         // absorbing states
        #expect(close.isClose(star[4][3], 7) && close.isClose(star[4][4], 20))  // unreachable and isolated states
        #expect(close.isClose(pe[6][0], 2.5) && close.isClose(star[6][0], 3))   // one state
        for c in cases {
            #expect(MDPJudge.isPolicy(c.policy, for: c.mdp))
            #expect(HW2Cases.policyProblem(c.initialPolicy, c.mdp) == nil)
            #expect(HW2PolicyIterationCases.value(c.initialPolicy, c.mdp) != nil)
        }
        let tolerance = Tolerance(absolute: 1e-6, relative: 1e-9)
        for (i, c) in cases.enumerated() {
            let greedy = MDPJudge.greedyPolicy(c.mdp, star[i]).map { $0.firstIndex(of: 1)! }
            let right = DPEdgeCases.judge(
                c, pe: .success(pe[i]), vi: .success(HW2.ValueIterationResult(values: star[i], policy: greedy, residuals: [0])),
                pi: .success([c.initialPolicy, greedy]), tolerance: tolerance, input: "t")
            #expect(right == nil, "edge case \(i + 1) rejects exact answers: \(right?.summary ?? "")")
        }
        // Bootstrapping past the terminal state 3 of case 2 (V(3) = 10): wrong V^π.
        var wrong = pe[1]
        wrong[3] = 10
        wrong[0] = 0.5 * (-1 + wrong[1]) + 0.5 * (-4 + 10)
        let greedy = MDPJudge.greedyPolicy(cases[1].mdp, star[1]).map { $0.firstIndex(of: 1)! }
        let verdict = DPEdgeCases.judge(
            cases[1], pe: .success(wrong), vi: .success(HW2.ValueIterationResult(values: star[1], policy: greedy, residuals: [0])),
            pi: .success([cases[1].initialPolicy, greedy]), tolerance: tolerance, input: "t")
        #expect(verdict?.summary.contains("policyEvaluation gives the wrong V^π") == true)
    }

    @Test("The stopping-rule bounds hold for a synchronous evaluation that stops at Δ < θ", arguments: [1, 2, 3] as [UInt64])
    func stoppingBounds(seed: UInt64) throws {
        let c = HW2Cases.random(seed: seed, label: "bounds", gammas: [0.9])
        let policy = HW2Cases.randomPolicy(c.mdp, rng: SeededGenerator(seed: seed))
        let theta = 1e-6
        var v = Array(repeating: 0.0, count: c.mdp.stateCount)
        while true {
            let next = MDPJudge.expectationBackup(c.mdp, policy: policy, v)
            let delta = MDPJudge.maxDifference(next, v)
            v = next
            if delta < theta { break }
        }
        let residual = MDPJudge.maxDifference(MDPJudge.expectationBackup(c.mdp, policy: policy, v), v)
        #expect(residual <= PolicyEvaluationBellmanResidual.bound(gamma: 0.9, theta: theta, values: v))
        let exact = try MDPJudge.evaluate(c.mdp, policy: policy)
        #expect(MDPJudge.maxDifference(v, exact) <= 0.9 * theta / 0.1)
    }
}
