import RLCore
import RLHomework

// Part 7 — PPO-clip on CartPole-v1 (Algorithm 5.24 with GAE, value and entropy terms, minibatch epochs).

extension HW6Solution {
    /// PPO-clip on the relabelled CartPole-v1: `environments` × `stepsPerRollout` steps per rollout, GAE,
    /// `epochs` passes of `minibatches` shuffled minibatches through `ppoLoss`, per-network gradient
    /// clipping, Adam with a linearly decaying learning rate. README §7.
    func ppoCartPole(_ setup: HW6.CartPoleSetup) throws -> HW6.LearnerResult {
        // TODO: your code here (then run `rlgrade hw6`).
        throw NotImplemented("ppoCartPole(_:)")
    }
}
