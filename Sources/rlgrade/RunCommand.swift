import Foundation
import RLGrader

/// `rlgrade run hwN FILE.swift [PATH]`: compiles FILE.swift (e.g. written by `--reproduce`) with
/// the homework's files (Assignments/hwN, or PATH) and runs it.
enum RunCommand {
    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        guard arguments.count == 2 || arguments.count == 3, !arguments.contains(where: { $0.hasPrefix("-") }) else {
            throw .usage("usage: rlgrade run hwN FILE.swift [PATH]")
        }
        let workspace = try Workspace.locate()
        let (homework, _) = try GradeCommand.loadRubric(workspace: workspace, id: arguments[0])
        let file = GradeCommand.absolute(arguments[1])
        guard FileManager.default.fileExists(atPath: file) else { throw .usage("\(arguments[1]) does not exist") }
        let given = GradeCommand.absolute(arguments.count == 3 ? arguments[2] : workspace.assignmentPath(homework.id))
        let folder = try SubmissionUpload.folder(for: given)
        return try ScratchProgram.run(file: file, submissionFolder: folder, workspace: workspace)
    }
}
