import Foundation
import Testing
@testable import RLCore

/// Builds a policy and returns the error it throws, or nil.
private func policyError(_ build: () throws(PolicyError) -> TabularPolicy) -> PolicyError? {
    do {
        _ = try build()
        return nil
    } catch {
        return error
    }
}

/// Two non-terminal states with 2 and 3 actions, and a terminal state with 1 action.
private func sampleMDP() throws -> TabularMDP {
    let o = { (next: Int, p: Double) in Outcome(next: next, probability: p, reward: 1) }
    return try TabularMDP(
        outcomes: [[[o(1, 1)], [o(2, 1)]], [[o(2, 1)], [o(0, 1)], [o(1, 0.5), o(2, 0.5)]], [[o(2, 1)]]],
        isTerminal: [false, false, true], gamma: 1)
}

@Suite struct PolicyTests {
    @Test func validPolicy() throws {
        let pi = try TabularPolicy(probabilities: [[0.5, 0.5], [0.25, 0.25, 0.5], [1]])
        #expect(pi.stateCount == 3)
        #expect(pi.actionCount(1) == 3)
        #expect(pi.probability(1, 2) == 0.5)
        #expect(pi.deterministicActions == nil)
    }

    @Test func invalidRowsNameStateAndAction() throws {
        #expect(policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy(probabilities: []) } == .noStates)

        var error = policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy(probabilities: [[1], []]) }
        #expect(error == .noActions(state: 1))
        #expect(error?.description.contains("s=1") == true)

