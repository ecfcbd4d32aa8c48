import Foundation

/// Compiles a submission folder into its own runner executable, linking the prebuilt stub modules.
///
/// Why one executable per submission (measured on the course machine): a `-O` compile takes about as
/// long as building a `.so`, and a separate process per check is needed anyway for isolation; an
/// executable avoids loading a second copy of RLCore into a host process (which silently breaks
/// protocol casts) and lets the runner apply its resource limits before any student code runs.
public struct SubmissionBuilder: Sendable {
    public let workspace: Workspace
    public let toolchain: Toolchain
    public let stubs: StubModules

    public init(workspace: Workspace, toolchain: Toolchain, stubs: StubModules) {
        self.workspace = workspace
        self.toolchain = toolchain
        self.stubs = stubs
    }

    /// Builds `folder` for `homework`, reusing a cached build of identical sources.
    ///
    /// The files are collected by ``SubmissionSources`` (links never followed, size capped), copied
    /// (never linked) into a private staging folder, and compiled under `limits`.
    ///
    /// - Parameter overlay: files that replace (or add to) the folder's files of the same name —
    ///   how mutants and variants are built from the reference.
    public func build(
        _ homework: HomeworkDescriptor, folder: String, overlay: String? = nil, limits: CompileLimits = CompileLimits()
    ) throws(GraderError) -> BuildOutcome {
        var sources: SubmissionSources
        do {
            sources = try SubmissionSources.collect(folder, homeworkID: homework.id)
            if let overlay { sources = try sources.overlaid(with: overlay) }
        } catch { return .failed(error) }
        guard !sources.files.isEmpty else { return .failed(.noSwiftFiles(folder)) }
        if sources.files.contains(where: { ($0.relativePath as NSString).lastPathComponent == "main.swift" }) {
            return .failed(.reservedFileName("main.swift"))
        }
        let fm = FileManager.default
        let key = StableHashHex.hex([stubs.key, homework.id, homework.runnerMain, "submission-v8", sources.contentHash].joined(separator: "\u{1}"))
        let output = workspace.cacheFolder + "/submissions/" + key
        let executable = output + "/runner"
        if fm.fileExists(atPath: executable) {
            if CacheSeal.verify(folder: output, files: ["runner"]) { return .built(executable: executable, warnings: []) }
            FileHandle.standardError.write(Data("rlgrade: the cached build \(output) changed after it was built; rebuilding it\n".utf8))
            try? fm.removeItem(atPath: output)
        }

        let staging = output + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try fm.createDirectory(atPath: staging + "/src", withIntermediateDirectories: true)
            for file in sources.files {
                let path = staging + "/src/" + file.relativePath
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.contents).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            }
            try homework.runnerMain.write(toFile: staging + "/main.swift", atomically: true, encoding: .utf8)
            try PreconditionMessages.source.write(
                toFile: staging + "/" + PreconditionMessages.fileName, atomically: true, encoding: .utf8)
        } catch { throw .internal("cannot stage the submission in \(staging): \(error)") }
        defer { try? fm.removeItem(atPath: staging) }

        // Plain -O: a trap in student code (index out of range, overflow) stays inline, so the
        // backtrace names the student's file and line (with -assert-config Debug it would stop
        // inside the runtime's _assertionFailure and lose that frame). The student's own
        // precondition messages survive through the generated PreconditionMessages file.
        // -wmo: one frontend for the whole submission. Without it the driver runs a module job plus
        // a frontend per batch of files, each type-checking every file again (measured on hw4's 8
        // files: 2.5–3.2 s against 1.3–1.7 s; hw2: 1.4–1.8 s against 0.7–1.0 s). The numbers a
        // submission computes do not change: Swift never contracts or reassociates floating point.
        // -num-threads 2: the whole-module optimizer still sees every file, and LLVM then optimizes
        // and emits one object per file on two threads (measured on hw4's reference: 1.5–1.7 s →
        // 1.25–1.5 s). The code per file is the same whatever the thread count, and floating point
        // is never reassociated, so the numbers do not change.
        let names = sources.files.map(\.relativePath)
        let arguments = [
            "-O", "-wmo", "-num-threads", "2", "-g", "-swift-version", "5", "-module-name", "Submission",
            "-I", stubs.folder, "-L", stubs.folder, "-lRLHomework", "-lRLCore",
            "-module-cache-path", stubs.moduleCache, "-o", staging + "/runner",
        ] + names.map { staging + "/src/" + $0 } + [staging + "/" + PreconditionMessages.fileName, staging + "/main.swift"]
        let result = try toolchain.compile(arguments, in: staging, limits: limits)
        switch result.stop {
        case .timedOut: return .failed(.compileTimeout(seconds: limits.seconds))
        case .outOfMemory: return .failed(.compilerOutOfMemory(mib: limits.memoryMiB))
        case nil: break
        }
        let diagnostics = Diagnostic.parse(result.output, relativeTo: staging + "/src")
            .map { d -> Diagnostic in
                var d = d
                if d.file == staging + "/main.swift" { d.file = "(generated main.swift)" }
                if d.file == staging + "/" + PreconditionMessages.fileName { d.file = "(generated \(PreconditionMessages.fileName))" }
                return d
            }
        guard result.status == 0 else {
            let log = result.output.replacingOccurrences(of: staging + "/src/", with: "")
            return .failed(.compileErrors(diagnostics: diagnostics, log: log))
        }
        do {
            try? fm.removeItem(atPath: staging + "/src")
            try? fm.removeItem(atPath: staging + "/main.swift")
            try? fm.removeItem(atPath: staging + "/" + PreconditionMessages.fileName)
            chmod(staging + "/runner", 0o755)
            try fm.createDirectory(atPath: (output as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if (try? fm.moveItem(atPath: staging, toPath: output)) != nil {
                CacheSeal.write(folder: output, files: ["runner"])  // after the rename (it changes ctime)
            } else if !CacheSeal.verify(folder: output, files: ["runner"]) {
                throw GraderError.internal("cannot move the build into \(output)")
            }
        } catch let error as GraderError { throw error } catch { throw .internal("\(error)") }
        return .built(executable: executable, warnings: diagnostics.filter { $0.severity == "warning" })
    }
}
