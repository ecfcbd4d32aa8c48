import Foundation
import RLGrader

/// `rlgrade pack hwN [PATH]`: writes `hwN-submission.zip` with exactly the files that will be
/// graded, then grades that zip the way the TA's grading reads an upload, and says so.
enum PackCommand {
    /// The files of `folder` that grading compiles: (zip path, absolute path), sorted.
    /// The one place pack asks the submission rule.
    static func filesToGrade(in folder: String, homeworkID: String) -> [(name: String, path: String)] {
        let graded = GradedFiles.list(in: folder, homeworkID: homeworkID)
        return graded.files.map { ($0, graded.folder + "/" + $0) }
    }

    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        var list = ArgumentList(items: arguments)
        var positionals: [String] = []
        var out: String?
        while !list.items.isEmpty {
            let item = list.items.removeFirst()
            if item == "--out" { out = try list.value(for: item) }
            else if item.hasPrefix("-") { throw .usage("unknown option \(item)") }
            else { positionals.append(item) }
        }
        guard (1...2).contains(positionals.count) else { throw .usage("usage: rlgrade pack hwN [PATH] [--out FILE.zip]") }
        let workspace = try Workspace.locate()
        let (homework, _) = try GradeCommand.loadRubric(workspace: workspace, id: positionals[0])
        let folder = GradeCommand.absolute(positionals.count == 2 ? positionals[1] : workspace.assignmentPath(homework.id))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .usage("\(GradeCommand.display(folder)) is not a folder: pass the folder of your homework")
        }
        let files = filesToGrade(in: folder, homeworkID: homework.id)
        guard !files.isEmpty else { throw .usage("\(GradeCommand.display(folder)) has no .swift files to submit") }
        var entries: [ZipWriter.Entry] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { throw .configuration("cannot read \(file.path)") }
            entries.append(ZipWriter.Entry(path: file.name, bytes: Array(data)))
        }
        let zip = GradeCommand.absolute(out ?? "\(homework.id)-submission.zip")
        do { try Data(ZipWriter.archive(entries)).write(to: URL(fileURLWithPath: zip), options: .atomic) } catch {
            throw .configuration("cannot write \(zip): \(error)")
        }
        print("rlgrade: wrote \(GradeCommand.display(zip)) with the \(files.count) file\(files.count == 1 ? "" : "s") that will be graded:")
        for file in files { print("  \(file.name)") }
        for skipped in GradedFiles.skipped(in: folder, homeworkID: homework.id) { print("  (not included, not graded: \(skipped))") }
        print("rlgrade: grading \(GradeCommand.display(zip)) as the TA's grading reads it (public checks here; hidden checks run at grading):\n")
        var options = GradeOptions()
        options.homework = homework.id
        options.path = zip
        let status = try GradeCommand.run(options, everything: false)
        print("\nUpload \(GradeCommand.display(zip)): it holds exactly the files above.")
        return status
    }
}
