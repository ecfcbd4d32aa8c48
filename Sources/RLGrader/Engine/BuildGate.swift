import Foundation

/// The submission's runner as it becomes available while checks already prepare their inputs.
///
/// The grader compiles on one core while the checks, on the others, compute their first inputs (a
/// check's parent-side work needs no runner); a check's first call waits here for the build. A
/// check that waits gives its core away (``CheckSlots``) and gets the time back on its deadline.
final class BuildGate: @unchecked Sendable {
    /// Thrown by a call when the build failed: the grader then reports every check as not run.
    struct Unavailable: Error {}

    private let condition = NSCondition()
    private var finished = false
    private var client: SubmissionClient?

    /// Opens the gate: with the runner, or with nil when the build failed.
    func finish(_ client: SubmissionClient?) {
        condition.lock()
        self.client = client
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// True once ``finish(_:)`` was called.
    var isFinished: Bool {
        condition.lock()
        defer { condition.unlock() }
        return finished
    }

    /// True when the build finished and failed.
    var failed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return finished && client == nil
    }

    /// The runner; blocks until the build is done, giving `slot`'s core away meanwhile.
    ///
    /// - Throws: ``Unavailable`` when the build failed.
    func client(releasing slot: CheckSlots.Slot?) throws -> SubmissionClient {
        condition.lock()
        if !finished, let slot {
            condition.unlock()
            slot.release()
            condition.lock()
            while !finished { condition.wait() }
            condition.unlock()
            slot.reacquire()
            condition.lock()
        }
        while !finished { condition.wait() }
        let client = self.client
        condition.unlock()
        guard let client else { throw Unavailable() }
        return client
    }
}
