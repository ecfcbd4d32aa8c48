import Foundation
import Testing
@testable import RLGrader

/// The TA's workflows end to end, through the built `rlgrade`: a synthetic batch of 32 hostile and
/// ordinary submissions, a batch killed with SIGKILL and resumed, shards merged, a student release
/// that builds and runs, and a simulated Gradescope run. The three run side by side (each has its
/// own folders), so the release's `swift build` overlaps the batches.
@Suite struct TAWorkflowTests {
    static let root = HW0PipelineTests.root
    static let rlgrade = root + "/.build/debug/rlgrade"

    /// fixture → (copies, expected gradebook row after the student id)
    static let population: [(String, Int, String)] = [
        ("passing", 12, "2,2,1,5,5,passed,"),
        ("failing", 3, "0,0,0,0,5,failed,"),
        ("non-compiling", 3, "0,0,0,0,5,compile-error,"),
        ("fatal-error", 3, "0,2,1,3,5,failed,"),
        ("index-out-of-range", 2, "0,2,1,3,5,failed,"),
        ("hanging", 1, "0,0,0,0,5,failed,"),
        ("memory-bomb", 2, "0,0,0,0,5,failed,"),
        ("stdout-flood", 2, "0,0,0,0,5,failed,"),
        ("report-forging", 2, "0,0,0,0,5,failed,"),
        ("not-implemented", 2, "0,0,0,0,5,failed,"),
    ]

    static func temporaryFolder(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "rlgrade-test-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// 32 submissions; ids s00…s31 shuffled deterministically across kinds.
    static func makeSubmissions() throws -> (folder: String, expected: String) {
        let folder = temporaryFolder("submissions")
        var rows: [String] = []
        var kinds: [(String, String)] = []
        for (fixture, copies, row) in population { for _ in 0..<copies { kinds.append((fixture, row)) } }
        var rng = SystemIndependentShuffle(seed: 7)
        rng.shuffle(&kinds)
        for (i, (fixture, row)) in kinds.enumerated() {
            let id = String(format: "s%02d", i)
            try FileManager.default.copyItem(atPath: HW0PipelineTests.fixtures + fixture, toPath: folder + "/" + id)
            rows.append("\(id),\(row)")
        }
        let header = "student_id,hw0.discounted-return.fixtures,hw0.discounted-return.random,hw0.discounted-return.long-episodes,total,max,status,unseeded_randomness"
        return (folder, ([header] + rows.sorted()).joined(separator: "\n") + "\n")
    }

    @discardableResult
    func rlgrade(_ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.rlgrade)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Self.root)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func gradebook(_ out: String) -> String { (try? String(contentsOfFile: out + "/gradebook.csv", encoding: .utf8)) ?? "" }

    @Test func batchKillResumeAndShards() throws {
        let (submissions, expected) = try Self.makeSubmissions()

        // 1. A full batch gives the expected gradebook, and a rerun reuses every result.
        let full = Self.temporaryFolder("full")
        let (status, output) = try rlgrade(["batch", "hw0", submissions, "--out", full, "--jobs", "2"])
        #expect(status == 0, "\(output)")
        #expect(gradebook(full) == expected)
        let summary = try String(contentsOfFile: full + "/summary.md", encoding: .utf8)
        #expect(summary.contains("| `hw0.discounted-return.fixtures` | public | 2 | 12/32 | 38% |"))
        let (_, rerun) = try rlgrade(["batch", "hw0", submissions, "--out", full])
        #expect(rerun.contains("(32 reused"))
        #expect(gradebook(full) == expected)

        // 2. Killed with SIGKILL midway, then rerun: the same gradebook, nothing lost or doubled.
        let killed = Self.temporaryFolder("killed")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.rlgrade)
        process.arguments = ["batch", "hw0", submissions, "--out", killed, "--jobs", "2"]
        process.currentDirectoryURL = URL(fileURLWithPath: Self.root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var finished = 0
        for _ in 0..<3000 {  // up to 5 minutes on a busy machine
            finished = ((try? FileManager.default.contentsOfDirectory(atPath: killed + "/results")) ?? []).filter { $0.hasSuffix(".meta.json") }.count
            if finished >= 8 { break }
            usleep(100_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(finished >= 8 && finished < 32)
        try rlgrade(["batch", "hw0", submissions, "--out", killed])
        #expect(gradebook(killed) == expected)

        // 3. Two shards merged equal one full run; gaps and overlaps are refused.
        let shard1 = Self.temporaryFolder("shard1"), shard2 = Self.temporaryFolder("shard2"), merged = Self.temporaryFolder("merged")
        try rlgrade(["batch", "hw0", submissions, "--out", shard1, "--shard", "1/2"])
        try rlgrade(["batch", "hw0", submissions, "--out", shard2, "--shard", "2/2"])
        let (gapStatus, gap) = try rlgrade(["merge", shard1, "--out", merged])
        #expect(gapStatus == 2 && gap.contains("gap: shard 2/2 missing"))
        let (overlapStatus, overlap) = try rlgrade(["merge", shard1, shard1, "--out", merged])
        #expect(overlapStatus == 2 && overlap.contains("appears twice"))
        let (mergeStatus, _) = try rlgrade(["merge", shard1, shard2, "--out", merged])
        #expect(mergeStatus == 0)
        #expect(gradebook(merged) == expected)
    }

    @Test func gradescopeAutograderRunsOnASimulatedRoot() throws {
        let package = Self.temporaryFolder("gradescope") + "/autograder"
        let (status, output) = try rlgrade(["gradescope", "hw0", "--out", package])
        #expect(status == 0, "\(output)")
        let root = Self.temporaryFolder("gradescope-root")
        try FileManager.default.createSymbolicLink(atPath: root + "/source", withDestinationPath: package + "/source")
        try FileManager.default.createDirectory(atPath: root + "/submission/nested", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: HW0PipelineTests.fixtures + "fatal-error/HW0Solution.swift", toPath: root + "/submission/nested/HW0Solution.swift")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: package + "/run_autograder")
        // The course library as setup.sh leaves it: built (here: the repository's cache, same sources).
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["AUTOGRADER_ROOT": root, "RLGRADE_BIN": Self.rlgrade, "RLGRADE_CACHE": Self.root + "/.build/rlgrade-cache"]) { $1 }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/results/results.json"))
        let results = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(results["score"] as? Double == 3)
        let tests = results["tests"] as! [[String: Any]]
        #expect(tests.map { $0["visibility"] as! String } == ["visible", "visible", "hidden"])
        #expect((tests[0]["output"] as! String).contains("I did not expect three rewards"))
    }

