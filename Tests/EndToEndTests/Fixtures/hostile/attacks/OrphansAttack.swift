import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Leaves processes behind: a setsid()'d child and its grandchild, named so the test can look for them.
enum OrphansAttack {
    static func run() {
        Attack.once {
            let name = "rlgorph" + Attack.mark
            let pid = attackFork()
            if pid == 0 {
                setsid()
                if attackFork() == 0 { _ = name.withCString { attackPrctl(15 /* PR_SET_NAME */, $0) } }
                else { _ = name.withCString { attackPrctl(15, $0) } }
                for _ in 0..<120 { sleep(1) }
                _exit(0)
            }
        }
    }
}
