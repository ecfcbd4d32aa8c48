import RLHomework

/// The reference's answers to exercises: what exact-value checks compare a student's outputs with.
///
/// The parent owns the oracle. In the instructor's repository it runs the reference solution
/// (compiled like a submission, in its own process) and can record its answers as golden files; in a
/// student release, where there is no reference, it answers from the recorded golden outputs of the
/// public checks' fixed seeds.
public protocol Oracle: Sendable {
    /// The reference's output for each input, in order.
    ///
    /// - Throws: ``OracleUnavailable`` when neither a recording nor the reference can answer;
    ///   ``GraderError`` when the reference itself fails.
    func answers<E: Exercise>(_ exercise: E.Type, _ inputs: [E.Input]) throws -> [E.Output]
}

/// The oracle cannot answer this input: no golden output was recorded for it and there is no
/// reference solution here (a student release graded with `--seed`).
public struct OracleUnavailable: Error, Sendable {
    public var exercise: String
}

extension Oracle {
    /// The reference's output for one input.
    public func answer<E: Exercise>(_ exercise: E.Type, _ input: E.Input) throws -> E.Output {
        try answers(exercise, [input])[0]
    }
}
