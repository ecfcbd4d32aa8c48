import Foundation
import RLCore
import RLHomework

/// Seeded inputs shared by the hw6 checks. Numbers are rounded so that a failing input can be copied
/// into a test by hand; ratios are kept at least 0.01 away from the clip boundaries 1 ± ε, where the
/// objective has a kink.
enum HW6Fixtures {
    static func rounded(_ x: Double, _ places: Double = 100) -> Double { (x * places).rounded() / places }

    /// A ratio in [lo, hi] at least 0.01 away from 1 ± ε.
    static func ratio(_ rng: inout SeededGenerator, epsilon: Double, lo: Double = 0.5, hi: Double = 1.6) -> Double {
        while true {
            let r = rounded(rng.uniform(lo, hi), 1000)
            if abs(r - (1 - epsilon)) >= 0.01 && abs(r - (1 + epsilon)) >= 0.01 { return r }
        }
    }

    static func clipBatch(_ rng: inout SeededGenerator, epsilon: Double? = nil) -> HW6.ClipBatch {
        let eps = epsilon ?? [0.1, 0.2, 0.3][rng.int(below: 3)]
        let n = 3 + rng.int(below: 10)
        let old = (0..<n).map { _ in rounded(rng.uniform(-2.5, -0.05)) }
        let ratios = (0..<n).map { _ in ratio(&rng, epsilon: eps) }
        let advantages = (0..<n).map { _ in rounded(rng.uniform(-2, 2)) }
        return HW6.ClipBatch(logProbs: zip(old, ratios).map { $0 + log($1) }, oldLogProbs: old,
                             advantages: advantages, epsilon: eps)
    }

    /// A PPO batch whose ratios stay away from the kinks (the old log-probabilities are derived from the
    /// new ones and a chosen ratio) and whose values stay away from the value-clip kinks.
    static func ppoBatch(_ rng: inout SeededGenerator, clipValues: Bool, c1: Double = 0.5, c2: Double = 0.01) -> HW6.PPOBatch {
        let eps = [0.1, 0.2][rng.int(below: 2)]
        let n = 2 + rng.int(below: 6), actions = 2 + rng.int(below: 3)
        let logits = (0..<n).map { _ in (0..<actions).map { _ in rounded(rng.uniform(-2, 2)) } }
        let chosen = (0..<n).map { _ in rng.int(below: actions) }
        var old: [Double] = []
        for t in 0..<n {
            old.append(Categorical(logits: logits[t]).logProb(chosen[t]) - log(ratio(&rng, epsilon: eps)))
        }
        var values: [Double] = [], oldValues: [Double] = [], targets: [Double] = []
        for _ in 0..<n {
            let o = rounded(rng.uniform(-2, 2))
            var d = 0.0
            repeat { d = rounded(rng.uniform(-0.6, 0.6)) } while abs(abs(d) - eps) < 0.02
            oldValues.append(o)
            values.append(o + d)
            targets.append(rounded(rng.uniform(-2.5, 2.5)))
        }
        return HW6.PPOBatch(
            logits: logits, actions: chosen, oldLogProbs: old, advantages: (0..<n).map { _ in rounded(rng.uniform(-2, 2)) },
            values: values, oldValues: oldValues, targets: targets, epsilon: eps, valueCoefficient: c1,
            entropyCoefficient: c2, clipValues: clipValues)
    }

    static func penaltyBatch(_ rng: inout SeededGenerator) -> HW6.PenaltyBatch {
        let n = 2 + rng.int(below: 6), actions = 2 + rng.int(below: 3)
        let old = (0..<n).map { _ in (0..<actions).map { _ in rounded(rng.uniform(-2, 2)) } }
        let new = old.map { row in row.map { rounded($0 + rng.uniform(-0.8, 0.8)) } }
        return HW6.PenaltyBatch(
            logits: new, oldLogits: old, actions: (0..<n).map { _ in rng.int(below: actions) },
            advantages: (0..<n).map { _ in rounded(rng.uniform(-2, 2)) }, beta: [0.5, 1, 3][rng.int(below: 3)])
    }

