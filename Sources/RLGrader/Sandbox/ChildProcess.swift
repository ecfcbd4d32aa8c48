#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything the parent learned from one child process.
public struct ChildRun: Sendable {
    public var exit: ChildExit
    /// Complete lines the child wrote on its results descriptor (3), as raw bytes (decoded once, by the caller).
    public var resultLines: [ArraySlice<UInt8>]
    /// The head and tail of what the child printed (never parsed, only shown).
    public var stdout: String
    public var stderr: String
    public var stdoutBytes: Int
    public var stderrBytes: Int
    /// Wall-clock seconds the child ran (for figures and summaries, never for scores).
    public var wallSeconds: Double
    /// Set when the sandbox trampoline could not apply a layer (a grader error, not the student's).
    public var sandboxError: String?
}

/// Runs one child process: own process group, input on stdin, results on descriptor 3,
/// stdout/stderr captured while it runs (never after), and a wall-clock deadline after which it is
/// stopped (the trampoline first gets SIGTERM so it can kill everything below it, then the whole
/// group gets SIGKILL).
///
/// Memory bound (whatever the child sends): the kept head and tail of stdout/stderr
/// (`2 × keptOutputBytes` each) plus at most `maxResultBytes` of results.
public enum ChildProcess {
    /// Runs `program` to completion or to a limit.
    ///
    /// - Parameters:
    ///   - statusDescriptor: give the child a descriptor 4 on which the sandbox trampoline reports
    ///     `ready` (or `error: …` when a layer could not be applied).
    ///   - workingDirectory: the child's current directory (else the grader's own).
    /// - Throws: only when the grader itself cannot spawn (a grader error, not a student failure).
    public static func run(
        program: String, arguments: [String] = [], input: [UInt8], limits: ChildLimits,
        environment: [String], statusDescriptor: Bool = false, workingDirectory: String? = nil
    ) throws -> ChildRun {
        signal(SIGPIPE, SIG_IGN)
        var pipes: [(read: Int32, write: Int32)] = []
        defer { for p in pipes { Syscalls.close(p.read); Syscalls.close(p.write) } }
        for _ in 0..<(statusDescriptor ? 5 : 4) { pipes.append(try Syscalls.pipe()) }
        let (stdinPipe, stdoutPipe, stderrPipe, resultPipe) = (pipes[0], pipes[1], pipes[2], pipes[3])
        let statusPipe = statusDescriptor ? pipes[4] : nil
        let started = Syscalls.monotonicSeconds()
        var childFDs = [stdinPipe.read, stdoutPipe.write, stderrPipe.write, resultPipe.write]
        if let statusPipe { childFDs.append(statusPipe.write) }
        let pid = try Syscalls.spawn(
            path: program, arguments: arguments, environment: environment, descriptors: childFDs,
            workingDirectory: workingDirectory)
        // From here on only the parent's ends stay open (the defer closes what is left, once).
        func closeOwned(_ fd: Int32) {
            Syscalls.close(fd)
            for i in pipes.indices {
                if pipes[i].read == fd { pipes[i].read = -1 }
                if pipes[i].write == fd { pipes[i].write = -1 }
            }
        }
        for fd in childFDs { closeOwned(fd) }
        var readers = [stdoutPipe.read, stderrPipe.read, resultPipe.read]
        if let statusPipe { readers.append(statusPipe.read) }
        for fd in readers + [stdinPipe.write] { Syscalls.setNonBlocking(fd) }

        var stdout = CapturedText(keep: limits.keptOutputBytes)
        var stderr = CapturedText(keep: limits.keptOutputBytes)
        var results: [UInt8] = []
        var status: [UInt8] = []
        var inputOffset = 0
        var inputFD: Int32? = stdinPipe.write
        if input.isEmpty { closeOwned(stdinPipe.write); inputFD = nil }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let deadline = started + limits.wallSeconds
        var forcedExit: ChildExit?
        var exitStatus: Int32?

        loop: while true {
            let now = Syscalls.monotonicSeconds()
            if now >= deadline {
                forcedExit = .timedOut(seconds: limits.wallSeconds)
                break
            }
            if readers.isEmpty {
                // Every pipe is closed: the child has exited or closed them; wait for it (bounded).
                if let s = Syscalls.tryWait(pid) { exitStatus = s; break loop }
                usleep(2_000)
                continue
            }
            var fds = readers.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if let fd = inputFD { fds.append(pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)) }
            let waitMs = Int32(max(1, min(100, (deadline - now) * 1000)))
            Syscalls.poll(&fds, timeoutMilliseconds: waitMs)
            for entry in fds where entry.revents != 0 {
                if entry.fd == inputFD {
                    let written = input.withUnsafeBytes { raw in
                        Syscalls.writeSome(entry.fd, UnsafeRawBufferPointer(rebasing: raw[inputOffset...]))
                    }
                    if let written { inputOffset += written }
                    if written == nil || inputOffset >= input.count {
                        closeOwned(entry.fd)
                        inputFD = nil
                    }
                    continue
                }
                while true {
                    guard let n = Syscalls.readAvailable(entry.fd, into: &buffer) else {
                        readers.removeAll { $0 == entry.fd }
                        closeOwned(entry.fd)
                        break
                    }
                    if n == 0 { break }
                    let chunk = buffer[0..<n]
                    if entry.fd == stdoutPipe.read { stdout.append(chunk) }
                    else if entry.fd == stderrPipe.read { stderr.append(chunk) }
                    else if entry.fd == statusPipe?.read { if status.count < 4096 { status.append(contentsOf: chunk) } }
                    else {
                        // Checked before the bytes are kept: the grader's memory stays bounded.
                        if results.count + n > limits.maxResultBytes {
                            forcedExit = .answerLimitExceeded(bytes: results.count + n, limit: limits.maxResultBytes)
                            break loop
                        }
                        results.append(contentsOf: chunk)
                    }
                    if stdout.totalBytes + stderr.totalBytes > limits.maxOutputBytes {
                        forcedExit = .outputLimitExceeded(bytes: stdout.totalBytes + stderr.totalBytes)
                        break loop
                    }
                }
            }
        }
        if exitStatus == nil { exitStatus = stop(pid, graceful: statusDescriptor) }
        // Whatever happened, no process of the group outlives this call.
        Syscalls.killGroup(pid)

