import RLCore
import RLHomework

// Part 6 — the learners: REINFORCE with a baseline on the short corridor, A2C on CartPole-v1.

extension HW4Solution {
    /// REINFORCE with a baseline on `MDPEnvironment.shortCorridor()`; the same π(a) = softmax(θᵀx(a)) in
    /// every state; α decays linearly from `alphaTheta` to 0. Returns θ and every episode's return. README §6.
    func reinforceShortCorridor(_ setup: HW4.ShortCorridorSetup) throws -> HW4.ShortCorridorResult {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("reinforceShortCorridor(_:)")
    }

    /// A2C on CartPole-v1: `environments` CartPoles × `stepsPerUpdate` steps per update, `a2cLoss`, per-network
    /// gradient clipping, Adam with a linearly decaying learning rate, at most `environmentSteps` steps.
    /// Returns the actor's parameters and every finished episode's return. README §6.
    func a2cCartPole(_ setup: HW4.CartPoleSetup) throws -> HW4.CartPoleResult {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("a2cCartPole(_:)")
    }
}
