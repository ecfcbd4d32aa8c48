import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The isolation layers student processes run under on this machine, detected at run time.
///
/// Layers (Linux), each applied by the trusted trampoline `rlgrade-sandbox` before the runner starts:
/// - **uid drop** (the grader runs as root): every check runs as its own unprivileged uid/gid with no
///   supplementary groups; the grader's files are not readable by it (cache and outputs are 0700,
///   and without Landlock the workspace and submission folders lose their "other" permissions).
/// - **Landlock** (kernel 5.13+): read/execute only the runner and the runtime libraries, read-write
///   only the private working folder; TCP bind/connect denied (ABI 4+); signals and abstract
///   sockets scoped (ABI 6+).
/// - **namespaces**: new PID (orphans die with the check), network (no network), IPC and mount
///   namespaces; a user namespace when the grader is not root. The private working folder is then a
///   tmpfs of its own, capped at ``ChildLimits/scratchBytes`` and 4,096 files: a check cannot fill
///   the disk through it.
/// - **seccomp** (always, with the trampoline): no IP or other non-Unix sockets, no io_uring, so
///   there is no network even where the other layers are missing.
/// - **rlimits** (always): address space, CPU, file size, processes (per dedicated uid or user
///   namespace), no core files; a wall-clock limit kills whatever is left.
/// On macOS the runner is started through `sandbox-exec` with a deny-by-default profile (see
/// ``MacSandboxProfile``). `RLGRADE_ISOLATION` forces a combination for tests
/// (`none`, or a comma list of `uid`, `landlock`, `namespaces`; default `auto`).
public struct Isolation: Sendable, Equatable, CustomStringConvertible {
    public var uidDrop: Bool
    /// The Landlock ABI in use, 0 when off.
    public var landlockABI: Int
    public var namespaces: Bool
    /// The trampoline executable, nil when none was found (then only the runner's own rlimits apply).
    public var trampoline: String?
    /// macOS: `sandbox-exec` is used.
    public var macSandbox: Bool

    /// True when some layer keeps the child out of the grader's files (uid drop, Landlock, macOS sandbox).
    public var hasFilesystemLayer: Bool { trampoline != nil && (uidDrop || landlockABI > 0) || macSandbox }

    public var description: String {
        var layers: [String] = []
        if macSandbox { layers.append("macOS sandbox-exec") }
        if uidDrop { layers.append("uid drop") }
        if landlockABI > 0 { layers.append("Landlock ABI \(landlockABI)") }
        if namespaces { layers.append("PID/network namespaces") }
        if trampoline != nil { layers.append("seccomp (no IP sockets)") }
        layers.append(trampoline == nil && !macSandbox ? "rlimits (runner only)" : "rlimits")
        return layers.joined(separator: " + ")
    }

    /// What the probe found on this machine (before `RLGRADE_ISOLATION` narrows it).
    public struct Available: Sendable, Equatable {
        public var root: Bool
        public var landlockABI: Int
        public var namespaces: Bool
        public var trampoline: String?
    }

    /// The layers of this machine, probed once per process.
    public static var current: Isolation { cached.isolation }
    public static var available: Available { cached.available }

    private static let cached: (isolation: Isolation, available: Available) = {
        let available = probe()
        return (choose(available, request: ProcessInfo.processInfo.environment["RLGRADE_ISOLATION"] ?? "auto"), available)
    }()

    static func choose(_ a: Available, request: String) -> Isolation {
        #if os(macOS)
        let mac = request != "none" && FileManager.default.isExecutableFile(atPath: "/usr/bin/sandbox-exec")
        return Isolation(uidDrop: false, landlockABI: 0, namespaces: false, trampoline: nil, macSandbox: mac)
        #else
        guard let trampoline = a.trampoline else {
            return Isolation(uidDrop: false, landlockABI: 0, namespaces: false, trampoline: nil, macSandbox: false)
        }
        if request == "none" {
            return Isolation(uidDrop: false, landlockABI: 0, namespaces: false, trampoline: trampoline, macSandbox: false)
        }
        let wanted = Set(request.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let all = wanted.contains("auto") || wanted.isEmpty
        return Isolation(
            uidDrop: a.root && (all || wanted.contains("uid")),
            landlockABI: (all || wanted.contains("landlock")) ? a.landlockABI : 0,
            namespaces: a.namespaces && (all || wanted.contains("namespaces")),
            trampoline: trampoline, macSandbox: false)
        #endif
    }

    /// Finds `rlgrade-sandbox` (`RLGRADE_SANDBOX`, next to the running executable, or in the
    /// workspace's `.build`) and asks it what this kernel offers.
    static func probe() -> Available {
        let root = geteuid() == 0
        guard let trampoline = locateTrampoline() else {
            return Available(root: root, landlockABI: 0, namespaces: false, trampoline: nil)
        }
        guard let run = try? ChildProcess.run(
            program: trampoline, arguments: ["--probe"], input: [], limits: ChildLimits(wallSeconds: 10),
            environment: ["PATH=/usr/bin:/bin"])
        else { return Available(root: root, landlockABI: 0, namespaces: false, trampoline: trampoline) }
        var fields: [String: Int] = [:]
        for word in run.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = word.split(separator: "=")
            if parts.count == 2, let value = Int(parts[1]) { fields[String(parts[0])] = value }
        }
        return Available(
            root: root, landlockABI: fields["landlock"] ?? 0, namespaces: fields["namespaces"] == 1, trampoline: trampoline)
    }

    static func locateTrampoline() -> String? {
        let fm = FileManager.default
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["RLGRADE_SANDBOX"] { candidates.append(explicit) }
        var folders: [String] = []
        if let exe = Bundle.main.executablePath { folders.append((exe as NSString).deletingLastPathComponent) }
        folders.append((CommandLine.arguments[0] as NSString).deletingLastPathComponent)
        if let workspace = try? Workspace.locate() {
            for config in ["debug", "release"] { folders.append(workspace.root + "/.build/" + config) }
        }
        for folder in folders {
            candidates.append(folder + "/rlgrade-sandbox")
            // Inside an .xctest bundle on macOS, the products folder is two levels up.
            candidates.append(folder + "/../../../rlgrade-sandbox")
        }
        return candidates.map { ($0 as NSString).standardizingPath }.first { fm.isExecutableFile(atPath: $0) }
    }
}
