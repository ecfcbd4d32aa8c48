import RLCore
import RLHomework

/// Compares a student's TD loss and gradient with the parent's, naming the first entry that differs.
enum HW5LossComparison {
    /// nil when `result` matches the expected loss and gradient; otherwise feedback with `hint`.
    static func mismatch(_ result: HW5.LossResult, _ query: HW5.LossQuery, tolerance: Tolerance, input: String,
                         hint: (_ k: Int, _ a: Int) -> String) -> Feedback? {
        let expectedGradient = HW5Judge.lossGradient(query)
        guard result.gradient.count == expectedGradient.count,
              zip(result.gradient, expectedGradient).allSatisfy({ $0.count == $1.count }) else {
            return Feedback("tdLoss returned a gradient of \(result.gradient.count) rows (\(result.gradient.map(\.count))).",
                            expected: "\(expectedGradient.count) rows of \(expectedGradient.first?.count ?? 0) numbers (B × |A|, like qValues)",
                            input: input, hint: "gradient[k][a] = ∂L/∂Q(s_k, a) for every row k and action a.")
        }
        for k in expectedGradient.indices {
            if let a = tolerance.firstMismatch(result.gradient[k], expectedGradient[k]) {
                return Feedback(
                    "tdLoss: ∂L/∂Q(s_\(k), \(a)) is wrong\(a == query.actions[k] ? "" : " (action \(a) was not taken in row \(k))").",
                    expected: "∂L/∂Q row \(k) = \(Show.vector(expectedGradient[k]))", observed: "\(Show.vector(result.gradient[k]))",
                    input: input + "; row \(k): Q = \(Show.vector(query.qValues[k])), a = \(query.actions[k]), y = \(Show.number(query.targets[k]))",
                    hint: hint(k, a))
            }
        }
        let expectedLoss = HW5Judge.loss(query, qValues: query.qValues)
        if !tolerance.isClose(result.loss, expectedLoss) {
            return Feedback("tdLoss: the loss value is wrong (the gradient is right).",
                            expected: "L = \(Show.number(expectedLoss))", observed: "L = \(Show.number(result.loss))", input: input,
                            hint: "L = (1/B) Σ_k ℓ(y_k − Q(s_k, a_k)) with ℓ(u) = ½u² (or Huber: δ(|u| − ½δ) beyond δ) — a mean over the B rows, with the ½.")
        }
        return nil
    }
}
