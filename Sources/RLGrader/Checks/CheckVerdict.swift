/// What a check concluded: a score in [0, 1], feedback and optional data (e.g. a learning curve).
public struct CheckVerdict: Sendable {
    /// The fraction of the check's points earned: 1 passed, 0 failed, in between partial.
    public var score: Double
    public var feedback: Feedback
    /// Named series for the report, e.g. `"learning-curve": [returns…]`.
    public var data: [String: [Double]]
    /// Grid-world pictures for the HTML report (never scored).
    public var figures: [GridFigure]

    public init(score: Double, feedback: Feedback, data: [String: [Double]] = [:], figures: [GridFigure] = []) {
        precondition(score >= 0 && score <= 1 && score.isFinite, "a verdict's score is a fraction in [0, 1]")
        self.score = score
        self.feedback = feedback
        self.data = data
        self.figures = figures
    }

    public static func pass(_ summary: String, data: [String: [Double]] = [:], figures: [GridFigure] = []) -> CheckVerdict {
        CheckVerdict(score: 1, feedback: Feedback(summary), data: data, figures: figures)
    }

    public static func fail(_ feedback: Feedback, data: [String: [Double]] = [:], figures: [GridFigure] = []) -> CheckVerdict {
        CheckVerdict(score: 0, feedback: feedback, data: data, figures: figures)
    }

    /// Partial credit: `passed` of `total` cases; `failure` describes the first failing case.
    public static func fraction(passed: Int, of total: Int, passSummary: String, failure: Feedback?) -> CheckVerdict {
        guard let failure, passed < total else { return .pass(passSummary) }
        var feedback = failure
        feedback.summary = "\(passed) of \(total) cases passed. " + failure.summary
        return CheckVerdict(score: total == 0 ? 0 : Double(passed) / Double(total), feedback: feedback)
    }
}

/// Thrown inside a check when the submission failed in a way that ends the check (a crash, a missing
/// function, a NaN): the engine turns it into a failing verdict.
public struct CheckFailure: Error, Sendable {
    public var feedback: Feedback
    public init(_ feedback: Feedback) { self.feedback = feedback }
}
