import Foundation
import RLCore
import RLHomework

/// The parent's own hw6 computations (trusted, never sent to a child), written from the definitions
/// in the protocol's documentation, case by case rather than the way a solution would vectorise them.
enum HW6Judge {
    // MARK: PPO-clip

    struct ClipTerm {
        var ratio: Double, objective: Double, gradient: Double
    }

    /// One step's contribution to L^CLIP (not yet divided by N) and its gradient w.r.t. log π_θ (× N).
    static func clipTerm(logProb: Double, oldLogProb: Double, advantage a: Double, epsilon: Double) -> ClipTerm {
        let r = exp(logProb - oldLogProb)
        let clippedRatio = r < 1 - epsilon ? 1 - epsilon : (r > 1 + epsilon ? 1 + epsilon : r)
        let objective = Swift.min(r * a, clippedRatio * a)
        // Flat exactly where the clipped term is strictly the smaller one.
        let flat = (a > 0 && r > 1 + epsilon) || (a < 0 && r < 1 - epsilon)
        return ClipTerm(ratio: r, objective: objective, gradient: flat ? 0 : r * a)
    }

    static func clip(_ b: HW6.ClipBatch) -> HW6.ClipResult {
        let n = Double(b.logProbs.count)
        let terms = b.logProbs.indices.map { clipTerm(logProb: b.logProbs[$0], oldLogProb: b.oldLogProbs[$0], advantage: b.advantages[$0], epsilon: b.epsilon) }
        let logRatios = b.logProbs.indices.map { b.logProbs[$0] - b.oldLogProbs[$0] }
        return HW6.ClipResult(
            ratios: terms.map(\.ratio), objective: terms.reduce(0) { $0 + $1.objective } / n,
            gradient: terms.map { $0.gradient / n },
            clipFraction: Double(terms.filter { abs($0.ratio - 1) > b.epsilon }.count) / n,
            approxKL: zip(terms, logRatios).reduce(0) { $0 + ($1.0.ratio - 1) - $1.1 } / n,
            naiveKL: logRatios.reduce(0) { $0 - $1 } / n)
    }

    // MARK: Value clipping

    static func valueLoss(values: [Double], oldValues: [Double], targets: [Double], epsilon: Double) -> HW6.ValueLoss {
        let n = Double(values.count)
        var loss = 0.0, gradient: [Double] = []
        for t in values.indices {
            let v = values[t], old = oldValues[t], r = targets[t]
            let clipped = v > old + epsilon ? old + epsilon : (v < old - epsilon ? old - epsilon : v)
            let plain = (v - r) * (v - r), clippedLoss = (clipped - r) * (clipped - r)
            loss += Swift.max(plain, clippedLoss)
            gradient.append(plain >= clippedLoss ? 2 * (v - r) / n : 0)
        }
        return HW6.ValueLoss(loss: loss / n, gradient: gradient)
    }

    // MARK: The full PPO loss

    /// L(z, V) of a PPO batch with the given logits and values (everything else constant).
    static func ppoTotal(_ b: HW6.PPOBatch, logits: [[Double]], values: [Double]) -> (policy: Double, value: Double, entropy: Double, total: Double) {
        let n = Double(b.actions.count)
        var policy = 0.0, entropy = 0.0
        for t in b.actions.indices {
            let pi = Categorical(logits: logits[t])
            policy -= clipTerm(logProb: pi.logProb(b.actions[t]), oldLogProb: b.oldLogProbs[t], advantage: b.advantages[t], epsilon: b.epsilon).objective
            entropy += pi.entropy
        }
        policy /= n
        entropy /= n
        let value: Double
        if b.clipValues {
            value = valueLoss(values: values, oldValues: b.oldValues, targets: b.targets, epsilon: b.epsilon).loss
        } else {
            value = zip(values, b.targets).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / n
        }
        return (policy, value, entropy, policy + b.valueCoefficient * value - b.entropyCoefficient * entropy)
    }

