import Foundation

/// `rlgrade release hwN --out DIR`: what students get for one homework — the package (RLCore, the
/// protocols, the grader with hwN's public checks only, the CLI), hwN's handout and starters, the
/// public rubric entries and their recorded reference answers, and a GitHub Classroom workflow.
/// No reference solution, mutant, hidden rubric entry, hidden check or its answers.
public enum StudentRelease {
    public struct Summary: Sendable {
        public var files: Int
        public var publicChecks: [String]
        public var withheldChecks: [String]
    }

    public static func build(workspace: Workspace, homeworkID: String, out: String) throws(GraderError) -> Summary {
        guard let homework = Homeworks.named(homeworkID) else { throw .usage("unknown homework \(homeworkID)") }
        let rubric = try RubricLoader.load(path: workspace.rubricPath(homeworkID), homework: homework, displayPath: "Grading/\(homeworkID).json")
        let publicEntries = rubric.entries.filter { $0.visibility == .public }
        let withheld = rubric.entries.filter { $0.visibility != .public }.map(\.id)
            + homework.checks.map(\.id).filter { id in rubric.entry(id) == nil }
        let fm = FileManager.default
        if fm.fileExists(atPath: out) {
            guard ((try? fm.contentsOfDirectory(atPath: out)) ?? []).isEmpty else {
                throw .usage("\(out) exists and is not empty; choose a new folder for the release")
            }
        }
        let copier = TreeCopier(from: workspace.root, to: out)
        try copier.copyFile("Package.swift", transform: releasePackageManifest)
        try copier.copyFile(".gitignore")
        for folder in ["Sources/RLCore", "Sources/RLHomework", "Sources/RLJudgeKernels", "Sources/rlgrade", "Sources/RLSandbox", "Tests/RLCoreTests", "Grading/bench"] {
            try copier.copyTree(folder)
        }
        try copier.copyTree("Sources/RLGrader", skipping: ["Checks"])
        try copyPristineLibrary(workspace: workspace, out: out)
        try copier.copyTree("Assignments/\(homeworkID)")

        // Checks: the engine files, and for hwN the files of its public checks; generated descriptors.
        let checksFolder = "Sources/RLGrader/Checks"
        for name in ((try? fm.contentsOfDirectory(atPath: workspace.root + "/" + checksFolder)) ?? []).sorted() where name.hasSuffix(".swift") {
            try copier.copyFile(checksFolder + "/" + name)
        }
        for other in Homeworks.all {
            let folder = checksFolder + "/" + other.id.uppercased()
            var kept: [String] = []
            if other.id == homeworkID {
                let files = ((try? fm.contentsOfDirectory(atPath: workspace.root + "/" + folder)) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
                for file in files where !file.hasSuffix("Descriptor.swift") {
                    let text = (try? String(contentsOfFile: workspace.root + "/" + folder + "/" + file, encoding: .utf8)) ?? ""
                    if withheld.contains(where: { text.contains("\"\($0)\"") }) { continue }
                    try copier.copyFile(folder + "/" + file)
                }
                for entry in publicEntries {
                    let check = homework.check(entry.id)!
                    let typeName = String(describing: type(of: check))
                    guard fm.fileExists(atPath: out + "/" + folder + "/" + typeName + ".swift") else {
                        throw .configuration("release: the public check \(entry.id) must live alone in \(folder)/\(typeName).swift (one check type per file, no hidden check ids in it)")
                    }
                    kept.append(typeName + "()")
                }
            }
            try ReportWriter.write(descriptorSource(other, checks: kept), to: out + "/" + folder + "/" + other.id.uppercased() + "Descriptor.swift")
        }

        // Grading: the public rubric entries and their recorded answers.
        try ReportWriter.write(publicRubric(rubric, entries: publicEntries), to: out + "/Grading/\(homeworkID).json")
        if fm.fileExists(atPath: workspace.goldenPath(homeworkID)) { try copier.copyFile("Grading/golden/\(homeworkID).json") }
        try ReportWriter.write(studentReadme(homework), to: out + "/README.md")
        try ReportWriter.write(classroomWorkflow(homeworkID), to: out + "/.github/workflows/classroom.yml")

        // Nothing withheld may appear anywhere in the copy.
        var leaks: [String] = []
        let walker = fm.enumerator(atPath: out)
        while let relative = walker?.nextObject() as? String {
            if relative.hasPrefix("ReferenceSolutions") { leaks.append(relative) }
            guard let text = try? String(contentsOfFile: out + "/" + relative, encoding: .utf8) else { continue }
            for id in withheld where text.contains(id) { leaks.append("\(relative) mentions \(id)") }
        }
        guard leaks.isEmpty else {
            throw .internal("the release would leak: \(leaks.joined(separator: "; "))")
        }
        return Summary(files: copier.count, publicChecks: publicEntries.map(\.id), withheldChecks: withheld)
    }

    /// The package manifest without the instructor-only test targets.
    static func releasePackageManifest(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("name: \"RLGraderTests\"") && !$0.contains("name: \"EndToEndTests\"") }
            .joined(separator: "\n")
    }

    static func descriptorSource(_ h: HomeworkDescriptor, checks: [String]) -> String {
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        return """
            // Generated by `rlgrade release`: the public checks of this release only.
            extension HomeworkDescriptor {
                public static let \(h.id) = HomeworkDescriptor(
                    id: \(quoted(h.id)), title: \(quoted(h.title)), solutionType: \(quoted(h.solutionType)),
                    protocolName: \(quoted(h.protocolName)), exercisesExpression: \(quoted(h.exercisesExpression)),
                    checks: [\(checks.joined(separator: ", "))])
            }

            """
    }

