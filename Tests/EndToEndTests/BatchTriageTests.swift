import Foundation
import Testing
@testable import RLGrader

/// A TA's batch triage end to end (issue 15): usage errors, reruns that count the real failures,
/// `--student`, `--force`, an `--out` inside the submissions, zip uploads, summary statistics,
/// merge outputs, and a Gradescope export's names and groups in the gradebook.
@Suite(.serialized) struct BatchTriageTests {
    static let root = HW0PipelineTests.root
    static let fixtures = HW0PipelineTests.fixtures

    @discardableResult
    func rlgrade(_ arguments: [String]) throws -> (Int32, String) {
        try TAWorkflowTests().rlgrade(arguments, environment: ["RLGRADE_ROOT": Self.generousRoot, "RLGRADE_CACHE": Self.root + "/.build/rlgrade-cache"])
    }

    /// The repository seen through hw0's rubric with 60 s time limits, so a loaded machine (the whole
    /// suite runs in parallel) cannot turn a correct submission into a time-out and these tests
    /// compare whole files.
    static let generousRoot: String = {
        let folder = TAWorkflowTests.temporaryFolder("generous-root")
        let fm = FileManager.default
        for item in ["Sources", "ReferenceSolutions", "Assignments"] {
            try! fm.createSymbolicLink(atPath: folder + "/" + item, withDestinationPath: root + "/" + item)
        }
        try! fm.createDirectory(atPath: folder + "/Grading", withIntermediateDirectories: true)
        try! fm.createSymbolicLink(atPath: folder + "/Grading/golden", withDestinationPath: root + "/Grading/golden")
        let rubric = try! String(contentsOfFile: root + "/Grading/hw0.json", encoding: .utf8)
            .replacingOccurrences(of: #""time_limit_seconds": \d+"#, with: #""time_limit_seconds": 60"#, options: .regularExpression)
        try! rubric.write(toFile: folder + "/Grading/hw0.json", atomically: true, encoding: .utf8)
        return folder
    }()

    /// a: passing, b: failing, c: non-compiling.
    static func submissions(_ name: String) throws -> String {
        let folder = TAWorkflowTests.temporaryFolder(name)
        for (student, fixture) in [("a", "passing"), ("b", "failing"), ("c", "non-compiling")] {
            try FileManager.default.copyItem(atPath: fixtures + fixture, toPath: folder + "/" + student)
        }
        return folder
    }

    func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    @Test func batchMistakesAreUsageErrorsWithAHint() throws {
        let empty = TAWorkflowTests.temporaryFolder("batch-empty")
        let (status, output) = try rlgrade(["batch", "hw0", empty, "--out", empty + "-out"])
        #expect(status == 2)
        #expect(output.contains("no submissions in \(empty)"))
        let one = TAWorkflowTests.temporaryFolder("batch-one")
        try FileManager.default.copyItem(atPath: Self.fixtures + "passing/HW0Solution.swift", toPath: one + "/HW0Solution.swift")
        let (oneStatus, oneOutput) = try rlgrade(["batch", "hw0", one, "--out", one + "-out"])
        #expect(oneStatus == 2)
        #expect(oneOutput.contains("did you mean `rlgrade grade hw0 --submission \(one)`?"))
        let (missingStatus, _) = try rlgrade(["batch", "hw0", "/nonexistent/submissions", "--out", one + "-out"])
        #expect(missingStatus == 2)
        let (studentStatus, studentOutput) = try rlgrade(["batch", "hw0", try Self.submissions("batch-unknown"), "--out", one + "-out", "--student", "zz"])
        #expect(studentStatus == 2 && studentOutput.contains("--student zz: no such submission"))
    }

    @Test func rerunsCountRealFailuresAndStudentAndForceRegrade() throws {
        let submissions = try Self.submissions("batch-triage")
        let out = submissions + "/grades"  // inside the submissions folder: never graded as a student
        let (status, first) = try rlgrade(["batch", "hw0", submissions, "--out", out, "--jobs", "2"])
        #expect(status == 0, "\(first)")
        #expect(first.contains("done, 3 submissions (0 reused, 2 not passing)"))
        let (_, rerun) = try rlgrade(["batch", "hw0", submissions, "--out", out])
        #expect(rerun.contains("done, 3 submissions (3 reused, 2 not passing)"))
        let gradebook = try String(contentsOfFile: out + "/gradebook.csv", encoding: .utf8)
        #expect(gradebook.split(separator: "\n").dropFirst().map { String($0.prefix(2)) } == ["a,", "b,", "c,"])

        let aMeta = out + "/results/a.meta.json", bMeta = out + "/results/b.meta.json"
        let (aBefore, bBefore) = (modified(aMeta), modified(bMeta))
        usleep(20_000)
        let (_, one) = try rlgrade(["batch", "hw0", submissions, "--out", out, "--student", "b"])
        #expect(one.contains("done, 3 submissions (2 reused, 2 not passing)"))
        #expect(modified(aMeta) == aBefore && modified(bMeta) != bBefore)
        let (_, forced) = try rlgrade(["batch", "hw0", submissions, "--out", out, "--force"])
        #expect(forced.contains("(0 reused, 2 not passing)"))
        #expect(modified(aMeta) != aBefore)

        // summary.md: statistics, who to follow up, grouped failure reasons; per-student Markdown.
        let summary = try String(contentsOfFile: out + "/summary.md", encoding: .utf8)
        #expect(summary.contains("| mean | median | stdev | min | max | out of |"))
        #expect(summary.contains("| c | does not compile |"))
        #expect(summary.contains("### `hw0.discounted-return.fixtures`"))
        #expect(summary.contains("## Score distribution per check"))
        let cReport = try String(contentsOfFile: out + "/results/c.md", encoding: .utf8)
        #expect(cReport.components(separatedBy: "cannot convert return expression").count == 2)  // the log once
    }

    @Test func mergeWritesWhatOneBatchWrites() throws {
        let submissions = try Self.submissions("batch-merge")
        let shard1 = TAWorkflowTests.temporaryFolder("triage-shard1"), shard2 = TAWorkflowTests.temporaryFolder("triage-shard2")
        let full = TAWorkflowTests.temporaryFolder("triage-full"), merged = TAWorkflowTests.temporaryFolder("triage-merged")
        try rlgrade(["batch", "hw0", submissions, "--out", full])
        try rlgrade(["batch", "hw0", submissions, "--out", shard1, "--shard", "1/2"])
        try rlgrade(["batch", "hw0", submissions, "--out", shard2, "--shard", "2/2"])
        let (status, output) = try rlgrade(["merge", shard1, shard2, "--out", merged])
        #expect(status == 0, "\(output)")
        func read(_ folder: String, _ file: String) -> String { (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? "missing" }
        #expect(read(merged, "gradebook.csv") == read(full, "gradebook.csv"))
        for student in ["a", "b", "c"] {
            #expect(read(merged, "results/\(student).json") == read(full, "results/\(student).json"))
            #expect(read(merged, "results/\(student).md") == read(full, "results/\(student).md"))
            #expect(read(merged, "results/\(student).html") == read(full, "results/\(student).html"))
        }
        #expect(read(merged, "index.html") == read(full, "index.html"))
        // The summary differs only in the measured seconds of the slowest-submissions table.
        func scored(_ text: String) -> String { text.components(separatedBy: "## Slowest submissions").first ?? "" }
        #expect(scored(read(merged, "summary.md")) == scored(read(full, "summary.md")))
        #expect(read(merged, "summary.md").contains("## Slowest submissions"))
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

    @Test func gradescopeExportNamesGroupsAndZipUploads() throws {
        let export = TAWorkflowTests.temporaryFolder("gradescope-export")
        try FileManager.default.copyItem(atPath: Self.fixtures + "passing", toPath: export + "/submission_101")
        try FileManager.default.createDirectory(atPath: export + "/submission_102", withIntermediateDirectories: true)
        let zip = ZipWriter.archive([ZipWriter.Entry(
            path: "HW0Solution.swift", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "failing/HW0Solution.swift"))))])
        try Data(zip).write(to: URL(fileURLWithPath: export + "/submission_102/upload.zip"))
        try Self.metadata.write(toFile: export + "/submission_metadata.yml", atomically: true, encoding: .utf8)
        let out = TAWorkflowTests.temporaryFolder("gradescope-export-out")
        let (status, output) = try rlgrade(["batch", "hw0", export, "--out", out])
        #expect(status == 0, "\(output)")
        let gradebook = try String(contentsOfFile: out + "/gradebook.csv", encoding: .utf8)
        #expect(gradebook == """
            student_id,name,email,submission,hw0.discounted-return.fixtures,hw0.discounted-return.random,hw0.discounted-return.long-episodes,total,max,status,unseeded_randomness
            1001,Ada Lovelace,ada@example.edu,1001,2,2,1,5,5,passed,
            1002,Alan Turing,alan@example.edu,1001,2,2,1,5,5,passed,
            1003,Grace Hopper,grace@example.edu,1003,0,0,0,0,5,failed,

            """)
    }
}
