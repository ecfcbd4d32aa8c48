import Foundation
import RLGrader

/// `rlgrade hwN [PATH]` (public checks) and `rlgrade grade hwN --submission PATH` (every check).
enum GradeCommand {
    static func run(_ options: GradeOptions, everything: Bool) throws(GraderError) -> Int32 {
        let workspace = try Workspace.locate()
        let (homework, rubric, grader, _) = try GraderSetup.make(workspace: workspace, homeworkID: options.homework)
        let folder = absolute(options.path ?? workspace.assignmentPath(homework.id))
        let name = (folder as NSString).lastPathComponent
        if everything {
            try IsolationGate.requireForGrading(
                allowWeak: options.allowWeakIsolation, protecting: [workspace.root, folder] + (options.out.map { [absolute($0)] } ?? []))
        } else {
            IsolationGate.noteForStudent()
        }
        if !options.json {
            FileHandle.standardError.write(Data("rlgrade: compiling \(folder) …\n".utf8))
        }
        let report = try grader.grade(GradingRequest(
            homework: homework, rubric: rubric, submissionFolder: folder, submissionName: name,
            includeNonPublic: everything, only: options.only, seedOverride: options.seed))
        if options.json {
            do { print(try JSONReport.render(report), terminator: "") } catch { throw .internal("\(error)") }
        } else {
            print(TerminalReport.render(report, colour: TerminalReport.stdoutWantsColour, verbose: options.verbose), terminator: "")
        }
        try ReportWriter.writeRequested(
            report, json: nil, junit: options.junit, gradescope: options.gradescope, markdown: options.markdown)
        if let out = options.out {
            try ReportWriter.writeRequested(
                report, json: out + "/report.json", junit: out + "/junit.xml",
                gradescope: out + "/results.json", markdown: out + "/report.md")
        }
        try HTMLReportWriter.write(report, workspace: workspace, html: options.html, outFolder: options.out)
        if report.hasGraderError { return 3 }
        return report.allPassed ? 0 : 1
    }

    static func absolute(_ path: String) -> String {
        let p = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (p as NSString).standardizingPath
    }
}

/// `rlgrade list [hwN]`.
enum ListCommand {
    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        guard arguments.count <= 1, !(arguments.first ?? "").hasPrefix("-") else { throw .usage("usage: rlgrade list [hwN]") }
        let workspace = try? Workspace.locate()
        let selected = try arguments.first.map { id throws(GraderError) -> [HomeworkDescriptor] in
            guard let hw = Homeworks.named(id) else { throw .usage("unknown homework \(id)") }
            return [hw]
        } ?? Homeworks.all
        for homework in selected {
            print("\(homework.id) — \(homework.title)")
            let rubric = workspace.flatMap { try? RubricLoader.load(path: $0.rubricPath(homework.id), homework: homework) }
            for check in homework.checks {
                let entry = rubric?.entry(check.id)
                let tag = entry.map { "\(Show.number($0.points)) pt, \($0.visibility.rawValue)" } ?? "not in rubric"
                print("  \(check.id)  (\(tag))\n      \(check.summary)")
            }
        }
        return 0
    }
}

/// `rlgrade validate [--strict] [hwN ...]`.
enum ValidateCommand {
    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        var strict = false
        var ids: [String] = []
        for a in arguments {
            if a == "--strict" { strict = true } else if a.hasPrefix("-") { throw .usage("unknown option \(a)") } else { ids.append(a) }
        }
        let workspace = try Workspace.locate()
        if ids.isEmpty { ids = Homeworks.all.map(\.id).filter { workspace.hasReference($0) } }
        let validator = Validator(workspace: workspace, strict: strict) { line in
            print(line)
            fflush(nil)
        }
        let problems = try validator.validate(ids)
        if problems.isEmpty {
            print("validate: OK (\(ids.joined(separator: ", ")))")
            return 0
        }
        print("validate: \(problems.count) problem\(problems.count == 1 ? "" : "s"):")
        for p in problems { print("  - \(p)") }
        return 1
    }
}

/// `rlgrade starters [--check] [hwN ...]`: regenerate (or verify) Assignments/ from the references.
enum StartersCommand {
    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        var check = false
        var ids: [String] = []
        for a in arguments {
            if a == "--check" { check = true } else if a.hasPrefix("-") { throw .usage("unknown option \(a)") } else { ids.append(a) }
        }
        let workspace = try Workspace.locate()
        if ids.isEmpty { ids = Homeworks.all.map(\.id).filter { workspace.hasReference($0) } }
        var differences: [String] = []
        for id in ids { differences += try StarterGenerator.sync(workspace: workspace, homework: id, check: check) }
        if check {
            if differences.isEmpty { print("starters: Assignments/ match the references (\(ids.joined(separator: ", ")))"); return 0 }
            for d in differences { print("starters: \(d)") }
            print("run `rlgrade starters` to regenerate them")
            return 1
        }
        for d in differences { print("wrote: \(d.components(separatedBy: " ").first ?? d)") }
        return 0
    }
}
