import RLCore
import RLHomework

/// `hw4.score.zero-mean`: E_{a~π}[∇θ log π(a|s)] = Σ_a π(a|s) ∇θ log π(a|s) = 0 — the property that
/// makes a state-dependent baseline unbiased. The student's scores of every action are weighted by the
/// parent's probabilities.
struct HW4ScoreZeroMean: Check {
    let id = "hw4.score.zero-mean"
    let title = "Score function has mean zero under the policy"
    let summary = "Σ_a π_θ(a|s) ∇θ log π_θ(a|s) = 0 for random states (why a baseline b(s) adds no bias)."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var states: [HW4.SoftmaxQuery] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for _ in 0..<2 { states.append(HW4Fixtures.softmaxQuery(&rng)) }
        }
        var inputs: [HW4.SoftmaxQuery] = []
        for state in states {
            for a in state.features.indices { inputs.append(HW4.SoftmaxQuery(features: state.features, theta: state.theta, action: a)) }
        }
        let describe = { (i: Int) in HW4Fixtures.describe(inputs[i]) }
        let outputs = try context.call(HW4.ScoreFunction.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9))
        var offset = 0
        for state in states {
            let p = HW4Judge.probabilities(features: state.features, theta: state.theta)
            let d = state.theta.count
            var mean = [Double](repeating: 0, count: d)
            for a in state.features.indices {
                let score = outputs[offset + a]
                guard score.count == d else {
                    return .fail(Feedback("scoreFunction returned \(score.count) numbers; θ has \(d).",
                                          input: HW4Fixtures.describe(inputs[offset + a]), hint: "Return one partial derivative per component of θ."))
                }
                VectorMath.axpy(p[a], score, &mean)
            }
            if let j = tolerance.firstMismatch(mean, [Double](repeating: 0, count: d)) {
                return .fail(Feedback(
                    "The expectation of your score function under π is not zero.",
                    expected: "Σ_a π(a|s) ∇ log π(a|s) = 0 (component \(j))",
                    observed: "\(Show.vector(mean)) (your scores of actions 0…\(state.features.count - 1), weighted by π = \(Show.vector(p)))",
                    input: "features x(s,·) = \(state.features.map { Show.vector($0) }.joined(separator: ", ")), θ = \(Show.vector(state.theta))",
                    hint: "Σ_a π(a|s) (x(s,a) − Σ_b π(b|s) x(s,b)) = 0 exactly. Check that the score of action a uses x(s,a) and the probabilities of the same θ."))
            }
            offset += state.features.count
        }
        return .pass("On \(states.count) random states, the scores average to zero under π.")
    }
}
