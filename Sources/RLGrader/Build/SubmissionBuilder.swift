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
    /// - Parameter overlay: files that replace (or add to) the folder's files of the same relative
    ///   path — how mutants and variants are built from the reference.
    public func build(_ homework: HomeworkDescriptor, folder: String, overlay: String? = nil) throws(GraderError) -> BuildOutcome {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failed(.missingFolder(folder))
        }
        // Top-level files only from the submission (subfolders such as mutants/ are not part of it);
        // an upload whose files sit in a subfolder is read from the shallowest folder holding some.
        var folder = folder
        if topLevelSwiftFiles(folder).isEmpty, let nested = SubmissionDiscovery.swiftFolder(folder) { folder = nested }
        var sources: [String: String] = [:]  // relative name → absolute path
        for name in topLevelSwiftFiles(folder) { sources[name] = folder + "/" + name }
        if let overlay { for name in topLevelSwiftFiles(overlay) { sources[name] = overlay + "/" + name } }
        guard !sources.isEmpty else { return .failed(.noSwiftFiles(folder)) }
        if sources["main.swift"] != nil { return .failed(.reservedFileName("main.swift")) }

        let names = sources.keys.sorted()
        var text = [stubs.key, homework.id, homework.runnerMain, "submission-v4"].joined(separator: "\u{1}")
        for name in names {
            text += "\u{2}" + name + "\u{3}" + ((try? String(contentsOfFile: sources[name]!, encoding: .utf8)) ?? "")
        }
        let key = StableHashHex.hex(text)
        let output = workspace.cacheFolder + "/submissions/" + key
        let executable = output + "/runner"
        if fm.isExecutableFile(atPath: executable) { return .built(executable: executable, warnings: []) }

        let staging = output + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try fm.createDirectory(atPath: staging + "/src", withIntermediateDirectories: true)
            for name in names {
                try fm.copyItem(atPath: sources[name]!, toPath: staging + "/src/" + name)
            }
            try homework.runnerMain.write(toFile: staging + "/main.swift", atomically: true, encoding: .utf8)
        } catch { throw .internal("cannot stage the submission in \(staging): \(error)") }
        defer { try? fm.removeItem(atPath: staging) }

        // Plain -O: a trap in student code (index out of range, overflow) stays inline, so the
        // backtrace names the student's file and line (with -assert-config Debug it would stop
        // inside the runtime's _assertionFailure and lose that frame).
        let arguments = [
            "-O", "-g", "-swift-version", "5", "-module-name", "Submission",
            "-I", stubs.folder, "-L", stubs.folder, "-lRLHomework", "-lRLCore",
            "-module-cache-path", stubs.moduleCache, "-o", staging + "/runner",
        ] + names.map { staging + "/src/" + $0 } + [staging + "/main.swift"]
        let result = try toolchain.compile(arguments, in: staging)
        let diagnostics = Diagnostic.parse(result.output, relativeTo: staging + "/src")
            .map { d -> Diagnostic in
                var d = d
                if d.file == staging + "/main.swift" { d.file = "(generated main.swift)" }
                return d
            }
        guard result.status == 0 else {
            let log = result.output.replacingOccurrences(of: staging + "/src/", with: "")
            return .failed(.compileErrors(diagnostics: diagnostics, log: log))
        }
        do {
            try? fm.removeItem(atPath: staging + "/src")
            try? fm.removeItem(atPath: staging + "/main.swift")
            try fm.createDirectory(atPath: (output as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if (try? fm.moveItem(atPath: staging, toPath: output)) == nil, !fm.isExecutableFile(atPath: executable) {
                throw GraderError.internal("cannot move the build into \(output)")
            }
        } catch let error as GraderError { throw error } catch { throw .internal("\(error)") }
        return .built(executable: executable, warnings: diagnostics.filter { $0.severity == "warning" })
    }

    private func topLevelSwiftFiles(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".swift") }.sorted()
    }
}
