import Foundation

/// The progress events of a grading whose checks begin while the submission compiles: a check is
/// reported as started only once the build is done (before that it only prepares inputs), so the
/// events come as they would after a build that finished first.
final class OverlapProgress: @unchecked Sendable {
    private let entries: [RubricEntry]
    private let order: [Int]
    private let report: (@Sendable (GradingEvent) -> Void)?
    private let lock = NSLock()
    private var begun: [Bool]
    private var announced: [Bool]
    /// Results of checks that finished before the build did, announced with the build.
    private var held: [CheckResult?]
    private var buildOK = false

    init(entries: [RubricEntry], order: [Int], report: (@Sendable (GradingEvent) -> Void)?) {
        self.entries = entries
        self.order = order
        self.report = report
        begun = Array(repeating: false, count: entries.count)
        announced = begun
        held = Array(repeating: nil, count: entries.count)
    }

    /// Check at rank `k` took its slot.
    func began(_ k: Int, buildDone: Bool) {
        lock.lock()
        defer { lock.unlock() }
        begun[k] = true
        if buildOK { announce(k) }
    }

    /// Check at rank `k` finished with `result`.
    func finished(_ k: Int, _ result: CheckResult, buildDone: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if buildOK {
            announce(k)
            report?(.checkFinished(result))
        } else {
            held[k] = result
        }
    }

    /// The build is done: `open` lets the waiting checks go on; with `ok`, every check begun so far
    /// is announced (and those already finished, with their results).
    func buildFinished(ok: Bool, open: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        buildOK = ok
        if ok {
            for k in 0..<entries.count where begun[k] {
                announce(k)
                if let result = held[k] { report?(.checkFinished(result)) }
            }
        }
        open()
    }

    private func announce(_ k: Int) {
        guard !announced[k] else { return }
        announced[k] = true
        let entry = entries[order[k]]
        report?(.checkStarted(id: entry.id, timeLimitSeconds: entry.timeLimitSeconds))
    }
}
