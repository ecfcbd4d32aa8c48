import Foundation

/// `rlgrade run hwN FILE.swift`: compiles the student's homework files with `FILE.swift` as the
/// program's `main.swift` (against the same course library as grading) and runs it in the
/// terminal. The student's own code on their own machine: no sandbox, nothing is graded.
public enum ScratchProgram {
    public static func run(file: String, submissionFolder: String, workspace: Workspace) throws(GraderError) -> Int32 {
        guard let program = try? String(contentsOfFile: file, encoding: .utf8) else { throw .usage("cannot read \(file)") }
        let toolchain = try Toolchain.locate()
        let stubs = try StubModules.prepare(workspace: workspace, toolchain: toolchain)
        let graded = GradedFiles.list(in: submissionFolder)
        let scratch = NSTemporaryDirectory() + "rlgrade-run-\(getpid())"
        let fm = FileManager.default
        try? fm.removeItem(atPath: scratch)
        defer { try? fm.removeItem(atPath: scratch) }
        do {
            try fm.createDirectory(atPath: scratch + "/src", withIntermediateDirectories: true)
            for name in graded.files where name != "main.swift" {
                try fm.createDirectory(atPath: ((scratch + "/src/" + name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try fm.copyItem(atPath: graded.folder + "/" + name, toPath: scratch + "/src/" + name)
            }
            try program.write(toFile: scratch + "/main.swift", atomically: true, encoding: .utf8)
        } catch { throw .internal("cannot stage \(scratch): \(error)") }
        let arguments = [
            "-Onone", "-g", "-swift-version", "5", "-module-name", "Scratch",
            "-I", stubs.folder, "-L", stubs.folder, "-lRLHomework", "-lRLCore",
            "-module-cache-path", stubs.moduleCache, "-o", scratch + "/program",
        ] + graded.files.filter { $0 != "main.swift" }.map { scratch + "/src/" + $0 } + [scratch + "/main.swift"]
        let result = try toolchain.compile(arguments, in: scratch)
        guard result.status == 0 else {
            let log = result.output.replacingOccurrences(of: scratch + "/src/", with: "")
                .replacingOccurrences(of: scratch + "/main.swift", with: (file as NSString).lastPathComponent)
            FileHandle.standardError.write(Data("rlgrade run: does not compile:\n\(log)\n".utf8))
            return 1
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: scratch + "/program")
        do { try process.run() } catch { throw .internal("cannot run \(scratch)/program: \(error)") }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