    /// Central finite differences of the PPO loss w.r.t. every logit and every value.
    static func ppoFiniteDifferences(_ b: HW6.PPOBatch, step: Double = 1e-6) -> (logits: [[Double]], values: [Double]) {
        var logitGradients = b.logits.map { $0.map { _ in 0.0 } }
        for t in b.logits.indices {
            for j in b.logits[t].indices {
                var plus = b.logits, minus = b.logits
                plus[t][j] += step
                minus[t][j] -= step
                logitGradients[t][j] = (ppoTotal(b, logits: plus, values: b.values).total - ppoTotal(b, logits: minus, values: b.values).total) / (2 * step)
            }
        }
        let valueGradients = b.values.indices.map { t -> Double in
            var plus = b.values, minus = b.values
            plus[t] += step
            minus[t] -= step
            return (ppoTotal(b, logits: b.logits, values: plus).total - ppoTotal(b, logits: b.logits, values: minus).total) / (2 * step)
        }
        return (logitGradients, valueGradients)
    }

    // MARK: PPO-penalty

    static func penaltyObjective(_ b: HW6.PenaltyBatch, logits: [[Double]]) -> (objective: Double, kl: Double) {
        let n = Double(b.actions.count)
        var surrogate = 0.0, kl = 0.0
        for t in b.actions.indices {
            let p = Categorical(logits: logits[t]).probabilities, q = Categorical(logits: b.oldLogits[t]).probabilities
            surrogate += p[b.actions[t]] / q[b.actions[t]] * b.advantages[t]
            for a in q.indices { kl += q[a] * (log(q[a]) - log(p[a])) }
        }
        return (surrogate / n - b.beta * kl / n, kl / n)
    }

    static func penaltyFiniteDifferences(_ b: HW6.PenaltyBatch, step: Double = 1e-6) -> [[Double]] {
        b.logits.indices.map { t in
            b.logits[t].indices.map { j in
                var plus = b.logits, minus = b.logits
                plus[t][j] += step
                minus[t][j] -= step
                return (penaltyObjective(b, logits: plus).objective - penaltyObjective(b, logits: minus).objective) / (2 * step)
            }
        }
    }

    // MARK: The exact Fisher matrix

    /// J_t, the |A| × P Jacobian of the logits at `state` (row k = backward with e_k).
    static func jacobian(_ policy: MLP, _ state: [Double]) -> [[Double]] {
        let (_, cache) = policy.forwardCached(state)
        return (0..<policy.outputSize).map { k in
            policy.backward(cache, outputGradient: (0..<policy.outputSize).map { $0 == k ? 1 : 0 }).parameterGradient
        }
    }

    /// F + λI as an explicit P × P matrix: (1/N) Σ_t J_tᵀ (diag(p_t) − p_t p_tᵀ) J_t + λI.
    static func fisher(_ policy: MLP, states: [[Double]], damping: Double) -> Matrix {
        let p = policy.parameterCount
        var f = Matrix(rows: p, cols: p)
        let n = Double(states.count)
        for state in states {
            let j = jacobian(policy, state)
            let probabilities = Categorical(logits: policy.forward(state)).probabilities
            for a in 0..<policy.outputSize {
                for b in 0..<policy.outputSize {
                    let m = (a == b ? probabilities[a] : 0) - probabilities[a] * probabilities[b]
                    if m == 0 { continue }
                    for u in 0..<p where j[a][u] != 0 {
                        for v in 0..<p { f[u, v] += m * j[a][u] * j[b][v] / n }
                    }
                }
            }
        }
        for u in 0..<p { f[u, u] += damping }
        return f
    }

    // MARK: The TRPO line search

    /// L(θ) and d(θ) of a line-search problem.
    static func surrogateAndKL(_ problem: HW6.LineSearchProblem, parameters: [Double]) -> (surrogate: Double, kl: Double) {
        let old = problem.policy
        let net = MLP(layerSizes: old.layerSizes, hiddenActivation: old.hiddenActivation, outputActivation: old.outputActivation, parameters: parameters)
        let n = Double(problem.states.count)
        var surrogate = 0.0, kl = 0.0
        for t in problem.states.indices {
            let q = Categorical(logits: old.forward(problem.states[t])), p = Categorical(logits: net.forward(problem.states[t]))
            surrogate += exp(p.logProb(problem.actions[t]) - q.logProb(problem.actions[t])) * problem.advantages[t]
            kl += q.kl(to: p)
        }
        return (surrogate / n, kl / n)
    }

