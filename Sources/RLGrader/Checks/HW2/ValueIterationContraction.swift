import RLCore
import RLHomework

/// `hw2.value-iteration.contraction`: the residuals Δ_k = ‖V_{k+1} − V_k‖∞ that `valueIteration`
/// reports shrink at least by the factor γ from one sweep to the next (T* is a γ-contraction in the
/// max norm; in-place sweeps are one too), up to round-off, and the last is below θ.
///
/// It also judges the values the residuals are about: the returned V must be a fixed point of T*
/// within γθ (as `hw2.value-iteration.bellman-residual` requires), so `residuals: [0]` with any V
/// earns nothing. (The policy is judged by `hw2.value-iteration.optimal-policy`.)
///
/// Inputs: seeded random episodic MDPs with γ ∈ {0.5, 0.7, 0.9} and negative rewards (so even an
/// undiscounted backup converges and its slower contraction shows), and a hub MDP where ten states
/// feed one (the sum over states of |V_{k+1} − V_k| grows by (n + 1)γ while the max norm shrinks by γ).
struct ValueIterationContraction: Check {
    let id = "hw2.value-iteration.contraction"
    let title = "Value iteration: γ-contraction of the residuals"
    let summary = "The reported residuals satisfy Δ_{k+1} ≤ γ Δ_k (up to round-off) and end below θ."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let theta = context.parameter("theta", 1e-8)
        var cases: [HW2Case] = []
        for seed in context.seeds {
            cases.append(HW2Cases.random(seed: seed, label: id, states: 10...25, gammas: [0.5, 0.7, 0.9],
                                         terminals: 1...3, rewardRange: -1 ... -0.1))
        }
        cases.append(Self.hub)
        let inputs = cases.map { HW2.ValueIterationInput(mdp: $0.mdp, theta: theta) }
        let describe = { (i: Int) in "\(cases[i].label); θ = \(Show.number(theta))" }
        let outputs = try context.call(HW2.ValueIteration.self, inputs, describe: describe)
        var perCase: [Double] = []
        for i in inputs.indices {
            let mdp = inputs[i].mdp, v = outputs[i].values
            if let problem = HW2Cases.shapeProblem(v, mdp) {
                return .fail(Feedback("valueIteration(mdp:theta:) returned malformed values: \(problem).",
                                      expected: "\(mdp.stateCount) finite values", input: describe(i), hint: "Return one value per state."))
            }
            let scale = max(1, v.map(abs).max() ?? 0)
            let (s, residual) = HW2Cases.worst(MDPJudge.optimalityBackup(mdp, v), v)
            let bound = mdp.gamma * theta * (1 + 1e-9) + 1e-12 * scale
            if residual > bound {
                return .fail(Feedback(
                    "Your residuals say value iteration converged, but the values you returned are not a fixed point of T*.",
                    expected: "‖T* V − V‖∞ ≤ γθ = \(Show.number(mdp.gamma * theta)) for the V you return with the residuals \(Show.vector(outputs[i].residuals, limit: 6))",
                    observed: "‖T* V − V‖∞ = \(Show.number(residual)) at state \(s)",
                    input: describe(i),
                    hint: "Return the values of the last sweep together with the residuals Δ_k = ‖V_{k+1} − V_k‖∞ you measured on the way."))
            }
            switch Self.judge(outputs[i].residuals, gamma: inputs[i].mdp.gamma, theta: theta, scale: scale, input: describe(i)) {
            case .failure(let failure): return .fail(failure.feedback)
            case .success(let ratio): perCase.append(ratio)
            }
        }
        return .pass("All \(inputs.count) residual sequences contract by at least γ per sweep (largest Δ_{k+1}/(γΔ_k): "
            + "\(Show.number(((perCase.max() ?? 0) * 1000).rounded() / 1000))) and end below θ.",
                     data: ["largest-ratio-over-gamma": perCase])
    }

    /// Ten states (1…10) with one action each lead to a hub (state 0) with reward 0; the hub loops on
    /// itself with reward 1; γ = 0.9. Synchronous sweeps from V₀ = 0 change only the hub in sweep 0
    /// (max = sum = 1) and all eleven states by γ^k afterwards: the max norm contracts by γ, the sum
    /// over states grows elevenfold in sweep 1.
    static let hub: HW2Case = {
        let n = 10
        let outcomes: [[[Outcome]]] = [[[Outcome(next: 0, probability: 1, reward: 1)]]]
            + Array(repeating: [[Outcome(next: 0, probability: 1, reward: 0)]], count: n)
        return HW2Case(mdp: try! TabularMDP(outcomes: outcomes, gamma: 0.9),
                       label: "a hub MDP: states 1…\(n) lead to state 0 with reward 0, state 0 loops on itself with reward 1, γ = 0.9 (ten states feed one)")
    }()

    /// Judges one residual sequence; on success, the largest Δ_{k+1}/(γΔ_k).
    ///
    /// - Parameter scale: max(1, ‖V‖∞), for the round-off allowance 1e-12·scale.
    static func judge(_ r: [Double], gamma: Double, theta: Double, scale: Double, input: String) -> Result<Double, CheckFailure> {
        guard let last = r.last else {
            return .failure(CheckFailure(Feedback(
                "valueIteration(mdp:theta:) returned no residuals.", expected: "[Δ₀, Δ₁, …], one per sweep",
                input: input, hint: "Append ‖V_{k+1} − V_k‖∞ to the list after every sweep.")))
        }
        if let k = r.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            return .failure(CheckFailure(Feedback(
                "valueIteration reported an invalid residual Δ_\(k) = \(Show.number(r[k])).",
                expected: "finite, non-negative residuals", observed: Show.vector(r, limit: 8), input: input,
                hint: "Δ_k = max_s |V_{k+1}(s) − V_k(s)|.")))
        }
        if !(last < theta) {
            return .failure(CheckFailure(Feedback(
                "valueIteration stopped before its residual fell below θ.",
                expected: "the last residual < θ = \(Show.number(theta))", observed: "last residual \(Show.number(last)) after \(r.count) sweeps",
                input: input, hint: "Stop after the first sweep whose residual is below θ.")))
        }
        var ratio = 0.0
        for k in 0..<(r.count - 1) {
            let allowed = gamma * r[k] * (1 + 1e-9) + 1e-12 * scale
            if r[k] > 1e-12 * scale, gamma > 0 { ratio = max(ratio, r[k + 1] / (gamma * r[k])) }
            if r[k + 1] > allowed {
                return .failure(CheckFailure(Feedback(
                    "The residuals of value iteration do not shrink by the factor γ = \(Show.number(gamma)) (sweep \(k + 1)).",
                    expected: "Δ_\(k + 1) ≤ γ Δ_\(k) = \(Show.number(gamma * r[k]))",
                    observed: "Δ_\(k) = \(Show.number(r[k])), Δ_\(k + 1) = \(Show.number(r[k + 1])) (ratio \(Show.number(r[k + 1] / r[k]))); "
                        + "residuals \(Show.vector(r, limit: 8))",
                    input: input,
                    hint: "T* is a γ-contraction only with the discount inside the backup: V(s) ← max_a Σ P(s'|s,a) "
                        + "[r + γ V(s')]. Report Δ_k = ‖V_{k+1} − V_k‖∞ (the max norm, not a sum) for every sweep, in order.")))
            }
        }
        return .success(ratio)
    }
}
