import RLCore
import RLHomework

/// `hw6.cg.residual`: conjugateGradient on seeded SPD systems (sizes 5–40, condition numbers up to 100)
/// with enough iterations: the parent computes the true residual ‖g − Hx‖, which must be within the
/// stated `residualTolerance` (plus rounding slack 1e-9‖g‖). Any stopping rule that meets it passes.
struct HW6CGResidual: Check {
    let id = "hw6.cg.residual"
    let title = "Conjugate gradient reaches the stated residual"
    let summary = "conjugateGradient on SPD systems returns x with ‖g − Hx‖ within residualTolerance."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.LinearSystem] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let n = 5 + rng.int(below: 36)
            let h = HW6Fixtures.spd(&rng, size: n, lo: 0.1, hi: 10)
            let g = (0..<n).map { _ in HW6Fixtures.rounded(rng.uniform(-1, 1)) }
            inputs.append(HW6.LinearSystem(matrix: h, rhs: g, iterations: 4 * n, residualTolerance: [1e-6, 1e-8][rng.int(below: 2)]))
        }
        let describe = { (i: Int) in "seed \(context.seeds[i]): a \(inputs[i].rhs.count)×\(inputs[i].rhs.count) SPD H (eigenvalues in [0.1, 10]), \(inputs[i].iterations) iterations allowed, tolerance \(Show.number(inputs[i].residualTolerance))" }
        let outputs = try context.call(HW6.ConjugateGradient.self, inputs, describe: describe)
        for (i, x) in outputs.enumerated() {
            let s = inputs[i]
            guard x.count == s.rhs.count, x.allSatisfy(\.isFinite) else {
                return .fail(Feedback("conjugateGradient returned \(x.count) numbers\(x.allSatisfy(\.isFinite) ? "" : " (some not finite)") for a system of size \(s.rhs.count).",
                                      input: describe(i), hint: "Return x, one number per row of H."))
            }
            let residual = VectorMath.norm2(VectorMath.sub(s.rhs, s.matrix.multiply(x)))
            let allowed = s.residualTolerance + 1e-9 * VectorMath.norm2(s.rhs)
            if !(residual <= allowed) {
                return .fail(Feedback(
                    "conjugateGradient did not reach the stated residual.",
                    expected: "‖g − Hx‖ ≤ \(Show.number(s.residualTolerance))", observed: "‖g − Hx‖ = \(Show.number(residual))", input: describe(i),
                    hint: "After each step update the residual r ← r − α Hp (and use the new r in β = r_newᵀr_new / r_oldᵀr_old and p ← r + βp). Stop on ‖r‖ ≤ tolerance, not before."))
            }
        }
        return .pass("Residual within tolerance on \(inputs.count) systems.")
    }
}
