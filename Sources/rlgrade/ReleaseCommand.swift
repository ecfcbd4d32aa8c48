import Foundation
import RLGrader

/// `rlgrade release hwN --out DIR` and `rlgrade release --check`.
enum ReleaseCommand {
    /// Starters match the references, and every homework's release builds its file tree without
    /// leaking a hidden check id (handouts included).
    static func check() throws(GraderError) -> Int32 {
        var status = try StartersCommand.run(["--check"])
        let workspace = try Workspace.locate()
        for homework in Homeworks.all.map(\.id) where workspace.hasReference(homework) {
            let scratch = NSTemporaryDirectory() + "rlgrade-release-check-\(getpid())-\(homework)"
            try? FileManager.default.removeItem(atPath: scratch)
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            do {
                let summary = try StudentRelease.build(workspace: workspace, homeworkID: homework, out: scratch)
                print("release: \(homework) ok (\(summary.publicChecks.count) public checks, \(summary.withheldChecks.count) withheld)")
            } catch {
                print("release: \(homework): \(error)")
                status = 1
            }
        }
        return status
    }

    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        if arguments == ["--check"] { return try check() }
        let (homework, out) = try ArgumentList.parseHomeworkAndOut(arguments, usage: "usage: rlgrade release hwN --out DIR   |   rlgrade release --check")
        let workspace = try Workspace.locate()
        let differences = try StarterGenerator.sync(workspace: workspace, homework: homework, check: true)
        guard differences.isEmpty else {
            throw .configuration("Assignments/\(homework) is out of date with the reference: run `rlgrade starters \(homework)` first\n" + differences.joined(separator: "\n"))
        }
        let summary = try StudentRelease.build(workspace: workspace, homeworkID: homework, out: GradeCommand.absolute(out))
        print("release of \(homework): \(summary.files) files in \(GradeCommand.absolute(out))")
        print("  public checks: \(summary.publicChecks.joined(separator: ", "))")
        print("  withheld: \(summary.withheldChecks.isEmpty ? "none" : summary.withheldChecks.joined(separator: ", "))")
        return 0
    }
}
