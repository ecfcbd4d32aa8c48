import Foundation
import Testing
@testable import RLGrader

/// `ChildProcess.run` starts a child where it is told to: nothing a child (the compiler, a runner)
/// writes to a relative path may land in the grader's own folder.
@Suite struct ChildProcessTests {
    @Test func theChildRunsInItsWorkingDirectory() throws {
        let folder = NSTemporaryDirectory() + "rlgrade-childprocess-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = FileManager.default.currentDirectoryPath
        let run = try ChildProcess.run(
            program: "/bin/sh", arguments: ["-c", "pwd; echo made > relative.txt"], input: [],
            limits: ChildLimits(wallSeconds: 10), environment: ["PATH=/usr/bin:/bin"], workingDirectory: folder)
        #expect(run.exit == .exited(0))
        let printed = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect((printed as NSString).resolvingSymlinksInPath == (folder as NSString).resolvingSymlinksInPath)
        #expect(FileManager.default.fileExists(atPath: folder + "/relative.txt"))
        #expect(!FileManager.default.fileExists(atPath: before + "/relative.txt"))
        #expect(FileManager.default.currentDirectoryPath == before)
    }

    @Test func aMissingWorkingDirectoryIsAnErrorNotTheGradersFolder() {
        #expect(throws: (any Error).self) {
            try ChildProcess.run(
                program: "/bin/sh", arguments: ["-c", "echo made > relative.txt"], input: [],
                limits: ChildLimits(wallSeconds: 10), environment: [], workingDirectory: "/nonexistent/rlgrade-\(getpid())")
        }
    }
}
