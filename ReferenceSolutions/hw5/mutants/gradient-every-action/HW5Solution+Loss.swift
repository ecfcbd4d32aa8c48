import RLCore
import RLHomework

// Part 2 — the TD loss (squared or Huber) and its gradient with respect to the network's outputs.

extension HW5Solution {
    /// L = (1/B) Σ_k ℓ(y_k − Q(s_k, a_k)) and ∂L/∂Q(s_k, a) = −(1/B) ℓ′(u_k) at a = a_k (0 elsewhere).
    /// README §2.
    func tdLoss(_ query: HW5.LossQuery) throws -> HW5.LossResult {
        let count = Double(query.targets.count)
        var loss = 0.0
        var gradient = query.qValues.map { [Double](repeating: 0, count: $0.count) }
        for k in query.targets.indices {
            let a = query.actions[k]
            let u = query.targets[k] - query.qValues[k][a]
            if let delta = query.huberDelta, abs(u) > delta {
                loss += delta * (abs(u) - 0.5 * delta)
                gradient[k][a] = -(u > 0 ? delta : -delta) / count
            } else {
                loss += 0.5 * u * u
                for b in gradient[k].indices { gradient[k][b] = -u / count }
            }
        }
        return HW5.LossResult(loss: count == 0 ? 0 : loss / count, gradient: gradient)
    }
}
