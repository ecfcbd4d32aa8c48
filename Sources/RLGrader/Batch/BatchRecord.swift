import Foundation

/// The marker of one finished grading in a batch (`results/<student>.meta.json`), written last and
/// atomically: a student counts as graded exactly when this file exists and its keys match.
public struct BatchRecord: Codable, Sendable, Equatable {
    public var student: String
    public var contentHash: String
    /// Identifies the rubric, golden answers and course library the grade was made with.
    public var graderKey: String
    public var status: String
    public var points: Double
    public var maxPoints: Double
    /// Wall-clock seconds (for summary.md's slowest submissions; not part of any grade).
    public var seconds: Double

    static func fileName(_ student: String) -> String {
        let safe = student.map { $0.isLetter || $0.isNumber || "-_.@".contains($0) ? $0 : "_" }
        return String(safe)
    }
}
