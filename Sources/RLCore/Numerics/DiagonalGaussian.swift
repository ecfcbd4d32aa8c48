/// A multivariate normal distribution with diagonal covariance, N(μ, diag(σ²)), parameterised by
/// the mean μ and the log standard deviation log σ (one per dimension), as used for continuous-action
/// policies. All sums run over the d dimensions i:
///
///     log p(x)     = Σᵢ [ −½ ((xᵢ − μᵢ)/σᵢ)² − log σᵢ − ½ log 2π ]
///     H            = Σᵢ [ log σᵢ + ½ (1 + log 2π) ]
///     KL(p ‖ q)    = Σᵢ [ log σqᵢ − log σpᵢ + (σpᵢ² + (μpᵢ − μqᵢ)²) / (2 σqᵢ²) − ½ ]
///
/// Gradients are with respect to μ and log σ (what a network outputs):
///
///     ∂ log p(x)/∂μᵢ = (xᵢ − μᵢ)/σᵢ²          ∂ log p(x)/∂log σᵢ = ((xᵢ − μᵢ)/σᵢ)² − 1
///     ∂H/∂log σᵢ = 1                          (∂H/∂μ = 0)
///     ∂KL(p‖q)/∂μpᵢ = (μpᵢ − μqᵢ)/σqᵢ²       ∂KL(p‖q)/∂log σpᵢ = σpᵢ²/σqᵢ² − 1
///
/// ```swift
/// let out = net.forward(state)                      // [μ₀, μ₁, logσ₀, logσ₁]
/// let pi = DiagonalGaussian(mean: Array(out[0..<2]), logStd: Array(out[2..<4]))
/// let a = pi.sample(using: &rng)
/// let (gMean, gLogStd) = pi.logProbGradient(a)
/// ```
public struct DiagonalGaussian: Sendable, Equatable {
    /// μ.
    public let mean: [Double]
    /// log σ.
    public let logStd: [Double]
    /// σ = exp(log σ).
    public let std: [Double]

    /// A Gaussian with mean μ and log standard deviation log σ (same length ≥ 1, all finite).
    public init(mean: [Double], logStd: [Double]) {
        precondition(!mean.isEmpty, "DiagonalGaussian needs at least one dimension")
        precondition(mean.count == logStd.count, "DiagonalGaussian: mean has \(mean.count) entries, logStd \(logStd.count)")
        precondition(mean.allSatisfy(\.isFinite) && logStd.allSatisfy(\.isFinite),
                     "DiagonalGaussian: mean and logStd must be finite (mean \(mean), logStd \(logStd))")
        self.mean = mean
        self.logStd = logStd
        self.std = logStd.map { Elementary.exp($0) }
    }

    /// d, the dimension.
    public var dimension: Int { mean.count }

    /// log p(x) = Σᵢ [ −½ ((xᵢ − μᵢ)/σᵢ)² − log σᵢ − ½ log 2π ].
    public func logProb(_ x: [Double]) -> Double {
        precondition(x.count == dimension, "DiagonalGaussian.logProb: x has \(x.count) entries, expected \(dimension)")
        var s = 0.0
        for i in 0..<dimension {
            let z = (x[i] - mean[i]) / std[i]
            s += -0.5 * z * z - logStd[i]
        }
        return s - 0.5 * Double(dimension) * Elementary.logTwoPi
    }

    /// H = Σᵢ [ log σᵢ + ½ (1 + log 2π) ], in nats.
    public var entropy: Double {
        VectorMath.sum(logStd) + 0.5 * Double(dimension) * (1 + Elementary.logTwoPi)
    }

    /// μ, the most likely point.
    public var mode: [Double] { mean }

    /// xᵢ = μᵢ + σᵢ εᵢ with εᵢ = `rng.normal()`, drawn for i = 0, 1, … in order.
    public func sample(using rng: inout SeededGenerator) -> [Double] {
        (0..<dimension).map { mean[$0] + std[$0] * rng.normal() }
    }

    /// KL(self ‖ other) = Σᵢ [ log σqᵢ − log σpᵢ + (σpᵢ² + (μpᵢ − μqᵢ)²)/(2σqᵢ²) − ½ ] ≥ 0.
    public func kl(to other: DiagonalGaussian) -> Double {
        precondition(other.dimension == dimension, "DiagonalGaussian.kl: dimensions \(dimension) vs \(other.dimension)")
        var d = 0.0
        for i in 0..<dimension {
            let ratio = std[i] / other.std[i]             // σp/σq
            let dm = (mean[i] - other.mean[i]) / other.std[i]
            d += other.logStd[i] - logStd[i] + 0.5 * (ratio * ratio + dm * dm) - 0.5
        }
        return max(d, 0)
    }

    /// (∂ log p(x)/∂μ, ∂ log p(x)/∂log σ) = ((x − μ)/σ², ((x − μ)/σ)² − 1), element-wise.
    public func logProbGradient(_ x: [Double]) -> (mean: [Double], logStd: [Double]) {
        precondition(x.count == dimension, "DiagonalGaussian.logProbGradient: x has \(x.count) entries, expected \(dimension)")
        var gm = [Double](repeating: 0, count: dimension)
        var gs = [Double](repeating: 0, count: dimension)
        for i in 0..<dimension {
            let z = (x[i] - mean[i]) / std[i]
            gm[i] = z / std[i]
            gs[i] = z * z - 1
        }
        return (gm, gs)
    }

    /// ∂H/∂log σ = 1 for every dimension (the entropy does not depend on μ).
    public func entropyGradient() -> [Double] {
        Array(repeating: 1, count: dimension)
    }

    /// (∂KL(self‖other)/∂μ, ∂KL(self‖other)/∂log σ) with respect to self's parameters (other fixed):
    /// ((μp − μq)/σq², σp²/σq² − 1), element-wise.
    public func klGradient(to other: DiagonalGaussian) -> (mean: [Double], logStd: [Double]) {
        precondition(other.dimension == dimension, "DiagonalGaussian.klGradient: dimensions \(dimension) vs \(other.dimension)")
        var gm = [Double](repeating: 0, count: dimension)
        var gs = [Double](repeating: 0, count: dimension)
        for i in 0..<dimension {
            let ratio = std[i] / other.std[i]
            gm[i] = (mean[i] - other.mean[i]) / (other.std[i] * other.std[i])
            gs[i] = ratio * ratio - 1
        }
        return (gm, gs)
    }
}
