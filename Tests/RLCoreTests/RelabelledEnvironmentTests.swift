import Testing
import Foundation
@testable import RLCore

@Suite struct RelabelledEnvironmentTests {
    @Test func observationFollowsTheDocumentedFormula() {
        let r = Relabelling(observationPermutation: [2, 0, 3, 1], observationSigns: [1, -1, -1, 1],
                            actionPermutation: [1, 0], actionSign: 1)
        let truth = [10.0, 20, 30, 40]
        // seen[i] = signs[i] · true[perm[i]]
        #expect(r.observation(truth) == [30, -10, -40, 20])
        #expect(r.trueObservation(r.observation(truth)) == truth)
        #expect(r.action(0) == 1 && r.action(1) == 0)
        #expect(r.chosenAction(forTrueAction: 1) == 0)
        #expect(!r.isIdentity)
    }

    @Test func identityChangesNothing() {
        let r = Relabelling.identity(observationSize: 3, actionCount: nil)
        #expect(r.observation([1, 2, 3]) == [1, 2, 3])
        #expect(r.action(0.7) == 0.7)
        #expect(r.actionPermutation.isEmpty && r.actionSign == 1 && r.isIdentity)
        #expect(Relabelling.identity(observationSize: 4, actionCount: 2).actionPermutation == [0, 1])
    }

    @Test func randomIsSeededValidAndNeverTheIdentity() {
        var seenSwap = false, seenKeep = false, seenFlip = false
        for seed in UInt64(0)..<200 {
            let r = Relabelling.random(seed: seed, observationSize: 4, actionCount: 2)
            #expect(r == Relabelling.random(seed: seed, observationSize: 4, actionCount: 2))
            #expect(r.observationPermutation.sorted() == [0, 1, 2, 3])
            #expect(r.observationSigns.allSatisfy { $0 == 1 || $0 == -1 })
            #expect(r.actionPermutation.sorted() == [0, 1] && r.actionSign == 1)
            #expect(!r.isIdentity)
            if r.actionPermutation == [1, 0] { seenSwap = true } else { seenKeep = true }
            let continuous = Relabelling.random(seed: seed, observationSize: 3, actionCount: nil)
            #expect(continuous.actionPermutation.isEmpty && !continuous.isIdentity)
            if continuous.actionSign == -1 { seenFlip = true }
        }
        #expect(seenSwap && seenKeep && seenFlip)
        // Actions only (integer states): the only non-identity choice is the swap.
        #expect(Relabelling.random(seed: 5, observationSize: 0, actionCount: 2).actionPermutation == [1, 0])
    }

    @Test func cartPoleThroughTheWrapperIsTheRelabelledCartPole() {
        let r = Relabelling.random(seed: 9, observationSize: 4, actionCount: 2)
        var wrapped = RelabelledEnvironment(CartPole(), relabelling: r)
        var plain = CartPole()
        #expect(wrapped.reset(seed: 3) == r.observation(plain.reset(seed: 3)))
        for k in 0..<30 {
            let chosen = k % 3 == 0 ? 0 : 1
            let a = wrapped.step(chosen)
            let b = plain.step(r.action(chosen))
            #expect(a.observation == r.observation(b.observation))
            #expect(a.reward == b.reward && a.terminated == b.terminated && a.truncated == b.truncated)
            if a.isDone { break }
        }
        #expect(wrapped.actionCount == 2)
    }

    @Test func pendulumFlipsTheTorque() {
        let r = Relabelling(observationPermutation: [1, 2, 0], observationSigns: [-1, 1, 1],
                            actionPermutation: [], actionSign: -1)
        var wrapped = RelabelledEnvironment(Pendulum(), relabelling: r)
        var plain = Pendulum()
        #expect(wrapped.reset(seed: 4) == r.observation(plain.reset(seed: 4)))
        let a = wrapped.step(1.5)
        let b = plain.step(-1.5)
        #expect(a.observation == r.observation(b.observation) && a.reward == b.reward)
    }

    @Test func integerStatesKeepTheirIndexAndActionsArePermuted() {
        let swap = Relabelling(observationPermutation: [], observationSigns: [], actionPermutation: [1, 0], actionSign: 1)
        var wrapped = RelabelledEnvironment(MDPEnvironment.shortCorridor(), relabelling: swap)
        var plain = MDPEnvironment.shortCorridor()
        #expect(wrapped.reset(seed: 1) == plain.reset(seed: 1))
        let a = wrapped.step(1)  // the corridor receives 0
        let b = plain.step(0)
        #expect(a == b)
    }

    @Test func codableRoundTrip() throws {
        let r = Relabelling.random(seed: 2, observationSize: 4, actionCount: 2)
        let data = try JSONEncoder().encode(r)
        #expect(try JSONDecoder().decode(Relabelling.self, from: data) == r)
    }
}


