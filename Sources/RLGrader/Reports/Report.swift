/// How one check ended.
public enum CheckStatus: String, Codable, Sendable {
    case passed, failed, partial
    /// Not run: e.g. an exact check with `--seed` in a student release (no reference to compare with).
    case skipped
    /// The grader failed on this check (a bug of ours, not the student's): exit code 3.
    case error
}

/// The result of one rubric entry.
public struct CheckResult: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var visibility: Visibility
    public var points: Double
    public var maxPoints: Double
    public var status: CheckStatus
    public var feedback: Feedback
    /// Named series (learning curves…), sorted by name when encoded.
    public var data: [String: [Double]]?
    /// Grid-world pictures (the student's values and actions next to the expected ones), for the
    /// HTML report; absent for checks without a grid world. Never scored.
    public var figures: [GridFigure]?
    /// What the student's code printed while this check ran (head and tail). Shown with `--verbose`
    /// in the terminal only: never encoded, so nothing a submission prints can reach a report.
    public var printed: String?
    /// Wall-clock seconds the check took (JUnit's `time`, progress); never encoded in the JSON report.
    public var seconds: Double?
    /// The input a failing check is about, when the request kept inputs (`--reproduce`); never encoded.
    public var failingInput: RecordedInput?
    /// The stochastic exercise that gave two different outputs for one input (the check then scores
    /// 0; see ``UnseededRandomness``), or nil.
    public var unseededRandomness: String?
    /// True for an extra-credit check (its points count in the score, not in the maximum); absent
    /// (nil) otherwise, so reports of rubrics without extra credit keep their bytes.
    public var extraCredit: Bool?

    enum CodingKeys: String, CodingKey {
        case id, title, visibility, points, maxPoints, status, feedback, data, figures, unseededRandomness, extraCredit
    }

    /// Whether this check is extra credit.
    public var isExtraCredit: Bool { extraCredit == true }

    public static func == (a: CheckResult, b: CheckResult) -> Bool {
        a.id == b.id && a.title == b.title && a.visibility == b.visibility && a.points == b.points
            && a.maxPoints == b.maxPoints && a.status == b.status && a.feedback == b.feedback && a.data == b.data
            && a.figures == b.figures && a.unseededRandomness == b.unseededRandomness && a.extraCredit == b.extraCredit
    }
}

/// The outcome of compiling the submission.
public struct BuildSummary: Codable, Sendable, Equatable {
    /// `ok`, `compile-error`, `missing`.
    public var status: String
    public var message: String?
    public var diagnostics: [Diagnostic]
}

/// A whole grading report: deterministic for the same submission and seeds (no times, no dates).
public struct Report: Codable, Sendable, Equatable {
    /// The version of this JSON format.
    public var format = "rlgrade-report/1"
    public var homework: String
    public var title: String
    /// The submission's display name (folder name or student id).
    public var submission: String
    /// `student` (public checks) or `grading` (every check).
    public var mode: String
    /// Set when `--seed` replaced the rubric's seeds: such a report is for exploration, not a grade.
    public var seedOverride: UInt64?
    public var build: BuildSummary
    public var checks: [CheckResult]
    public var points: Double
    public var maxPoints: Double
    /// `passed`, `failed`, `compile-error` or `error`.
    public var status: String
    /// Metadata (not scored): the isolation layers student code ran under, e.g.
    /// `uid drop + Landlock ABI 7 + PID/network namespaces + rlimits`.
    public var isolation: String?
    /// Set when the rubric shows hidden checks on Gradescope once published (`after_published`).
    public var gradescopeHidden: String?

    /// Points earned on extra-credit checks (already in `points`; not in `maxPoints`).
    public var extraCreditPoints: Double { checks.filter(\.isExtraCredit).reduce(0) { $0 + $1.points } }

    /// "97 / 100", or "100 / 100 (3 of them extra credit)" when extra credit was earned.
    public var scoreText: String {
        let text = "\(Show.number(points)) / \(Show.number(maxPoints))"
        let extra = extraCreditPoints
        return extra > 0 ? text + " (\(Show.number(extra)) of them extra credit)" : text
    }

    /// True when every check passed.
    public var allPassed: Bool { checks.allSatisfy { $0.status == .passed } && build.status == "ok" }
    /// True when the grader itself failed somewhere.
    public var hasGraderError: Bool { checks.contains { $0.status == .error } }
}

/// Rounds points to 1e-4 so reports and gradebooks show clean numbers.
func roundPoints(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
