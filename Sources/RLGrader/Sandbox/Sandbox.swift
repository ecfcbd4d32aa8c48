import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts untrusted runners under this machine's ``Isolation``: the trampoline's command line, a
/// private empty working folder per child, a dedicated uid per child when the grader is root, and the
/// clean-up after it (nothing the child started or wrote survives the call).
///
/// Where things live: one folder per grader process, `/tmp/rlgrade-sandbox-XXXXXX` (mode 0711:
/// others may pass through, not list), holding `run-N/` working folders (0700, owned by the child's
/// uid) and `bin-RANDOM/runner` copies of the runners that children may execute (so the build
/// cache itself can stay 0700 and unreachable).
public final class Sandbox: @unchecked Sendable {
    public static let shared = Sandbox()

    public let isolation: Isolation
    private let lock = NSLock()
    private var area: String?
    private var counter = 0
    private var staged: [String: String] = [:]
    /// The toolchain's runtime folders every runner needs (the Swift libraries and the backtracer).
    private let runtimeFolders: [String]

    init(isolation: Isolation = .current) {
        self.isolation = isolation
        var folders: [String] = []
        if let swiftc = try? Toolchain.locate().swiftc, let real = realpath(swiftc, nil) {
            let usr = ((String(cString: real) as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            free(real)
            folders = [usr + "/lib/swift/linux", usr + "/lib/swift/host", usr + "/libexec/swift/linux"]
        }
        runtimeFolders = folders
        atexit { Sandbox.removeAreaAtExit() }
    }

    nonisolated(unsafe) private static var areaToRemove: String?

    private static func removeAreaAtExit() {
        if let area = areaToRemove { try? FileManager.default.removeItem(atPath: area) }
    }

    /// The process's sandbox folder, created on first use.
    private func sandboxArea() throws(GraderError) -> String {
        lock.lock()
        defer { lock.unlock() }
        do {
            if let area { return area }
            var template = Array((NSTemporaryDirectory() + "rlgrade-sandbox-XXXXXX").utf8CString)
            guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
                throw .internal("cannot create the sandbox folder in \(NSTemporaryDirectory()): \(String(cString: strerror(errno)))")
            }
            let path = String(cString: made)
            chmod(path, 0o711)
            area = path
            Sandbox.areaToRemove = path
            return path
        }
    }

    /// A fresh, empty working folder for one child, and the uid it runs as (nil: the grader's own).
    func newRun() throws(GraderError) -> (folder: String, uid: UInt32?) {
        let area = try sandboxArea()
        let n = lock.withLock { () -> Int in counter += 1; return counter }
        let folder = area + "/run-\(n)"
        guard mkdir(folder, 0o700) == 0 else {
            throw .internal("cannot create \(folder): \(String(cString: strerror(errno)))")
        }
        guard isolation.uidDrop else { return (folder, nil) }
        // One uid per child: its processes can be counted (RLIMIT_NPROC) and swept, and it owns
        // nothing of anyone else's. 4,096 of them per grader process, from a block no other grader
        // on this machine holds (UIDBlock).
        return (folder, UIDBlock.nextUID())
    }

    /// Removes a child's working folder and everything its uid left in the shared temporary folders.
    func finish(_ run: (folder: String, uid: UInt32?)) {
        try? FileManager.default.removeItem(atPath: run.folder)
        // With Landlock the child could write nothing outside its folder; without it, a dedicated
        // uid may have left files in the world-writable folders: remove what that uid owns.
        guard let uid = run.uid, isolation.landlockABI == 0 else { return }
        for shared in ["/tmp", "/var/tmp", "/dev/shm"] {
            guard let dir = opendir(shared) else { continue }
            var owned: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                if name == "." || name == ".." { continue }
                var st = stat()
                if fstatat(dirfd(dir), name, &st, AT_SYMLINK_NOFOLLOW) == 0, st.st_uid == uid { owned.append(name) }
            }
            closedir(dir)
            for name in owned { try? FileManager.default.removeItem(atPath: shared + "/" + name) }
        }
    }

