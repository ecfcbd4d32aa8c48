import RLCore
import RLHomework

/// `hw6.fisher.exact`: fisherVectorProduct against (F + λI)v with the exact Fisher matrix that the parent
/// builds entry by entry from the logits' Jacobians, for small categorical MLP policies, several vectors
/// (including basis vectors, which read off columns of F) and dampings.
struct HW6FisherExact: Check {
    let id = "hw6.fisher.exact"
    let title = "Fisher-vector products of a categorical policy"
    let summary = "fisherVectorProduct equals (F + λI)v for the exact Fisher matrix F = (1/N) Σ J_tᵀ(diag(p_t) − p_t p_tᵀ)J_t of small MLP policies."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs: [HW6.FisherQuery] = []
        var matrices: [Matrix] = []
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            let obs = 2 + rng.int(below: 2), actions = 2 + rng.int(below: 2)
            let policy = HW6Fixtures.policy(&rng, inputs: obs, hidden: 3 + rng.int(below: 2), actions: actions)
            let states = HW6Fixtures.states(&rng, count: 2 + rng.int(below: 4), size: obs)
            let damping = [0.1, 0.0, 0.01][rng.int(below: 3)]
            let p = policy.parameterCount
            let f = HW6Judge.fisher(policy, states: states, damping: damping)
            var vectors = [(0..<p).map { _ in HW6Fixtures.rounded(rng.uniform(-1, 1)) }]
            vectors.append((0..<p).map { $0 == rng.int(below: p) ? 1 : 0 })
            for v in vectors {
                inputs.append(HW6.FisherQuery(policy: policy, states: states, vector: v, damping: damping))
                matrices.append(f)
            }
        }
        let describe = { (i: Int) -> String in
            let q = inputs[i]
            return "seed \(context.seeds[i / 2]): policy \(Show.ints(q.policy.layerSizes)) (\(q.policy.parameterCount) parameters), \(q.states.count) states, λ = \(Show.number(q.damping)), v = \(Show.vector(q.vector, limit: 6))"
        }
        let outputs = try context.call(HW6.FisherVectorProduct.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-10), relative: 1e-8)
        for (i, o) in outputs.enumerated() {
            let expected = matrices[i].multiply(inputs[i].vector)
            guard let k = tolerance.firstMismatch(o, expected) else { continue }
            let withoutDamping = zip(expected, inputs[i].vector).map { $0 - inputs[i].damping * $1 }
            let named = inputs[i].damping != 0 && tolerance.firstMismatch(o, withoutDamping) == nil ? " (It is Fv: the damping λv is missing.)" : ""
            return .fail(Feedback(
                "fisherVectorProduct disagrees with the exact (F + λI)v." + named,
                expected: "\(Show.vector(expected, limit: 8))", observed: "\(Show.vector(o, limit: 8)) (first mismatch at index \(k))",
                input: describe(i),
                hint: "For each state: u = J_t v (u_k = row k of J_t · v), w = (diag(p) − p pᵀ) u, i.e. w_k = p_k (u_k − pᵀu), then add J_tᵀ w / N (= policy.backward(cache, outputGradient: w)). Finally add λ v."))
        }
        return .pass("(F + λI)v exact on \(inputs.count) products.")
    }
}
