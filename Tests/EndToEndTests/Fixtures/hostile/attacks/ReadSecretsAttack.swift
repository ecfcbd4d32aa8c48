import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tries to read everything of the grader: the repository, the hidden rubric, the reference,
/// the build cache, the grader's environment and descriptors. (Names in world-readable system
/// folders such as / and /tmp are not the grader's: with a uid drop but no Landlock a check can list
/// them; every grader folder in them is private.)
enum ReadSecretsAttack {
    static func run() {
        Attack.once {
            for path in [Attack.root + "/Grading/hw0.json", Attack.root + "/ReferenceSolutions/hw0/HW0Solution.swift",
                         Attack.root + "/README.md", Attack.root + "/Package.swift",
                         "/proc/\(Attack.graderPID)/environ", "/proc/\(getppid())/environ", "/proc/\(Attack.graderPID)/maps",
                         "/autograder/source/Grading/hw0.json", "/etc/shadow", "/root/.bash_history"] where Attack.canRead(path) {
                Attack.succeeded("read \(path)")
            }
            for path in [Attack.root, Attack.root + "/ReferenceSolutions", Attack.cache, Attack.cache + "/submissions",
                         "/proc/\(Attack.graderPID)/fd", Attack.out] {
                if let names = Attack.canList(path), !names.isEmpty { Attack.succeeded("listed \(path): \(names.prefix(5))") }
            }
            if ProcessInfo.processInfo.environment.keys.contains(where: { $0.hasPrefix("RLGRADE_TEST_SECRET") }) {
                Attack.succeeded("saw the grader's environment")
            }
            for fd in Int32(4)..<1024 where fcntl(fd, F_GETFD) != -1 {
                var buffer = [CChar](repeating: 0, count: 256)
                let n = readlink("/proc/self/fd/\(fd)", &buffer, 255)
                Attack.succeeded("inherited descriptor \(fd) → \(n > 0 ? String(cString: buffer) : "?")")
            }
        }
    }
}
