import RLCore
import RLHomework

// Part 6 — DQN (and Double DQN) on CartPole-v1, relabelled.

extension HW5Solution {
    /// DQN on `RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)`: ε-greedy acting, a
    /// replay buffer, minibatch targets (`dqnTargets` or `doubleDQNTargets`), `tdLoss`, one Adam step
    /// every `trainEvery` steps, `updateTarget` after each gradient step. Returns the online network's
    /// parameters and every finished episode's return. README §6.
    func dqnCartPole(_ setup: HW5.DQNSetup) throws -> HW5.DQNResult {
        // TODO: your code here (then run `rlgrade hw5`).
        throw NotImplemented("dqnCartPole(_:)")
    }
}
