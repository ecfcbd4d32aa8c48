import RLCore
import RLHomework

// Part 1 — the regression targets of DQN and Double DQN.

extension HW5Solution {
    /// y_k = r_k + γ (1 − terminated_k) max_a' Q_θ⁻(s'_k, a'), the max over the target network;
    /// a truncated transition still bootstraps. README §1.
    func dqnTargets(_ batch: HW5.TargetBatch) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw5`).
        throw NotImplemented("dqnTargets(_:)")
    }

    /// a*_k = argmax_a' Q_θ(s'_k, a') (online network), y_k = r_k + γ (1 − terminated_k) Q_θ⁻(s'_k, a*_k).
    /// README §1.
    func doubleDQNTargets(_ batch: HW5.TargetBatch) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw5`).
        throw NotImplemented("doubleDQNTargets(_:)")
    }
}
