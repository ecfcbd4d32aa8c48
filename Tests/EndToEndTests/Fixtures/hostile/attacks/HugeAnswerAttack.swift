import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sends one 200 MB answer on the results descriptor (the grader must stop it at its cap without
/// holding it in memory).
enum HugeAnswerAttack {
    static func run() {
        var line = Array(#"{"index":0,"status":"ok","output":1"#.utf8)
        line += [UInt8](repeating: UInt8(ascii: "0"), count: 200 << 20)
        line += Array("}\n".utf8)
        var offset = 0
        while offset < line.count {
            let n = line.withUnsafeBytes { write(3, $0.baseAddress! + offset, min(1 << 20, line.count - offset)) }
            if n <= 0 { break }
            offset += n
        }
    }
}
