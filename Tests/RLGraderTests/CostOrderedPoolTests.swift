import Foundation
import Testing
@testable import RLGrader

/// `validate`'s scheduler: the costliest ready job first, a job never before the one it waits for,
/// every job exactly once.
@Suite struct CostOrderedPoolTests {
    typealias Job = CostOrderedPool.Job

    @Test func oneThreadRunsTheCostliestReadyJobFirst() {
        // 0 → {1, 2}; 3 → {4}. Costs: 0: 1, 1: 5, 2: 3, 3: 2, 4: 9.
        let jobs = [Job(cost: 1, after: nil), Job(cost: 5, after: 0), Job(cost: 3, after: 0),
                    Job(cost: 2, after: nil), Job(cost: 9, after: 3)]
        let order = LockedBox([Int]())
        CostOrderedPool(width: 1).run(jobs, { i in order.withLock { $0.append(i) } }, finished: { _ in })
        // Ready at first: 0 (1) and 3 (2) → 3; then 4 (9) is ready → 4; then 0, then 1 (5), 2 (3).
        #expect(order.snapshot == [3, 4, 0, 1, 2])
    }

    @Test func twoThreadsRunEveryJobOnceAndAfterItsPredecessor() {
        var jobs: [Job] = []
        for chain in 0..<6 {
            let head = jobs.count
            jobs.append(Job(cost: Double(chain), after: nil))
            for k in 0..<5 { jobs.append(Job(cost: Double((chain * 7 + k * 3) % 11), after: head)) }
        }
        // One log of events: +i when job i starts, -i - 1 when its `finished` call is made.
        let events = LockedBox([Int]())
        CostOrderedPool(width: 2).run(jobs, { i in
            events.withLock { $0.append(i) }
            usleep(UInt32(200 + (i * 37) % 500))
        }, finished: { i in events.withLock { $0.append(-i - 1) } })
        let log = events.snapshot
        #expect(log.filter { $0 >= 0 }.sorted() == Array(jobs.indices))
        #expect(log.filter { $0 < 0 }.map { -$0 - 1 }.sorted() == Array(jobs.indices))
        for (i, job) in jobs.enumerated() {
            guard let after = job.after else { continue }
            #expect(log.firstIndex(of: -after - 1)! < log.firstIndex(of: i)!, "job \(i) started before job \(after) finished")
        }
    }

    @Test func noJobsReturnsAtOnce() {
        CostOrderedPool(width: 2).run([], { _ in Issue.record("ran a job") }, finished: { _ in })
    }
}
