#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every libc call of the sandbox, in one place, retrying on EINTR.
enum Syscalls {
    struct Failure: Error, CustomStringConvertible {
        let call: String
        let code: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(code))) (errno \(code))" }
    }

    static func pipe() throws(Failure) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        // Close-on-exec atomically: a child spawned by another thread at the same moment never
        // inherits this pipe.
        #if canImport(Glibc)
        guard c_pipe2(&fds, Int32(O_CLOEXEC)) == 0 else { throw Failure(call: "pipe2", code: errno) }
        #else
        guard Darwin.pipe(&fds) == 0 else { throw Failure(call: "pipe", code: errno) }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        #endif
        return (fds[0], fds[1])
    }

    static func setNonBlocking(_ fd: Int32) {
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
    }

    static func close(_ fd: Int32) {
        guard fd >= 0 else { return }
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }

    /// Reads what is available; returns nil on EOF, [] when the read would block.
    static func readAvailable(_ fd: Int32, into buffer: inout [UInt8]) -> Int? {
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { return n }
            if n == 0 { return nil }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { return 0 }
            return nil
        }
    }

    /// Writes what the pipe accepts; returns bytes written, or nil when the reader is gone.
    static func writeSome(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int? {
        while true {
            let n = write(fd, bytes.baseAddress, bytes.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { return 0 }
            return nil
        }
    }

    static func poll(_ fds: inout [pollfd], timeoutMilliseconds: Int32) {
        while true {
            #if canImport(Glibc)
            let n = fds.withUnsafeMutableBufferPointer { Glibc.poll($0.baseAddress, nfds_t($0.count), timeoutMilliseconds) }
            #else
            let n = fds.withUnsafeMutableBufferPointer { Darwin.poll($0.baseAddress, nfds_t($0.count), timeoutMilliseconds) }
            #endif
            if n >= 0 || errno != EINTR { return }
        }
    }

    /// Seconds on the monotonic clock (for deadlines only; never reaches a report's scored part).
    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    /// Kills the whole process group `pgid`.
    static func killGroup(_ pgid: pid_t) { _ = kill(-pgid, SIGKILL) }

    /// Non-blocking wait; returns the raw status when the child has exited.
    static func tryWait(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return status }
            if r == 0 { return nil }
            if errno == EINTR { continue }
            return nil
        }
    }

    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// Spawns `path` with `arguments` in its own process group, with `descriptors[i]` as its
    /// descriptor i and no other descriptor of the grader (everything from `descriptors.count` up is
    /// closed in the child), a clean signal mask and default signal handlers, and, when
    /// `workingDirectory` is set, that folder as its current directory (so nothing the child writes
    /// to a relative path lands in the grader's own folder).
    static func spawn(
        path: String, arguments: [String], environment: [String], descriptors: [Int32], workingDirectory: String? = nil
    ) throws(Failure) -> pid_t {
        // glibc's spawn types are structs; Darwin's are opaque pointers that init allocates.
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, fd) in descriptors.enumerated() { posix_spawn_file_actions_adddup2(&actions, fd, Int32(target)) }
        if let workingDirectory {
            #if canImport(Glibc)
            let rc = c_addchdir(&actions, workingDirectory)
            #else
            var rc = ENOSYS
            if #available(macOS 10.15, *) { rc = posix_spawn_file_actions_addchdir_np(&actions, workingDirectory) }
            #endif
            guard rc == 0 else { throw Failure(call: "posix_spawn_file_actions_addchdir_np \(workingDirectory)", code: rc) }
        }
        #if canImport(Glibc)
        _ = c_addclosefrom(&actions, Int32(descriptors.count))
        // Darwin closes the rest through POSIX_SPAWN_CLOEXEC_DEFAULT below: every descriptor not
        // named by a file action is closed in the child.
        let closeTheRest: Int32 = 0
        #else
        let closeTheRest = Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif

        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(Int32(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | closeTheRest))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw Failure(call: "posix_spawn \(path)", code: rc) }
        return pid
    }
}

#if canImport(Glibc)
// Declared by glibc only under _GNU_SOURCE, which Swift's Glibc module does not set.
@_silgen_name("pipe2")
private func c_pipe2(_ fds: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32
@_silgen_name("posix_spawn_file_actions_addchdir_np")
private func c_addchdir(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ path: UnsafePointer<CChar>) -> Int32
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func c_addclosefrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) -> Int32
#endif
