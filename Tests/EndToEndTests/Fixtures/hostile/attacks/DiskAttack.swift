import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes 8 MiB into every shared temporary folder it can; the test checks nothing stays.
enum DiskAttack {
    static func run() {
        Attack.once {
            let block = Data(repeating: 0x41, count: 8 << 20)
            for folder in ["/tmp", "/var/tmp", "/dev/shm"] {
                let path = "\(folder)/rlgdisk-\(Attack.mark)"
                if FileManager.default.createFile(atPath: path, contents: block) { print("wrote \(path)") }
            }
        }
    }
}
