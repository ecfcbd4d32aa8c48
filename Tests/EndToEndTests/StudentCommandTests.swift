import Foundation
import Testing
@testable import RLGrader

/// A student's commands end to end (issue 15): help, usage errors, `--only`, crash reasons,
/// compiler errors, printed output, `--reproduce` + `run`, `pack`, a release's pristine library.
@Suite(.serialized) struct StudentCommandTests {
    static let root = HW0PipelineTests.root
    static let fixtures = HW0PipelineTests.fixtures

    /// Runs the built rlgrade in `directory` (default: the repository) → (status, stdout, stderr).
    func rlgrade(
        _ arguments: [String], in directory: String = root, environment: [String: String] = [:], runningScript: Bool = false
    ) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: runningScript ? arguments[0] : Self.root + "/.build/debug/rlgrade")
        process.arguments = runningScript ? Array(arguments.dropFirst()) : arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        // By default through hw0's rubric with generous time limits (a loaded machine must not time out).
        let chosen = environment.isEmpty
            ? ["RLGRADE_ROOT": BatchTriageTests.generousRoot, "RLGRADE_CACHE": Self.root + "/.build/rlgrade-cache"] : environment
        process.environment = ProcessInfo.processInfo.environment.merging(chosen) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // stderr is small; read stdout to the end first, then stderr.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    static func folder(_ name: String) -> String { TAWorkflowTests.temporaryFolder(name) }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func bareRlgradePrintsHelpAndExits2() throws {
        let (status, out, err) = try rlgrade([])
        #expect(status == 2)
        #expect(out.isEmpty)
        #expect(err.contains("USAGE"))
    }

    @Test func homeworkHelpWorks() throws {
        let (status, out, _) = try rlgrade(["hw2", "--help"])
        #expect(status == 0)
        #expect(out.hasPrefix("rlgrade hw2 [PATH] [OPTIONS]"))
        #expect(out.contains("rlgrade pack hw2"))
    }

    @Test func usageErrorsAreOneLinePlusAPointer() throws {
        let (status, _, err) = try rlgrade(["hw0", "--seed", "minus-one"])
        #expect(status == 2)
        #expect(err.split(separator: "\n") == ["rlgrade: --seed expects a non-negative integer, got minus-one", "see `rlgrade help`"])
    }

    @Test func onlyTakesAPrefixOrAFunctionName() throws {
        let (_, prefixed, _) = try rlgrade(["hw0", "ReferenceSolutions/hw0", "--only", "hw0.discounted-return", "--json"])
        let byPrefix = try JSONReport.decode(prefixed)
        #expect(byPrefix.checks.map(\.id) == ["hw0.discounted-return.fixtures", "hw0.discounted-return.random"])
        let (_, named, _) = try rlgrade(["hw0", "ReferenceSolutions/hw0", "--only", "discountedReturn", "--json"])
        #expect(try JSONReport.decode(named).checks.map(\.id) == byPrefix.checks.map(\.id))
    }

    @Test func pipedProgressNamesEachCheckAndItsTimeLimitAndChangesNoReport() throws {
        let (_, out, err) = try rlgrade(["hw0", "ReferenceSolutions/hw0"])
        #expect(err.contains("rlgrade: compiling ReferenceSolutions/hw0 …\n"))
        #expect(err.contains("rlgrade: running hw0.discounted-return.fixtures (time limit 60 s)\n"))
        #expect(!out.contains("running"))
        let (_, json, jsonErr) = try rlgrade(["hw0", "ReferenceSolutions/hw0", "--json"])
        #expect(jsonErr.isEmpty)
        let (_, again, _) = try rlgrade(["hw0", "ReferenceSolutions/hw0", "--json"])
        #expect(json == again)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script") && ProcessInfo.processInfo.environment["RLGRADE_NO_PTY"] == nil))
    func ttyProgressRedrawsOneLineNamingTheRunningCheck() throws {
        // util-linux `script` gives rlgrade a terminal; the status line is redrawn with \r and cleared.
        let (_, out, _) = try rlgrade(["/usr/bin/script", "-qec", Self.root + "/.build/debug/rlgrade hw0 ReferenceSolutions/hw0", "/dev/null"], runningScript: true)
        #expect(out.contains("running hw0.discounted-return."))  // checks run two at a time
        #expect(out.contains(" of 60 s"))
        #expect(out.contains("\r\u{1B}[2K"))
        #expect(!out.contains("rlgrade: running"))  // the plain lines are for pipes only
        #expect(out.contains("Score: 4 / 4"))
    }

    @Test func aMissingSubmissionIsAUsageErrorAndWritesNoReport() throws {
        let out = Self.folder("missing-out") + "/reports"
        let (status, _, err) = try rlgrade(["grade", "hw0", "--submission", "/nonexistent/student", "--out", out])
        #expect(status == 2)
        #expect(err.contains("/nonexistent/student does not exist"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func crashesNameTheRuntimesReason() throws {
        let (_, out, _) = try rlgrade(["hw0", "Tests/EndToEndTests/Fixtures/hw0/index-out-of-range", "--only", "hw0.discounted-return.fixtures"])
        #expect(out.contains("crashed (Index out of range; SIGILL, signal 4)"))
        let unwrap = Self.folder("force-unwrap")
        try Self.write("""
            import RLHomework
            struct HW0Solution: DiscountedReturnHomework {
                func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
                    let first: Double? = rewards.isEmpty ? nil : rewards[0]
                    return first! * gamma
                }
            }
            """, to: unwrap + "/HW0Solution.swift")
        let (_, nilOut, _) = try rlgrade(["hw0", unwrap, "--only", "hw0.discounted-return.fixtures"])
        #expect(nilOut.contains("crashed (Unexpectedly found nil while unwrapping an Optional value; SIGILL, signal 4)"))
    }

    @Test func compilerErrorsShowTheLineACaretAndTheStudentsPath() throws {
        let (status, out, _) = try rlgrade(["hw0", "Tests/EndToEndTests/Fixtures/hw0/non-compiling"])
        #expect(status == 1)
        #expect(out.contains("""
            Tests/EndToEndTests/Fixtures/hw0/non-compiling/HW0Solution.swift:7:16: error: cannot convert return expression of type 'Int' to return type 'Double'
                        return total
                               ^
            """))
        #expect(out.components(separatedBy: "cannot convert return expression").count == 2)  // the log once
        let misnamed = Self.folder("misnamed")
        try Self.write("import RLHomework\nstruct MySolution {}\n", to: misnamed + "/HW0Solution.swift")
        let (_, misnamedOut, _) = try rlgrade(["hw0", misnamed])
        #expect(misnamedOut.contains("no type `HW0Solution` conforming to `DiscountedReturnHomework` was found"))
        #expect(!misnamedOut.contains("main.swift"))
    }

    @Test func anEmptyUploadSaysNoSwiftFilesAndNoTAPath() throws {
        let empty = Self.folder("empty-upload")
        try Self.write("my homework", to: empty + "/notes.txt")
        let markdown = Self.folder("empty-upload-report") + "/report.md"
        let (_, out, _) = try rlgrade(["grade", "hw0", "--submission", empty, "--markdown", markdown])
        let md = try String(contentsOfFile: markdown, encoding: .utf8)
        for text in [out, md] {
            #expect(text.contains("no .swift files"))
            #expect(!text.contains("does not compile"))
            #expect(!text.contains(empty))
        }
    }

    @Test func verboseLabelsPrintedLinesByInputAndCountsWhatIsCut() throws {
        let chatty = Self.folder("chatty")
        try Self.write("""
            import RLHomework
            struct HW0Solution: DiscountedReturnHomework {
                func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
                    for k in 0..<10 { print("step", k, "of", rewards.count) }
                    return rewards.reversed().reduce(0) { $1 + gamma * $0 }
                }
            }
            """, to: chatty + "/HW0Solution.swift")
        let (_, out, _) = try rlgrade(["hw0", chatty, "--only", "hw0.discounted-return.fixtures", "--verbose"])
        #expect(out.contains("— discountedReturn(rewards:gamma:), input 1 (rewards [1, 1, 1], γ = 0.5):\n          step 0 of 3\n"))
        #expect(out.contains("more lines)"))
        #expect(!out.contains("\u{1E}"))
    }

    @Test func reproduceWritesAProgramThatRebuildsTheFailingInput() throws {
        let work = Self.folder("reproduce")
        try FileManager.default.copyItem(atPath: Self.fixtures + "failing", toPath: work + "/failing")
        let (usageStatus, _, usageErr) = try rlgrade(["hw0", work + "/failing", "--reproduce"])
        #expect(usageStatus == 2 && usageErr.contains("--reproduce needs exactly one check"))
        let file = BatchTriageTests.generousRoot + "/Reproduce/hw0.discounted-return.random.swift"
        try? FileManager.default.removeItem(atPath: file)
        defer { try? FileManager.default.removeItem(atPath: BatchTriageTests.generousRoot + "/Reproduce") }
        let (status, _, err) = try rlgrade(["hw0", work + "/failing", "--only", "hw0.discounted-return.random", "--reproduce"])
        #expect(status == 1)
        #expect(err.contains("/Reproduce/hw0.discounted-return.random.swift: it rebuilds the input"))
        let program = try String(contentsOfFile: file, encoding: .utf8)
        #expect(program.contains("HW0.DiscountedReturn.run(HW0Solution(), input)"))
        #expect(program.contains("\"gamma\" : 0.5"))  // seed 2's episode, in full
        let (runStatus, runOut, _) = try rlgrade(["run", "hw0", file, work + "/failing"])
        #expect(runStatus == 0)
        #expect(runOut.contains("your discountedReturn(rewards:gamma:) returned: -11.9"))
    }

    @Test func packZipsExactlyTheGradedFilesAndGradesTheZip() throws {
        let work = Self.folder("pack")
        try FileManager.default.copyItem(atPath: Self.root + "/ReferenceSolutions/hw0", toPath: work + "/hw0")
        try Self.write("// a helper in a subfolder: graded\n", to: work + "/hw0/Helpers/Notes.swift")
        try Self.write("\u{0}\u{5}Mac metadata", to: work + "/hw0/._HW0Solution.swift")
        let (status, out, _) = try rlgrade(["pack", "hw0", "hw0"], in: work)
        #expect(status == 0, "\(out)")
        #expect(out.contains("wrote hw0-submission.zip with the 2 files that will be graded:\n  HW0Solution.swift\n  Helpers/Notes.swift"))
        #expect(out.contains("grading hw0-submission.zip as the TA's grading reads it"))
        #expect(out.contains("all checks passed"))
        #expect(out.contains("(not included, not graded: ._HW0Solution.swift: a macOS metadata file (ignored))"))
        let (_, _, notice) = try rlgrade(["hw0", "hw0"], in: work)
        #expect(notice.contains("rlgrade: note: not graded (only the files `rlgrade pack hw0` lists are): ._HW0Solution.swift"))
        let bytes = try #require(FileManager.default.contents(atPath: work + "/hw0-submission.zip"))
        let entries = try ZipReader.entries(Array(bytes))
        #expect(entries.map(\.path) == PackCommandRule.files(in: work + "/hw0"))
        // The TA's side reads the zip too.
        let (gradeStatus, json, _) = try rlgrade(["grade", "hw0", "--submission", work + "/hw0-submission.zip", "--json"])
        #expect(gradeStatus == 0)
        #expect(try JSONReport.decode(json).status == "passed")
        let holder = Self.folder("zip-holder")
        try FileManager.default.copyItem(atPath: work + "/hw0-submission.zip", toPath: holder + "/upload.zip")
        let (_, heldJSON, _) = try rlgrade(["grade", "hw0", "--submission", holder, "--json"])
        #expect(try JSONReport.decode(heldJSON).status == "passed")
    }

    @Test func theRepositoryRootGetsNoStrayResultsFile() throws {
        _ = try rlgrade(["hw0", "Tests/EndToEndTests/Fixtures/hw0/report-forging", "--only", "hw0.discounted-return.fixtures"])
        #expect(!FileManager.default.fileExists(atPath: Self.root + "/results.json"))
        #expect(!FileManager.default.fileExists(atPath: BatchTriageTests.generousRoot + "/results.json"))
    }

    /// A student release's layout, without building it: no ReferenceSolutions/, one rubric, the
    /// pristine library in Grading/course-library/, and the student's edited Sources/.
    static func fakeRelease() throws -> String {
        let release = folder("fake-release")
        let fm = FileManager.default
        for item in ["Grading/hw0.json", "Grading/golden/hw0.json", "Assignments/hw0"] {
            try fm.createDirectory(atPath: ((release + "/" + item) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try fm.copyItem(atPath: root + "/" + item, toPath: release + "/" + item)
        }
        for module in ["RLCore", "RLHomework"] {
            try fm.createDirectory(atPath: release + "/Grading/course-library", withIntermediateDirectories: true)
            try fm.copyItem(atPath: root + "/Sources/" + module, toPath: release + "/Grading/course-library/" + module)
            try fm.createDirectory(atPath: release + "/Sources", withIntermediateDirectories: true)
            try fm.copyItem(atPath: root + "/Sources/" + module, toPath: release + "/Sources/" + module)
        }
        try "// my helper\npublic func myHelper() -> Int { 1 }\n".write(toFile: release + "/Sources/RLCore/Mine.swift", atomically: true, encoding: .utf8)
        return release
    }

    @Test func aReleaseGradesAgainstThePristineLibraryAndSaysSo() throws {
        let release = try Self.fakeRelease()
        let environment = ["RLGRADE_ROOT": release, "RLGRADE_CACHE": Self.root + "/.build/rlgrade-cache"]
        try Self.write("""
            import RLHomework
            import RLCore
            struct HW0Solution: DiscountedReturnHomework {
                func discountedReturn(rewards: [Double], gamma: Double) throws -> Double { Double(myHelper()) }
            }
            """, to: release + "/Assignments/hw0/HW0Solution.swift")
        let (status, out, err) = try rlgrade(["hw0"], in: release, environment: environment)
        #expect(status == 1)
        #expect(err.contains("your changes to Sources/RLCore/Mine.swift are not used in grading"))
        #expect(err.contains("Move helpers into Assignments/hw0/"))
        #expect(out.contains("cannot find 'myHelper' in scope"))  // compiled as the TA will
        // Help lists the student's commands only; another homework is named as not in the release.
        let (_, help, _) = try rlgrade(["help"], in: release, environment: environment)
        #expect(help.contains("rlgrade pack hwN"))
        #expect(!help.contains("rlgrade batch"))
        let (otherStatus, _, otherErr) = try rlgrade(["hw3"], in: release, environment: environment)
        #expect(otherStatus == 2)
        #expect(otherErr.contains("this release contains hw0 only"))
    }

    @Test func listOnABrokenRubricExits2WithItsError() throws {
        let release = try Self.fakeRelease()
        try "{ \"homework\": \"hw0\", \"checks\": [ { \"id\": \"hw0.nope\" } ] }".write(toFile: release + "/Grading/hw0.json", atomically: true, encoding: .utf8)
        let (status, _, err) = try rlgrade(["list", "hw0"], in: release, environment: ["RLGRADE_ROOT": release])
        #expect(status == 2)
        #expect(err.contains("Grading/hw0.json:1: checks[0].id: unknown check id \"hw0.nope\""))
    }
}

/// The submission rule as `pack` applies it (the builder's own discovery), for the tests.
enum PackCommandRule {
    static func files(in folder: String) -> [String] { GradedFiles.list(in: folder).files }
}
