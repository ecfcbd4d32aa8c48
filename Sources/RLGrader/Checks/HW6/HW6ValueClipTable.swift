import RLCore
import RLHomework

/// `hw6.value-clip.table`: clippedValueLoss on cases where the new value moves less or more than ε from
/// the old value, towards or away from the target. The clip is around the **old** value.
struct HW6ValueClipTable: Check {
    let id = "hw6.value-clip.table"
    let title = "Value clipping around the old value"
    let summary = "clippedValueLoss: max((V−R)², (V_old + clip(V−V_old, −ε, ε) − R)²) and its gradient (0 where the clipped term is strictly larger), on a table of cases and seeded batches."

    static let cases: [(v: Double, old: Double, target: Double)] = [
        (1.1, 1.0, 2.0), (1.5, 1.0, 2.0), (1.5, 1.0, 1.2), (0.4, 1.0, 2.0), (0.4, 1.0, 0.0), (1.0, 1.0, -1.0),
        (-0.5, 0.0, 1.0), (0.5, 0.0, -1.0), (0.15, 0.0, 3.0), (2.6, 2.0, 2.4),
    ]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs = Self.cases.map { c in HW6.ValueClipBatch(values: [c.v], oldValues: [c.old], targets: [c.target], epsilon: 0.2) }
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let b = HW6Fixtures.ppoBatch(&rng, clipValues: true)
            inputs.append(HW6.ValueClipBatch(values: b.values, oldValues: b.oldValues, targets: b.targets, epsilon: b.epsilon))
        }
        let describe = { (i: Int) -> String in
            let b = inputs[i]
            return "V = \(Show.vector(b.values)), V_old = \(Show.vector(b.oldValues)), R = \(Show.vector(b.targets)), ε = \(Show.number(b.epsilon))"
        }
        let outputs = try context.call(HW6.ClippedValueLoss.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-12)
        var passed = 0, firstFailure: Feedback?
        for (i, o) in outputs.enumerated() {
            let b = inputs[i]
            let e = HW6Judge.valueLoss(values: b.values, oldValues: b.oldValues, targets: b.targets, epsilon: b.epsilon)
            if tolerance.isClose(o.loss, e.loss) && tolerance.firstMismatch(o.gradient, e.gradient) == nil { passed += 1; continue }
            firstFailure = firstFailure ?? Feedback(
                "clippedValueLoss disagrees with the definition.",
                expected: "L^VF = \(Show.number(e.loss)), ∂L^VF/∂V = \(Show.vector(e.gradient))",
                observed: "L^VF = \(Show.number(o.loss)), ∂L^VF/∂V = \(Show.vector(o.gradient))", input: describe(i),
                hint: "V_clip = V_old + clip(V − V_old, −ε, ε): the clip is around the OLD value. L^VF = (1/N) Σ max((V − R)², (V_clip − R)²); the gradient is 2(V − R)/N when the unclipped term is the larger (or equal) one, else 0.")
        }
        return .fraction(passed: passed, of: inputs.count, passSummary: "All \(inputs.count) cases agree with the definition.", failure: firstFailure)
    }
}
