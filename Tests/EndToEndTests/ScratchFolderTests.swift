import Foundation
import Testing
@testable import RLGrader

#if canImport(Glibc)
import Glibc
#endif

/// With namespaces, a check's private folder is a tmpfs of its own with a byte and file cap: a
/// submission that writes without end fills its own folder, not the grader's disk, and leaves
/// nothing behind. Run through the built trampoline, as the grader starts every runner.
@Suite struct ScratchFolderTests {
    /// The trampoline and whether this machine lets it make namespaces (else there is no cap to test).
    static let trampoline: String? = {
        let available = Isolation.probe()
        return available.namespaces ? available.trampoline : nil
    }()

    static func folder(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "rlgrade-scratch-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func run(_ trampoline: String, workdir: String, scratch: String, script: String) throws -> ChildRun {
        try ChildProcess.run(
            program: trampoline,
            arguments: ["--namespaces", "--workdir", workdir, "--limit-scratch", scratch, "--limit-fsize", String(64 << 20),
                        "--", "/bin/sh", "-c", script],
            input: [], limits: ChildLimits(wallSeconds: 20), environment: ["PATH=/usr/bin:/bin"])
    }

    @Test(.enabled(if: trampoline != nil, "no namespaces on this machine"))
    func writingPastTheCapFailsAndLeavesNothing() throws {
        let workdir = try Self.folder("bytes")
        defer { try? FileManager.default.removeItem(atPath: workdir) }
        // 1 MiB cap; the script tries to write 4 MiB, then reports what it holds.
        let run = try Self.run(Self.trampoline!, workdir: workdir, scratch: String(1 << 20), script: """
            head -c 4194304 /dev/zero > big; echo "write=$?"; echo "size=$(wc -c < big)"; echo "pwd=$(pwd)"
            """)
        #expect(run.exit == .exited(0), "\(run.stderr)")
        #expect(run.stdout.contains("write=1"), "the write past the cap must fail: \(run.stdout) \(run.stderr)")
        let size = run.stdout.components(separatedBy: "size=").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) }
        #expect(size.map { $0 <= 1 << 20 } == true, "\(run.stdout)")
        #expect(run.stdout.contains("pwd=\(workdir)"))
        // The grader's side of the folder never saw a byte of it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: workdir).isEmpty)
    }

    @Test(.enabled(if: trampoline != nil, "no namespaces on this machine"))
    func theFileCountIsCappedToo() throws {
        let workdir = try Self.folder("files")
        defer { try? FileManager.default.removeItem(atPath: workdir) }
        let run = try Self.run(Self.trampoline!, workdir: workdir, scratch: String(64 << 20), script: """
            i=0; while [ $i -lt 5000 ]; do { true > f$i; } 2>/dev/null || break; i=$((i+1)); done; echo "made=$i"
            """)
        let made = run.stdout.components(separatedBy: "made=").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) }
        #expect(made.map { $0 < 4096 } == true, "\(run.stdout) \(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workdir).isEmpty)
    }
}
