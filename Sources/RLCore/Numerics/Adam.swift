/// Adam (Kingma & Ba, 2015) with bias correction, exactly as PyTorch's `torch.optim.Adam`
/// (no weight decay, no AMSGrad).
///
/// At step t = 1, 2, … with gradient g:
///
///     m ← β₁ m + (1 − β₁) g
///     v ← β₂ v + (1 − β₂) g²
///     θ ← θ − (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
///
/// i.e. θ ← θ − lr · m̂ / (√v̂ + ε) with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ). On the first step
/// m̂ = g and v̂ = g², so each parameter moves by lr · g/(|g| + ε) ≈ lr · sign(g).
///
/// ```swift
/// var adam = Adam(learningRate: 3e-4)
/// adam.step(parameters: &net.parameters, gradient: grad)
/// ```
public struct Adam: Optimizer, Sendable, Equatable, Codable {
    /// The step size lr (may be changed between steps).
    public var learningRate: Double
    /// Decay rate β₁ of the first-moment estimate.
    public let beta1: Double
    /// Decay rate β₂ of the second-moment estimate.
    public let beta2: Double
    /// ε, added to the denominator for stability.
    public let epsilon: Double
    /// The number of steps taken so far (t after the t-th step).
    public private(set) var stepCount: Int
    /// First-moment estimate m (empty before the first step).
    public private(set) var firstMoment: [Double]
    /// Second-moment estimate v (empty before the first step).
    public private(set) var secondMoment: [Double]

    public init(learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        precondition(learningRate >= 0 && learningRate.isFinite, "Adam: learning rate must be finite and ≥ 0, got \(learningRate)")
        precondition(beta1 >= 0 && beta1 < 1, "Adam: beta1 must be in [0, 1), got \(beta1)")
        precondition(beta2 >= 0 && beta2 < 1, "Adam: beta2 must be in [0, 1), got \(beta2)")
        precondition(epsilon >= 0, "Adam: epsilon must be ≥ 0, got \(epsilon)")
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.stepCount = 0
        self.firstMoment = []
        self.secondMoment = []
    }

    public mutating func step(parameters: inout [Double], gradient: [Double]) {
        let n = parameters.count
        precondition(gradient.count == n, "Adam.step: \(n) parameters but \(gradient.count) gradient entries")
        if stepCount == 0 {
            firstMoment = Array(repeating: 0, count: n)
            secondMoment = Array(repeating: 0, count: n)
        } else {
            precondition(firstMoment.count == n, "Adam.step: parameter count changed from \(firstMoment.count) to \(n)")
        }
        stepCount += 1
        let (b1, b2, eps) = (beta1, beta2, epsilon)
        let t = Double(stepCount)
        let biasCorrection1 = 1 - pow(b1, t)
        let biasCorrection2 = 1 - pow(b2, t)
        let stepSize = learningRate / biasCorrection1
        let sqrtBiasCorrection2 = biasCorrection2.squareRoot()
        firstMoment.withUnsafeMutableBufferPointer { m in
            secondMoment.withUnsafeMutableBufferPointer { v in
                gradient.withUnsafeBufferPointer { g in
                    parameters.withUnsafeMutableBufferPointer { p in
                        for i in 0..<n {
                            let gi = g[i]
                            m[i] = b1 * m[i] + (1 - b1) * gi
                            v[i] = b2 * v[i] + (1 - b2) * gi * gi
                            let denom = v[i].squareRoot() / sqrtBiasCorrection2 + eps
                            p[i] -= stepSize * (m[i] / denom)
                        }
                    }
                }
            }
        }
    }

    /// Forgets the moment estimates and the step count.
    public mutating func reset() {
        stepCount = 0
        firstMoment = []
        secondMoment = []
    }

    /// bᵗ for integer t ≥ 1 by repeated squaring (exact enough, no libm dependency).
    private func pow(_ b: Double, _ t: Double) -> Double {
        var result = 1.0, base = b, e = Int(t)
        while e > 0 {
            if e & 1 == 1 { result *= base }
            base *= base
            e >>= 1
        }
        return result
    }
}
