import RLCore
import RLHomework

/// `hw6.a3c.schedule`: a3cSchedule on seeded interleavings of pull / compute / push events of 2–4
/// workers, exactly equal (to rounding) to the parent's replay: stale gradients are applied to the
/// global parameters, computed at the worker's own copy.
struct HW6A3CScheduleCheck: Check {
    let id = "hw6.a3c.schedule"
    let title = "A3C: asynchronous updates replayed from a schedule"
    let summary = "a3cSchedule gives the global parameters of the documented pull / compute / push semantics, stale gradients included."

    static func schedule(_ rng: inout SeededGenerator, workers: Int, rounds: Int) -> [HW6.A3CEvent] {
        // Each worker cycles pull → compute → push; the cycles of different workers interleave at random.
        var next = [Int](repeating: 0, count: workers)
        var events: [HW6.A3CEvent] = []
        let kinds: [HW6.A3CEvent.Kind] = [.pull, .compute, .push]
        while next.contains(where: { $0 < 3 * rounds }) {
            let open = (0..<workers).filter { next[$0] < 3 * rounds }
            let w = open[rng.int(below: open.count)]
            events.append(HW6.A3CEvent(worker: w, kind: kinds[next[w] % 3]))
            next[w] += 1
        }
        return events
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.A3CProblem] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let workers = 2 + rng.int(below: 3), d = 2 + rng.int(below: 3)
            inputs.append(HW6.A3CProblem(
                initialParameters: (0..<d).map { _ in HW6Fixtures.rounded(rng.uniform(-2, 2)) },
                curvatures: (0..<workers).map { _ in (0..<d).map { _ in HW6Fixtures.rounded(rng.uniform(0.5, 2)) } },
                centres: (0..<workers).map { _ in (0..<d).map { _ in HW6Fixtures.rounded(rng.uniform(-1, 1)) } },
                learningRate: [0.1, 0.3][rng.int(below: 2)], events: Self.schedule(&rng, workers: workers, rounds: 2 + rng.int(below: 3))))
        }
        // A hand-made schedule where a stale gradient matters: worker 1 computes before worker 0 pushes.
        inputs.append(HW6.A3CProblem(
            initialParameters: [1, -1], curvatures: [[1, 1], [2, 0.5]], centres: [[0, 0], [1, 1]], learningRate: 0.5,
            events: [.init(worker: 0, kind: .pull), .init(worker: 1, kind: .pull), .init(worker: 0, kind: .compute),
                     .init(worker: 1, kind: .compute), .init(worker: 0, kind: .push), .init(worker: 1, kind: .push),
                     .init(worker: 0, kind: .pull), .init(worker: 0, kind: .compute), .init(worker: 0, kind: .push)]))
        let describe = { (i: Int) -> String in
            let p = inputs[i]
            let events = p.events.prefix(12).map { "\($0.kind.rawValue)(\($0.worker))" }.joined(separator: ", ")
            return "\(p.curvatures.count) workers, θ₀ = \(Show.vector(p.initialParameters)), η = \(Show.number(p.learningRate)), events \(events)\(p.events.count > 12 ? ", … (\(p.events.count))" : "")"
        }
        let outputs = try context.call(HW6.A3CSchedule.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-12)
        for (i, o) in outputs.enumerated() {
            let expected = HW6Judge.a3c(inputs[i])
            if tolerance.firstMismatch(o, expected) == nil { continue }
            return .fail(Feedback(
                "a3cSchedule: the final global parameters are wrong.", expected: Show.vector(expected), observed: Show.vector(o), input: describe(i),
                hint: "Keep one local copy and one pending gradient per worker. pull copies the global θ into the worker's copy; compute evaluates h ⊙ (θ_w − c) at the worker's OWN copy (stale if others pushed since its pull); push subtracts η g_w from the GLOBAL θ (not from the worker's copy)."))
        }
        return .pass("Global parameters exact on \(inputs.count) schedules.")
    }
}
