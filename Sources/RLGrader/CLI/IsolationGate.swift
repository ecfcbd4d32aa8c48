import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What TA and student commands do about this machine's ``Isolation`` before grading.
public enum IsolationGate {
    /// TA commands (`grade`, `batch`, Gradescope's `run_autograder`) refuse to grade when no layer
    /// keeps student code out of the grader's files, unless the TA says `--allow-weak-isolation`.
    /// With a uid drop but no Landlock, the folders that hold secrets or results lose their
    /// permissions for "other" users (the dedicated uids are "other" to all of them).
    public static func requireForGrading(allowWeak: Bool, protecting folders: [String]) throws(GraderError) {
        let isolation = Sandbox.shared.isolation
        if !isolation.hasFilesystemLayer && !allowWeak {
            throw .configuration("""
                refusing to grade: student code would run with \(isolation) only, so it could read the \
                reference solutions and hidden rubrics and write other students' results. Run as root (each \
                check then runs as its own unprivileged uid) or on a Linux kernel with Landlock (5.13+), or pass \
                --allow-weak-isolation if you trust every submission. `rlgrade doctor` shows what this machine offers.
                """)
        }
        if isolation.uidDrop && isolation.landlockABI == 0 {
            // The outermost folders are enough: no one else can pass through them to what is inside.
            let outermost = folders.filter { folder in !folders.contains { $0 != folder && folder.hasPrefix($0 + "/") } }
            for folder in outermost { restrictOthers(folder) }
        }
    }

    /// Removes group/other permissions from `folder` (not recursive: no one else can pass through it).
    static func restrictOthers(_ folder: String) {
        var st = stat()
        guard stat(folder, &st) == 0, (st.st_mode & 0o077) != 0 else { return }
        if chmod(folder, st.st_mode & 0o700) == 0 {
            FileHandle.standardError.write(Data("rlgrade: \(folder) is now private to its owner (student code runs as other users)\n".utf8))
        }
    }

    /// A student's own machine: grade with whatever is available, and say so once when it is weak.
    public static func noteForStudent() {
        let isolation = Sandbox.shared.isolation
        guard !isolation.hasFilesystemLayer else { return }
        FileHandle.standardError.write(Data("rlgrade: note: your code runs with \(isolation) only on this machine (fine for your own code; the course's grading isolates it fully)\n".utf8))
    }

    /// `rlgrade doctor`: the layers of this machine and a live test of the filesystem layer.
    public static func doctorReport(workspace: Workspace?) -> String {
        let isolation = Sandbox.shared.isolation
        let available = Isolation.available
        var lines = ["rlgrade doctor — how student code is isolated on this machine", ""]
        func row(_ name: String, _ value: String) { lines.append("  " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + value) }
        row("trampoline", isolation.trampoline ?? (isolation.macSandbox ? "/usr/bin/sandbox-exec" : "not found (build the package: swift build)"))
        row("grader runs as", available.root ? "root (uid 0)" : "uid \(getuid()) (not root)")
        row("uid drop", isolation.uidDrop ? "on: every check runs as its own unprivileged uid (1000000+), no groups"
            : available.root ? "off (RLGRADE_ISOLATION)" : "off: needs the grader to run as root")
        row("Landlock", isolation.landlockABI > 0
            ? "ABI \(isolation.landlockABI): read/execute only the runner and runtime libraries, write only a private folder"
              + (isolation.landlockABI >= 4 ? "; TCP bind/connect denied" : "")
              + (isolation.landlockABI >= 6 ? "; signals and abstract sockets scoped" : "")
            : available.landlockABI > 0 ? "off (RLGRADE_ISOLATION)" : "not offered by this kernel")
        row("namespaces", isolation.namespaces ? "on: new PID, network, IPC and mount namespaces\(available.root ? "" : " (in a user namespace)"); the private folder is a tmpfs capped at \(ChildLimits().scratchBytes >> 20) MiB and 4,096 files"
            : available.namespaces ? "off (RLGRADE_ISOLATION)" : "not allowed here (containers often refuse them)")
        row("seccomp", isolation.trampoline != nil ? "on: no IP sockets (no network), no io_uring" : "off (no trampoline)")
        row("rlimits", "address space, CPU seconds, file size, open files, no core files; processes per check"
            + (isolation.uidDrop || isolation.namespaces ? "" : " (not enforced: needs a dedicated uid or user namespace)"))
        row("wall clock", "every check and every compile has a time limit; nothing a check starts outlives it")
        row("level", isolation.description)
        row("TA commands", isolation.hasFilesystemLayer ? "grade, batch and Gradescope will grade"
            : "grade, batch and Gradescope refuse (no filesystem layer) unless --allow-weak-isolation")
        if let workspace, let probe = selfTest(workspace: workspace) {
            lines.append("")
            lines.append("  self-test     a sandboxed process tried to read Grading/ of this workspace: \(probe)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Runs `cat` under the sandbox on a rubric file; "denied" is the answer we want.
    static func selfTest(workspace: Workspace) -> String? {
        let sandbox = Sandbox.shared
        let target = workspace.gradingFolder + "/hw0.json"
        guard let cat = ["/usr/bin/cat", "/bin/cat"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }),
              FileManager.default.fileExists(atPath: target), let run = try? sandbox.newRun()
        else { return nil }
        defer { sandbox.finish(run) }
        let limits = ChildLimits(wallSeconds: 10)
        var command = sandbox.command(executable: cat, arguments: [], run: run, limits: limits)
        // `cat` is not our runner: drop the runner's own flags and read the file instead.
        if let dash = command.arguments.firstIndex(of: "--") {
            command.arguments = Array(command.arguments[...dash]) + [cat, target]
        } else {
            command.arguments = [target]
        }
        guard let result = try? ChildProcess.run(
            program: command.program, arguments: command.arguments, input: [], limits: limits,
            environment: ["PATH=/usr/bin:/bin"], statusDescriptor: command.statusDescriptor)
        else { return "could not run" }
        if let problem = result.sandboxError { return "the sandbox failed to start (\(problem))" }
        if case .exited(0) = result.exit {
            if sandbox.isolation.uidDrop && sandbox.isolation.landlockABI == 0 {
                return "readable right now; grade, batch and run_autograder make the workspace private to its owner before grading"
            }
            return "READ IT — student code can see the grader's files here"
        }
        return "denied ✓"
    }
}
