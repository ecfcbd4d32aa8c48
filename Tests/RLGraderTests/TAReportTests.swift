import Foundation
import Testing
@testable import RLGrader

/// The TA-facing pieces of issue 15: Gradescope visibility, JUnit details, Markdown marks, summary
/// statistics, Gradescope exports in the gradebook, the progress line, the pinned Swift version.
@Suite struct TAReportTests {
    typealias S = StudentFeedbackTests

    func tests(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        return object["tests"] as! [[String: Any]]
    }

    @Test func gradescopeVisibilityMeansWhatItSays() throws {
        let report = S.report([S.check("hw0.a", .public, .failed), S.check("hw0.b", .hidden, .failed), S.check("hw0.c", .afterDue, .failed)])
        let t = try tests(try GradescopeReport.render(report))
        #expect(t.map { $0["visibility"] as! String } == ["visible", "hidden", "after_due_date"])
        #expect((t[0]["output"] as! String).contains("seed 7"))
        #expect((t[1]["output"] as! String).contains("seed 7"))  // hidden from students: the TA sees the input
        var published = report
        published.gradescopeHidden = "after_published"
        let p = try tests(try GradescopeReport.render(published))
        #expect(p.map { $0["visibility"] as! String } == ["visible", "after_published", "after_due_date"])
        // Shown once published: a hidden check's input (its seeds) is left out.
        #expect(!(p[1]["output"] as! String).contains("seed 7"))
        #expect((p[1]["output"] as! String).contains("It failed."))
    }

