import Foundation

/// `rlgrade merge DIR... --out DIR`: combines shard outputs into what one batch would have written
/// (gradebook.csv, summary.md, index.html, results/ with every student's reports and HTML pages, roster.json), refusing
/// overlaps and gaps.
public enum ShardMerge {
    public static func merge(shardFolders: [String], out: String, workspace: Workspace) throws(GraderError) -> Int {
        var manifests: [(String, ShardManifest)] = []
        for folder in shardFolders {
            guard let data = FileManager.default.contents(atPath: folder + "/shard.json"),
                  let manifest = try? JSONDecoder().decode(ShardManifest.self, from: data)
            else { throw .configuration("\(folder)/shard.json is missing or invalid: is \(folder) the --out of `rlgrade batch --shard I/N`?") }
            manifests.append((folder, manifest))
        }
        guard let first = manifests.first?.1 else { throw .usage("merge needs at least one shard folder") }
        for (folder, m) in manifests where m.homework != first.homework || m.count != first.count {
            throw .configuration("\(folder) is shard \(m.index)/\(m.count) of \(m.homework), but the first is of \(first.homework) in \(first.count) shards")
        }
        var byIndex: [Int: String] = [:]
        for (folder, m) in manifests {
            if let other = byIndex[m.index] { throw .configuration("shard \(m.index)/\(m.count) appears twice: \(other) and \(folder)") }
            byIndex[m.index] = folder
        }
        let missing = (1...first.count).filter { byIndex[$0] == nil }
        guard missing.isEmpty else {
            throw .configuration("gap: shard\(missing.count == 1 ? "" : "s") \(missing.map { "\($0)/\(first.count)" }.joined(separator: ", ")) missing; grade them with --shard and merge again")
        }
        var owner: [String: String] = [:]
        var reports: [(student: String, report: Report)] = []
        var records: [BatchRecord] = []
        var copies: [(from: String, to: String)] = []
        for (folder, m) in manifests.sorted(by: { $0.1.index < $1.1.index }) {
            for student in m.students {
                if let other = owner[student] { throw .configuration("overlap: \(student) is in \(other) and in \(folder)") }
                owner[student] = folder
                let path = folder + "/results/" + BatchRecord.fileName(student) + ".json"
                guard let text = try? String(contentsOfFile: path, encoding: .utf8), let report = try? JSONReport.decode(text),
                      FileManager.default.fileExists(atPath: folder + "/results/" + BatchRecord.fileName(student) + ".meta.json")
                else { throw .configuration("gap: \(student) of shard \(m.index)/\(m.count) has no finished result in \(folder); rerun that shard") }
                reports.append((student, report))
                let base = "/results/" + BatchRecord.fileName(student)
                if let data = FileManager.default.contents(atPath: folder + base + ".meta.json"),
                   let record = try? JSONDecoder().decode(BatchRecord.self, from: data) { records.append(record) }
                for ext in [".json", ".md", ".meta.json"] where FileManager.default.fileExists(atPath: folder + base + ext) {
                    copies.append((folder + base + ext, out + base + ext))
                }
            }
        }
        guard let homework = Homeworks.named(first.homework) else { throw .configuration("unknown homework \(first.homework)") }
        let rubric = try RubricLoader.load(path: workspace.rubricPath(first.homework), homework: homework)
        for copy in copies {
            guard let text = try? String(contentsOfFile: copy.from, encoding: .utf8) else { continue }
            try ReportWriter.write(text, to: copy.to)
        }
        let roster = GradebookRoster.merged(shardFolders.compactMap(GradebookRoster.read(from:)))
        try roster?.write(to: out)
        reports.sort { $0.student < $1.student }
        try ReportWriter.write(Gradebook.csv(rubric: rubric, reports: reports, roster: roster), to: out + "/gradebook.csv")
        try ReportWriter.write(
            BatchSummary.markdown(homework: first.homework, rubric: rubric, reports: reports, records: records),
            to: out + "/summary.md")
        try ClassDashboard.write(
            homework: first.homework, rubric: rubric, reports: reports,
            referenceCurves: HTMLReportWriter.referenceCurves(workspace: workspace, homework: first.homework), outFolder: out)
        return reports.count
    }
}
