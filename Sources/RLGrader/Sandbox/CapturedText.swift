/// Keeps the head and the tail of a stream that may be huge, and counts every byte.
struct CapturedText: Sendable {
    let keep: Int
    private(set) var head: [UInt8] = []
    private(set) var tail: [UInt8] = []
    private(set) var totalBytes = 0

    init(keep: Int) { self.keep = keep }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        totalBytes += bytes.count
        let headRoom = keep - head.count
        if headRoom > 0 {
            head.append(contentsOf: bytes.prefix(headRoom))
            let rest = bytes.dropFirst(headRoom)
            if !rest.isEmpty { tail.append(contentsOf: rest) }
        } else {
            tail.append(contentsOf: bytes)
        }
        if tail.count > 2 * keep { tail.removeFirst(tail.count - keep) }
    }

    /// The kept text, with a marker where bytes were dropped.
    var text: String {
        let kept = tail.suffix(keep)
        let dropped = totalBytes - head.count - kept.count
        var result = String(decoding: head, as: UTF8.self)
        if dropped > 0 { result += "\n… [\(dropped) bytes omitted] …\n" }
        result += String(decoding: kept, as: UTF8.self)
        return result
    }
}
