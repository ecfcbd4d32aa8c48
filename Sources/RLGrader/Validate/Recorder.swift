import Foundation

/// `rlgrade record hwN`: runs the public checks on the reference with a live oracle and writes the
/// reference's answers to `Grading/golden/hwN.json`, so a student release (no reference) can run
/// every public check.
public enum Recorder {
    public static func record(workspace: Workspace, homeworkID: String) throws(GraderError) -> (path: String, answers: Int) {
        guard workspace.hasReference(homeworkID) else {
            throw .configuration("ReferenceSolutions/\(homeworkID) is missing: recording needs the reference solution")
        }
        let (homework, rubric, grader, oracle) = try GraderSetup.make(workspace: workspace, homeworkID: homeworkID, useGolden: false)
        let (golden, report) = try referenceAnswers(
            homework: homework, rubric: rubric, grader: grader, oracle: oracle, reference: workspace.referencePath(homeworkID))
        if let bad = report.checks.first(where: { $0.status != .passed }) {
            throw .configuration("the reference does not pass \(bad.id); fix it before recording: \(bad.feedback.summary)")
        }
        let path = workspace.goldenPath(homeworkID)
        do { try ReportWriter.write(String(decoding: try golden.encoded(), as: UTF8.self), to: path) }
        catch let e as GraderError { throw e } catch { throw .internal("\(error)") }
        return (path, golden.answers.count)
    }

    /// Grades the reference with the public checks through a live-only `oracle` and returns every
    /// answer the oracle gave: what `Grading/golden/hwN.json` must hold (and the report, to check).
    static func referenceAnswers(
        homework: HomeworkDescriptor, rubric: Rubric, grader: Grader, oracle: ReferenceOracle, reference: String
    ) throws(GraderError) -> (golden: GoldenFile, report: Report) {
        let report = try grader.grade(GradingRequest(
            homework: homework, rubric: rubric, submissionFolder: reference, submissionName: "reference",
            includeNonPublic: false, concurrency: 1))
        return (GoldenFile(homework: homework.id, answers: oracle.usedAnswers, referenceCurves: report.learningCurves), report)
    }
}
