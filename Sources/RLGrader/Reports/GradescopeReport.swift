import Foundation

/// Gradescope's `results.json`: score, max_score, output, visibility, and one test per check with
/// name, number, score, max_score, status, output and visibility.
public enum GradescopeReport {
    struct Test: Encodable {
        var name: String
        var number: String
        var score: Double
        var max_score: Double
        var status: String
        var output: String
        var visibility: String
    }

    struct Results: Encodable {
        var score: Double
        var max_score: Double
        var output: String
        var visibility: String
        var stdout_visibility: String
        var tests: [Test]
    }

    /// Gradescope visibility: public → `visible`, after-due → `after_due_date`, hidden → `hidden`
    /// (students never see it) unless the rubric chose `after_published` for hidden checks.
    static func visibility(_ v: Visibility, hidden: String?) -> String {
        v == .hidden ? (hidden ?? "hidden") : v.gradescope
    }

    /// A check's output. A hidden check's input (its seeds) never reaches a field students may see:
    /// it stays for the TAs in a `hidden` test and is left out when hidden checks are shown once
    /// published.
    static func testOutput(_ check: CheckResult, hidden: String?) -> String {
        var feedback = check.feedback
        if check.visibility == .hidden && visibility(.hidden, hidden: hidden) != "hidden" { feedback.input = nil }
        return feedback.lines.joined(separator: "\n")
    }

    public static func render(_ report: Report) throws -> String {
        var output = "\(report.title): \(report.scoreText) points."
        if report.build.status != "ok" { output += "\n\n" + (report.build.message ?? "") }
        if let seed = report.seedOverride { output += "\nSeeds overridden with --seed \(seed): not a grade." }
        let tests = report.checks.enumerated().map { i, check in
            Test(
                name: "\(check.id): \(check.title)\(check.isExtraCredit ? " (extra credit)" : "")", number: "\(i + 1)", score: check.points,
                max_score: check.maxPoints, status: check.status == .passed ? "passed" : "failed",
                output: testOutput(check, hidden: report.gradescopeHidden), visibility: visibility(check.visibility, hidden: report.gradescopeHidden))
        }
        let results = Results(
            score: report.points, max_score: report.maxPoints, output: output, visibility: "visible",
            stdout_visibility: "hidden", tests: tests)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(results), as: UTF8.self) + "\n"
    }
}
