import RLCore
import RLHomework

/// `hw6.kfac.dense-solve` (extra credit): kfacStep's ΔW against the parent's dense solve of
/// (A ⊗ S) vec(ΔW) = vec(G) (column-stacking vec), for seeded layers, to 1e-9.
struct HW6KFACDenseSolve: Check {
    let id = "hw6.kfac.dense-solve"
    let title = "ACKTR: the K-FAC step of one layer (extra credit)"
    let summary = "kfacStep's S⁻¹ G A⁻¹ equals the dense solve of (A ⊗ S) vec(ΔW) = vec(G) with damped Kronecker factors."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.KFACLayer] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let dIn = 2 + rng.int(below: 4), dOut = 2 + rng.int(below: 3), n = 3 + rng.int(below: 6)
            inputs.append(HW6.KFACLayer(
                inputs: (0..<n).map { _ in (0..<dIn).map { _ in HW6Fixtures.rounded(rng.uniform(-1, 1)) } },
                outputGradients: (0..<n).map { _ in (0..<dOut).map { _ in HW6Fixtures.rounded(rng.uniform(-1, 1)) } },
                gradient: Matrix(rows: dOut, cols: dIn) { _, _ in HW6Fixtures.rounded(rng.uniform(-1, 1)) },
                damping: [0.1, 0.01, 0.5][rng.int(below: 3)]))
        }
        let describe = { (i: Int) -> String in
            let l = inputs[i]
            return "seed \(context.seeds[i]): d_in = \(l.gradient.cols), d_out = \(l.gradient.rows), N = \(l.inputs.count), λ = \(Show.number(l.damping))"
        }
        let outputs = try context.call(HW6.KFACStep.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for (i, o) in outputs.enumerated() {
            let expected = try HW6Judge.kfacDense(inputs[i])
            if o.rows == expected.rows && o.cols == expected.cols && tolerance.firstMismatch(o.elements, expected.elements) == nil { continue }
            return .fail(Feedback(
                "kfacStep disagrees with the dense solve of (A ⊗ S) vec(ΔW) = vec(G).",
                expected: "a \(expected.rows)×\(expected.cols) ΔW = \(Show.vector(expected.elements, limit: 8)) (row-major)",
                observed: "a \(o.rows)×\(o.cols) matrix \(Show.vector(o.elements, limit: 8))", input: describe(i),
                hint: "A = (1/N) Σ a aᵀ + λI (d_in × d_in, from the inputs), S = (1/N) Σ s sᵀ + λI (d_out × d_out, from the output gradients); ΔW = S⁻¹ G A⁻¹ — S on the left, A on the right, both damped."))
        }
        return .pass("ΔW matches the dense Kronecker solve on \(inputs.count) layers.")
    }
}
