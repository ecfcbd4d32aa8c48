import Foundation
import RLCore
import RLHomework

// Part 9 — PPO with a diagonal Gaussian policy on Pendulum-v1.

extension HW6Solution {
    /// PPO-clip on the relabelled Pendulum-v1: μ(s) from the actor, a learned state-independent log σ,
    /// the clipped torque to the environment and the unclipped action in the ratio (`gaussianTerms`),
    /// GAE, minibatch epochs, per-network gradient clipping, Adam with a decaying learning rate. README §9.
    func ppoPendulum(_ setup: HW6.PendulumSetup) throws -> HW6.LearnerResult {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("ppoPendulum(_:)")
    }
}
