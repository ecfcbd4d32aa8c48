import RLCore
import Testing
@testable import RLGrader

@Suite struct MDPJudgeTests {
    let gridworld = GridWorld.suttonBarto4x4()

    @Test func exactEvaluationOfTheRandomPolicyOnThe4x4Gridworld() throws {
        let mdp = gridworld.model
        let uniform = (0..<mdp.stateCount).map { s in Array(repeating: 1.0 / Double(mdp.actionCount(s)), count: mdp.actionCount(s)) }
        let v = try MDPJudge.evaluate(mdp, policy: uniform)
        let book: [Double] = [0, -14, -20, -22, -14, -18, -20, -20, -20, -20, -18, -14, -22, -20, -14, 0]
        #expect(MDPJudge.maxDifference(v, book) < 1e-9)
        #expect(MDPJudge.maxDifference(MDPJudge.expectationBackup(mdp, policy: uniform, v), v) < 1e-9)
    }

    @Test func optimalValuesOfThe4x4GridworldAreMinusTheDistance() {
        let v = MDPJudge.optimalValues(gridworld.model)
        let distance: [Double] = [0, 1, 2, 3, 1, 2, 3, 2, 2, 3, 2, 1, 3, 2, 1, 0]
        #expect(MDPJudge.maxDifference(v, distance.map { -$0 }) < 1e-12)
    }

    @Test func frozenLakeOptimalStartValue() {
        let v = MDPJudge.optimalValues(GridWorld.frozenLake4x4().model)
        #expect(abs(v[0] - 0.542026) < 1e-6)
    }

    @Test func improperPolicyIsReported() {
        // Always "up" from the top row never terminates with γ = 1.
        let mdp = gridworld.model
        let up = (0..<mdp.stateCount).map { _ in [1.0, 0, 0, 0] }
        #expect(throws: MDPJudge.EvaluationError.self) { try MDPJudge.evaluate(mdp, policy: up) }
    }
}
