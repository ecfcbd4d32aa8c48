import Foundation
import RLGrader

/// Writes to stderr.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// The help of this copy: a student release lists the student's commands only.
func currentUsage() -> String {
    ((try? Workspace.locate())?.isStudentRelease ?? false) ? studentUsage : usage
}

/// Runs one command and returns the exit code.
func runCommand(_ arguments: [String]) throws(GraderError) -> Int32 {
    guard let command = arguments.first else {
        printError(currentUsage())
        return 2
    }
    let rest = Array(arguments.dropFirst())
    switch command {
    case "--help", "-h", "help":
        if let id = rest.first, Homeworks.named(id) != nil { print(homeworkUsage(id)) } else { print(currentUsage()) }
        return 0
    case "pack":
        return try PackCommand.run(rest)
    case "run":
        return try RunCommand.run(rest)
    case "--version":
        print(version)
        return 0
    case "list":
        return try ListCommand.run(rest)
    case "grade":
        let options = try ArgumentList.parseGrade(rest, allowPath: false, allowSubmission: true)
        guard options.path != nil else { throw .usage("grade needs --submission PATH") }
        return try GradeCommand.run(options, everything: true)
    case "validate":
        return try ValidateCommand.run(rest)
    case "record":
        guard rest.count == 1, !rest[0].hasPrefix("-") else { throw .usage("usage: rlgrade record hwN") }
        let workspace = try Workspace.locate()
        let (path, count) = try Recorder.record(workspace: workspace, homeworkID: rest[0])
        print("recorded \(count) reference answers in \(path)")
        return 0
    case "batch":
        return try BatchCommand.run(rest)
    case "merge":
        return try MergeCommand.run(rest)
    case "similarity":
        return try SimilarityCommand.run(rest)
    case "gradescope":
        return try GradescopeCommand.run(rest)
    case "release":
        return try ReleaseCommand.run(rest)
    case "starters":
        return try StartersCommand.run(rest)
    case "doctor":
        guard rest.isEmpty else { throw .usage("doctor takes no arguments") }
        print(IsolationGate.doctorReport(workspace: try? Workspace.locate()), terminator: "")
        return 0
    case "bench":
        return try BenchCommand.run(rest)
    default:
        if command.hasPrefix("hw") {
            if rest.contains("--help") || rest.contains("-h") {
                print(homeworkUsage(command))
                return 0
            }
            let options = try ArgumentList.parseGrade(arguments, allowPath: true, allowSubmission: false)
            return try GradeCommand.run(options, everything: false)
        }
        throw .usage("unknown command \(command)")
    }
}

let exitCode: Int32
do {
    exitCode = try runCommand(Array(CommandLine.arguments.dropFirst()))
} catch {
    switch error {
    case .usage(let message):
        printError("rlgrade: \(message)")
        printError("see `rlgrade help`")
    default:
        printError("rlgrade: \(error)")
    }
    exitCode = error.exitCode
}
exit(exitCode)
