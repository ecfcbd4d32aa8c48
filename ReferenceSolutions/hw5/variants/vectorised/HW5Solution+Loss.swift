import RLCore
import RLHomework

// Variant: the loss through a one-hot mask of the taken actions and a clipped error vector.

extension HW5Solution {
    func tdLoss(_ query: HW5.LossQuery) throws -> HW5.LossResult {
        let b = query.targets.count
        guard b > 0 else { return HW5.LossResult(loss: 0, gradient: []) }
        let taken = query.actions.indices.map { query.qValues[$0][query.actions[$0]] }
        let errors = VectorMath.sub(query.targets, taken)
        let delta = query.huberDelta ?? .infinity
        let losses = errors.map { abs($0) <= delta ? 0.5 * $0 * $0 : delta * (abs($0) - 0.5 * delta) }
        let clipped = errors.map { min(delta, max(-delta, $0)) }
        let gradient = query.qValues.indices.map { k in
            query.qValues[k].indices.map { a in a == query.actions[k] ? -clipped[k] / Double(b) : 0 }
        }
        return HW5.LossResult(loss: losses.reduce(0, +) / Double(b), gradient: gradient)
    }
}
