import RLCore
import RLHomework

/// `hw4.reinforce.random`: the REINFORCE estimate on random dense features, γ < 1, with and without a
/// baseline, against the reference.
struct HW4ReinforceRandom: Check {
    let id = "hw4.reinforce.random"
    let title = "REINFORCE gradient on random batches"
    let summary = "reinforceGradient on seeded random features, episodes, γ and baselines agrees with the reference."

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = context.seeds.map { seed -> HW4.ReinforceBatch in
            var rng = SeededGenerator(seed: seed).child(id)
            let states = 3 + rng.int(below: 3), actions = 2 + rng.int(below: 2), d = 2 + rng.int(below: 4)
            let features = (0..<states).map { _ in (0..<actions).map { _ in (0..<d).map { _ in HW4Fixtures.rounded(rng.uniform(-1, 1)) } } }
            let episodes = (0..<(1 + rng.int(below: 5))).map { _ -> HW4.PolicyEpisode in
                let length = 1 + rng.int(below: 8)
                return HW4.PolicyEpisode(states: (0..<length).map { _ in rng.int(below: states) },
                                         actions: (0..<length).map { _ in rng.int(below: actions) },
                                         rewards: (0..<length).map { _ in HW4Fixtures.rounded(rng.uniform(-1, 1), 10) })
            }
            let baseline: [Double]? = rng.uniform() < 0.6 ? (0..<states).map { _ in HW4Fixtures.rounded(rng.uniform(-2, 2)) } : nil
            return HW4.ReinforceBatch(features: features, theta: (0..<d).map { _ in HW4Fixtures.rounded(rng.uniform(-1, 1)) },
                                      episodes: episodes, gamma: [0.9, 0.99, 1][rng.int(below: 3)], baseline: baseline)
        }
        let describe = { (i: Int) -> String in
            let b = inputs[i]
            let episodes = b.episodes.prefix(2).map { "{s \(Show.ints($0.states)), a \(Show.ints($0.actions)), r \(Show.vector($0.rewards))}" }
            return "seed \(context.seeds[i]): \(b.features.count) states, \(b.features[0].count) actions, θ = \(Show.vector(b.theta)), "
                + "\(b.episodes.count) episode(s) \(episodes.joined(separator: " "))\(b.episodes.count > 2 ? " …" : ""), γ = \(Show.number(b.gamma)), "
                + "baseline \(b.baseline.map { Show.vector($0) } ?? "none")"
        }
        let outputs = try context.call(HW4.ReinforceGradient.self, inputs, describe: describe)
        let expected = try context.oracle.answers(HW4.ReinforceGradient.self, inputs)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for i in inputs.indices {
            guard let j = tolerance.firstMismatch(outputs[i], expected[i]) else { continue }
            return .fail(Feedback(
                "reinforceGradient disagrees with the reference on a random batch.",
                expected: "ĝ = \(Show.vector(expected[i])) (first difference at component \(j))",
                observed: "ĝ = \(Show.vector(outputs[i]))", input: describe(i),
                hint: "ĝ = (1/N) Σ_n Σ_t (G_t − b(s_t)) ∇θ log π(a_t|s_t): reward-to-go with γ, the baseline of the state (0 when there is none), divided by the number of episodes N (not the number of steps)."))
        }
        return .pass("All \(inputs.count) random batches agree with the reference.")
    }
}
