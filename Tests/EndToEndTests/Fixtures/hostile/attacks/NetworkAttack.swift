import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tries TCP to the test's listener on 127.0.0.1 and to listen on a port itself.
enum NetworkAttack {
    static func run() {
        Attack.once {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = Attack.port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            if client >= 0 {
                let rc = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
                if rc == 0 { Attack.succeeded("connected to 127.0.0.1:\(Attack.port)") }
                close(client)
            }
            let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            if server >= 0 {
                address.sin_port = 0
                let rc = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
                if rc == 0, listen(server, 1) == 0 { Attack.succeeded("listening on 127.0.0.1") }
                close(server)
            }
        }
    }
}