    /// The candidates θ_j = θ_old + α^j s for j = 0 … K with their surrogate and KL, and the first
    /// acceptable j.
    static func lineSearch(_ problem: HW6.LineSearchProblem) -> (candidates: [(parameters: [Double], surrogate: Double, kl: Double)], accepted: Int?, baseline: Double) {
        let baseline = surrogateAndKL(problem, parameters: problem.policy.parameters).surrogate
        var candidates: [(parameters: [Double], surrogate: Double, kl: Double)] = []
        var accepted: Int?
        for j in 0...problem.maxBacktracks {
            let fraction = pow(problem.backtrackCoefficient, Double(j))
            let parameters = zip(problem.policy.parameters, problem.fullStep).map { $0 + fraction * $1 }
            let (s, k) = surrogateAndKL(problem, parameters: parameters)
            candidates.append((parameters, s, k))
            if accepted == nil && k <= problem.maxKL && s > baseline { accepted = j }
        }
        return (candidates, accepted, baseline)
    }

    // MARK: Gaussian

    static func gaussianLogProb(mean: [Double], logStd: [Double], _ x: [Double]) -> Double {
        mean.indices.reduce(0) { s, i in
            let z = (x[i] - mean[i]) / exp(logStd[i])
            return s - 0.5 * z * z - logStd[i] - 0.5 * log(2 * Double.pi)
        }
    }

    static func gaussian(_ q: HW6.GaussianQuery) -> HW6.GaussianTerms {
        let logProb = gaussianLogProb(mean: q.mean, logStd: q.logStd, q.action)
        let oldLogProb = gaussianLogProb(mean: q.oldMean, logStd: q.oldLogStd, q.action)
        let ratio = exp(logProb - oldLogProb)
        let entropy = q.logStd.reduce(0) { $0 + $1 + 0.5 * (1 + log(2 * Double.pi)) }
        var kl = 0.0
        for i in q.mean.indices {
            let s = exp(q.logStd[i]), so = exp(q.oldLogStd[i])
            kl += q.logStd[i] - q.oldLogStd[i] + (so * so + (q.oldMean[i] - q.mean[i]) * (q.oldMean[i] - q.mean[i])) / (2 * s * s) - 0.5
        }
        return HW6.GaussianTerms(
            logProb: logProb, oldLogProb: oldLogProb, ratio: ratio,
            ratioGradientMean: q.mean.indices.map { i in ratio * (q.action[i] - q.mean[i]) / exp(2 * q.logStd[i]) },
            ratioGradientLogStd: q.mean.indices.map { i in let z = (q.action[i] - q.mean[i]) / exp(q.logStd[i]); return ratio * (z * z - 1) },
            entropy: entropy, kl: kl)
    }

    // MARK: A3C

    static func a3c(_ p: HW6.A3CProblem) -> [Double] {
        var global = p.initialParameters
        var local = Array(repeating: global, count: p.curvatures.count)
        var pending = Array(repeating: [Double](repeating: 0, count: global.count), count: p.curvatures.count)
        for e in p.events {
            switch e.kind {
            case .pull: local[e.worker] = global
            case .compute: pending[e.worker] = global.indices.map { p.curvatures[e.worker][$0] * (local[e.worker][$0] - p.centres[e.worker][$0]) }
            case .push: for i in global.indices { global[i] -= p.learningRate * pending[e.worker][i] }
            }
        }
        return global
    }

    // MARK: K-FAC

    /// vec⁻¹((A ⊗ S)⁻¹ vec(G)) by a dense LU solve of the (d_in·d_out)² system (column-stacking vec).
    static func kfacDense(_ layer: HW6.KFACLayer) throws -> Matrix {
        let dIn = layer.gradient.cols, dOut = layer.gradient.rows
        let n = Double(layer.inputs.count)
        let a = Matrix(rows: dIn, cols: dIn) { i, j in layer.inputs.reduce(0) { $0 + $1[i] * $1[j] } / n + (i == j ? layer.damping : 0) }
        let s = Matrix(rows: dOut, cols: dOut) { i, j in layer.outputGradients.reduce(0) { $0 + $1[i] * $1[j] } / n + (i == j ? layer.damping : 0) }
        // (A ⊗ S)[(c·dOut + r), (c'·dOut + r')] = A[c, c'] S[r, r'].
        let size = dIn * dOut
        let k = Matrix(rows: size, cols: size) { row, col in a[row / dOut, col / dOut] * s[row % dOut, col % dOut] }
        let vecG = (0..<size).map { layer.gradient[$0 % dOut, $0 / dOut] }
        let x = try k.solve(vecG)
        return Matrix(rows: dOut, cols: dIn) { r, c in x[c * dOut + r] }
    }
}
