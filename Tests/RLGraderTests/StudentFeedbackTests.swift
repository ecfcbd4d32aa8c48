import Foundation
import Testing
@testable import RLGrader

/// The student-facing pieces of issue 15: ZIP files, `--only` selection, crash reasons, compiler
/// messages, labelled printed output, the terminal's "(N more lines)".
@Suite struct StudentFeedbackTests {
    static let rubric = try! RubricLoader.parse(RubricLoaderTests.good, displayPath: "Grading/hw0.json", homework: .hw0)

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func zipRoundTripsAndIsDeterministic() throws {
        let entries = [
            ZipWriter.Entry(path: "HW2Solution.swift", bytes: Array("struct HW2Solution {}\n".utf8)),
            ZipWriter.Entry(path: "Helpers/Extra.swift", bytes: Array("// é\n".utf8)),
        ]
        let bytes = ZipWriter.archive(entries)
        #expect(bytes == ZipWriter.archive(entries))
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(try ZipReader.entries(bytes) == entries)
        #expect(throws: ZipReader.Unreadable.self) { try ZipReader.entries(Array("not a zip at all, no".utf8)) }
    }

    @Test func zipReaderSkipsPathsThatLeaveTheFolder() throws {
        let bytes = ZipWriter.archive([
            ZipWriter.Entry(path: "../evil.swift", bytes: [1]), ZipWriter.Entry(path: "/abs.swift", bytes: [2]),
            ZipWriter.Entry(path: "__MACOSX/._A.swift", bytes: [3]), ZipWriter.Entry(path: "A.swift", bytes: [4]),
        ])
        #expect(try ZipReader.entries(bytes).map(\.path) == ["A.swift"])
    }

