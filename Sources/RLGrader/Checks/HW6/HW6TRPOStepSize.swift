import RLCore
import RLHomework

/// `hw6.trpo.step-size`: trpoStep returns s = √(2δ / xᵀHx) x, so that ½ sᵀHs = δ, on seeded directions
/// and SPD matrices.
struct HW6TRPOStepSize: Check {
    let id = "hw6.trpo.step-size"
    let title = "The TRPO step size"
    let summary = "trpoStep returns √(2δ / xᵀHx) · x, whose quadratic KL model ½ sᵀHs equals δ."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.StepQuery] = [], matrices: [Matrix] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let n = 2 + rng.int(below: 8)
            let h = HW6Fixtures.spd(&rng, size: n, lo: 0.2, hi: 6)
            let x = (0..<n).map { _ in HW6Fixtures.rounded(rng.uniform(-3, 3)) }
            inputs.append(HW6.StepQuery(direction: x, hx: h.multiply(x), maxKL: [0.01, 0.05, 0.001][rng.int(below: 3)]))
            matrices.append(h)
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): x = \(Show.vector(inputs[i].direction)), xᵀHx = \(Show.number(VectorMath.dot(inputs[i].direction, inputs[i].hx))), δ = \(Show.number(inputs[i].maxKL))" }
        let outputs = try context.call(HW6.TRPOStep.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-10)
        for (i, s) in outputs.enumerated() {
            let q = inputs[i]
            let scale = (2 * q.maxKL / VectorMath.dot(q.direction, q.hx)).squareRoot()
            let expected = q.direction.map { scale * $0 }
            if tolerance.firstMismatch(s, expected) == nil { continue }
            let model = s.count == q.direction.count ? 0.5 * VectorMath.dot(s, matrices[i].multiply(s)) : .nan
            return .fail(Feedback(
                "trpoStep: the step does not have the TRPO length.",
                expected: "s = √(2δ/xᵀHx)·x = \(Show.vector(expected)) (½ sᵀHs = δ = \(Show.number(q.maxKL)))",
                observed: "s = \(Show.vector(s)) (½ sᵀHs = \(Show.number(model)))", input: describe(i),
                hint: "The largest step along x whose quadratic KL model ½ sᵀHs stays at δ is s = β x with β = √(2δ / xᵀHx) — mind the square root."))
        }
        return .pass("Step exact on \(inputs.count) queries.")
    }
}
