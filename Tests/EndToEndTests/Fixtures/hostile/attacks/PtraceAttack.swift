import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tries to attach to the grader with ptrace and to open its memory.
enum PtraceAttack {
    static func run() {
        Attack.once {
            for pid in [Attack.graderPID, getppid()] where pid > 1 {
                if attackPtrace(16 /* PTRACE_ATTACH */, pid, nil, nil) == 0 {
                    Attack.succeeded("ptrace-attached \(pid)")
                    _ = attackPtrace(17 /* PTRACE_DETACH */, pid, nil, nil)
                }
                if Attack.canRead("/proc/\(pid)/mem") { Attack.succeeded("opened /proc/\(pid)/mem") }
            }
        }
    }
}