    static func publicRubric(_ rubric: Rubric, entries: [RubricEntry]) -> String {
        var lines: [String] = []
        for e in entries {
            var fields = [
                "\"id\": \"\(e.id)\"", "\"points\": \(Show.number(e.points))", "\"visibility\": \"public\"",
                "\"seeds\": [\(e.seeds.map(String.init).joined(separator: ", "))]",
            ]
            if let t = e.tolerance { fields.append("\"tolerance\": \(t)") }
            fields.append("\"time_limit_seconds\": \(Show.number(e.timeLimitSeconds))")
            fields.append("\"memory_limit_mib\": \(e.memoryLimitMiB)")
            if !e.parameters.isEmpty {
                let ps = e.parameters.keys.sorted().map { "\"\($0)\": \(Show.number(e.parameters[$0]!))" }
                fields.append("\"params\": { \(ps.joined(separator: ", ")) }")
            }
            lines.append("    { " + fields.joined(separator: ", ") + " }")
        }
        let title = rubric.title.replacingOccurrences(of: "\"", with: "\\\"")
        return "{\n  \"homework\": \"\(rubric.homework)\",\n  \"title\": \"\(title)\",\n  \"checks\": [\n"
            + lines.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    static func studentReadme(_ h: HomeworkDescriptor) -> String {
        """
        # \(h.id): \(h.title)

        Your homework for the reinforcement-learning course. Read `Assignments/\(h.id)/README.md`,
        implement the functions in `Assignments/\(h.id)/*.swift`, and check your work:

        ```sh
        swift build
        .build/debug/rlgrade \(h.id)            # compiles Assignments/\(h.id) and runs the public checks
        .build/debug/rlgrade list \(h.id)       # what each check verifies
        .build/debug/rlgrade \(h.id) --verbose --only CHECK_ID
        ```

        The first run builds the course library (`RLCore`) with optimisations (about 15 s); after
        that each run takes a few seconds. Your code can use `RLCore` and Foundation.
        Grading uses these public checks and some hidden ones, on the same kinds of inputs.

        ## What to submit

        Only your `.swift` files of `Assignments/\(h.id)/` are graded, compiled against the course
        library as released (a copy is kept in `Grading/course-library/`; changes you make to
        `Sources/` are not used in grading — put helpers in `Assignments/\(h.id)/`). Run

        ```sh
        .build/debug/rlgrade pack \(h.id)       # writes \(h.id)-submission.zip and grades that zip
        ```

        and upload `\(h.id)-submission.zip`. It holds exactly the files that are graded; the command
        grades the zip the way the TA will, so what you see is what you get (plus the hidden checks).

        """
    }

    /// The course library as released, in `Grading/course-library/{RLCore,RLHomework}`: what
    /// `rlgrade hwN` compiles submissions against, whatever the student changes in `Sources/`.
    static func copyPristineLibrary(workspace: Workspace, out: String) throws(GraderError) {
        for module in ["RLCore", "RLHomework"] {
            let from = workspace.root + "/Sources/" + module
            for file in SourceFiles.swiftFiles(in: from) {
                guard let text = try? String(contentsOfFile: from + "/" + file, encoding: .utf8) else {
                    throw .configuration("release: cannot read \(from)/\(file)")
                }
                try ReportWriter.write(text, to: out + "/Grading/course-library/" + module + "/" + file)
            }
        }
    }

    static func classroomWorkflow(_ id: String) -> String {
        """
        # GitHub Classroom: runs the public checks of \(id) on every push.
        name: rlgrade
        on: [push, workflow_dispatch]
        jobs:
          grade:
            runs-on: ubuntu-22.04
            steps:
              - uses: actions/checkout@v4
              - uses: swift-actions/setup-swift@v2
                with:
                  swift-version: "\(SwiftVersion.pinned)"
              - run: swift build
              - run: .build/debug/rlgrade \(id) --junit rlgrade-junit.xml --markdown rlgrade-feedback.md
              - if: always()
                run: cat rlgrade-feedback.md >> "$GITHUB_STEP_SUMMARY"
              - if: always()
                uses: actions/upload-artifact@v4
                with:
                  name: rlgrade-report
                  path: |
                    rlgrade-junit.xml
                    rlgrade-feedback.md

        """
    }
}

/// Copies files of the repository into a release folder, counting them.
final class TreeCopier {
    let from: String
    let to: String
    private(set) var count = 0

    init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    func copyFile(_ relative: String, transform: ((String) -> String)? = nil) throws(GraderError) {
        let source = from + "/" + relative
        guard let data = FileManager.default.contents(atPath: source) else { throw .configuration("release: \(source) is missing") }
        if let transform {
            try ReportWriter.write(transform(String(decoding: data, as: UTF8.self)), to: to + "/" + relative)
        } else {
            do {
                try FileManager.default.createDirectory(atPath: ((to + "/" + relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try data.write(to: URL(fileURLWithPath: to + "/" + relative))
            } catch { throw .configuration("release: cannot write \(relative): \(error)") }
        }
        count += 1
    }

    func copyTree(_ relative: String, skipping: [String] = []) throws(GraderError) {
        let root = from + "/" + relative
        guard let walker = FileManager.default.enumerator(atPath: root) else { throw .configuration("release: \(root) is missing") }
        var files: [String] = []
        while let item = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + item, isDirectory: &isDirectory)
            if isDirectory.boolValue || skipping.contains(where: { item == $0 || item.hasPrefix($0 + "/") }) { continue }
            files.append(item)
        }
        for file in files.sorted() { try copyFile(relative + "/" + file) }
    }
}
