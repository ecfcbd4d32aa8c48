import Foundation
import Testing
@testable import RLCore

/// Builds an MDP and returns the error it throws, or nil.
private func mdpError(_ build: () throws(MDPError) -> TabularMDP) -> MDPError? {
    do {
        _ = try build()
        return nil
    } catch {
        return error
    }
}

private func o(_ next: Int, _ p: Double, _ r: Double = 0) -> Outcome {
    Outcome(next: next, probability: p, reward: r)
}

@Suite struct TabularMDPTests {
    /// Two states, state 1 terminal; state 0 has two actions.
    static let valid: [[[Outcome]]] = [
        [[o(0, 0.5, 1), o(1, 0.5, 2)], [o(1, 1, -1)]],
        [[o(1, 1)]],
    ]

    @Test func validMDPConstructs() throws {
        let mdp = try TabularMDP(outcomes: Self.valid, isTerminal: [false, true], gamma: 1)
        #expect(mdp.stateCount == 2)
        #expect(mdp.actionCount(0) == 2)
        #expect(mdp.actionCount(1) == 1)
        #expect(mdp.maxActionCount == 2)
        #expect(!mdp.hasUniformActions)
        #expect(mdp.expectedReward(0, 0) == 1.5)
        #expect(mdp.probability(0, 0, 1) == 0.5)
        #expect(mdp.probability(0, 1, 0) == 0)
    }

