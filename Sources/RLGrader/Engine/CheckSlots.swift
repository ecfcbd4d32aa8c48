import Foundation

/// At most `width` checks working at once (the cores a grading request has); a waiting check with
/// the lowest rank gets the next free slot, so checks start in the grader's order.
final class CheckSlots: @unchecked Sendable {
    private let condition = NSCondition()
    private var free: Int
    private var waiting: [Int] = []

    init(width: Int) { free = max(1, width) }

    /// One holder's claim on a slot (a check, or the compiler with rank −1).
    struct Slot: Sendable {
        let slots: CheckSlots
        let rank: Int
        func release() { slots.release() }
        func reacquire() { slots.wait(rank: rank) }
    }

    /// Blocks until a slot is free for `rank` (lower ranks first), then takes it.
    func acquire(rank: Int) -> Slot {
        wait(rank: rank)
        return Slot(slots: self, rank: rank)
    }

    fileprivate func wait(rank: Int) {
        condition.lock()
        waiting.append(rank)
        while !(free > 0 && waiting.min() == rank) { condition.wait() }
        waiting.removeAll { $0 == rank }
        free -= 1
        condition.broadcast()
        condition.unlock()
    }

    fileprivate func release() {
        condition.lock()
        free += 1
        condition.broadcast()
        condition.unlock()
    }
}
