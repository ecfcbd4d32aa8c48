/// Throw this from a function you have not written yet.
///
/// The starter code does `throw NotImplemented("valueIteration")`; the grader then tells you which
/// function is missing instead of reporting a crash.
public struct NotImplemented: Error, CustomStringConvertible, Sendable {
    /// The function that still needs an implementation.
    public let function: String
    public init(_ function: String) { self.function = function }
    public var description: String { "\(function) is not implemented yet" }
}
