import RLCore
import RLHomework

// Part 8 — TRPO on CartPole-v1 (Algorithm 5.22).

extension HW6Solution {
    func trpoCartPole(_ setup: HW6.TRPOSetup) throws -> HW6.LearnerResult {
        // BEGIN SOLUTION throw NotImplemented("trpoCartPole(_:)")
        throw NotImplemented("trpoCartPole(_:)")
        // END SOLUTION
    }
}
