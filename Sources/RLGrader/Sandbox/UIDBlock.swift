import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The block of 4,096 uids this grader process gives its children, held exclusively.
///
/// After every check the sandbox kills every process of the child's uid, so two graders on one
/// machine (a TA's two batches, CI next to a student's run) must never hand out the same uid: one
/// would kill the other's children. Blocks are leased with `flock` on one lock file per block in a
/// root-only folder (`/run/rlgrade-uids`, else `/tmp/rlgrade-uids-root`; either must be a real
/// folder owned by root with mode 0700, so no child can create or hold a lock). The kernel drops
/// a lease when its process ends, however it ends, so a crashed grader never leaks a block. Without
/// such a folder the block comes from the pid, as before (collisions then need equal pids mod 1,024).
enum UIDBlock {
    static let first: UInt32 = 1_000_000
    static let size: UInt32 = 4096
    static let count: UInt32 = 1024

    /// This process's block index, claimed on first use. When `RLGRADE_UID_BLOCK_FILE` names a
    /// file, its range "first last" is written there (Gradescope's `run_autograder` then kills
    /// what is left of exactly these uids, not every sandbox uid of the machine).
    static let claimed: UInt32 = {
        let block = claim()
        if let file = ProcessInfo.processInfo.environment["RLGRADE_UID_BLOCK_FILE"], !file.isEmpty {
            let low = first + block * size
            try? "\(low) \(low + size - 1)\n".write(toFile: file, atomically: true, encoding: .utf8)
        }
        return block
    }()

    private static let counter = NSLock()
    nonisolated(unsafe) private static var children = 0

    /// The uid of this process's next child. One counter for the whole process: several
    /// ``Sandbox`` instances (the tests make one per isolation mode) must not hand out the same uid.
    static func nextUID() -> UInt32 {
        let n = counter.withLock { () -> Int in children += 1; return children }
        return first + claimed * size + UInt32(n % Int(size))
    }

    private static func claim() -> UInt32 {
        claim(in: lockFolder(), start: UInt32(getpid()) % count)
    }

    /// The first block from `start` on whose lock file in `folder` this call can hold (the lease
    /// lasts as long as the process: the descriptor is never closed); `start` without a folder.
    static func claim(in folder: String?, start: UInt32) -> UInt32 {
        guard let folder else { return start }
        for k in 0..<count {
            let block = (start + k) % count
            let fd = open(folder + "/block-\(block).lock", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return block }  // fd stays open: the lease
            close(fd)
        }
        return start
    }

    private static func lockFolder() -> String? {
        for folder in ["/run/rlgrade-uids", "/tmp/rlgrade-uids-root"] {
            _ = mkdir(folder, 0o700)
            var st = stat()
            guard lstat(folder, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == 0,
                  (st.st_mode & 0o077) == 0
            else { continue }
            return folder
        }
        return nil
    }
}
