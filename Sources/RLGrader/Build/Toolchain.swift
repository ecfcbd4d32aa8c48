import Foundation

/// The Swift compiler rlgrade uses to build submissions.
public struct Toolchain: Sendable {
    public let swiftc: String

    /// `RLGRADE_SWIFTC`, else `swiftc` on PATH, else next to the running swift.
    public static func locate() throws(GraderError) -> Toolchain {
        let env = ProcessInfo.processInfo.environment
        if let explicit = env["RLGRADE_SWIFTC"] { return Toolchain(swiftc: explicit) }
        for dir in (env["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = "\(dir)/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return Toolchain(swiftc: candidate) }
        }
        for candidate in ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return Toolchain(swiftc: candidate)
        }
        throw .configuration("cannot find swiftc: put the Swift toolchain on PATH or set RLGRADE_SWIFTC")
    }

    /// Why the compiler was stopped, when it was.
    enum CompileStop { case timedOut, outOfMemory }

    /// Runs the compiler on a submission under `limits` (wall clock and CPU seconds, address space),
    /// in its own process group, started through the sandbox trampoline when there is one so the
    /// limits apply before it runs; a stopped compiler leaves no process behind.
    func compile(_ arguments: [String], in directory: String, limits: CompileLimits = CompileLimits()) throws(GraderError)
        -> (status: Int32, output: String, stop: CompileStop?)
    {
        var childLimits = ChildLimits(
            wallSeconds: limits.seconds, addressSpaceBytes: limits.memoryMiB << 20,
            keptOutputBytes: 256 << 10, maxOutputBytes: 64 << 20, fileSizeBytes: 1 << 30)
        childLimits.cpuSeconds = Int(limits.seconds.rounded(.up)) + 1
        var program = swiftc
        var programArguments = arguments
        if let trampoline = Isolation.current.trampoline {
            program = trampoline
            programArguments = [
                "--workdir", directory, "--limit-as", String(childLimits.addressSpaceBytes),
                "--limit-cpu", String(childLimits.cpuSeconds), "--limit-fsize", String(childLimits.fileSizeBytes),
                "--", swiftc,
            ] + arguments
        }
        let environment = ProcessInfo.processInfo.environment
        let keep = ["PATH", "HOME", "TMPDIR", "LANG", "SDKROOT", "DEVELOPER_DIR", "SWIFT_EXEC", "XDG_CACHE_HOME"]
        let childEnvironment = keep.compactMap { name in environment[name].map { "\(name)=\($0)" } }
        let run: ChildRun
        do {
            run = try ChildProcess.run(
                program: program, arguments: programArguments, input: [], limits: childLimits, environment: childEnvironment,
                workingDirectory: directory)
        } catch { throw .configuration("cannot run \(swiftc): \(error)") }
        let output = run.stdout + run.stderr
        switch run.exit {
        case .timedOut: return (-1, output, .timedOut)
        case .signaled(24): return (-1, output, .timedOut)  // SIGXCPU: the CPU limit
        case .signaled(9) where run.wallSeconds >= Double(childLimits.cpuSeconds) - 0.5:
            return (-1, output, .timedOut)
        case .signaled, .exited:
            let memoryWords = ["out of memory", "std::bad_alloc", "Cannot allocate memory", "failed to allocate", "LLVM ERROR: out of memory"]
            if case .exited(let code) = run.exit, code == 0 { return (0, output, nil) }
            if memoryWords.contains(where: { output.contains($0) }) { return (-1, output, .outOfMemory) }
            if case .exited(let code) = run.exit { return (code, output, nil) }
            return (-1, output, nil)
        case .outputLimitExceeded, .answerLimitExceeded:
            return (-1, output, nil)
        }
    }

    /// The compiler's version line, part of every cache key.
    func versionLine() throws(GraderError) -> String {
        Self.normalizedVersion(try compile(["--version"], in: FileManager.default.currentDirectoryPath).output)
    }

    /// ``versionLine()``, remembered in `cacheFolder` for this compiler binary: the file
    /// `toolchain-version` keeps the line next to the identity (resolved path, device, inode, size,
    /// modification and change times) of the binary `swiftc` resolves to, so a changed or replaced
    /// toolchain asks again. Saves starting the compiler on every `rlgrade` run.
    func versionLine(cachedIn cacheFolder: String) throws(GraderError) -> String {
        guard let resolved = realpath(swiftc, nil) else { return try versionLine() }
        let path = String(cString: resolved)
        free(resolved)
        var st = stat()
        guard stat(path, &st) == 0 else { return try versionLine() }
        #if canImport(Glibc)
        let times = "\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec) \(st.st_ctim.tv_sec).\(st.st_ctim.tv_nsec)"
        #else
        let times = "\(st.st_mtimespec.tv_sec).\(st.st_mtimespec.tv_nsec) \(st.st_ctimespec.tv_sec).\(st.st_ctimespec.tv_nsec)"
        #endif
        let identity = "\(path) \(st.st_dev) \(st.st_ino) \(st.st_size) \(times)"
        let file = cacheFolder + "/toolchain-version"
        if let text = try? String(contentsOfFile: file, encoding: .utf8), let newline = text.firstIndex(of: "\n"),
           text[..<newline] == identity {
            return Self.normalizedVersion(String(text[text.index(after: newline)...]))
        }
        // Cold and warm runs must give the same line: it is part of every cache key (a cold first
        // run that keyed on something else would make the second run rebuild and regrade everything).
        let line = try versionLine()
        // Only into an existing cache folder (it is created 0700 with the stub modules).
        guard FileManager.default.fileExists(atPath: cacheFolder) else { return line }
        try? (identity + "\n" + line + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        return line
    }

    /// The first non-empty line of `swiftc --version` ("Swift version 6.3.1 (…)"), trimmed.
    static func normalizedVersion(_ output: String) -> String {
        output.split(separator: "\n").lazy
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty } ?? "unknown"
    }
}
