import Foundation

/// What `rlgrade batch` was asked to do.
public struct BatchOptions: Sendable {
    public var homeworkID: String
    public var submissionsFolder: String
    public var outFolder: String
    public var jobs: Int
    /// `(index, count)` with 1 ≤ index ≤ count: grade only this deterministic share.
    public var shard: (index: Int, count: Int)?
    /// Grade only this student (again, even when a stored result is current).
    public var student: String?
    /// Ignore stored results: grade every selected submission again.
    public var force = false

    public init(homeworkID: String, submissionsFolder: String, outFolder: String, jobs: Int, shard: (index: Int, count: Int)?) {
        self.homeworkID = homeworkID
        self.submissionsFolder = submissionsFolder
        self.outFolder = outFolder
        self.jobs = jobs
        self.shard = shard
    }
}

/// Progress of a batch, for the progress bar.
public struct BatchProgress: Sendable {
    public var done: Int
    public var total: Int
    public var failures: Int
    public var reused: Int
    public var elapsedSeconds: Double
    /// The students being graded right now.
    public var current: [String] = []
}

/// `shard.json` in a shard's output folder: which share it holds, for `rlgrade merge`.
public struct ShardManifest: Codable, Sendable {
    public var homework: String
    public var index: Int
    public var count: Int
    public var students: [String]
}

/// Grades a folder of submissions in parallel, resumably: results are keyed by student id and the
/// hash of the submission's files, each written atomically, the gradebook rebuilt from them.
public struct BatchRunner: Sendable {
    public let workspace: Workspace
    public let options: BatchOptions

    public init(workspace: Workspace, options: BatchOptions) {
        self.workspace = workspace
        self.options = options
    }

    var resultsFolder: String { options.outFolder + "/results" }

    /// Runs the batch; `progress` is called after each submission.
    public func run(progress: @escaping @Sendable (BatchProgress) -> Void) throws(GraderError) -> BatchProgress {
        let (homework, rubric, grader, _) = try GraderSetup.make(workspace: workspace, homeworkID: options.homeworkID)
        var submissions = try BatchTriage.submissions(options, homework: homework.id)
        if let shard = options.shard {
            submissions = submissions.enumerated().filter { $0.offset % shard.count == shard.index - 1 }.map(\.element)
        }
        let graderKey = try self.graderKey(stubKey: grader.builder.stubs.key)
        do { try FileManager.default.createDirectory(atPath: resultsFolder, withIntermediateDirectories: true) } catch {
            throw .configuration("cannot create \(resultsFolder): \(error)")
        }
        let stored = submissions.map { options.force || $0.student == options.student ? nil : record(for: $0, graderKey: graderKey) }
        let pending = zip(submissions, stored).filter { $0.1 == nil && (options.student == nil || $0.0.student == options.student) }.map(\.0)
        let reused = stored.compactMap { $0 }
        let started = Date()
        // A rerun counts the stored non-passing results too: "failures" is the class's, not this run's.
        let state = LockedBox(BatchProgress(done: reused.count, total: reused.count + pending.count,
                                            failures: reused.filter { $0.status != "passed" }.count,
                                            reused: reused.count, elapsedSeconds: 0))
        progress(state.snapshot)
        let results = resultsFolder
        parallelFor(pending.count, width: max(1, options.jobs)) { i in
            let submission = pending[i]
            progress(state.withLock { p -> BatchProgress in
                p.current.append(submission.student)
                return p
            })
            let begin = Date()
            var failed = true
            do {
                let report = try grader.grade(GradingRequest(
                    homework: homework, rubric: rubric, submissionFolder: submission.folder,
                    submissionName: submission.student, includeNonPublic: true, concurrency: 1))
                let base = results + "/" + BatchRecord.fileName(submission.student)
                try ReportWriter.write(try JSONReport.render(report), to: base + ".json")
                try ReportWriter.write(MarkdownReport.render(report), to: base + ".md")
                let record = BatchRecord(
                    student: submission.student, contentHash: submission.contentHash, graderKey: graderKey,
                    status: report.status, points: report.points, maxPoints: report.maxPoints,
                    seconds: Date().timeIntervalSince(begin))
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                try ReportWriter.write(String(decoding: try encoder.encode(record), as: UTF8.self) + "\n", to: base + ".meta.json")
                failed = report.status != "passed"
            } catch {
                // Not recorded: a rerun grades this submission again. The gradebook shows it as not-graded.
                FileHandle.standardError.write(Data("rlgrade: \(submission.student): \(error)\n".utf8))
            }
            let snapshot = state.withLock { p -> BatchProgress in
                p.done += 1
                if failed { p.failures += 1 }
                p.current.removeAll { $0 == submission.student }
                p.elapsedSeconds = Date().timeIntervalSince(started)
                return p
            }
            progress(snapshot)
        }
        try writeOutputs(homework: homework.id, rubric: rubric, submissions: submissions, graderKey: graderKey)
        return state.snapshot
    }

