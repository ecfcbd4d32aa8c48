import Testing
import RLCore
@testable import RLGrader

@Suite struct TrainingCurveValidityTests {
    @Test func cartPoleCurves() {
        // A real curve, and one of rewards scaled down (a style, not a fabrication): both valid.
        #expect(TrainingCurveValidity.problem([9, 23, 500, 141], task: .cartPole, budget: 1_000) == nil)
        #expect(TrainingCurveValidity.problem([0.09, 0.23, 5], task: .cartPole, budget: 1_000) == nil)
        // Negative returns that keep a fabricated curve's sum inside the budget, over-500 returns,
        // non-finite ones and a curve longer than the budget are not.
        #expect(TrainingCurveValidity.problem([-5_000, 500, 500], task: .cartPole, budget: 1_000)?.contains("episode 1") == true)
        #expect(TrainingCurveValidity.problem([10, 501], task: .cartPole, budget: 1_000)?.contains("episode 2") == true)
        #expect(TrainingCurveValidity.problem([10, .nan], task: .cartPole, budget: 1_000)?.contains("finite") == true)
        #expect(TrainingCurveValidity.problem([500, 500, 1], task: .cartPole, budget: 1_000)?.contains("budget") == true)
    }

    @Test func pendulumCurves() {
        #expect(TrainingCurveValidity.problem([-1_500, -900.5, -120], task: .pendulum, budget: 600) == nil)
        // The worst possible 200-step return is −200 (π² + 0.1·8² + 0.001·2²) ≈ −3,254.7.
        #expect(TrainingCurveValidity.problem([-3_254.7], task: .pendulum, budget: 200) == nil)
        // An episode of 200 worst steps, summed as a learner sums its rewards, is possible.
        let worstStep = Pendulum.reward(theta: .pi, thetaDot: Pendulum.maxSpeed, torque: 5)
        let worstEpisode = (0..<200).reduce(0.0) { total, _ in total + worstStep }
        #expect(TrainingCurveValidity.problem([worstEpisode], task: .pendulum, budget: 200) == nil)
        #expect(TrainingCurveValidity.problem([-3_300], task: .pendulum, budget: 200) != nil)
        #expect(TrainingCurveValidity.problem([-100, 3], task: .pendulum, budget: 400) != nil)
        #expect(TrainingCurveValidity.problem([-100, -100, -100], task: .pendulum, budget: 400)?.contains("budget") == true)
    }
}
