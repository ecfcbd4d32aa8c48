/// A categorical distribution over actions 0..<n, parameterised by logits z (unnormalised
/// log-probabilities), as PyTorch's `Categorical(logits:)`.
///
///     log pᵢ = zᵢ − logsumexp(z)          pᵢ = exp(log pᵢ)
///
/// computed stably (the maximum logit is subtracted first), so logits like 1000 or −1000 are fine.
/// A logit of −∞ masks its action (probability exactly 0); at least one logit must be finite.
///
/// Gradients are with respect to the logits z (the thing your network outputs), ready to pass to
/// ``MLP/backward(_:outputGradient:)``:
///
/// | quantity        | value                     | ∂/∂z_j                          |
/// |-----------------|---------------------------|---------------------------------|
/// | log p_a         | ``logProb(_:)``           | 1[j = a] − p_j                  |
/// | H = −Σ pᵢ log pᵢ| ``entropy``               | −p_j (log p_j + H)              |
/// | KL(p‖q)         | ``kl(to:)``               | p_j (log p_j − log q_j − KL)    |
///
/// ```swift
/// let pi = Categorical(logits: net.forward(state))
/// let a = pi.sample(using: &rng)
/// let dLogPi = pi.logProbGradient(a)      // ∂ log π(a|s) / ∂ logits
/// ```
public struct Categorical: Sendable, Equatable {
    /// The logits z, as given.
    public let logits: [Double]
    /// log pᵢ = zᵢ − logsumexp(z).
    public let logProbabilities: [Double]
    /// pᵢ (non-negative, summing to 1 up to rounding).
    public let probabilities: [Double]

    /// A distribution with the given logits (at least one; none NaN or +∞; not all −∞).
    public init(logits: [Double]) {
        precondition(!logits.isEmpty, "Categorical needs at least one logit")
        precondition(!logits.contains { $0.isNaN || $0 == .infinity }, "Categorical logits must not be NaN or +∞: \(logits)")
        let lse = VectorMath.logSumExp(logits)
        precondition(lse.isFinite, "Categorical: every logit is −∞")
        self.logits = logits
        self.logProbabilities = logits.map { $0 - lse }
        self.probabilities = logProbabilities.map { Elementary.exp($0) }
    }

    /// A distribution with the given probabilities (non-negative, positive sum; normalised here).
    /// Zero probabilities become logits of −∞.
    public init(probabilities: [Double]) {
        precondition(probabilities.allSatisfy { $0 >= 0 && $0.isFinite },
                     "Categorical probabilities must be finite and ≥ 0: \(probabilities)")
        self.init(logits: probabilities.map { $0 > 0 ? Elementary.log($0) : -.infinity })
    }

    /// n, the number of categories.
    public var count: Int { logits.count }

    /// log p_a.
    public func logProb(_ a: Int) -> Double {
        precondition(a >= 0 && a < count, "Categorical.logProb: action \(a) out of range 0..<\(count)")
        return logProbabilities[a]
    }

    /// The entropy H = −Σᵢ pᵢ log pᵢ, in nats (terms with pᵢ = 0 count as 0). log n for uniform.
    public var entropy: Double {
        var h = 0.0
        for i in 0..<count where probabilities[i] > 0 { h -= probabilities[i] * logProbabilities[i] }
        return h
    }

    /// The most probable action (the lowest index among ties).
    public var mode: Int {
        var best = 0
        for i in logits.indices.dropFirst() where logits[i] > logits[best] { best = i }
        return best
    }

    /// Draws an action with probability pᵢ, using one `rng.uniform()` (inverse CDF over
    /// `probabilities`, see ``SeededGenerator/categorical(_:)``).
    public func sample(using rng: inout SeededGenerator) -> Int {
        rng.categorical(probabilities)
    }

    /// KL(self ‖ other) = Σᵢ pᵢ (log pᵢ − log qᵢ) ≥ 0, with p = self, q = other (same n).
    /// +∞ if some action has pᵢ > 0 but qᵢ = 0.
    public func kl(to other: Categorical) -> Double {
        precondition(other.count == count, "Categorical.kl: \(count) vs \(other.count) categories")
        var d = 0.0
        for i in 0..<count where probabilities[i] > 0 {
            d += probabilities[i] * (logProbabilities[i] - other.logProbabilities[i])
        }
        return max(d, 0)  // exact 0 for identical distributions, never a −1e-17
    }

    /// ∂ log p_a / ∂z = onehot(a) − p.
    public func logProbGradient(_ a: Int) -> [Double] {
        precondition(a >= 0 && a < count, "Categorical.logProbGradient: action \(a) out of range 0..<\(count)")
        var g = probabilities.map { -$0 }
        g[a] += 1
        return g
    }

    /// ∂H/∂z_j = −p_j (log p_j + H)  (0 for masked actions).
    public func entropyGradient() -> [Double] {
        let h = entropy
        return (0..<count).map { j in
            probabilities[j] > 0 ? -probabilities[j] * (logProbabilities[j] + h) : 0
        }
    }

    /// ∂ KL(self ‖ other) / ∂z_j (z = self's logits; other held fixed)
    /// = p_j (log p_j − log q_j − KL)  (0 for actions with p_j = 0).
    public func klGradient(to other: Categorical) -> [Double] {
        let d = kl(to: other)
        return (0..<count).map { j in
            probabilities[j] > 0 ? probabilities[j] * (logProbabilities[j] - other.logProbabilities[j] - d) : 0
        }
    }
}