    /// A small categorical MLP policy with logits far enough from uniform to matter.
    static func policy(_ rng: inout SeededGenerator, inputs: Int, hidden: Int, actions: Int) -> MLP {
        var net = MLP(layerSizes: [inputs, hidden, actions], seed: rng.next())
        net.parameters = net.parameters.map { 2 * $0 }
        return net
    }

    static func states(_ rng: inout SeededGenerator, count: Int, size: Int) -> [[Double]] {
        (0..<count).map { _ in (0..<size).map { _ in rounded(rng.uniform(-1.5, 1.5)) } }
    }

    /// A random SPD matrix Q diag(λ) Qᵀ with eigenvalues in [lo, hi] (Q from Gram–Schmidt).
    static func spd(_ rng: inout SeededGenerator, size n: Int, lo: Double = 0.5, hi: Double = 5) -> Matrix {
        var q: [[Double]] = []
        while q.count < n {
            var v = (0..<n).map { _ in rng.uniform(-1, 1) }
            for u in q { VectorMath.axpy(-VectorMath.dot(u, v), u, &v) }
            let norm = VectorMath.norm2(v)
            if norm > 1e-3 { q.append(v.map { $0 / norm }) }
        }
        let eigen = (0..<n).map { _ in rng.uniform(lo, hi) }
        var m = Matrix(rows: n, cols: n) { i, j in (0..<n).reduce(0) { $0 + q[$1][i] * eigen[$1] * q[$1][j] } }
        for i in 0..<n { for j in 0..<i { let s = (m[i, j] + m[j, i]) / 2; m[i, j] = s; m[j, i] = s } }
        return m
    }

    static func gaussianQuery(_ rng: inout SeededGenerator, dimension: Int) -> HW6.GaussianQuery {
        let oldMean = (0..<dimension).map { _ in rounded(rng.uniform(-1.5, 1.5)) }
        let oldLogStd = (0..<dimension).map { _ in rounded(rng.uniform(-1, 0.5)) }
        let mean = oldMean.map { rounded($0 + rng.uniform(-0.5, 0.5)) }
        let logStd = oldLogStd.map { rounded($0 + rng.uniform(-0.3, 0.3)) }
        // Sampled from π_old, often beyond the bound 2 (the old policy is wide and off-centre).
        let action = (0..<dimension).map { i in rounded(oldMean[i] + exp(oldLogStd[i]) * 2 * rng.normal()) }
        return HW6.GaussianQuery(mean: mean, logStd: logStd, oldMean: oldMean, oldLogStd: oldLogStd, action: action, actionBound: 2)
    }

    // MARK: Descriptions

    static func describe(_ b: HW6.ClipBatch) -> String {
        let ratios = zip(b.logProbs, b.oldLogProbs).map { rounded(exp($0 - $1), 1000) }
        return "ε = \(Show.number(b.epsilon)), N = \(b.logProbs.count), ratios ℓ ≈ \(Show.vector(ratios, limit: 8)), advantages \(Show.vector(b.advantages, limit: 8))"
    }

    static func describe(_ b: HW6.PPOBatch) -> String {
        "N = \(b.actions.count) steps, \(b.logits.first?.count ?? 0) actions, ε = \(Show.number(b.epsilon)), c₁ = \(Show.number(b.valueCoefficient)), c₂ = \(Show.number(b.entropyCoefficient)), clipValues = \(b.clipValues), actions \(Show.ints(b.actions)), advantages \(Show.vector(b.advantages, limit: 6))"
    }

    static func describe(_ b: HW6.PenaltyBatch) -> String {
        "N = \(b.actions.count) steps, \(b.logits.first?.count ?? 0) actions, β = \(Show.number(b.beta)), actions \(Show.ints(b.actions)), advantages \(Show.vector(b.advantages, limit: 6)), first logits \(Show.vector(b.logits[0])) (old \(Show.vector(b.oldLogits[0])))"
    }

    static func describe(_ q: HW6.GaussianQuery) -> String {
        "μ = \(Show.vector(q.mean)), log σ = \(Show.vector(q.logStd)), μ_old = \(Show.vector(q.oldMean)), log σ_old = \(Show.vector(q.oldLogStd)), a = \(Show.vector(q.action)) (bound ±\(Show.number(q.actionBound)))"
    }
}
