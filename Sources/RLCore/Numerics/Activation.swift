/// An element-wise activation function σ for the layers of an ``MLP``.
///
/// | case        | σ(z)         | σ′(z), written with y = σ(z) |
/// |-------------|--------------|------------------------------|
/// | `.identity` | z            | 1                            |
/// | `.tanh`     | tanh z       | 1 − y²                       |
/// | `.relu`     | max(0, z)    | 1 if y > 0, else 0 (σ′(0) = 0 by convention, as in PyTorch) |
///
/// The derivative is expressed through the *output* y, so backpropagation only needs the cached
/// activations, not the pre-activations.
public enum Activation: String, Codable, Sendable, CaseIterable {
    case identity
    case tanh
    case relu

    /// σ(z).
    @inline(__always)
    public func apply(_ z: Double) -> Double {
        switch self {
        case .identity: return z
        case .tanh: return Elementary.tanh(z)
        case .relu: return z < 0 ? 0 : z  // NaN passes through, as in PyTorch
        }
    }

    /// σ′(z) given y = σ(z).
    @inline(__always)
    public func derivative(output y: Double) -> Double {
        switch self {
        case .identity: return 1
        case .tanh: return 1 - y * y
        case .relu: return y > 0 ? 1 : 0
        }
    }

    /// Applies σ in place to `n` values at `p`.
    @inline(__always)
    func apply(_ p: UnsafeMutablePointer<Double>, count n: Int) {
        switch self {
        case .identity: return
        case .tanh: for i in 0..<n { p[i] = Elementary.tanh(p[i]) }
        case .relu: for i in 0..<n where p[i] < 0 { p[i] = 0 }
        }
    }

    /// g[i] ← g[i] · σ′ given outputs y[i], for `n` values.
    @inline(__always)
    func multiplyDerivative(_ g: UnsafeMutablePointer<Double>, outputs y: UnsafePointer<Double>, count n: Int) {
        switch self {
        case .identity: return
        case .tanh: for i in 0..<n { g[i] *= 1 - y[i] * y[i] }
        case .relu: for i in 0..<n where !(y[i] > 0) { g[i] = 0 }
        }
    }
}
