import Foundation
import RLGrader

/// `rlgrade hwN [PATH]` (public checks) and `rlgrade grade hwN --submission PATH` (every check).
enum GradeCommand {
    static func run(_ options: GradeOptions, everything: Bool) throws(GraderError) -> Int32 {
        let workspace = try Workspace.locate()
        let (homework, rubric) = try loadRubric(workspace: workspace, id: options.homework)
        // Checked before anything is compiled: the selection, and that the submission exists.
        let candidates = rubric.entries.filter { everything || $0.visibility == .public }.map(\.id)
        let only = options.only.isEmpty ? [] : try CheckSelection.resolve(options.only, rubric: rubric, candidates: candidates)
        if options.reproduce && only.count != 1 {
            throw .usage("--reproduce needs exactly one check: add --only ID (one of \(only.isEmpty ? candidates.joined(separator: ", ") : only.joined(separator: ", ")))")
        }
        let given = absolute(options.path ?? workspace.assignmentPath(homework.id))
        guard FileManager.default.fileExists(atPath: given) else {
            throw .usage(options.path == nil
                ? "\(display(given)) does not exist; run rlgrade in your course folder, or pass the folder of your homework"
                : "\(options.path!) does not exist: pass the folder (or .zip) of the submission")
        }
        let folder = try SubmissionUpload.folder(for: given)
        let name = ((options.path ?? given) as NSString).lastPathComponent
        // The course's own reference solutions are trusted code (the README's default job grades
        // one): they need no isolation layer; any other submission on a TA's run does.
        let trusted = (folder + "/").hasPrefix(workspace.referenceSolutions + "/")
        if everything && !trusted {
            try IsolationGate.requireForGrading(
                allowWeak: options.allowWeakIsolation, protecting: [workspace.root, folder] + (options.out.map { [absolute($0)] } ?? []))
        } else if !options.json {
            IsolationGate.noteForStudent()
        }
        let quiet = options.json
        if !quiet {
            for notice in Notices.forStudentRun(workspace: workspace, homework: homework.id, folder: folder, student: !everything) {
                printError(notice)
            }
        }
        let (_, _, grader, _) = try GraderSetup.make(workspace: workspace, homeworkID: homework.id)
        let live = LiveProgress(enabled: !quiet, isTTY: isatty(2) == 1, folder: display(given))
        var request = GradingRequest(
            homework: homework, rubric: rubric, submissionFolder: folder, submissionName: name,
            includeNonPublic: everything, only: only, seedOverride: options.seed)
        request.progress = { live.handle($0) }
        request.recordsInputs = options.reproduce
        let report = try grader.grade(request)
        live.finish()
        if options.json {
            do { print(try JSONReport.render(report), terminator: "") } catch { throw .internal("\(error)") }
        } else {
            let prefix = folder == given ? display(folder) + "/" : ""
            print(TerminalReport.render(report, colour: TerminalReport.stdoutWantsColour, verbose: options.verbose, pathPrefix: prefix),
                  terminator: "")
        }
        try ReportWriter.writeRequested(
            report, json: nil, junit: options.junit, gradescope: options.gradescope, markdown: options.markdown)
        if let out = options.out {
            try ReportWriter.writeRequested(
                report, json: out + "/report.json", junit: out + "/junit.xml",
                gradescope: out + "/results.json", markdown: out + "/report.md")
        }
        if options.reproduce, let check = report.checks.first {
            try Reproducer.write(check: check, homework: homework, workspace: workspace, submission: options.path)
        }
        try HTMLReportWriter.write(report, workspace: workspace, html: options.html, outFolder: options.out)
        if report.hasGraderError { return 3 }
        return report.allPassed ? 0 : 1
    }

    /// The homework and its rubric; in a student release, a homework it does not hold is named as such.
    static func loadRubric(workspace: Workspace, id: String) throws(GraderError) -> (HomeworkDescriptor, Rubric) {
        let released = workspace.homeworksWithRubric
        guard let homework = Homeworks.named(id) else {
            throw .usage("unknown homework \"\(id)\"; known: \(released.joined(separator: ", "))")
        }
        if workspace.isStudentRelease, !released.contains(id) {
            throw .usage("this release contains \(released.joined(separator: ", ")) only; \(id) comes in its own release")
        }
        let rubric = try RubricLoader.load(
            path: workspace.rubricPath(id), homework: homework, displayPath: "Grading/\(id).json")
        return (homework, rubric)
    }

    static func absolute(_ path: String) -> String {
        let p = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (p as NSString).standardizingPath
    }

    /// `path` as the user would type it from the current folder (relative when inside it).
    static func display(_ path: String) -> String {
        let cwd = (FileManager.default.currentDirectoryPath as NSString).standardizingPath
        if path == cwd { return "." }
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
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
        } ?? Homeworks.all.filter { workspace?.homeworksWithRubric.contains($0.id) ?? true }
        for homework in selected {
            print("\(homework.id) — \(homework.title)")
            var rubric: Rubric?
            if let workspace, arguments.count == 1 {
                // Asked for one homework: its rubric must load (a broken rubric is exit 2, with its error).
                rubric = try GradeCommand.loadRubric(workspace: workspace, id: homework.id).1
            } else {
                rubric = workspace.flatMap { try? RubricLoader.load(path: $0.rubricPath(homework.id), homework: homework) }
            }
            for check in homework.checks {
                let entry = rubric?.entry(check.id)
                let tag = entry.map { "\(Show.number($0.points)) pt\($0.extraCredit ? " extra credit" : ""), \($0.visibility.rawValue)" } ?? "not in rubric"
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
