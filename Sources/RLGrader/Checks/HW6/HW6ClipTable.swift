import Foundation
import RLCore
import RLHomework

/// `hw6.clip.table` (the headline check): the PPO-clip objective and its gradient on the table of
/// cases A > 0 / A < 0 × ratio below, inside and above [1−ε, 1+ε], one step per batch so each case is
/// judged alone. The gradient must be exactly 0 where the clipped term is strictly the minimum
/// (A > 0, ℓ > 1+ε and A < 0, ℓ < 1−ε) and ℓA elsewhere — in particular A > 0 with ℓ < 1−ε and A < 0
/// with ℓ > 1+ε are **not** clipped. Then mixed batches of the table's rows check the 1/N.
struct HW6ClipTable: Check {
    let id = "hw6.clip.table"
    let title = "PPO-clip: the clip table"
    let summary = "clipObjective on every case A > 0 / A < 0 × ℓ below / inside / above [1−ε, 1+ε]: the objective min(ℓA, clip(ℓ)A) and a gradient that is 0 exactly where the clipped term is the active minimum, ℓA elsewhere."

    struct Case {
        var ratio: Double, advantage: Double, epsilon: Double
        var region: String {
            ratio < 1 - epsilon ? "ℓ < 1−ε" : (ratio > 1 + epsilon ? "ℓ > 1+ε" : "1−ε ≤ ℓ ≤ 1+ε")
        }
        var flat: Bool { (advantage > 0 && ratio > 1 + epsilon) || (advantage < 0 && ratio < 1 - epsilon) }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for (epsilon, ratios) in [(0.2, [0.5, 0.75, 0.9, 1.0, 1.1, 1.25, 1.6]), (0.1, [0.8, 0.95, 1.05, 1.3])] {
            for a in [1.5, -1.5, 0.25, -0.75] {
                for r in ratios { cases.append(Case(ratio: r, advantage: a, epsilon: epsilon)) }
            }
        }
        return cases
    }()

    static func batch(_ rows: [Case], oldLogProb: Double = -0.7) -> HW6.ClipBatch {
        HW6.ClipBatch(logProbs: rows.map { oldLogProb + log($0.ratio) }, oldLogProbs: rows.map { _ in oldLogProb },
                      advantages: rows.map(\.advantage), epsilon: rows[0].epsilon)
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs = Self.cases.map { Self.batch([$0]) }
        // Mixed batches (same ε): all ε = 0.2 rows, then all ε = 0.1 rows, with varied old log-probabilities.
        for epsilon in [0.2, 0.1] {
            let rows = Self.cases.filter { $0.epsilon == epsilon }
            inputs.append(HW6.ClipBatch(
                logProbs: rows.indices.map { -0.1 * Double($0 % 7) - 0.3 + log(rows[$0].ratio) },
                oldLogProbs: rows.indices.map { -0.1 * Double($0 % 7) - 0.3 }, advantages: rows.map(\.advantage), epsilon: epsilon))
        }
        let single = Self.cases.count
        let describe = { (i: Int) -> String in
            if i < single {
                let c = Self.cases[i]
                return "one step: ℓ = \(Show.number(c.ratio)) (\(c.region)), Â = \(Show.number(c.advantage)), ε = \(Show.number(c.epsilon))"
            }
            return "a batch of all the table's rows with ε = \(Show.number(inputs[i].epsilon)): " + HW6Fixtures.describe(inputs[i])
        }
        let outputs = try context.call(HW6.ClipObjective.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-12), relative: 1e-12)
        var passed = 0, firstFailure: Feedback?
        for (i, output) in outputs.enumerated() {
            let expected = HW6Judge.clip(inputs[i])
            let n = inputs[i].logProbs.count
            if output.gradient.count != n || output.ratios.count != n {
                firstFailure = firstFailure ?? Feedback(
                    "clipObjective returned \(output.gradient.count) gradient entries and \(output.ratios.count) ratios for \(n) steps.",
                    input: describe(i), hint: "Return one ratio and one gradient entry ∂L^CLIP/∂log π_θ(a_t|s_t) per step.")
                continue
            }
            if !tolerance.isClose(output.objective, expected.objective) {
                firstFailure = firstFailure ?? Feedback(
                    "clipObjective: the objective L^CLIP is wrong.",
                    expected: "L^CLIP = \(Show.number(expected.objective))", observed: "\(Show.number(output.objective))",
                    input: describe(i),
                    hint: "L^CLIP = (1/N) Σ min(ℓ_t Â_t, clip(ℓ_t, 1−ε, 1+ε) Â_t): clip the ratio (not the advantage), then take the minimum (not the maximum) of the two products.")
                continue
            }
            if let t = (0..<n).first(where: { !(output.gradient[$0] == expected.gradient[$0] || (expected.gradient[$0] != 0 && tolerance.isClose(output.gradient[$0], expected.gradient[$0]))) }) {
                let c = i < single ? Self.cases[i] : nil
                let flatHint = "The gradient is 0 only where the clipped term is strictly smaller: Â > 0 with ℓ > 1+ε, or Â < 0 with ℓ < 1−ε. With Â > 0 and ℓ < 1−ε (or Â < 0 and ℓ > 1+ε) the unclipped term ℓÂ is the minimum, so the gradient is ℓÂ/N — the objective keeps pushing a bad move back."
                firstFailure = firstFailure ?? Feedback(
                    "clipObjective: the gradient of step \(t) is wrong" + (c.map { " (\($0.flat ? "the clipped term is the active minimum: the gradient must be exactly 0" : "the unclipped term is the minimum: the gradient is ℓÂ/N"))" } ?? "") + ".",
                    expected: "∂L^CLIP/∂log π_θ = \(Show.number(expected.gradient[t]))", observed: "\(Show.number(output.gradient[t]))",
                    input: describe(i), hint: flatHint + " (∂ℓ/∂log π_θ = ℓ.)")
                continue
            }
            passed += 1
        }
        return .fraction(passed: passed, of: inputs.count,
                         passSummary: "All \(single) table cases and both mixed batches: objective and gradient as defined (0 exactly where clipped).",
                         failure: firstFailure)
    }
}
