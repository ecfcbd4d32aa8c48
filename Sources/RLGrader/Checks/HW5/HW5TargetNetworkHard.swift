import RLCore
import RLHomework

/// `hw5.target-network.hard`: with hard updates every C gradient steps, θ⁻ equals θ exactly right after
/// steps C, 2C, … and stays frozen (bit for bit) in between.
struct HW5TargetNetworkHard: Check {
    let id = "hw5.target-network.hard"
    let title = "Hard target-network updates every C steps"
    let summary = "updateTarget(hard C): θ⁻ = θ exactly after gradient steps C, 2C, …, and θ⁻ unchanged after every other step."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW5.TargetScheduleQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let period = 2 + rng.int(below: 5), d = 3 + rng.int(below: 4)
            var theta = (0..<d).map { _ in HW5Fixtures.rounded(rng.uniform(-1, 1)) }
            let online = (0..<(3 * period + 2)).map { _ -> [Double] in
                theta = theta.map { $0 + HW5Fixtures.rounded(rng.uniform(-0.1, 0.1), 1000) }
                return theta
            }
            inputs.append(HW5.TargetScheduleQuery(initialTarget: (0..<d).map { _ in HW5Fixtures.rounded(rng.uniform(-1, 1)) },
                                                  onlineParameters: online, rule: .hard(period: period)))
        }
        let describe = { (i: Int) -> String in
            guard case .hard(let c) = inputs[i].rule else { return "" }
            return "hard updates with C = \(c), \(inputs[i].onlineParameters.count) gradient steps, \(inputs[i].initialTarget.count) parameters"
        }
        let outputs = try context.call(HW5.TargetSchedule.self, inputs, describe: describe)
        for (i, query) in inputs.enumerated() {
            guard case .hard(let period) = query.rule else { continue }
            guard outputs[i].count == query.onlineParameters.count else {
                return .fail(Feedback("The target-schedule exercise returned \(outputs[i].count) snapshots for \(query.onlineParameters.count) steps.",
                                      input: describe(i), hint: "updateTarget must not throw; it is called once per gradient step."))
            }
            var previous = query.initialTarget
            for (t, target) in outputs[i].enumerated() {
                let step = t + 1
                let synced = step % period == 0
                let expected = synced ? query.onlineParameters[t] : previous
                if target != expected {
                    return .fail(Feedback(
                        synced ? "After gradient step \(step) (a multiple of C = \(period)), θ⁻ is not an exact copy of θ."
                               : "After gradient step \(step) (not a multiple of C = \(period)), θ⁻ changed.",
                        expected: synced ? "θ⁻ = θ = \(Show.vector(expected))" : "θ⁻ frozen at \(Show.vector(expected))",
                        observed: "θ⁻ = \(Show.vector(target))",
                        input: describe(i),
                        hint: "Copy θ into θ⁻ only when step % C == 0 (steps count from 1), and leave θ⁻ untouched otherwise — neither every step nor never."))
                }
                previous = target
            }
        }
        return .pass("θ⁻ is synced exactly at multiples of C and frozen in between, in \(inputs.count) schedules.")
    }
}