    /// The key of everything a stored grade depends on besides the submission.
    func graderKey(stubKey: String) throws(GraderError) -> String {
        let rubricText = (try? String(contentsOfFile: workspace.rubricPath(options.homeworkID), encoding: .utf8)) ?? ""
        let goldenText = (try? String(contentsOfFile: workspace.goldenPath(options.homeworkID), encoding: .utf8)) ?? ""
        // The grader's own code: the running executable (size and modification time identify a build).
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: executable)
        let size = (attributes?[.size] as? NSNumber)?.stringValue ?? "?"
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let graderHash = "\(executable)|\(size)|\(modified)"
        return StableHashHex.hex([rubricText, goldenText, stubKey, graderHash].joined(separator: "\u{1}"))
    }

    /// The stored record of `submission`, if it was graded with the same files and grader.
    func record(for submission: DiscoveredSubmission, graderKey: String) -> BatchRecord? {
        let base = resultsFolder + "/" + BatchRecord.fileName(submission.student)
        guard let data = FileManager.default.contents(atPath: base + ".meta.json"),
              let record = try? JSONDecoder().decode(BatchRecord.self, from: data),
              record.contentHash == submission.contentHash, record.graderKey == graderKey,
              FileManager.default.fileExists(atPath: base + ".json")
        else { return nil }
        return record
    }

    /// gradebook.csv, summary.md and (for a shard) shard.json, from the stored results only.
    func writeOutputs(homework: String, rubric: Rubric, submissions: [DiscoveredSubmission], graderKey: String) throws(GraderError) {
        var reports: [(student: String, report: Report)] = []
        var records: [BatchRecord] = []
        for submission in submissions {
            let base = resultsFolder + "/" + BatchRecord.fileName(submission.student)
            if let record = record(for: submission, graderKey: graderKey),
               let text = try? String(contentsOfFile: base + ".json", encoding: .utf8),
               let report = try? JSONReport.decode(text) {
                reports.append((submission.student, report))
                records.append(record)
            } else {
                reports.append((submission.student, Report.notGraded(homework: homework, student: submission.student, rubric: rubric)))
            }
        }
        let roster = GradescopeExport.load(options.submissionsFolder).map {
            GradebookRoster.from($0, students: submissions.map(\.student), due: rubric.due)
        }
        try roster?.write(to: options.outFolder)
        try ReportWriter.write(Gradebook.csv(rubric: rubric, reports: reports, roster: roster), to: options.outFolder + "/gradebook.csv")
        try ReportWriter.write(
            BatchSummary.markdown(homework: homework, rubric: rubric, reports: reports, records: records),
            to: options.outFolder + "/summary.md")
        try ClassDashboard.write(
            homework: homework, rubric: rubric, reports: reports,
            referenceCurves: HTMLReportWriter.referenceCurves(workspace: workspace, homework: homework), outFolder: options.outFolder)
        if let shard = options.shard {
            let manifest = ShardManifest(homework: homework, index: shard.index, count: shard.count, students: submissions.map(\.student))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            do { try ReportWriter.write(String(decoding: try encoder.encode(manifest), as: UTF8.self) + "\n", to: options.outFolder + "/shard.json") }
            catch let e as GraderError { throw e } catch { throw .internal("\(error)") }
        }
    }
}

extension Report {
    /// A gradebook row for a submission whose grading did not finish (it is retried on the next run).
    static func notGraded(homework: String, student: String, rubric: Rubric) -> Report {
        Report(
            homework: homework, title: rubric.title, submission: student, mode: "grading", seedOverride: nil,
            build: BuildSummary(status: "not-graded", message: "grading did not finish; rerun the batch", diagnostics: []),
            checks: [], points: 0, maxPoints: rubric.maxPoints, status: "not-graded")
    }
}
