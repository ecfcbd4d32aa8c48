import RLCore
import RLHomework

extension HW3Solution {
    func epsilonGreedy(q: [Double], epsilon: Double, using rng: inout SeededGenerator) throws -> Int {
        // TODO: your code here (then run `rlgrade hw3`).
        throw NotImplemented("epsilonGreedy(q:epsilon:using:)")
    }

    func sarsaUpdate(q: [[Double]], transition: HW3.Transition, nextAction: Int, alpha: Double, gamma: Double) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw3`).
        throw NotImplemented("sarsaUpdate(q:transition:nextAction:alpha:gamma:)")
    }

    func qLearningUpdate(q: [[Double]], transition: HW3.Transition, alpha: Double, gamma: Double) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw3`).
        throw NotImplemented("qLearningUpdate(q:transition:alpha:gamma:)")
    }

    func expectedSarsaUpdate(
        q: [[Double]], transition: HW3.Transition, epsilon: Double, alpha: Double, gamma: Double
    ) throws -> [[Double]] {
        // TODO: your code here (then run `rlgrade hw3`).
        throw NotImplemented("expectedSarsaUpdate(q:transition:epsilon:alpha:gamma:)")
    }
}
