/// A first-order optimizer that *descends*: each ``step(parameters:gradient:)`` moves `parameters`
/// against `gradient` (the gradient of a loss to minimise).
///
/// To *maximise* an objective J (e.g. a policy-gradient surrogate), pass −∇J.
/// Optimizers keep their state (momentum, moment estimates) between steps, so use one optimizer
/// value per parameter vector and keep it across steps.
public protocol Optimizer: Sendable {
    /// Updates `parameters` in place from `gradient` (same length).
    mutating func step(parameters: inout [Double], gradient: [Double])
}