    @Test func studentReleaseBuildsRunsAndLeaksNothing() throws {
        let release = Self.temporaryFolder("release") + "/hw2"
        let (status, output) = try rlgrade(["release", "hw2", "--out", release])
        #expect(status == 0, "\(output)")
        let rubric = try RubricLoader.load(path: Self.root + "/Grading/hw2.json", homework: .hw2)
        let hidden = rubric.entries.filter { $0.visibility != .public }.map(\.id)
        let publicIDs = rubric.entries.filter { $0.visibility == .public }.map(\.id)
        #expect(!hidden.isEmpty)
        // Nothing of the reference or of the hidden checks, anywhere.
        #expect(!FileManager.default.fileExists(atPath: release + "/ReferenceSolutions"))
        let referenceFiles = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/ReferenceSolutions/hw2").filter { $0.hasSuffix(".swift") }
        let referenceTexts = try referenceFiles.map { try String(contentsOfFile: Self.root + "/ReferenceSolutions/hw2/" + $0, encoding: .utf8) }
        let walker = FileManager.default.enumerator(atPath: release)!
        while let file = walker.nextObject() as? String {
            guard let text = try? String(contentsOfFile: release + "/" + file, encoding: .utf8) else { continue }
            for id in hidden { #expect(!text.contains(id), "\(file) mentions \(id)") }
            #expect(!referenceTexts.contains(text), "\(file) is a reference file")
        }
        // It builds, and `rlgrade hw2` runs every public check on the starter.
        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift", "build"]
        build.currentDirectoryURL = URL(fileURLWithPath: release)
        build.standardOutput = FileHandle.nullDevice
        try build.run()
        build.waitUntilExit()
        #expect(build.terminationStatus == 0)
        let starter = try runReleased(release, ["hw2", "--json"])
        #expect(starter.checks.map(\.id) == publicIDs)
        #expect(starter.checks.allSatisfy { $0.status == .failed && $0.feedback.summary.contains("not implemented") })

        // A correct solution passes every public check there (exact checks use recorded answers).
        let solved = Self.temporaryFolder("release-solved")
        for file in referenceFiles {
            try FileManager.default.copyItem(atPath: Self.root + "/ReferenceSolutions/hw2/" + file, toPath: solved + "/" + file)
        }
        let solvedReport = try runReleased(release, ["hw2", solved, "--json"])
        #expect(solvedReport.checks.map(\.id) == publicIDs)
        #expect(solvedReport.checks.allSatisfy { $0.status == .passed })
    }

    /// Runs the released copy's own rlgrade and decodes its JSON report.
    func runReleased(_ release: String, _ arguments: [String]) throws -> Report {
        let run = Process()
        run.executableURL = URL(fileURLWithPath: release + "/.build/debug/rlgrade")
        run.arguments = arguments
        run.currentDirectoryURL = URL(fileURLWithPath: release)
        // The course library is built once, in the repository's cache (the release's sources are the same).
        run.environment = ProcessInfo.processInfo.environment.merging(["RLGRADE_CACHE": Self.root + "/.build/rlgrade-cache"]) { $1 }
        let pipe = Pipe()
        run.standardOutput = pipe
        run.standardError = FileHandle.nullDevice
        try run.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        run.waitUntilExit()
        return try JSONReport.decode(String(decoding: data, as: UTF8.self))
    }
}

/// A tiny deterministic shuffle for test data (independent of RLCore, which this target does not import).
struct SystemIndependentShuffle {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
    mutating func shuffle<T>(_ a: inout [T]) {
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, Int(next() % UInt64(i + 1))) }
    }
}
