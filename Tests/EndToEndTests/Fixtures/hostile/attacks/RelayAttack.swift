import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Has no code of its own: tries to find and start the grader's builds (the reference's runner
/// among them) to answer for it. Its honest answer is 0.
enum RelayAttack {
    static func run() {
        Attack.once {
            var candidates: [String] = []
            for folder in (Attack.canList(Attack.cache + "/submissions") ?? []) { candidates.append(Attack.cache + "/submissions/\(folder)/runner") }
            for area in (Attack.canList("/tmp") ?? []) where area.hasPrefix("rlgrade-sandbox") {
                for bin in (Attack.canList("/tmp/\(area)") ?? []) where bin.hasPrefix("bin-") { candidates.append("/tmp/\(area)/\(bin)/runner") }
            }
            candidates += [Attack.root + "/.build/debug/rlgrade"]
            for path in candidates {
                var pid: pid_t = 0
                let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
                if posix_spawn(&pid, path, nil, nil, argv, nil) == 0 {
                    Attack.succeeded("started \(path)")
                    kill(pid, SIGKILL)
                }
            }
        }
    }
}
