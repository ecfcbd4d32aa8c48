import RLCore
import RLHomework

// Part 5 — A3C's asynchronous updates, replayed from a schedule.

extension HW6Solution {
    /// pull: θ_w ← θ; compute: g_w ← h_w ⊙ (θ_w − c_w); push: θ ← θ − η g_w. README §5.
    func a3cSchedule(_ problem: HW6.A3CProblem) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("a3cSchedule(_:)")
        var global = problem.initialParameters
        let workers = problem.curvatures.count
        var local = [[Double]](repeating: global, count: workers)
        var pending = [[Double]](repeating: [Double](repeating: 0, count: global.count), count: workers)
        for event in problem.events {
            let w = event.worker
            switch event.kind {
            case .pull:
                local[w] = global
            case .compute:
                pending[w] = global.indices.map { i in problem.curvatures[w][i] * (local[w][i] - problem.centres[w][i]) }
            case .push:
                VectorMath.axpy(-problem.learningRate, pending[w], &local[w])
            }
        }
        return global
        // END SOLUTION
    }
}