    /// The path a child may execute for `runner`: a copy in the sandbox folder
    /// when the child runs as another uid (the cache is not reachable for it), else the runner itself.
    func executablePath(for runner: String) throws(GraderError) -> String {
        guard isolation.uidDrop else { return runner }
        if let path = lock.withLock({ staged[runner] }) { return path }
        let area = try sandboxArea()
        let folder = area + "/bin-" + StableHashHex.hex(runner + "\u{1}\(UInt64.random(in: 0...UInt64.max))")
        let path = folder + "/runner"
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o711])
            // A copy, not a hard link: linking changes the cached file's ctime, which its seal
            // records. Written under another name and renamed, so no one execs a half-written file.
            try fm.copyItem(atPath: runner, toPath: path + ".part")
            chmod(path + ".part", 0o555)
            guard rename(path + ".part", path) == 0 else { throw GraderError.internal("cannot stage \(path)") }
        } catch { throw .internal("cannot stage the runner for the sandbox: \(error)") }
        lock.withLock { staged[runner] = path }
        return path
    }

    /// The program and arguments that start `executable` (with `arguments`) under the isolation
    /// layers, in `run.folder`, with `limits`.
    func command(
        executable: String, arguments: [String], run: (folder: String, uid: UInt32?), limits: ChildLimits
    ) -> (program: String, arguments: [String], statusDescriptor: Bool) {
        let runnerArguments = limits.runnerArguments + ["--workdir", run.folder] + arguments
        #if os(macOS)
        if isolation.macSandbox {
            let profile = MacSandboxProfile.profile(runner: executable, workdir: run.folder)
            return ("/usr/bin/sandbox-exec", ["-p", profile, executable] + runnerArguments, false)
        }
        return (executable, runnerArguments, false)
        #else
        guard let trampoline = isolation.trampoline else { return (executable, runnerArguments, false) }
        var options = [
            "--status-fd", "4", "--workdir", run.folder,
            "--limit-as", String(limits.addressSpaceBytes), "--limit-cpu", String(limits.cpuSeconds),
            "--limit-fsize", String(limits.fileSizeBytes), "--limit-nproc", String(limits.processCount),
            "--limit-nofile", "256",
        ]
        if let uid = run.uid { options += ["--uid", String(uid), "--gid", String(uid)] }
        if isolation.namespaces { options += ["--namespaces", "--limit-scratch", String(limits.scratchBytes)] }
        options.append("--seccomp")
        if isolation.landlockABI > 0 {
            options.append("--landlock")
            options += ["--exec", executable]
            for folder in ["/lib", "/lib64", "/lib32", "/usr/lib", "/usr/lib64", "/usr/lib32"] + runtimeFolders {
                options += ["--exec", folder]
            }
            for path in ["/etc/ld.so.cache", "/etc/localtime", "/usr/share/zoneinfo", "/proc", "/sys/devices/system/cpu"] {
                options += ["--read", path]
            }
            for device in ["/dev/null", "/dev/zero", "/dev/urandom", "/dev/random"] { options += ["--device", device] }
            options += ["--write", run.folder]
        }
        return (trampoline, options + ["--", executable] + runnerArguments, true)
        #endif
    }
}

/// The `sandbox-exec` profile used on macOS: deny by default; read the runner, the system and
/// toolchain libraries; read-write only the working folder; no network; no signals to others.
/// Not enforced there: process-count limits beyond RLIMIT_NPROC of the user, and orphan clean-up
/// (the process group is killed, a `setsid` escapee is not).
enum MacSandboxProfile {
    static func profile(runner: String, workdir: String) -> String {
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        return """
        (version 1)
        (deny default)
        (allow process-exec (literal \(quoted(runner))))
        (allow process-fork)
        (allow signal (target self))
        (allow sysctl-read)
        (allow mach-lookup (global-name "com.apple.system.opendirectoryd.libinfo"))
        (allow file-read* (literal \(quoted(runner))) (subpath "/usr/lib") (subpath "/System") (subpath "/Library/Developer")
            (subpath "/Applications/Xcode.app") (subpath "/private/var/db/dyld") (literal "/dev/null") (literal "/dev/urandom"))
        (allow file-read* file-write* (subpath \(quoted(workdir))) (literal "/dev/null"))
        (deny network*)
        """
    }
}