        let exit: ChildExit
        if let forcedExit {
            exit = forcedExit
        } else {
            let raw = exitStatus ?? 0
            let signalNumber = raw & 0x7F
            exit = signalNumber == 0 ? .exited((raw >> 8) & 0xFF) : .signaled(signalNumber)
        }
        let statusText = String(decoding: status, as: UTF8.self)
        var sandboxError: String?
        if statusDescriptor, !statusText.hasPrefix("ready") || statusText.contains("error: ") {
            sandboxError = statusText.contains("error: ")
                ? String(statusText[statusText.range(of: "error: ")!.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
                : "the sandbox did not start the runner (\(stderr.text.suffix(300)))"
        }
        return ChildRun(
            exit: exit, resultLines: splitLines(results), stdout: stdout.text, stderr: stderr.text,
            stdoutBytes: stdout.totalBytes, stderrBytes: stderr.totalBytes,
            wallSeconds: Syscalls.monotonicSeconds() - started, sandboxError: sandboxError)
    }

    /// Stops a child that is still running: SIGTERM to the trampoline (it kills the runner and
    /// everything below it, then exits), up to a second to do so, then SIGKILL to the group.
    static func stop(_ pid: pid_t, graceful: Bool) -> Int32 {
        if graceful {
            kill(pid, SIGTERM)
            let until = Syscalls.monotonicSeconds() + 1
            while Syscalls.monotonicSeconds() < until {
                if let s = Syscalls.tryWait(pid) { return s }
                usleep(1_000)
            }
        }
        Syscalls.killGroup(pid)
        kill(pid, SIGKILL)
        return Syscalls.wait(pid)
    }

    /// Complete lines (an incomplete last line is dropped), without copying the bytes twice.
    static func splitLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            if i > start { lines.append(bytes[start..<i]) }
            start = i + 1
        }
        return lines
    }
}
