import Foundation
import RLGrader

/// Writes the `--reproduce` program of a failing check into `Reproduce/<check id>.swift`.
enum Reproducer {
    static func write(check: CheckResult, homework: HomeworkDescriptor, workspace: Workspace, submission: String?) throws(GraderError) {
        guard check.status != .passed else {
            printError("rlgrade: \(check.id) passed: nothing to reproduce")
            return
        }
        guard let input = check.failingInput else {
            printError("rlgrade: \(check.id) sent no input to your code (see its message above): nothing to reproduce")
            return
        }
        let path = workspace.root + "/Reproduce/\(check.id).swift"
        try ReportWriter.write(ReproductionFile.source(check: check, input: input, homework: homework), to: path)
        let shown = GradeCommand.display(path)
        let pathArgument = submission.map { " " + $0 } ?? ""
        printError("""
            rlgrade: wrote \(shown): it rebuilds the input \(check.id) failed on\(input.description.map { " (\($0))" } ?? "")
              and calls your \(input.function). Run it (edit it or add prints, and run it again):
                .build/debug/rlgrade run \(homework.id) \(shown)\(pathArgument)
            """)
    }
}
