import Testing
import RLCore
import RLHomework
@testable import RLGrader

/// Fast tests of hw1's trusted side: the fixtures the checks build and the parent's exact answers.
@Suite("HW1 judge and fixtures")
struct HW1JudgeTests {
    @Test("The 4x4 gridworld's random-policy values are the textbook table")
    func gridworldTextbook() throws {
        let mdp = GridWorld.suttonBarto4x4().model
        let v = try MDPJudge.evaluate(mdp, policy: HW1Fixtures.uniformPolicy(mdp))
        #expect(Tolerance(absolute: 1e-9).firstMismatch(v, HW1PolicyEvaluationGridworldFixture.textbook) == nil)
    }

    @Test("The edge cases have their hand-computed values and ignore terminal rows")
    func edgeCases() throws {
        let cases = try HW1PolicyEvaluationEdgeCases.cases()
        let values = try cases.map { try MDPJudge.evaluate($0.mdp, policy: $0.policy) }
        let close = Tolerance(absolute: 1e-12, relative: 1e-12)
        #expect(close.firstMismatch(values[0], [0.5, 2.8, 5]) == nil)            // γ = 0: V = R_π
        #expect(values[1][3] == 0)                                              // terminal: 0 despite its +10 rows
        #expect(close.isClose(values[1][2], -2))                                // V(2) = −1.5 + 0.25 V(2)
        #expect(close.isClose(values[2][1], 10) && close.isClose(values[2][2], -10))  // absorbing, γ = 0.9
        #expect(values[3][1] == 0)                                              // terminal in the middle
        #expect(close.isClose(values[4][3], 6) && close.isClose(values[4][4], 10))    // disconnected states
        #expect(close.isClose(values[6][0], 2))                                 // one state, γ = 0.5
        for c in cases { #expect(MDPJudge.isPolicy(c.policy, for: c.mdp)) }
    }

    @Test("Random cases are deterministic, valid and evaluable with γ = 1", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func randomCases(seed: UInt64) throws {
        let twists = HW1Fixtures.Twists(rewireTerminals: true, oneActionStates: true, disconnectedState: true)
        var a = SeededGenerator(seed: seed).child("test")
        var b = SeededGenerator(seed: seed).child("test")
        let c1 = try HW1Fixtures.randomCase(&a, states: 4...30, gamma: 1, terminals: 2, twists: twists)
        let c2 = try HW1Fixtures.randomCase(&b, states: 4...30, gamma: 1, terminals: 2, twists: twists)
        #expect(c1.mdp == c2.mdp && c1.policy == c2.policy && c1.start == c2.start && c1.label == c2.label)
        #expect(MDPJudge.isPolicy(c1.policy, for: c1.mdp))
        #expect(abs(c1.start.reduce(0, +) - 1) < 1e-12)
        #expect(c1.start.last == 0)                                             // the disconnected state
        let v = try MDPJudge.evaluate(c1.mdp, policy: c1.policy)
        #expect(v.allSatisfy { $0.isFinite })
        for s in c1.mdp.isTerminal.indices where c1.mdp.isTerminal[s] { #expect(v[s] == 0) }
    }

    @Test("The parent's occupancy measure: total mass, value identity and flow", arguments: [1, 2, 3] as [UInt64])
    func occupancyIdentities(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed).child("occupancy")
        let free = try HW1Fixtures.randomCase(&rng, states: 5...20, gamma: 0.9, terminals: 0)
        let rho = try HW1Fixtures.occupancy(free.mdp, policy: free.policy, start: free.start)
        #expect(abs(rho.joined().reduce(0, +) - 10) < 1e-10)

        let twists = HW1Fixtures.Twists(rewireTerminals: true, oneActionStates: true)
        let episodic = try HW1Fixtures.randomCase(&rng, states: 5...20, gamma: 1, terminals: 2, twists: twists)
        let rho2 = try HW1Fixtures.occupancy(episodic.mdp, policy: episodic.policy, start: episodic.start)
        let v = try MDPJudge.evaluate(episodic.mdp, policy: episodic.policy)
        var ret = 0.0
        for s in rho2.indices { for a in rho2[s].indices { ret += rho2[s][a] * episodic.mdp.expectedReward(s, a) } }
        #expect(Tolerance(absolute: 1e-9, relative: 1e-9).isClose(ret, MDPJudge.startValue(v, start: episodic.start)))
        for s in rho2.indices where episodic.mdp.isTerminal[s] { #expect(rho2[s].allSatisfy { $0 == 0 }) }
    }

    @Test("The returns' expected values")
    func returns() {
        for (input, want, _) in HW1ReturnsRewardToGo.handMade {
            #expect(Tolerance(absolute: 1e-12).firstMismatch(HW1ReturnsRewardToGo.expected(input), want) == nil)
        }
        #expect(HW1ReturnsDiscountedReturn.expected(.init(rewards: [1, 2, 3], gamma: 0.5, t: 1)) == 3.5)
        #expect(HW1ReturnsDiscountedReturn.expected(.init(rewards: [1, 2, 3], gamma: 0.5, t: 3)) == 0)
    }

    @Test("Every hw1 rubric id has a check and every check is in the rubric")
    func descriptor() {
        let ids = HomeworkDescriptor.hw1.checks.map(\.id)
        #expect(Set(ids).count == ids.count && ids.count == 12)
        #expect(ids.allSatisfy { $0.hasPrefix("hw1.") })
    }
}
