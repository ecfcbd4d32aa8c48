import Foundation

/// A value shared between threads, guarded by a lock.
final class LockedBox<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
    var snapshot: Value { withLock { $0 } }
}

/// Runs `body(i)` for every index in `0..<count`, at most `width` at a time.
func parallelFor(_ count: Int, width: Int, _ body: @escaping @Sendable (Int) -> Void) {
    if width <= 1 || count < 2 {
        for i in 0..<count { body(i) }
        return
    }
    let queue = DispatchQueue(label: "rlgrade.parallel", attributes: .concurrent)
    let group = DispatchGroup()
    let slots = DispatchSemaphore(value: width)
    for i in 0..<count {
        slots.wait()
        queue.async(group: group) {
            body(i)
            slots.signal()
        }
    }
    group.wait()
}
