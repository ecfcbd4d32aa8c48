import RLCore
import RLHomework

/// `hw6.cg.exact`: conjugate gradient's defining properties with tolerance 0: n iterations on an n × n
/// SPD system give H⁻¹g (to rounding), and one iteration gives x₁ = (gᵀg / gᵀHg) g exactly.
struct HW6CGExact: Check {
    let id = "hw6.cg.exact"
    let title = "Conjugate gradient: exact in n steps, one step is the Cauchy step"
    let summary = "conjugateGradient with n iterations on n × n SPD systems returns H⁻¹g; with one iteration it returns (gᵀg / gᵀHg) g."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.LinearSystem] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let n = 2 + rng.int(below: 5)
            let h = HW6Fixtures.spd(&rng, size: n, lo: 0.5, hi: 4)
            let g = (0..<n).map { _ in HW6Fixtures.rounded(rng.uniform(-1, 1)) }
            inputs.append(HW6.LinearSystem(matrix: h, rhs: g, iterations: n, residualTolerance: 0))
            inputs.append(HW6.LinearSystem(matrix: h, rhs: g, iterations: 1, residualTolerance: 0))
        }
        let describe = { (i: Int) in "seed \(context.seeds[i / 2]): a \(inputs[i].rhs.count)×\(inputs[i].rhs.count) SPD H (eigenvalues in [0.5, 4]), g = \(Show.vector(inputs[i].rhs)), iterations = \(inputs[i].iterations), tolerance 0" }
        let outputs = try context.call(HW6.ConjugateGradient.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-8)
        for (i, x) in outputs.enumerated() {
            let s = inputs[i]
            let expected: [Double]
            if s.iterations == 1 {
                let gg = VectorMath.dot(s.rhs, s.rhs), ghg = VectorMath.dot(s.rhs, s.matrix.multiply(s.rhs))
                expected = s.rhs.map { gg / ghg * $0 }
            } else {
                expected = try s.matrix.solve(s.rhs)
            }
            if tolerance.firstMismatch(x, expected) != nil {
                return .fail(Feedback(
                    s.iterations == 1 ? "conjugateGradient with one iteration is not the first CG step x₁ = (gᵀg / gᵀHg) g." : "conjugateGradient with n iterations does not solve the n × n system.",
                    expected: Show.vector(expected), observed: Show.vector(x), input: describe(i),
                    hint: "Start at x = 0, r = p = g. Each iteration: α = rᵀr / pᵀHp, x += αp, r −= αHp, β = r_newᵀr_new / r_oldᵀr_old, p = r + βp — exactly `iterations` times unless ‖r‖ ≤ tolerance."))
            }
        }
        return .pass("Exact after n steps and after one step on \(inputs.count / 2) systems.")
    }
}
