import Foundation
import Testing
@testable import RLGrader

/// hw0 end to end: hostile and ordinary submissions each get the right status, points and a
/// message naming the cause, and the run continues to the next check.
@Suite(.serialized) struct HW0PipelineTests {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
    static let fixtures = root + "/Tests/EndToEndTests/Fixtures/hw0/"

    func grade(_ fixture: String, only: [String] = []) throws -> Report {
        let (homework, rubric, grader, _) = try GraderSetup.make(workspace: Workspace(root: Self.root), homeworkID: "hw0")
        return try grader.grade(GradingRequest(
            homework: homework, rubric: rubric, submissionFolder: Self.fixtures + fixture, submissionName: fixture,
            includeNonPublic: true, only: only))
    }

    func check(_ report: Report, _ id: String) -> CheckResult { report.checks.first { $0.id == id }! }
    func text(_ result: CheckResult) -> String { result.feedback.lines.joined(separator: "\n") }

    let fixturesID = "hw0.discounted-return.fixtures"
    let randomID = "hw0.discounted-return.random"
    let longID = "hw0.discounted-return.long-episodes"

    @Test func passingSubmissionScoresFullMarksDeterministically() throws {
        let first = try grade("passing")
        #expect(first.status == "passed")
        #expect(first.points == 5 && first.maxPoints == 5)
        let second = try grade("passing")
        #expect(try JSONReport.render(first) == JSONReport.render(second))
    }

    @Test func wrongSubmissionFailsWithExpectedAndObserved() throws {
        let report = try grade("failing")
        #expect(report.points == 0)
        let fixtures = check(report, fixturesID)
        #expect(fixtures.status == .failed)
        #expect(fixtures.feedback.expected == "1.75 (1 + 0.5·1 + 0.25·1)")
        #expect(fixtures.feedback.observed == "3")
        #expect(fixtures.feedback.input == "rewards [1, 1, 1], γ = 0.5")
    }

    @Test func nonCompilingSubmissionShowsTheCompilerMessage() throws {
        let report = try grade("non-compiling")
        #expect(report.status == "compile-error")
        #expect(report.points == 0)
        #expect(report.build.diagnostics.contains { $0.file == "HW0Solution.swift" && $0.line == 6 && $0.severity == "error" })
        #expect(report.checks.allSatisfy { $0.status == .failed && $0.feedback.summary.contains("does not compile") })
    }

    @Test func fatalErrorIsNamedAndTheNextCheckStillRuns() throws {
        let report = try grade("fatal-error")
        let fixtures = check(report, fixturesID)
        #expect(fixtures.status == .failed)
        #expect(text(fixtures).contains("SIGILL"))
        #expect(text(fixtures).contains("I did not expect three rewards"))
        #expect(check(report, randomID).status == .passed)
        #expect(report.points == 3)
    }

    @Test("A student's own precondition keeps its message and line in the -O runner")
    func preconditionMessageSurvives() throws {
        let report = try grade("precondition", only: [fixturesID])
        let fixtures = check(report, fixturesID)
        #expect(fixtures.status == .failed)
        #expect(text(fixtures).contains("Precondition failed: my solution handles at most two rewards, got 3"))
        #expect(text(fixtures).contains("HW0Solution.swift:5"))
        #expect(!text(fixtures).contains("_rlgradePreconditionStop"))
    }

    @Test("Code that depends on Set order answers the same in every run (deterministic hashing)")
    func hashOrderIsDeterministic() throws {
        let runs = try (0..<3).map { _ in text(check(try grade("hash-order", only: [fixturesID]), fixturesID)) }
        #expect(runs[0].contains("Observed"), "\(runs[0])")
        #expect(runs[1] == runs[0] && runs[2] == runs[0])
    }

    @Test func indexOutOfRangeNamesTheLine() throws {
        let report = try grade("index-out-of-range", only: [fixturesID])
        let fixtures = check(report, fixturesID)
        #expect(text(fixtures).contains("SIGILL"))
        #expect(text(fixtures).contains("HW0Solution.swift:7"))
        #expect(text(fixtures).contains("Array.subscript"))
    }

    @Test func hangingSubmissionHitsTheNamedTimeLimit() throws {
        let report = try grade("hanging", only: [fixturesID])
        let fixtures = check(report, fixturesID)
        #expect(fixtures.status == .failed)
        #expect(fixtures.feedback.summary.contains("time limit of 5 s"))
    }

    @Test func memoryBombHitsTheMemoryLimit() throws {
        let report = try grade("memory-bomb", only: [fixturesID])
        #expect(check(report, fixturesID).feedback.summary.contains("memory limit of 4096 MiB"))
    }

    @Test func outputFloodIsStopped() throws {
        let report = try grade("stdout-flood", only: [fixturesID])
        #expect(check(report, fixturesID).feedback.summary.contains("past the output limit"))
    }

    @Test func forgedReportsChangeNothing() throws {
        let report = try grade("report-forging")
        #expect(report.points == 0)
        #expect(report.checks.allSatisfy { $0.status == .failed })
        // What it printed is shown to the student with --verbose, but never enters a report.
        #expect(report.checks[0].printed?.contains(#""max_score": 100"#) == true)
        #expect(!(try JSONReport.render(report)).contains("max_score"))
        #expect(TerminalReport.render(report, colour: false, verbose: true).contains("Your code printed (not graded):"))
        #expect(!TerminalReport.render(report, colour: false, verbose: false).contains("max_score"))
    }

    @Test func starterSaysWhichFunctionToImplement() throws {
        let report = try grade("not-implemented")
        #expect(report.points == 0)
        #expect(report.checks.allSatisfy { $0.feedback.summary == "discountedReturn(rewards:gamma:) is not implemented yet." })
    }

    @Test func missingFolderIsAClearReport() throws {
        let report = try grade("no-such-folder")
        #expect(report.status == "invalid")
        #expect(report.build.message?.contains("does not exist") == true)
    }

    @Test func reportFormatsAreWellFormed() throws {
        let report = try grade("fatal-error")
        let gradescope = try GradescopeReport.render(report)
        let object = try JSONSerialization.jsonObject(with: Data(gradescope.utf8)) as! [String: Any]
        #expect(object["score"] as? Double == 3)
        #expect((object["tests"] as? [[String: Any]])?.count == 3)
        #expect((object["tests"] as? [[String: Any]])?.last?["visibility"] as? String == "hidden")
        let junit = JUnitReport.render(report)
        #expect(junit.contains(#"<testcase classname="hw0" name="hw0.discounted-return.fixtures" time="#))
        #expect(junit.contains("<failure message="))
        #expect(MarkdownReport.render(report).contains("**Score:** 3 / 5"))
        #expect(try JSONReport.decode(JSONReport.render(report)) == report)
    }
}