    @Test func rowNotSummingToOne() {
        var outcomes = Self.valid
        outcomes[1][0] = [o(0, 0.5), o(1, 0.25)]
        let error = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: outcomes, gamma: 0.9) }
        #expect(error == .rowNotDistribution(state: 1, action: 0, sum: 0.75))
        #expect(error?.description.contains("s=1, a=0") == true)
    }

    @Test func negativeProbability() {
        var outcomes = Self.valid
        outcomes[0][1] = [o(0, -0.5), o(1, 1.5)]
        let error = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: outcomes, gamma: 0.9) }
        #expect(error == .invalidProbability(state: 0, action: 1, next: 0, probability: -0.5))
        #expect(error?.description.contains("s'=0|s=0, a=1") == true)
    }

    @Test func nanProbability() throws {
        var outcomes = Self.valid
        outcomes[1][0] = [o(1, .nan)]
        let error = try #require(mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: outcomes, gamma: 0.9) })
        guard case .invalidProbability(let s, let a, let next, let p) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(s == 1 && a == 0 && next == 1 && p.isNaN)
        #expect(error.description.contains("s=1, a=0"))
    }

    @Test func nextStateOutOfRange() {
        var outcomes = Self.valid
        outcomes[0][1] = [o(2, 1)]
        var error = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: outcomes, gamma: 0.9) }
        #expect(error == .nextStateOutOfRange(state: 0, action: 1, next: 2, stateCount: 2))
        #expect(error?.description.contains("(s=0, a=1) leads to state 2") == true)
        outcomes[0][1] = [o(-1, 1)]
        error = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: outcomes, gamma: 0.9) }
        #expect(error == .nextStateOutOfRange(state: 0, action: 1, next: -1, stateCount: 2))
    }

    @Test func nonFiniteRewards() throws {
        var outcomes = Self.valid
        outcomes[0][0] = [o(0, 0.5, 1), o(1, 0.5, .infinity)]
        var error = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: outcomes, gamma: 0.9) }
        #expect(error == .nonFiniteReward(state: 0, action: 0, next: 1, reward: .infinity))
        #expect(error?.description.contains("(s=0, a=0, s'=1)") == true)

        outcomes[0][0] = [o(0, 0.5, .nan), o(1, 0.5, 1)]
        error = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: outcomes, gamma: 0.9) }
        guard case .nonFiniteReward(0, 0, 0, let r)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(r.isNaN)
    }

    @Test func gammaOutOfRange() {
        for gamma in [-0.1, 1.5] {
            let error = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: Self.valid, gamma: gamma) }
            #expect(error == .gammaOutOfRange(gamma))
            #expect(error?.description.contains("\(gamma)") == true)
        }
        let nanError = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: Self.valid, gamma: .nan) }
        guard case .gammaOutOfRange(let g)? = nanError else {
            Issue.record("unexpected error \(String(describing: nanError))")
            return
        }
        #expect(g.isNaN)
    }

    @Test func gammaOneWithoutReachableTerminal() {
        // 0 ⇄ 1 never reach the terminal 3; 2 → 3 does.
        let cycle: [[[Outcome]]] = [[[o(1, 1)]], [[o(0, 1)]], [[o(3, 1)]], [[o(3, 1)]]]
        var error = mdpError { () throws(MDPError) -> TabularMDP in
            try TabularMDP(outcomes: cycle, isTerminal: [false, false, false, true], gamma: 1)
        }
        #expect(error == .noReachableTerminal(state: 0))
        #expect(error?.description.contains("state 0") == true)

        // Only state 2 is stuck (a self-loop).
        let stuck: [[[Outcome]]] = [[[o(3, 1)]], [[o(2, 0.5), o(3, 0.5)]], [[o(2, 1)]], [[o(3, 1)]]]
        error = mdpError { () throws(MDPError) -> TabularMDP in
            try TabularMDP(outcomes: stuck, isTerminal: [false, false, false, true], gamma: 1)
        }
        #expect(error == .noReachableTerminal(state: 2))

        // No terminal states at all.
        error = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: Self.valid, gamma: 1) }
        #expect(error == .noReachableTerminal(state: 0))

        // The same MDPs are fine with γ < 1.
        #expect(mdpError { () throws(MDPError) -> TabularMDP in
            try TabularMDP(outcomes: stuck, isTerminal: [false, false, false, true], gamma: 0.99)
        } == nil)
    }

    @Test func emptyMDP() {
        let error = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: [], gamma: 0.9) }
        #expect(error == .noStates)
        #expect(error?.description == "the MDP has no states")
    }

    @Test func stateWithNoActions() {
        let outcomes: [[[Outcome]]] = [[[o(0, 1)]], []]
        let error = mdpError { () throws(MDPError) -> TabularMDP in try TabularMDP(outcomes: outcomes, gamma: 0.9) }
        #expect(error == .noActions(state: 1))
        #expect(error?.description.contains("state 1") == true)
    }

    @Test func wrongTerminalFlagCount() {
        let error = mdpError { () throws(MDPError) -> TabularMDP in
            try TabularMDP(outcomes: Self.valid, isTerminal: [false, true, false], gamma: 0.9)
        }
        #expect(error == .terminalFlagsCount(expected: 2, got: 3))
        #expect(error?.description.contains("(2), got 3") == true)
    }

    @Test func startDistributionErrorDescription() {
        #expect(MDPError.invalidStartDistribution("sums to 2").description
            == "invalid start distribution: sums to 2")
    }

    @Test func rewardPerStateActionInitialiser() throws {
        let mdp = try TabularMDP(
            transitions: [[[(next: 0, probability: 0.25), (next: 1, probability: 0.75)]], [[(next: 1, probability: 1)]]],
            rewards: [[2], [0]], isTerminal: [false, true], gamma: 1)
        #expect(mdp.outcomes[0][0] == [o(0, 0.25, 2), o(1, 0.75, 2)])
        #expect(mdp.expectedReward(0, 0) == 2)
        // A missing reward is NaN and rejected.
        let error = mdpError { () throws(MDPError) -> TabularMDP in
            try TabularMDP(transitions: [[[(next: 0, probability: 1)]]], rewards: [[]], gamma: 0.5)
        }
        guard case .nonFiniteReward(0, 0, 0, let r)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(r.isNaN)
    }

    @Test func denseTransitionsAndRewards() throws {
        let mdp = try TabularMDP(outcomes: Self.valid, isTerminal: [false, true], gamma: 0.9)
        #expect(mdp.denseTransitions() == [[[0.5, 0.5], [0, 1]], [[0, 1]]])
        #expect(mdp.denseRewards() == [[1.5, -1], [0]])
    }

    @Test func duplicateNextStatesAddUp() throws {
        let outcomes: [[[Outcome]]] = [[[o(1, 0.25, 2), o(1, 0.25, 4), o(0, 0.5, 0)]], [[o(1, 1)]]]
        let mdp = try TabularMDP(outcomes: outcomes, isTerminal: [false, true], gamma: 1)
        #expect(mdp.probability(0, 0, 1) == 0.5)
        #expect(mdp.denseTransitions()[0][0] == [0.5, 0.5])
        #expect(mdp.expectedReward(0, 0) == 1.5)
        #expect(mdp.denseRewards() == [[1.5], [0]])
    }

    @Test func codableRoundTripRevalidates() throws {
        let mdp = try TabularMDP(outcomes: Self.valid, isTerminal: [false, true], gamma: 0.9)
        let data = try JSONEncoder().encode(mdp)
        let decoded = try JSONDecoder().decode(TabularMDP.self, from: data)
        #expect(decoded == mdp)

        let json = try #require(String(data: data, encoding: .utf8))
        let tampered = json.replacingOccurrences(of: "0.9", with: "1.5")
        #expect(tampered != json)
        #expect(throws: MDPError.gammaOutOfRange(1.5)) {
            try JSONDecoder().decode(TabularMDP.self, from: Data(tampered.utf8))
        }

        let badRow = #"{"outcomes":[[[{"next":0,"probability":0.5,"reward":0}]]],"isTerminal":[false],"gamma":0.5}"#
        #expect(throws: MDPError.rowNotDistribution(state: 0, action: 0, sum: 0.5)) {
            try JSONDecoder().decode(TabularMDP.self, from: Data(badRow.utf8))
        }
    }
}
