#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything the parent learned from one child process.
public struct ChildRun: Sendable {
    public var exit: ChildExit
    /// Complete lines the child wrote on its results descriptor (3).
    public var resultLines: [String]
    /// The head and tail of what the child printed (never parsed, only shown).
    public var stdout: String
    public var stderr: String
    public var stdoutBytes: Int
    public var stderrBytes: Int
    /// Wall-clock seconds the child ran (for figures and summaries, never for scores).
    public var wallSeconds: Double
}

/// Runs one untrusted executable: own process group, resource limits, fresh working folder,
/// input on stdin, results on descriptor 3, stdout/stderr captured while it runs (never after),
/// and a wall-clock deadline after which the whole group is killed.
public enum ChildProcess {
    /// Runs `executable` to completion or to a limit.
    ///
    /// - Throws: only when the grader itself cannot spawn (a grader error, not a student failure).
    public static func run(
        executable: String, arguments: [String] = [], input: [UInt8], limits: ChildLimits,
        workingDirectory: String, environment: [String]
    ) throws -> ChildRun {
        signal(SIGPIPE, SIG_IGN)
        let stdinPipe = try Syscalls.pipe()
        let stdoutPipe = try Syscalls.pipe()
        let stderrPipe = try Syscalls.pipe()
        let resultPipe = try Syscalls.pipe()
        let started = Syscalls.monotonicSeconds()
        let pid: pid_t
        do {
            pid = try Syscalls.spawn(
                path: executable,
                arguments: limits.runnerArguments + ["--workdir", workingDirectory] + arguments,
                environment: environment,
                stdin: stdinPipe.read, stdout: stdoutPipe.write, stderr: stderrPipe.write,
                results: resultPipe.write)
        } catch {
            for fd in [stdinPipe.read, stdinPipe.write, stdoutPipe.read, stdoutPipe.write,
                       stderrPipe.read, stderrPipe.write, resultPipe.read, resultPipe.write] {
                Syscalls.close(fd)
            }
            throw error
        }
        for fd in [stdinPipe.read, stdoutPipe.write, stderrPipe.write, resultPipe.write] { Syscalls.close(fd) }
        for fd in [stdinPipe.write, stdoutPipe.read, stderrPipe.read, resultPipe.read] { Syscalls.setNonBlocking(fd) }

        var stdout = CapturedText(keep: limits.keptOutputBytes)
        var stderr = CapturedText(keep: limits.keptOutputBytes)
        var results: [UInt8] = []
        var inputOffset = 0
        var inputFD: Int32? = stdinPipe.write
        if input.isEmpty { Syscalls.close(stdinPipe.write); inputFD = nil }
        var open: [Int32: Bool] = [stdoutPipe.read: true, stderrPipe.read: true, resultPipe.read: true]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let deadline = started + limits.wallSeconds
        var forcedExit: ChildExit?
        var status: Int32?

        loop: while true {
            let now = Syscalls.monotonicSeconds()
            if now >= deadline {
                forcedExit = .timedOut(seconds: limits.wallSeconds)
                break
            }
            let readers = [stdoutPipe.read, stderrPipe.read, resultPipe.read].filter { open[$0] == true }
            if readers.isEmpty {
                // Every pipe is closed: the child has exited or closed them; wait for it (bounded).
                if let s = Syscalls.tryWait(pid) { status = s; break loop }
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
                        Syscalls.close(entry.fd)
                        inputFD = nil
                    }
                    continue
                }
                // Drain this reader.
                while true {
                    guard let n = Syscalls.readAvailable(entry.fd, into: &buffer) else {
                        open[entry.fd] = false
                        Syscalls.close(entry.fd)
                        break
                    }
                    if n == 0 { break }
                    let chunk = buffer[0..<n]
                    if entry.fd == stdoutPipe.read { stdout.append(chunk) }
                    else if entry.fd == stderrPipe.read { stderr.append(chunk) }
                    else { results.append(contentsOf: chunk) }
                    if stdout.totalBytes + stderr.totalBytes > limits.maxOutputBytes {
                        forcedExit = .outputLimitExceeded(bytes: stdout.totalBytes + stderr.totalBytes)
                        break loop
                    }
                    if results.count > limits.maxResultBytes {
                        forcedExit = .outputLimitExceeded(bytes: results.count)
                        break loop
                    }
                }
            }
        }
        // Whatever happened, no process of the group outlives this call.
        Syscalls.killGroup(pid)
        if status == nil { status = Syscalls.wait(pid) }
        if let fd = inputFD { Syscalls.close(fd) }
        for (fd, isOpen) in open where isOpen { Syscalls.close(fd) }

        let exit: ChildExit
        if let forcedExit {
            exit = forcedExit
        } else {
            let raw = status ?? 0
            let signalNumber = raw & 0x7F
            exit = signalNumber == 0 ? .exited((raw >> 8) & 0xFF) : .signaled(signalNumber)
        }
        var lines = String(decoding: results, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
        if results.last != UInt8(ascii: "\n"), !lines.isEmpty { lines.removeLast() }  // an incomplete line
        return ChildRun(
            exit: exit, resultLines: lines, stdout: stdout.text, stderr: stderr.text,
            stdoutBytes: stdout.totalBytes, stderrBytes: stderr.totalBytes,
            wallSeconds: Syscalls.monotonicSeconds() - started)
    }
}
