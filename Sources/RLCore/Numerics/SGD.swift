/// Stochastic gradient descent, with optional momentum (PyTorch's `torch.optim.SGD` semantics).
///
/// Without momentum: θ ← θ − lr · g.
///
/// With momentum μ > 0: on the first step the buffer is b ← g, afterwards b ← μ·b + g; then
/// θ ← θ − lr · b.
///
/// ```swift
/// var sgd = SGD(learningRate: 0.1)
/// sgd.step(parameters: &net.parameters, gradient: grad)
/// ```
public struct SGD: Optimizer, Sendable, Equatable, Codable {
    /// The step size lr (may be changed between steps, e.g. for a schedule).
    public var learningRate: Double
    /// The momentum coefficient μ (0 = plain SGD).
    public var momentum: Double
    /// The momentum buffer b (empty until the first step with momentum > 0).
    public private(set) var velocity: [Double]

    public init(learningRate: Double, momentum: Double = 0) {
        precondition(learningRate >= 0 && learningRate.isFinite, "SGD: learning rate must be finite and ≥ 0, got \(learningRate)")
        precondition(momentum >= 0 && momentum < 1, "SGD: momentum must be in [0, 1), got \(momentum)")
        self.learningRate = learningRate
        self.momentum = momentum
        self.velocity = []
    }

    public mutating func step(parameters: inout [Double], gradient: [Double]) {
        precondition(parameters.count == gradient.count,
                     "SGD.step: \(parameters.count) parameters but \(gradient.count) gradient entries")
        let lr = learningRate, n = parameters.count
        if momentum == 0 {
            VectorMath.axpy(-lr, gradient, &parameters)
            return
        }
        if velocity.isEmpty {
            velocity = gradient
        } else {
            precondition(velocity.count == n, "SGD.step: parameter count changed from \(velocity.count) to \(n)")
            let mu = momentum
            velocity.withUnsafeMutableBufferPointer { b in
                gradient.withUnsafeBufferPointer { g in
                    for i in 0..<n { b[i] = mu * b[i] + g[i] }
                }
            }
        }
        VectorMath.axpy(-lr, velocity, &parameters)
    }

    /// Forgets the momentum buffer.
    public mutating func reset() { velocity = [] }
}
