import Foundation
import RLGrader

/// What `rlgrade hwN` tells a student before grading: edits to the course library that grading
/// will not use, and `.swift` files of the homework folder that are not graded.
enum Notices {
    static func forStudentRun(workspace: Workspace, homework: String, folder: String, student: Bool) -> [String] {
        var notices: [String] = []
        if student {
            let changed = workspace.localLibraryChanges()
            if !changed.isEmpty {
                let shown = changed.prefix(5).joined(separator: ", ") + (changed.count > 5 ? " and \(changed.count - 5) more" : "")
                notices.append("""
                    rlgrade: note: your changes to \(shown) are not used in grading: your homework is compiled \
                    against the course library as released (Grading/course-library/), as the TA's grading does. \
                    Move helpers into Assignments/\(homework)/.
                    """)
            }
        }
        // (A reference solution's mutants/ and variants/ are not skipped helpers.)
        let skipped = folder.hasPrefix(workspace.referenceSolutions + "/") ? [] : GradedFiles.skipped(in: folder, homeworkID: homework)
        if !skipped.isEmpty {
            notices.append("rlgrade: note: not graded (only the files `rlgrade pack \(homework)` lists are): "
                + skipped.prefix(8).joined(separator: ", ") + (skipped.count > 8 ? " and \(skipped.count - 8) more" : ""))
        }
        return notices
    }
}
