import RLCore
import RLHomework

// Part 9 — PPO with a diagonal Gaussian policy on Pendulum-v1.

extension HW6Solution {
    func ppoPendulum(_ setup: HW6.PendulumSetup) throws -> HW6.LearnerResult {
        // BEGIN SOLUTION throw NotImplemented("ppoPendulum(_:)")
        throw NotImplemented("ppoPendulum(_:)")
        // END SOLUTION
    }
}
