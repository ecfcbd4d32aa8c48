import Foundation
import RLCore
import RLHomework

// Variant: conjugate gradient that tests rᵀr ≤ tolerance² after each update (Spinning Up's style),
// and a Fisher-vector product that forms each J_t first and multiplies it out.

extension HW6Solution {
    func fisherVectorProduct(_ query: HW6.FisherQuery) throws -> [Double] {
        let policy = query.policy
        var total = [Double](repeating: 0, count: query.vector.count)
        for state in query.states {
            let (logits, cache) = policy.forwardCached(state)
            let p = Categorical(logits: logits).probabilities
            let jacobian = (0..<policy.outputSize).map { k in
                policy.backward(cache, outputGradient: (0..<policy.outputSize).map { $0 == k ? 1.0 : 0 }).parameterGradient
            }
            let jv = jacobian.map { VectorMath.dot($0, query.vector) }
            for a in 0..<policy.outputSize {
                var w = 0.0
                for b in 0..<policy.outputSize { w += ((a == b ? p[a] : 0) - p[a] * p[b]) * jv[b] }
                VectorMath.axpy(w, jacobian[a], &total)
            }
        }
        let n = Double(max(query.states.count, 1))
        return zip(total, query.vector).map { $0 / n + query.damping * $1 }
    }

    func conjugateGradient(_ system: HW6.LinearSystem) throws -> [Double] {
        var x = [Double](repeating: 0, count: system.rhs.count)
        var r = system.rhs, p = system.rhs
        var rr = VectorMath.dot(r, r)
        let limit = system.residualTolerance * system.residualTolerance
        if rr <= limit { return x }
        for _ in 0..<system.iterations {
            let hp = system.matrix * p
            let alpha = rr / VectorMath.dot(p, hp)
            x = zip(x, p).map { $0 + alpha * $1 }
            r = zip(r, hp).map { $0 - alpha * $1 }
            let next = VectorMath.dot(r, r)
            if next <= limit { break }
            p = zip(r, p).map { $0 + next / rr * $1 }
            rr = next
        }
        return x
    }

    func trpoStep(_ query: HW6.StepQuery) throws -> [Double] {
        let beta = sqrt(2 * query.maxKL / zip(query.direction, query.hx).map { $0 * $1 }.reduce(0, +))
        return query.direction.map { beta * $0 }
    }

    func lineSearch(_ problem: HW6.LineSearchProblem) throws -> HW6.LineSearchResult {
        let old = problem.policy
        let oldLogits = problem.states.map { old.forward($0) }
        func evaluate(_ theta: [Double]) -> (Double, Double) {
            var net = old
            net.parameters = theta
            var surrogate = 0.0, kl = 0.0
            for t in problem.states.indices {
                let q = Categorical(logits: oldLogits[t]), p = Categorical(logits: net.forward(problem.states[t]))
                surrogate += p.probabilities[problem.actions[t]] / q.probabilities[problem.actions[t]] * problem.advantages[t]
                kl += q.kl(to: p)
            }
            return (surrogate / Double(problem.states.count), kl / Double(problem.states.count))
        }
        let (baseline, _) = evaluate(old.parameters)
        for j in 0...problem.maxBacktracks {
            let fraction = pow(problem.backtrackCoefficient, Double(j))
            let theta = zip(old.parameters, problem.fullStep).map { $0 + fraction * $1 }
            let (surrogate, kl) = evaluate(theta)
            if kl <= problem.maxKL && surrogate > baseline { return HW6.LineSearchResult(parameters: theta, acceptedBacktrack: j) }
        }
        return HW6.LineSearchResult(parameters: old.parameters, acceptedBacktrack: nil)
    }
}
