import RLCore
import RLHomework

// Part 1 — the regression targets of DQN and Double DQN.

extension HW5Solution {
    /// y_k = r_k + γ (1 − terminated_k) max_a' Q_θ⁻(s'_k, a'), the max over the target network;
    /// a truncated transition still bootstraps. README §1.
    func dqnTargets(_ batch: HW5.TargetBatch) throws -> [Double] {
        batch.transitions.map { e in
            let q = batch.target.forward(e.nextState)
            return e.reward + batch.gamma * q.max()!
        }
    }

    /// a*_k = argmax_a' Q_θ(s'_k, a') (online network), y_k = r_k + γ (1 − terminated_k) Q_θ⁻(s'_k, a*_k).
    /// README §1.
    func doubleDQNTargets(_ batch: HW5.TargetBatch) throws -> [Double] {
        batch.transitions.map { e in
            if e.terminated { return e.reward }
            let chosen = ActionSelection.greedyAction(batch.online.forward(e.nextState))
            return e.reward + batch.gamma * batch.target.forward(e.nextState)[chosen]
        }
    }
}
