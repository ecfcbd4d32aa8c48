import Foundation

/// `rlgrade similarity hwN SUBMISSIONS_DIR --out DIR`: reads the class (same layouts as `batch`),
/// analyses it and writes `index.html`, `similarity.csv`, `pairs/pair-NNNN.html`, and the `moss/` and
/// `jplag/` export folders. Everything written depends only on the files read: the same class gives
/// byte-identical output.
public enum SimilarityRun {
    public struct Summary: Sendable {
        public var submissions: Int
        public var pairs: Int
        public var pages: Int
        /// The top pairs as text lines, for the terminal.
        public var top: [String]
        public var skipped: Int
    }

    public static func run(workspace: Workspace, options: SimilarityOptions) throws(GraderError) -> Summary {
        guard Homeworks.named(options.homeworkID) != nil else {
            throw .usage("unknown homework \(options.homeworkID) (rlgrade list shows them)")
        }
        let submissions = (options.submissionsFolder as NSString).standardizingPath
        let out = (options.outFolder as NSString).standardizingPath
        guard out != submissions, !out.hasPrefix(submissions + "/") else {
            throw .usage("--out \(options.outFolder) is inside the submissions folder; choose a folder outside it (its exports would be read as a student's files)")
        }
        try prepare(out: options.outFolder)
        let discovered = try SubmissionDiscovery.discover(options.submissionsFolder, homeworkID: options.homeworkID)
        let read = LockedBox([ComparedSubmission?](repeating: nil, count: discovered.count))
        parallelFor(discovered.count, width: options.jobs) { i in
            let sources = ComparedSubmission.read(student: discovered[i].student, folder: discovered[i].folder, homeworkID: options.homeworkID)
            read.withLock { $0[i] = sources }
        }
        let base = BaseCode.load(workspace: workspace, homeworkID: options.homeworkID)
        let analysis = SimilarityAnalysis(submissions: read.snapshot.compactMap { $0 }, base: base, options: options)
        let students = analysis.submissions.map(\.student)
        let pages = min(options.pages, analysis.pairs.count)

        let rendered = LockedBox([String](repeating: "", count: pages))
        parallelFor(pages, width: options.jobs) { i in
            let pair = analysis.pairs[i]
            let html = PairPage.render(
                summary: PairPage.Summary(homeworkID: options.homeworkID, rank: i + 1, pairCount: analysis.pairs.count, pair: pair),
                first: analysis.submissions[pair.first], second: analysis.submissions[pair.second], matches: analysis.matches(pair))
            rendered.withLock { $0[i] = html }
        }
        for (i, html) in rendered.snapshot.enumerated() {
            try ReportWriter.write(html, to: options.outFolder + "/" + SimilarityOverviewPage.pagePath(rank: i + 1))
        }
        var skipped: [(student: String, note: String)] = []
        for s in analysis.submissions {
            for note in s.skipped { skipped.append((s.student, note)) }
            if s.files.isEmpty && s.skipped.isEmpty { skipped.append((s.student, "no .swift files")) }
        }
        try ReportWriter.write(
            SimilarityOverviewPage.render(SimilarityOverviewPage.Facts(
                homeworkID: options.homeworkID, options: options, students: students, index: analysis.index,
                pairs: analysis.pairs, pages: pages, skipped: skipped)),
            to: options.outFolder + "/index.html")
        try ReportWriter.write(
            SimilarityCSV.render(pairs: analysis.pairs, students: students, pages: pages),
            to: options.outFolder + "/similarity.csv")
        if options.export {
            try MossExport.write(
                to: options.outFolder + "/moss", homeworkID: options.homeworkID, base: base.starter,
                submissions: analysis.submissions, idiomLimit: analysis.index.idiomLimit)
            try JPlagExport.write(
                to: options.outFolder + "/jplag", homeworkID: options.homeworkID, base: base.starter,
                submissions: analysis.submissions)
        }
        let top = analysis.pairs.prefix(10).enumerated().map { i, p in
            "\(i + 1). \(students[p.first]) ↔ \(students[p.second]): \(p.shared) shared, "
                + "\(SimilarityHTML.percent(p.firstPercent)) / \(SimilarityHTML.percent(p.secondPercent))"
        }
        return Summary(submissions: students.count, pairs: analysis.pairs.count, pages: pages, top: top, skipped: skipped.count)
    }

    /// The out folder must be new, empty, or an earlier similarity output (whose files are replaced).
    static func prepare(out: String) throws(GraderError) {
        let fm = FileManager.default
        let entries = (try? fm.contentsOfDirectory(atPath: out)) ?? []
        guard !entries.isEmpty else { return }
        guard entries.contains("similarity.csv") else {
            throw .usage("\(out) is not empty and holds no earlier similarity output; choose a new folder")
        }
        for name in ["pairs", "moss", "jplag", "index.html", "similarity.csv"] where entries.contains(name) {
            do { try fm.removeItem(atPath: out + "/" + name) } catch { throw .configuration("cannot replace \(out)/\(name): \(error)") }
        }
    }
}