    @Test func rubricChoosesGradescopeHiddenVisibilityAndDueDate() throws {
        let text = RubricLoaderTests.good.replacingOccurrences(of: #""homework": "hw0","#,
            with: #""homework": "hw0", "gradescope_hidden": "after_published", "due": "2026-10-01T23:59:00Z","#)
        let rubric = try RubricLoader.parse(text, displayPath: "Grading/hw0.json", homework: .hw0)
        #expect(rubric.gradescopeHidden == "after_published")
        #expect(rubric.due == "2026-10-01T23:59:00Z")
        let bad = RubricLoaderTests.good.replacingOccurrences(of: #""homework": "hw0","#, with: #""homework": "hw0", "gradescope_hidden": "visible","#)
        #expect(throws: GraderError.self) { try RubricLoader.parse(bad, displayPath: "Grading/hw0.json", homework: .hw0) }
    }

    @Test func junitCarriesTimePointsAndTheCompileLog() {
        var partial = S.check("hw0.a", .public, .partial, points: 1, max: 2)
        partial.seconds = 1.25
        let xml = JUnitReport.render(S.report([partial]))
        #expect(xml.contains(#"name="hw0.a" time="1.250""#))
        #expect(xml.contains(#"message="1/2 points: It failed.""#))
        #expect(xml.contains("On input: seed 7"))
        let broken = S.report([S.check("hw0.a", .public, .failed, input: nil)],
                              build: BuildSummary(status: "compile-error", message: "A.swift:1:1: error: boom", diagnostics: []))
        let brokenXML = JUnitReport.render(broken)
        let testcase = brokenXML.components(separatedBy: "<testcase")[1]
        #expect(testcase.contains("A.swift:1:1: error: boom"))
        #expect(!brokenXML.contains("see above"))
    }

    @Test func markdownMarksHiddenChecksAndInvalidUploads() {
        let md = MarkdownReport.render(S.report([S.check("hw0.b", .hidden, .failed)]))
        #expect(md.contains("*(hidden)*"))
        #expect(md.contains("— hidden check"))
        let empty = S.report([S.check("hw0.a", .public, .failed)],
                             build: BuildSummary(status: "invalid", message: "Your submission has no .swift files.", diagnostics: []))
        let emptyMD = MarkdownReport.render(empty)
        #expect(emptyMD.contains("no .swift files"))
        #expect(!emptyMD.contains("does not compile"))
    }

    @Test func summaryStatisticsAndGroupedReasons() {
        func student(_ points: Double, _ summary: String, status: String = "failed") -> Report {
            var c = S.check("hw0.discounted-return.fixtures", .public, points >= 2 ? .passed : .failed, points: points)
            c.feedback.summary = summary
            var r = S.report([c])
            r.status = status
            return r
        }
        let reports: [(student: String, report: Report)] = [
            ("a", student(2, "ok")), ("b", student(0, "1 of 6 cases passed. V(2) is 0.5, expected 0.7")),
            ("c", student(0, "2 of 6 cases passed. V(3) is 0.25, expected 1")),
            ("d", student(0, "Not run", status: "compile-error")),
        ]
        let md = BatchStatistics.markdown(rubric: S.rubric, reports: reports)
        #expect(md.contains("| 0.50 | 0.00 | 0.87 | 0.00 | 2.00 | 3.5 |"))
        #expect(md.contains("| d | does not compile |"))
        #expect(md.contains("| 2 | V(#) is #, expected # |"))
        #expect(BatchStatistics.median([3, 1, 2, 10]) == 2.5)
    }

    static let metadata = """
        submission_101:
          :submitters:
          - :name: Ada Lovelace
            :sid: '1001'
            :email: ada@example.edu
          - :name: Alan Turing
            :sid: '1002'
            :email: alan@example.edu
          :created_at: 2026-10-02 01:59:00.000000 +0000
        submission_102:
          :submitters:
          - :name: Grace Hopper
            :sid: '1003'
            :email: grace@example.edu
          :created_at: 2026-10-01 20:00:00.000000 +0000
        """

    @Test func gradescopeExportGivesNamesGroupsAndLateness() {
        let export = GradescopeExport.parse(Self.metadata)
        #expect(export.submissions["submission_101"]?.submitters.map(\.id) == ["1001", "1002"])
        #expect(export.submissions["submission_102"]?.createdAt == "2026-10-01 20:00:00.000000 +0000")
        let roster = GradebookRoster.from(export, students: ["1001", "1003"], due: "2026-10-01T23:59:00Z")
        let reports: [(student: String, report: Report)] = [
            ("1001", S.report([S.check("hw0.discounted-return.fixtures", .public, .passed, points: 2)])),
            ("1003", S.report([S.check("hw0.discounted-return.fixtures", .public, .failed)])),
        ]
        let csv = Gradebook.csv(rubric: S.rubric, reports: reports, roster: roster)
        #expect(csv == """
            student_id,name,email,submission,hw0.discounted-return.fixtures,hw0.discounted-return.random,total,max,status,unseeded_randomness,late_hours
            1001,Ada Lovelace,ada@example.edu,1001,2,,2,2,passed,,2
            1002,Alan Turing,alan@example.edu,1001,2,,2,2,passed,,2
            1003,Grace Hopper,grace@example.edu,1003,0,,0,2,failed,,0

            """)
        // Without an export the gradebook is as before.
        #expect(Gradebook.csv(rubric: S.rubric, reports: reports).hasPrefix("student_id,hw0.discounted-return.fixtures,"))
    }

    @Test func progressLineFitsEightyColumnsAndNamesTheStudent() {
        var p = BatchProgress(done: 12, total: 3200, failures: 3, reused: 2, elapsedSeconds: 61)
        p.current = ["a-student-with-a-really-long-identifier@example.edu", "b"]
        let line = p.line()
        #expect(line.count <= 80)
        #expect(line.contains("a-student"))
        p.current = ["s07"]
        #expect(p.line().hasSuffix("· s07"))
    }

    @Test func gradescopeSetupAndClassroomPinOneSwiftVersion() {
        #expect(GradescopePackage.setupScript("hw2").contains("SWIFT_VERSION=\"${SWIFT_VERSION:-\(SwiftVersion.pinned)}\""))
        #expect(StudentRelease.classroomWorkflow("hw2").contains("swift-version: \"\(SwiftVersion.pinned)\""))
        #expect(!SwiftVersion.pinned.isEmpty)
    }
}
