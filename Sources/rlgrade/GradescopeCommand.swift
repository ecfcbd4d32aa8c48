import Foundation
import RLGrader

/// `rlgrade gradescope hwN --out DIR`.
enum GradescopeCommand {
    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        var list = ArgumentList(items: arguments)
        var homework: String?
        var out: String?
        while !list.items.isEmpty {
            let item = list.items.removeFirst()
            if item == "--out" { out = try list.value(for: item) }
            else if item.hasPrefix("-") { throw .usage("unknown option \(item)") }
            else if homework == nil { homework = item } else { throw .usage("unexpected argument \(item)") }
        }
        guard let homework, let out else { throw .usage("usage: rlgrade gradescope hwN --out DIR") }
        let path = GradeCommand.absolute(out)
        let count = try GradescopePackage.build(workspace: try Workspace.locate(), homeworkID: homework, out: path)
        print("Gradescope autograder for \(homework): \(count) files in \(path)")
        print("  zip its contents (setup.sh and run_autograder at the top): cd \(path) && zip -r ../\(homework)-autograder.zip .")
        print("  simulate locally: AUTOGRADER_ROOT=/tmp/gs \(path)/run_autograder  (with /tmp/gs/source → \(path)/source and /tmp/gs/submission)")
        return 0
    }
}
