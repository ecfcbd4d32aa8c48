import Foundation
import RLHomework

/// The figures of `rlgrade bench`. Timing lives here and in the bench program only: never in a
/// report's scored part and never in a test assertion.
public enum Benchmark {
    /// Compiles the `.swift` files of `Grading/bench/` (with the judge's `FlatBellman.swift`, so the
    /// bench times the judge's own kernel) with -O against the stub modules and runs the program with
    /// `arguments` (e.g. `--export-mdp FILE`).
    public static func runCoreBenchmark(workspace: Workspace, toolchain: Toolchain, stubs: StubModules, arguments: [String] = []) throws(GraderError) -> [(String, Double, String)] {
        let folder = workspace.cacheFolder + "/bench"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let benchFolder = workspace.gradingFolder + "/bench"
        let benchSources = ((try? FileManager.default.contentsOfDirectory(atPath: benchFolder)) ?? [])
            .filter { $0.hasSuffix(".swift") }.sorted().map { benchFolder + "/" + $0 }
        let sources = benchSources + [workspace.root + "/Sources/RLJudgeKernels/FlatBellman.swift"]
        let compile = try toolchain.compile([
            "-O", "-swift-version", "6", "-I", stubs.folder, "-L", stubs.folder, "-lRLCore",
            "-module-cache-path", stubs.moduleCache,
        ] + sources + ["-o", folder + "/bench"], in: folder)
        guard compile.status == 0 else { throw .internal("the benchmark does not compile:\n\(compile.output)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: folder + "/bench")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { throw .internal("cannot run the benchmark: \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 3, let value = Double(parts[1]) else { return nil }
            return (parts[0], value, parts[2])
        }
    }

    /// The per-check cost of process isolation: spawning the hw0 reference runner with limits and a
    /// fresh folder, one trivial call, and collecting its answer (the reference must build).
    public static func isolationOverhead(workspace: Workspace) throws(GraderError) -> [(String, Double, String)] {
        let (homework, _, grader, _) = try GraderSetup.make(workspace: workspace, homeworkID: "hw0")
        guard case .built(let executable, _) = try grader.builder.build(homework, folder: workspace.referencePath("hw0")) else {
            throw .internal("the hw0 reference does not build")
        }
        let client = SubmissionClient(executable: executable, scratchFolder: NSTemporaryDirectory() + "rlgrade-bench-\(getpid())")
        let runs = 30
        var total = 0.0
        for _ in 0..<runs {
            let start = Date()
            _ = try client.call(HW0.DiscountedReturn.self, [HW0.EpisodeRewards(rewards: [1], gamma: 0.5)], limits: ChildLimits(wallSeconds: 10))
            total += Date().timeIntervalSince(start)
        }
        return [("process isolation overhead per check (\(Sandbox.shared.isolation))", total / Double(runs) * 1000, "ms")]
    }
}
