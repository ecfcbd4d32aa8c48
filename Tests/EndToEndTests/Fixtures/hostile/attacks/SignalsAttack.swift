import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Checks whether it could signal the grader, its parent or anything else (signal 0: asks
/// permission without delivering anything, so a failing test breaks nothing).
enum SignalsAttack {
    static func run() {
        Attack.once {
            if Attack.graderPID > 1, kill(Attack.graderPID, 0) == 0 { Attack.succeeded("may signal the grader \(Attack.graderPID)") }
            let parent = getppid()
            if parent > 1, kill(parent, 0) == 0 { Attack.succeeded("may signal its parent \(parent)") }
            if kill(1, 0) == 0, getpid() != 1 { Attack.succeeded("may signal init") }
        }
    }
}
