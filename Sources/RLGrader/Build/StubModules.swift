import Foundation

/// The compiled stub package (RLCore + RLHomework) that every submission links against.
///
/// Built once with `-O` into the cache (keyed by the compiler version and the sources) and shared by
/// every submission. The folder holds only these two modules, so a submission can import nothing
/// else of ours (`-I` points here and nowhere else).
public struct StubModules: Sendable {
    /// The folder with `RLCore.swiftmodule`, `RLHomework.swiftmodule` and their static libraries.
    public let folder: String
    /// The hash that names the folder (part of every submission's cache key).
    public let key: String
    /// The shared Clang module cache (kept warm: a cold one adds over a second per compile).
    public let moduleCache: String

    /// Builds the stub modules, or reuses the cached build.
    public static func prepare(workspace: Workspace, toolchain: Toolchain) throws(GraderError) -> StubModules {
        let coreFiles = SourceFiles.swiftFiles(in: workspace.coreSources)
        let homeworkFiles = SourceFiles.swiftFiles(in: workspace.homeworkSources)
        guard !coreFiles.isEmpty, !homeworkFiles.isEmpty else {
            throw .configuration("no sources in \(workspace.coreSources) or \(workspace.homeworkSources)")
        }
        let version = try toolchain.versionLine(cachedIn: workspace.cacheFolder)
        let key = SourceFiles.hash(folder: workspace.coreSources, files: coreFiles, extra: [version, "stub-v2"])
            + SourceFiles.hash(folder: workspace.homeworkSources, files: homeworkFiles).prefix(8)
        let cache = workspace.cacheFolder
        let folder = cache + "/stub-" + key
        let moduleCache = cache + "/clang-module-cache"
        let fm = FileManager.default
        // The cache is the grader's alone (children never see it; see Isolation).
        try? fm.createDirectory(atPath: cache, withIntermediateDirectories: true)
        chmod(cache, 0o700)
        if fm.fileExists(atPath: folder + "/READY") {
            if CacheSeal.verify(folder: folder, files: sealedFiles(folder)) {
                return StubModules(folder: folder, key: key, moduleCache: moduleCache)
            }
            FileHandle.standardError.write(Data("rlgrade: the cached course library \(folder) changed after it was built; rebuilding it\n".utf8))
            try? fm.removeItem(atPath: folder)
        }
        let staging = folder + ".tmp-\(getpid())"
        try? fm.removeItem(atPath: staging)
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
            try fm.createDirectory(atPath: moduleCache, withIntermediateDirectories: true)
        } catch { throw .internal("cannot create \(staging): \(error)") }

        func buildModule(_ name: String, sourceFolder: String, files: [String]) throws(GraderError) {
            let arguments = [
                // -assert-config Debug keeps precondition messages ("Matrix.multiply: 3×4 matrix times
                // vector of length 5") in crash logs; -O alone reduces them to a bare trap.
                "-O", "-assert-config", "Debug", "-wmo", "-parse-as-library", "-swift-version", "6", "-module-name", name,
                "-I", staging, "-module-cache-path", moduleCache,
                "-emit-module", "-emit-module-path", staging + "/\(name).swiftmodule",
                "-emit-library", "-static", "-o", staging + "/lib\(name).a",
            ] + files.map { sourceFolder + "/" + $0 }
            // Our own code: generous limits (a busy 2-core machine takes minutes), never a student's.
            var limits = CompileLimits()
            limits.seconds = 1800
            limits.memoryMiB = 16 << 10
            let result = try toolchain.compile(arguments, in: staging, limits: limits)
            guard result.status == 0 else {
                let why = result.stop.map { "stopped (\($0 == .timedOut ? "time limit \(Int(limits.seconds)) s" : "out of memory"))" } ?? "failed"
                throw .internal("building the stub module \(name) \(why):\n\(result.output)")
            }
        }
        try buildModule("RLCore", sourceFolder: workspace.coreSources, files: coreFiles)
        try buildModule("RLHomework", sourceFolder: workspace.homeworkSources, files: homeworkFiles)
        _ = fm.createFile(atPath: staging + "/READY", contents: Data())
        if (try? fm.moveItem(atPath: staging, toPath: folder)) != nil {
            CacheSeal.write(folder: folder, files: sealedFiles(folder))
        } else {
            try? fm.removeItem(atPath: staging)  // another process finished first: use its copy
            guard fm.fileExists(atPath: folder + "/READY") else {
                throw .internal("cannot move the stub modules into \(folder)")
            }
        }
        return StubModules(folder: folder, key: key, moduleCache: moduleCache)
    }

    /// Every file of a stub folder (modules, libraries, READY), sorted; the seal itself excluded.
    static func sealedFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0 != CacheSeal.fileName && SubmissionSources.kind(folder + "/" + $0) == .file }.sorted()
    }
}
