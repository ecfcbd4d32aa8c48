import RLCore
import RLHomework

/// The parent's own hw5 computations (trusted, never sent to a child): the exact values and properties
/// the checks judge students' outputs with, written as the protocol documents them.
enum HW5Judge {
    // MARK: Targets

    /// y_k = r_k + γ (1 − terminated_k) max_a' Q_θ⁻(s'_k, a').
    static func dqnTargets(_ batch: HW5.TargetBatch) -> [Double] {
        batch.transitions.map { e in
            e.terminated ? e.reward : e.reward + batch.gamma * batch.target.forward(e.nextState).max()!
        }
    }

    /// y_k = r_k + γ (1 − terminated_k) Q_θ⁻(s'_k, argmax_a' Q_θ(s'_k, a')).
    static func doubleDQNTargets(_ batch: HW5.TargetBatch) -> [Double] {
        batch.transitions.map { e in
            if e.terminated { return e.reward }
            let chosen = ActionSelection.greedyAction(batch.online.forward(e.nextState))
            return e.reward + batch.gamma * batch.target.forward(e.nextState)[chosen]
        }
    }

    /// True for transition k when the online and the target network's argmax at s'_k differ.
    static func argmaxesDiffer(_ batch: HW5.TargetBatch) -> [Bool] {
        batch.transitions.map { e in
            ActionSelection.greedyAction(batch.online.forward(e.nextState))
                != ActionSelection.greedyAction(batch.target.forward(e.nextState))
        }
    }

    // MARK: Loss

    /// ℓ(u): ½u², or Huber with δ.
    static func pointLoss(_ u: Double, delta: Double?) -> Double {
        if let delta, abs(u) > delta { return delta * (abs(u) - 0.5 * delta) }
        return 0.5 * u * u
    }

    /// L(Q) = (1/B) Σ_k ℓ(y_k − Q[k][a_k]) for the given output rows (targets fixed).
    static func loss(_ query: HW5.LossQuery, qValues: [[Double]]) -> Double {
        guard !query.targets.isEmpty else { return 0 }
        var total = 0.0
        for k in query.targets.indices {
            total += pointLoss(query.targets[k] - qValues[k][query.actions[k]], delta: query.huberDelta)
        }
        return total / Double(query.targets.count)
    }

    /// ∂L/∂Q[k][a] = −(1/B) ℓ′(u_k) at a = a_k, 0 elsewhere.
    static func lossGradient(_ query: HW5.LossQuery) -> [[Double]] {
        let count = Double(query.targets.count)
        var gradient = query.qValues.map { [Double](repeating: 0, count: $0.count) }
        for k in query.targets.indices {
            let a = query.actions[k]
            var u = query.targets[k] - query.qValues[k][a]
            if let delta = query.huberDelta { u = min(delta, max(-delta, u)) }
            gradient[k][a] = -u / count
        }
        return gradient
    }

    /// Central finite differences of ``loss(_:qValues:)`` with respect to every Q[k][a].
    static func finiteDifferenceLossGradient(_ query: HW5.LossQuery, step: Double = 1e-6) -> [[Double]] {
        query.qValues.indices.map { k in
            query.qValues[k].indices.map { a in
                var plus = query.qValues, minus = query.qValues
                plus[k][a] += step
                minus[k][a] -= step
                return (loss(query, qValues: plus) - loss(query, qValues: minus)) / (2 * step)
            }
        }
    }

    // MARK: Dueling

    /// Q = V + (A − mean A) or V + (A − max A), row by row.
    static func dueling(values: [Double], advantages: [[Double]], aggregation: HW5.Aggregation) -> [[Double]] {
        zip(values, advantages).map { v, a in
            let baseline = aggregation == .mean ? a.reduce(0, +) / Double(a.count) : a.max()!
            return a.map { v + ($0 - baseline) }
        }
    }

    /// Σ_k Σ_a g[k][a] Q[k][a], the scalar whose gradient the backward pass returns.
    static func duelingObjective(_ query: HW5.DuelingQuery, values: [Double], advantages: [[Double]]) -> Double {
        let q = dueling(values: values, advantages: advantages, aggregation: query.aggregation)
        var total = 0.0
        for k in q.indices { total += VectorMath.dot(q[k], query.outputGradient[k]) }
        return total
    }

    /// ∂/∂V and ∂/∂A of ``duelingObjective(_:values:advantages:)`` by central finite differences.
    static func finiteDifferenceDueling(_ query: HW5.DuelingQuery, step: Double = 1e-6) -> HW5.DuelingGradients {
        let valueGradient = query.values.indices.map { k -> Double in
            var plus = query.values, minus = query.values
            plus[k] += step
            minus[k] -= step
            return (duelingObjective(query, values: plus, advantages: query.advantages)
                - duelingObjective(query, values: minus, advantages: query.advantages)) / (2 * step)
        }
        let advantageGradient = query.advantages.indices.map { k in
            query.advantages[k].indices.map { a -> Double in
                var plus = query.advantages, minus = query.advantages
                plus[k][a] += step
                minus[k][a] -= step
                return (duelingObjective(query, values: query.values, advantages: plus)
                    - duelingObjective(query, values: query.values, advantages: minus)) / (2 * step)
            }
        }
        return HW5.DuelingGradients(valueGradient: valueGradient, advantageGradient: advantageGradient)
    }

    // MARK: Schedules

    /// ε(t) = ε_start + (ε_end − ε_start) min(1, t / decaySteps).
    static func epsilon(_ schedule: HW5.EpsilonSchedule, step: Int) -> Double {
        schedule.start + (schedule.end - schedule.start) * min(1, Double(step) / Double(schedule.decaySteps))
    }

    /// θ⁻ after every step of the query, by the documented rule.
    static func targetHistory(_ query: HW5.TargetScheduleQuery) -> [[Double]] {
        var target = query.initialTarget
        return query.onlineParameters.enumerated().map { i, online in
            switch query.rule {
            case .hard(let period): if (i + 1) % period == 0 { target = online }
            case .soft(let tau): target = zip(online, target).map { tau * $0 + (1 - tau) * $1 }
            }
            return target
        }
    }

    /// A stored transition's identity: the fixtures give every pushed transition a unique reward.
    static func identity(_ e: HW5.Transition) -> Double { e.reward }
}
