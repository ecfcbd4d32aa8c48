import Foundation

/// Runs jobs on `width` threads, the most expensive ready job first (longest-processing-time
/// order, so one long job does not start last and leave a core idle at the end). A job may wait
/// for one other job (`after`) to finish before it is ready.
///
/// `rlgrade validate` uses it for every grading of every homework at once: a homework's recording
/// runs first (its oracle must see the public checks only), then its reference, mutant and variant
/// gradings fill both cores alongside the other homeworks'.
struct CostOrderedPool {
    struct Job {
        /// Any estimate in a common unit (`validate`: the rubric's time limits of the checks it runs).
        var cost: Double
        /// The index of the job this one waits for, if any (it must come earlier in the list).
        var after: Int?
    }

    let width: Int

    /// Runs `body(i)` once for every job, returns when all are done. `finished(i)` is called after
    /// each job, one call at a time.
    func run(_ jobs: [Job], _ body: @escaping @Sendable (Int) -> Void, finished: @escaping @Sendable (Int) -> Void) {
        for (i, job) in jobs.enumerated() {
            if let after = job.after { precondition(after < i, "CostOrderedPool: job \(i) waits for a later job \(after)") }
        }
        let state = State(jobs: jobs)
        let queue = DispatchQueue(label: "rlgrade.cost-ordered-pool", attributes: .concurrent)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(width, jobs.count)) {
            queue.async(group: group) {
                while let i = state.next() {
                    body(i)
                    state.complete(i, finished)
                }
            }
        }
        group.wait()
    }

    /// The jobs' states under one condition lock.
    private final class State: @unchecked Sendable {
        let jobs: [Job]
        var started: [Bool]
        var done: [Bool]
        let condition = NSCondition()
        let reporting = NSLock()

        init(jobs: [Job]) {
            self.jobs = jobs
            started = Array(repeating: false, count: jobs.count)
            done = started
        }

        /// The costliest ready job (ties: the earlier one), waiting while only blocked jobs are
        /// left; nil when none is left to start.
        func next() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while true {
                var best: Int?
                var anyUnstarted = false
                for i in jobs.indices where !started[i] {
                    anyUnstarted = true
                    if let after = jobs[i].after, !done[after] { continue }
                    if best == nil || jobs[i].cost > jobs[best!].cost { best = i }
                }
                if let best {
                    started[best] = true
                    return best
                }
                if !anyUnstarted { return nil }
                condition.wait()
            }
        }

        func complete(_ i: Int, _ finished: @Sendable (Int) -> Void) {
            reporting.lock()
            finished(i)
            reporting.unlock()
            condition.lock()
            done[i] = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