    @Test func onlyAcceptsIDsPrefixesAndFunctionNames() throws {
        let ids = Self.rubric.entries.map(\.id)
        #expect(try CheckSelection.resolve(["hw0.discounted-return.fixtures"], rubric: Self.rubric, candidates: ids) == ["hw0.discounted-return.fixtures"])
        #expect(try CheckSelection.resolve(["hw0.discounted-return"], rubric: Self.rubric, candidates: ids) == ids)
        #expect(try CheckSelection.resolve(["discountedReturn(rewards:gamma:)"], rubric: Self.rubric, candidates: ids) == ids)
        #expect(CheckSelection.matchesID("hw2.value-iteration.contraction", "valueIteration"))
        #expect(!CheckSelection.matchesID("hw2.value-iteration.contraction", "hw2.value"))
        #expect(throws: GraderError.self) { try CheckSelection.resolve(["hw0.nope"], rubric: Self.rubric, candidates: ids) }
        // A hidden check exists but is not run in a student's run: said so.
        do {
            _ = try CheckSelection.resolve(["hw0.discounted-return.random"], rubric: Self.rubric, candidates: ["hw0.discounted-return.fixtures"])
            Issue.record("expected a usage error")
        } catch { #expect(error.description.contains("not a public check")) }
    }

    @Test func crashReasonsComeFromTheRuntimeMessage() {
        #expect(CrashReason.from(log: "  Swift runtime failure: Unexpectedly found nil while unwrapping an Optional value\n  f() at A.swift:3:4")
            == "Unexpectedly found nil while unwrapping an Optional value")
        #expect(CrashReason.from(log: "Swift runtime failure: arithmetic overflow") == "Arithmetic overflow")
        #expect(CrashReason.from(log: "Program crashed: Illegal instruction\n  Array.subscript.getter\n  f() at A.swift:7:65") == "Index out of range")
        #expect(CrashReason.from(log: "Fatal error: I did not expect three rewards") == "Fatal error: I did not expect three rewards")
        #expect(CrashReason.from(log: "Program crashed: Segmentation fault") == nil)
        let feedback = Feedback(
            "2 of 3 cases passed. Your code crashed with SIGILL (signal 4) while running f(x:).",
            details: "Crash log:\nProgram crashed: Illegal instruction\n  Array.subscript.getter")
        #expect(CrashReason.naming(feedback).summary
            == "2 of 3 cases passed. Your code crashed (Index out of range; SIGILL, signal 4) while running f(x:).")
    }

    @Test func diagnosticsShowTheSourceLineAndACaret() {
        let d = Diagnostic(file: "ValueIteration.swift", line: 12, column: 9, severity: "error",
                           message: "cannot find 'x' in scope", source: "\tlet y = x + 1")
        #expect(d.rendered(pathPrefix: "Assignments/hw2/") == """
            Assignments/hw2/ValueIteration.swift:12:9: error: cannot find 'x' in scope
                \tlet y = x + 1
                \t       ^
            """)
    }

    @Test func diagnosticsParseReadsTheSourceLine() throws {
        let folder = NSTemporaryDirectory() + "rlgrade-diag-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "line one\n  let x: Int = \"a\"\n".write(toFile: folder + "/A.swift", atomically: true, encoding: .utf8)
        let parsed = Diagnostic.parse("\(folder)/A.swift:2:16: error: cannot convert value\n", relativeTo: folder)
        #expect(parsed.map(\.file) == ["A.swift"])
        #expect(parsed.first?.source == "  let x: Int = \"a\"")
    }

    @Test func theGeneratedMainIsNeverNamed() {
        let main = Diagnostic(file: "(generated main.swift)", line: 4, column: 38, severity: "error", message: "cannot find 'HW2Solution' in scope")
        let mine = Diagnostic(file: "A.swift", line: 1, column: 1, severity: "warning", message: "unused")
        let explained = Diagnostic.explainingGeneratedMain([main, mine], solutionType: "HW2Solution", protocolName: "DynamicProgrammingHomework")
        #expect(explained.count == 2)
        #expect(explained[0].message.hasPrefix("no type `HW2Solution` conforming to `DynamicProgrammingHomework` was found"))
        #expect(!explained.map(\.rendered).joined().contains("main.swift"))
        let notConforming = Diagnostic(file: "(generated main.swift)", line: 4, column: 38, severity: "error",
                                       message: "value of type 'HW2Solution' does not conform to specified type 'DynamicProgrammingHomework'")
        #expect(Diagnostic.explainingGeneratedMain([notConforming], solutionType: "HW2Solution", protocolName: "DynamicProgrammingHomework")[0]
            .message.contains("does not conform"))
    }

    @Test func printedOutputIsLabelledByInput() {
        let m = "\u{1E}rlgrade-input "
        let text = "\(m)0\n\(m)1\nhello\nworld\n\(m)2\n"
        let labelled = PrintedOutput.labelled([text], labels: [(function: "f(x:)", inputs: ["seed 1", "seed 2", "seed 3"])])
        #expect(labelled == "— f(x:), input 2 (seed 2):\n  hello\n  world")
        #expect(PrintedOutput.labelled(["\(m)0\n"], labels: [(function: "f(x:)", inputs: [nil])]) == nil)
    }

    static func report(_ checks: [CheckResult], build: BuildSummary = BuildSummary(status: "ok", message: nil, diagnostics: [])) -> Report {
        Report(homework: "hw0", title: "T", submission: "s", mode: "grading", seedOverride: nil, build: build, checks: checks,
               points: checks.reduce(0) { $0 + $1.points }, maxPoints: checks.reduce(0) { $0 + $1.maxPoints },
               status: checks.allSatisfy { $0.status == .passed } ? "passed" : "failed")
    }

    static func check(_ id: String, _ visibility: Visibility, _ status: CheckStatus, points: Double = 0, max: Double = 2, input: String? = "seed 7") -> CheckResult {
        CheckResult(id: id, title: id, visibility: visibility, points: points, maxPoints: max, status: status,
                    feedback: Feedback("It failed.", input: input, hint: "Look."), data: nil)
    }

    @Test func verbosePrintedOutputSaysHowManyLinesWereCut() {
        var c = Self.check("hw0.a", .public, .failed)
        c.printed = (1...45).map { "line \($0)" }.joined(separator: "\n")
        let out = TerminalReport.render(Self.report([c]), colour: false, verbose: true)
        #expect(out.contains("line 40\n"))
        #expect(!out.contains("line 41"))
        #expect(out.contains("(5 more lines)"))
    }

    @Test func terminalShowsCompilerErrorsWithTheStudentsPaths() {
        let d = Diagnostic(file: "A.swift", line: 2, column: 3, severity: "error", message: "boom", source: "  x")
        let report = Self.report([Self.check("hw0.a", .public, .failed)],
                                 build: BuildSummary(status: "compile-error", message: "Your code does not compile (1 error):\nA.swift:2:3: error: boom", diagnostics: [d]))
        let out = TerminalReport.render(report, colour: false, verbose: false, pathPrefix: "Assignments/hw0/")
        #expect(out.contains("Assignments/hw0/A.swift:2:3: error: boom\n      x\n      ^"))
        #expect(out.components(separatedBy: "error: boom").count == 2)  // once
    }
}
