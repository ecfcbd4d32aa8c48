import RLCore
import RLHomework

/// Line-search problems for the hw6 checks: a small categorical MLP policy, a batch, and full steps
/// along the surrogate's gradient ĝ (which improve for small fractions) or against it (which never do).
enum HW6LineSearchFixtures {
    /// ĝ = ∇θ L(θ) at θ_old = (1/N) Σ ∇θ log π(a_t|s_t) Â_t.
    static func gradient(_ policy: MLP, states: [[Double]], actions: [Int], advantages: [Double]) -> [Double] {
        let n = Double(states.count)
        let outputs = states.indices.map { t in
            Categorical(logits: policy.forward(states[t])).logProbGradient(actions[t]).map { $0 * advantages[t] / n }
        }
        return policy.gradient(inputs: states, outputGradients: outputs)
    }

    /// A problem with a full step of length `length` along `sign`·ĝ.
    static func problem(_ rng: inout SeededGenerator, length: Double, sign: Double, maxBacktracks: Int) -> HW6.LineSearchProblem {
        let policy = HW6Fixtures.policy(&rng, inputs: 3, hidden: 4, actions: 2 + rng.int(below: 2))
        let states = HW6Fixtures.states(&rng, count: 8, size: 3)
        let actions = states.map { Categorical(logits: policy.forward($0)).sample(using: &rng) }
        let advantages = states.map { _ in HW6Fixtures.rounded(rng.uniform(-1, 1)) }
        let g = gradient(policy, states: states, actions: actions, advantages: advantages)
        let norm = VectorMath.norm2(g)
        return HW6.LineSearchProblem(
            policy: policy, states: states, actions: actions, advantages: advantages,
            fullStep: g.map { sign * length * $0 / max(norm, 1e-12) }, maxKL: 0.01, backtrackCoefficient: 0.8,
            maxBacktracks: maxBacktracks)
    }

    static func describe(_ p: HW6.LineSearchProblem) -> String {
        "policy \(Show.ints(p.policy.layerSizes)), N = \(p.states.count), ‖s‖ = \(Show.number(HW6Fixtures.rounded(VectorMath.norm2(p.fullStep), 1000))), δ = \(Show.number(p.maxKL)), α = \(Show.number(p.backtrackCoefficient)), K = \(p.maxBacktracks)"
    }

    /// Compares a result with the expected outcome; nil when it matches.
    static func mismatch(_ o: HW6.LineSearchResult, _ p: HW6.LineSearchProblem) -> Feedback? {
        let (candidates, accepted, baseline) = HW6Judge.lineSearch(p)
        let expected = accepted.map { candidates[$0].parameters } ?? p.policy.parameters
        let tolerance = Tolerance(absolute: 1e-12, relative: 1e-10)
        if o.acceptedBacktrack == accepted && tolerance.firstMismatch(o.parameters, expected) == nil { return nil }
        let table = candidates.prefix(8).enumerated().map { j, c in
            "j=\(j): KL \(Show.number(HW6Fixtures.rounded(c.kl, 1e6))) \(c.kl <= p.maxKL ? "≤" : ">") δ, L − L_old = \(Show.number(HW6Fixtures.rounded(c.surrogate - baseline, 1e6)))"
        }.joined(separator: "; ")
        var observedJ = "nil"
        if let j = o.acceptedBacktrack { observedJ = String(j) }
        let expectedText = accepted.map { "accept j = \($0) (the first with KL ≤ δ and L > L(θ_old)), parameters θ_old + 0.8^\($0)·s" }
            ?? "no acceptable j: acceptedBacktrack = nil and the OLD parameters θ_old unchanged"
        let paramsMatchOld = tolerance.firstMismatch(o.parameters, p.policy.parameters) == nil
        return Feedback(
            "lineSearch chose the wrong step.",
            expected: expectedText,
            observed: "acceptedBacktrack = \(observedJ), parameters \(paramsMatchOld ? "= θ_old" : "≠ the expected ones")",
            input: describe(p) + " — candidates: " + table,
            hint: accepted == nil
                ? "When no fraction both keeps the mean KL ≤ δ and improves the surrogate, TRPO keeps θ_old: return the policy's parameters unchanged and nil."
                : "Try j = 0, 1, …, K in order and stop at the FIRST θ_old + α^j s with mean KL(π_old‖π_θ) ≤ δ AND L(θ) > L(θ_old); both conditions matter.")
    }
}
