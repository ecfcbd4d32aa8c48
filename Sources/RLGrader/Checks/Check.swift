/// One gradable property of a submission, found from its rubric id.
///
/// A check builds its inputs from the rubric's seeds (trusted code), asks the student's runner for
/// raw outputs through ``CheckContext/call(_:_:describe:)``, and judges them here in the parent —
/// against a property (a Bellman residual, a monotone sequence) or against the oracle.
///
/// The id `hw2.value-iteration.bellman-residual` lives in
/// `Sources/RLGrader/Checks/HW2/ValueIterationBellmanResidual.swift`.
public protocol Check: Sendable {
    /// The stable rubric id, `hwN.topic.property`.
    var id: String { get }
    /// A short title for tables.
    var title: String { get }
    /// What the check verifies, for the handout and `rlgrade list`.
    var summary: String { get }
    /// Runs the check.
    ///
    /// - Throws: ``CheckFailure`` when the submission failed (it becomes the verdict); ``GraderError``
    ///   when the grader itself failed.
    func run(_ context: CheckContext) throws -> CheckVerdict
}
