/// The limits one child process runs under. The rubric sets them per check.
public struct ChildLimits: Sendable, Equatable, Codable {
    /// Wall-clock seconds before the whole process group is killed.
    public var wallSeconds: Double
    /// CPU seconds (RLIMIT_CPU); past it the kernel sends SIGXCPU.
    public var cpuSeconds: Int
    /// Address-space bytes (RLIMIT_AS); allocations past it fail.
    public var addressSpaceBytes: UInt64
    /// Bytes of stdout and stderr kept for the report (head and tail).
    public var keptOutputBytes: Int
    /// Total bytes of stdout + stderr after which the child is killed as flooding.
    public var maxOutputBytes: Int
    /// Bytes of results (descriptor 3) after which the child is killed.
    public var maxResultBytes: Int
    /// Largest file the child may write (RLIMIT_FSIZE).
    public var fileSizeBytes: UInt64
    /// Processes and threads the child may have at once (RLIMIT_NPROC of its dedicated uid or user
    /// namespace): the runner's own threads plus a few.
    public var processCount: Int = 64
    /// Bytes the child may keep in its private working folder, all files together (a tmpfs of its
    /// own, with at most 4,096 files, where the PID/mount namespaces are available).
    public var scratchBytes: UInt64 = 256 << 20

    public init(
        wallSeconds: Double = 10, cpuSeconds: Int? = nil, addressSpaceBytes: UInt64 = 4 << 30,
        keptOutputBytes: Int = 16 << 10, maxOutputBytes: Int = 8 << 20, maxResultBytes: Int = 32 << 20,
        fileSizeBytes: UInt64 = 64 << 20
    ) {
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds ?? Int(wallSeconds.rounded(.up)) + 1
        self.addressSpaceBytes = addressSpaceBytes
        self.keptOutputBytes = keptOutputBytes
        self.maxOutputBytes = maxOutputBytes
        self.maxResultBytes = maxResultBytes
        self.fileSizeBytes = fileSizeBytes
    }

    /// The runner's command-line flags that apply these limits inside the child, before student code.
    var runnerArguments: [String] {
        [
            "--limit-as", String(addressSpaceBytes), "--limit-cpu", String(cpuSeconds),
            "--limit-fsize", String(fileSizeBytes),
        ]
    }
}