        error = policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy(probabilities: [[1], [-0.5, 1.5]]) }
        #expect(error == .invalidProbability(state: 1, action: 0, probability: -0.5))
        #expect(error?.description.contains("π(a=0|s=1)") == true)

        error = policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy(probabilities: [[0, .infinity]]) }
        #expect(error == .invalidProbability(state: 0, action: 1, probability: .infinity))

        let nanError = try #require(policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy(probabilities: [[1], [0.5, .nan]]) })
        guard case .invalidProbability(1, 1, let p) = nanError else {
            Issue.record("unexpected error \(nanError)")
            return
        }
        #expect(p.isNaN)
        #expect(nanError.description.contains("π(a=1|s=1)"))

        error = policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy(probabilities: [[0.5, 0.25], [1]]) }
        #expect(error == .rowNotDistribution(state: 0, sum: 0.75))
        #expect(error?.description.contains("π(·|s=0) sums to 0.75") == true)
    }

    @Test func sumTolerance() {
        #expect(policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy(probabilities: [[0.5, 0.5 + 5e-10]]) } == nil)
        let tooBig = 0.5 + 2e-9
        #expect(policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy(probabilities: [[0.5, tooBig]]) }
            == .rowNotDistribution(state: 0, sum: 0.5 + tooBig))
    }

    @Test func deterministicPolicies() throws {
        let pi = try TabularPolicy.deterministic(actions: [1, 0, 2], actionCounts: [2, 1, 3])
        #expect(pi.probabilities == [[0, 1], [1], [0, 0, 1]])
        #expect(pi.deterministicActions == [1, 0, 2])

        var error = policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy.deterministic(actions: [1, 3], actionCounts: [2, 3]) }
        #expect(error == .actionOutOfRange(state: 1, action: 3, actionCount: 3))
        #expect(error?.description.contains("state 1") == true)
        error = policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy.deterministic(actions: [-1], actionCounts: [2]) }
        #expect(error == .actionOutOfRange(state: 0, action: -1, actionCount: 2))
        error = policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy.deterministic(actions: [0], actionCounts: [2, 2]) }
        #expect(error == .stateCountMismatch(expected: 2, got: 1))
        error = policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy.deterministic(actions: [0, 0], actionCounts: [1, 0]) }
        #expect(error == .noActions(state: 1))
    }

    @Test func deterministicActionsNeedsEveryRowOneHot() throws {
        #expect(try TabularPolicy(probabilities: [[0, 1, 0], [1]]).deterministicActions == [1, 0])
        #expect(try TabularPolicy(probabilities: [[0, 1, 0], [0.5, 0.5]]).deterministicActions == nil)
    }

    @Test func uniformPolicyAndValidation() throws {
        let mdp = try sampleMDP()
        let pi = TabularPolicy(uniformFor: mdp)
        let third: Double = 1.0 / 3
        let expected: [[Double]] = [[0.5, 0.5], [third, third, third], [1]]
        #expect(pi.probabilities == expected)
        #expect(throws: Never.self) { try pi.validate(for: mdp) }
        // A uniform policy passes the validating initialiser too.
        #expect(policyError { () throws(PolicyError) -> TabularPolicy in try TabularPolicy(probabilities: pi.probabilities) } == nil)

        let tooFew = try TabularPolicy(probabilities: [[1, 0], [1, 0, 0]])
        #expect(throws: PolicyError.stateCountMismatch(expected: 3, got: 2)) { try tooFew.validate(for: mdp) }
        let wrongRow = try TabularPolicy(probabilities: [[1, 0], [1, 0], [1]])
        #expect(throws: PolicyError.actionCountMismatch(state: 1, expected: 3, got: 2)) {
            try wrongRow.validate(for: mdp)
        }
        #expect(PolicyError.actionCountMismatch(state: 1, expected: 3, got: 2).description
            == "π(·|s=1) has 2 actions, but state 1 has 3")
    }

    @Test func greedyBreaksTiesTowardTheLowestIndex() {
        let pi = TabularPolicy.greedy(from: [[1, 3, 3], [-2, -1], [0]])
        #expect(pi.probabilities == [[0, 1, 0], [0, 1], [1]])
        #expect(pi.deterministicActions == [1, 1, 0])
    }

    @Test func epsilonGreedyProbabilities() {
        let pi = TabularPolicy.epsilonGreedy(from: [[0, 5, 5, 1], [2]], epsilon: 0.5)
        #expect(pi.probabilities == [[0.125, 0.625, 0.125, 0.125], [1]])
        #expect(TabularPolicy.epsilonGreedy(from: [[1, 2]], epsilon: 0).probabilities == [[0, 1]])
        #expect(TabularPolicy.epsilonGreedy(from: [[1, 2]], epsilon: 1).probabilities == [[0.5, 0.5]])
        #expect(ActionSelection.epsilonGreedyProbabilities([3, 1, 3], epsilon: 0.75) == [0.5, 0.25, 0.25])
    }

    @Test func softmaxPolicy() {
        let pi = TabularPolicy.softmax(preferences: [[0, log(2)], [1000, 1000], [5]])
        #expect(abs(pi.probabilities[0][0] - 1.0 / 3) < 1e-12)
        #expect(abs(pi.probabilities[0][1] - 2.0 / 3) < 1e-12)
        #expect(pi.probabilities[1] == [0.5, 0.5])
        #expect(pi.probabilities[2] == [1])
        // Temperature 2 halves the preferences: exp(2 ln 2 / 2) = 2.
        let hot = TabularPolicy.softmax(preferences: [[0, 2 * log(2)]], temperature: 2)
        #expect(abs(hot.probabilities[0][1] - 2.0 / 3) < 1e-12)
    }

    @Test func softmaxIsStable() {
        let p = ActionSelection.softmax([1e308, -1e308, .infinity * -1])
        #expect(p == [1, 0, 0])
        let q = ActionSelection.softmax([-1000, -1000, -1000, -1000])
        #expect(q == [0.25, 0.25, 0.25, 0.25])
        let cold = ActionSelection.softmax([1, 2], temperature: 1e-3)
        #expect(cold[1] == 1)
        let r = ActionSelection.softmax([0.3, -1.2, 2.5, 0.1], temperature: 0.7)
        #expect(abs(r.reduce(0, +) - 1) < 1e-12)
        #expect(r.allSatisfy { $0 > 0 })
    }

    @Test func greedyActionAndMaximizingActions() {
        #expect(ActionSelection.greedyAction([1, 3, 3]) == 1)
        #expect(ActionSelection.greedyAction([7]) == 0)
        #expect(ActionSelection.greedyAction([-5, -3, -3, -4]) == 1)
        #expect(ActionSelection.greedyAction([.nan, 2, 1]) == 1)
        #expect(ActionSelection.greedyAction([1, .nan, 2]) == 2)
        #expect(ActionSelection.greedyAction([.nan, .nan]) == 0)
        #expect(ActionSelection.greedyAction([-.infinity, -.infinity, -1]) == 2)

        #expect(ActionSelection.maximizingActions([1, 1 - 1e-12, 0.5, 1]) == [0, 1, 3])
        #expect(ActionSelection.maximizingActions([1, 1 - 1e-12, 0.5, 1], tolerance: 0) == [0, 3])
        #expect(ActionSelection.maximizingActions([1, 0.9, 0.5], tolerance: 0.2) == [0, 1])
        #expect(ActionSelection.maximizingActions([.nan, 4, 4]) == [1, 2])
        #expect(ActionSelection.maximizingActions([.infinity, 3, .infinity]) == [0, 2])
        #expect(ActionSelection.maximizingActions([.nan]) == [])
    }

    @Test func sampling() throws {
        let det = try TabularPolicy.deterministic(actions: [2], actionCounts: [3])
        var rng = SeededGenerator(seed: 1)
        for _ in 0..<100 { #expect(det.sample(0, using: &rng) == 2) }

        let pi = try TabularPolicy(probabilities: [[0.25, 0.75], [1]])
        var a = SeededGenerator(seed: 2), b = SeededGenerator(seed: 2)
        var ones = 0
        for _ in 0..<20_000 {
            let x = pi.sample(0, using: &a)
            #expect(x == b.categorical([0.25, 0.75]))
            if x == 1 { ones += 1 }
        }
        #expect(abs(Double(ones) / 20_000 - 0.75) < 0.015)
        #expect(pi.sample(1, using: &a) == 0)
    }

    @Test func codableRoundTripRevalidates() throws {
        let pi = try TabularPolicy(probabilities: [[0.25, 0.75], [1]])
        let data = try JSONEncoder().encode(pi)
        #expect(try JSONDecoder().decode(TabularPolicy.self, from: data) == pi)

        let tampered = #"{"probabilities":[[0.25,0.75],[0.5,0.75]]}"#
        #expect(throws: PolicyError.rowNotDistribution(state: 1, sum: 1.25)) {
            try JSONDecoder().decode(TabularPolicy.self, from: Data(tampered.utf8))
        }
        let negative = #"{"probabilities":[[1.5,-0.5]]}"#
        #expect(throws: PolicyError.invalidProbability(state: 0, action: 1, probability: -0.5)) {
            try JSONDecoder().decode(TabularPolicy.self, from: Data(negative.utf8))
        }
    }
}
