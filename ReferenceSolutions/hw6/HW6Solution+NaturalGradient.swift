import Foundation
import RLCore
import RLHomework

// Part 3 — the natural gradient and TRPO: Fisher-vector products, conjugate gradient, the step size,
// the backtracking line search.

extension HW6Solution {
    /// (F + λI) v with F = mean_t J_tᵀ (diag(p_t) − p_t p_tᵀ) J_t. README §3.
    func fisherVectorProduct(_ query: HW6.FisherQuery) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("fisherVectorProduct(_:)")
        let policy = query.policy
        let n = Double(query.states.count)
        var product = query.vector.map { query.damping * $0 }
        guard n > 0 else { return product }
        let actions = policy.outputSize
        for state in query.states {
            let (logits, cache) = policy.forwardCached(state)
            let p = Categorical(logits: logits).probabilities
            // u = J v, one backward pass per logit (row k of J is J_tᵀ e_k).
            var rows: [[Double]] = []
            var u = [Double](repeating: 0, count: actions)
            for k in 0..<actions {
                var e = [Double](repeating: 0, count: actions)
                e[k] = 1
                let row = policy.backward(cache, outputGradient: e).parameterGradient
                u[k] = VectorMath.dot(row, query.vector)
                rows.append(row)
            }
            // w = (diag(p) − ppᵀ) u; product += Jᵀ w / N
            let pu = VectorMath.dot(p, u)
            for k in 0..<actions {
                VectorMath.axpy(p[k] * (u[k] - pu) / n, rows[k], &product)
            }
        }
        return product
        // END SOLUTION
    }

    /// CG for H x = g from x = 0: at most `iterations` steps, stop once ‖r‖ ≤ tolerance. README §3.
    func conjugateGradient(_ system: HW6.LinearSystem) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("conjugateGradient(_:)")
        let h = system.matrix
        var x = [Double](repeating: 0, count: system.rhs.count)
        var r = system.rhs, p = r
        var rr = VectorMath.dot(r, r)
        for _ in 0..<system.iterations {
            if rr.squareRoot() <= system.residualTolerance { break }
            let hp = h.multiply(p)
            let alpha = rr / VectorMath.dot(p, hp)
            VectorMath.axpy(alpha, p, &x)
            VectorMath.axpy(-alpha, hp, &r)
            let next = VectorMath.dot(r, r)
            let beta = next / rr
            p = zip(r, p).map { $0 + beta * $1 }
            rr = next
        }
        return x
        // END SOLUTION
    }

    /// s = √(2δ / xᵀHx) x. README §3.
    func trpoStep(_ query: HW6.StepQuery) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("trpoStep(_:)")
        let curvature = VectorMath.dot(query.direction, query.hx)
        let scale = (2 * query.maxKL / curvature).squareRoot()
        return query.direction.map { scale * $0 }
        // END SOLUTION
    }

    /// The first θ_old + α^j s (j = 0 … K) with d ≤ δ and L > L(θ_old); else θ_old. README §3.
    func lineSearch(_ problem: HW6.LineSearchProblem) throws -> HW6.LineSearchResult {
        // BEGIN SOLUTION throw NotImplemented("lineSearch(_:)")
        let old = problem.policy
        let oldPolicies = problem.states.map { Categorical(logits: old.forward($0)) }
        let n = Double(problem.states.count)
        func evaluate(_ parameters: [Double]) -> (surrogate: Double, kl: Double) {
            let net = MLP(layerSizes: old.layerSizes, hiddenActivation: old.hiddenActivation,
                          outputActivation: old.outputActivation, parameters: parameters)
            var surrogate = 0.0, kl = 0.0
            for t in problem.states.indices {
                let pi = Categorical(logits: net.forward(problem.states[t]))
                let a = problem.actions[t]
                surrogate += exp(pi.logProb(a) - oldPolicies[t].logProb(a)) * problem.advantages[t]
                kl += oldPolicies[t].kl(to: pi)
            }
            return (surrogate / n, kl / n)
        }
        let baseline = evaluate(old.parameters).surrogate
        var fraction = 1.0
        for j in 0...max(problem.maxBacktracks, 0) {
            var candidate = old.parameters
            VectorMath.axpy(fraction, problem.fullStep, &candidate)
            let (surrogate, kl) = evaluate(candidate)
            if kl <= problem.maxKL && surrogate > baseline {
                return HW6.LineSearchResult(parameters: candidate, acceptedBacktrack: j)
            }
            fraction *= problem.backtrackCoefficient
        }
        return HW6.LineSearchResult(parameters: old.parameters, acceptedBacktrack: nil)
        // END SOLUTION
    }
}
