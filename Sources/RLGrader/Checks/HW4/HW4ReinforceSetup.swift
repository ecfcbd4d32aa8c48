import RLCore
import RLHomework

/// The small episodic MDPs of the REINFORCE statistics checks: a tabular softmax policy, the exact
/// ∇J(θ) from the policy gradient theorem, and K batches of N episodes sampled by the parent.
struct HW4ReinforceProblem {
    let seed: UInt64
    let mdp: TabularMDP
    let start: [Double]
    let features: [[[Double]]]
    let theta: [Double]
    /// ∇J(θ), exact.
    let exactGradient: [Double]
    /// V^π, exact (the ideal baseline b(s)).
    let values: [Double]
    /// The batches, each of N episodes, sampled with π_θ by the parent.
    let batches: [[HW4.PolicyEpisode]]

    init(seed: UInt64, label: String, batchCount: Int, episodesPerBatch: Int) throws {
        self.seed = seed
        let root = SeededGenerator(seed: seed).child(label)
        var rng = root.child("problem")
        let stateCount = 6, actionCount = 2
        mdp = try RandomMDP.generate(seed: rng.next(), stateCount: stateCount, actionCount: actionCount, branching: 3,
                                     rewardRange: -2 ... -0.5, gamma: 1, terminalCount: 2)
        start = (0..<stateCount).map { $0 < stateCount - 2 ? 1.0 / Double(stateCount - 2) : 0 }
        features = HW4Judge.tabularFeatures(stateCount: stateCount, actionCount: actionCount)
        theta = (0..<(stateCount * actionCount)).map { _ in HW4Fixtures.rounded(rng.uniform(-1.5, 1.5)) }
        (exactGradient, values) = try HW4Judge.exactGradient(mdp: mdp, start: start, features: features, theta: theta)
        let pi = HW4Judge.policy(features: features, theta: theta)
        let sampling = root.child("episodes")
        let (mdp, start) = (self.mdp, self.start)
        batches = (0..<batchCount).map { k in
            (0..<episodesPerBatch).map { n in
                HW4Judge.sampleEpisode(mdp: mdp, start: start, policy: pi, seed: sampling.child(k).child(n).seed)
            }
        }
    }

    func inputs(baseline: [Double]?) -> [HW4.ReinforceBatch] {
        batches.map { HW4.ReinforceBatch(features: features, theta: theta, episodes: $0, gamma: 1, baseline: baseline) }
    }

    var description: String {
        "seed \(seed): a random MDP with 6 states (4 and 5 terminal), 2 actions, rewards in [−2, −0.5], γ = 1, start uniform on 0…3; "
            + "tabular softmax (x(s,a) = e_{2s+a}) with θ = \(Show.vector(theta, limit: 12)); "
            + "\(batches.count) batches of \(batches.first?.count ?? 0) episodes sampled by the grader"
    }

    /// The first component whose mean is more than `z` standard errors from ∇J, if any.
    static func worstDeviation(mean: [Double], standardError: [Double], exact: [Double], z: Double) -> (index: Int, score: Double)? {
        var worst: (Int, Double)?
        for j in exact.indices {
            let deviation = abs(mean[j] - exact[j])
            let allowed = z * standardError[j] + 1e-9
            if !(deviation <= allowed) {
                let score = standardError[j] > 0 ? deviation / standardError[j] : .infinity
                if worst == nil || score > worst!.1 { worst = (j, score) }
            }
        }
        return worst
    }

    /// Largest |mean − exact| / SE over the components with a positive standard error.
    static func maxZ(mean: [Double], standardError: [Double], exact: [Double]) -> Double {
        exact.indices.reduce(0) { best, j in
            standardError[j] > 0 ? max(best, abs(mean[j] - exact[j]) / standardError[j]) : best
        }
    }

    /// Checks the shape and finiteness of a batch of gradient estimates.
    func validate(_ outputs: [[Double]], describe: (Int) -> String) -> Feedback? {
        for (k, g) in outputs.enumerated() where g.count != theta.count || !g.allSatisfy(\.isFinite) {
            return Feedback(
                g.count != theta.count ? "reinforceGradient returned \(g.count) numbers; θ has \(theta.count)."
                                       : "reinforceGradient returned a number that is not finite.",
                observed: Show.vector(g), input: describe(k),
                hint: "Return ĝ, one component per entry of θ.")
        }
        return nil
    }
}
