import Foundation
import RLGrader

/// `rlgrade gradescope hwN --out DIR`.
enum GradescopeCommand {
    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        let (homework, out) = try ArgumentList.parseHomeworkAndOut(arguments, usage: "usage: rlgrade gradescope hwN --out DIR")
        let path = GradeCommand.absolute(out)
        let count = try GradescopePackage.build(workspace: try Workspace.locate(), homeworkID: homework, out: path)
        print("Gradescope autograder for \(homework): \(count) files in \(path)")
        print("  zip its contents (setup.sh and run_autograder at the top): cd \(path) && zip -r ../\(homework)-autograder.zip .")
        print("  simulate locally: AUTOGRADER_ROOT=/tmp/gs \(path)/run_autograder  (with /tmp/gs/source → \(path)/source and /tmp/gs/submission)")
        return 0
    }
}
