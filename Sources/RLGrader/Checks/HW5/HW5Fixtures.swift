import RLCore
import RLHomework

/// Seeded and hand-made inputs shared by the hw5 checks. Numbers are rounded to a few decimals so that
/// a failing input can be copied into a test by hand.
enum HW5Fixtures {
    static func rounded(_ x: Double, _ places: Double = 100) -> Double { (x * places).rounded() / places }

    // MARK: Hand-made target fixtures

    /// A linear network Q(s) = W s + b (`MLP(layerSizes: [2, 3], outputActivation: .identity)`).
    static func linear(_ w: [[Double]], _ b: [Double]) -> MLP {
        MLP(layerSizes: [w[0].count, w.count], parameters: w.flatMap { $0 } + b)
    }

    /// One hand-made target case: a transition and what it tests.
    struct TargetCase {
        var transition: HW5.Transition
        var what: String
        var hint: String
    }

    /// Online Q_θ(s) = [s₀, s₁, 0.5], target Q_θ⁻(s) = [s₁, s₀, 4]: their maxima and argmaxes differ.
    static let fixtureOnline = linear([[1, 0], [0, 1], [0, 0]], [0, 0, 0.5])
    static let fixtureTarget = linear([[0, 1], [1, 0], [0, 0]], [0, 0, 4])

    static func transition(_ next: [Double], reward: Double, terminated: Bool = false, truncated: Bool = false) -> HW5.Transition {
        HW5.Transition(state: [0, 0], action: 0, reward: reward, nextState: next, terminated: terminated, truncated: truncated)
    }

    /// The cases of `hw5.dqn-targets.fixtures`, each with γ.
    static let targetCases: [(gamma: Double, cases: [TargetCase])] = [
        (0.9, [
            TargetCase(transition: transition([3, 1], reward: 1), what: "an ordinary step, s′ = [3, 1]: Q_θ⁻(s′) = [1, 3, 4], Q_θ(s′) = [3, 1, 0.5]",
                       hint: "Bootstrap from max_a′ Q_θ⁻(s′, a′) = 4 of the *target* network (`batch.target`), not the online one (max 3)."),
            TargetCase(transition: transition([3, 1], reward: -1, terminated: true), what: "a terminated step (s′ is terminal)",
                       hint: "When `terminated`, y = r: a terminal state has value 0 — do not evaluate Q at s′."),
            TargetCase(transition: transition([-1, 5], reward: 1, truncated: true), what: "a truncated step (time limit at s′ = [−1, 5]; Q_θ⁻(s′) = [5, −1, 4])",
                       hint: "A time limit is not a terminal state: a truncated transition still bootstraps, y = r + γ max Q_θ⁻(s′, ·). Mask with `terminated` only."),
            TargetCase(transition: transition([0, -2], reward: 0.5), what: "s′ = [0, −2]: Q_θ⁻(s′) = [−2, 0, 4]",
                       hint: "y = r + γ max_a′ Q_θ⁻(s′, a′) with the max over all actions of the target network."),
        ]),
        (0.5, [
            TargetCase(transition: transition([6, 2], reward: 0), what: "γ = 0.5, r = 0, s′ = [6, 2]: max Q_θ⁻(s′) = 6",
                       hint: "Apply γ exactly once: y = r + γ · max Q_θ⁻(s′, ·) = 3."),
            TargetCase(transition: transition([1, 1], reward: 2, terminated: true, truncated: true),
                       what: "terminated and truncated at once (the pole fell on the 500th step)",
                       hint: "`terminated` wins: y = r."),
        ]),
    ]

    // MARK: Random batches

    /// A random tanh network [d, 8, |A|] whose outputs spread over a few units.
    static func network(_ rng: inout SeededGenerator, inputs d: Int, actions: Int) -> MLP {
        var net = MLP(layerSizes: [d, 8, actions], seed: rng.next())
        net.parameters = net.parameters.map { 3 * $0 }
        return net
    }

    /// B random transitions over d-dimensional observations: about 25 % terminated, 15 % truncated.
    static func transitions(_ rng: inout SeededGenerator, count: Int, inputs d: Int, actions: Int) -> [HW5.Transition] {
        (0..<count).map { _ in
            let u = rng.uniform()
            return HW5.Transition(
                state: (0..<d).map { _ in rounded(rng.uniform(-1, 1)) }, action: rng.int(below: actions),
                reward: rounded(rng.uniform(-1, 1)), nextState: (0..<d).map { _ in rounded(rng.uniform(-1, 1)) },
                terminated: u < 0.25, truncated: u >= 0.25 && u < 0.4)
        }
    }

    /// A random minibatch with independent online and target networks.
    static func targetBatch(_ rng: inout SeededGenerator) -> HW5.TargetBatch {
        let d = 2 + rng.int(below: 3), actions = 2 + rng.int(below: 3)
        let online = network(&rng, inputs: d, actions: actions), target = network(&rng, inputs: d, actions: actions)
        return HW5.TargetBatch(online: online, target: target,
                               transitions: transitions(&rng, count: 8 + rng.int(below: 9), inputs: d, actions: actions),
                               gamma: [0.9, 0.99, 0.5][rng.int(below: 3)])
    }

    static func describe(_ batch: HW5.TargetBatch) -> String {
        let terminated = batch.transitions.filter(\.terminated).count, truncated = batch.transitions.filter(\.truncated).count
        return "\(batch.transitions.count) transitions (\(terminated) terminated, \(truncated) truncated), networks \(Show.ints(batch.online.layerSizes)), γ = \(Show.number(batch.gamma))"
    }

    // MARK: Loss

    /// A random loss query; with Huber, about half the errors |u| exceed δ.
    static func lossQuery(_ rng: inout SeededGenerator, huberDelta: Double?) -> HW5.LossQuery {
        let count = 4 + rng.int(below: 8), actions = 2 + rng.int(below: 3)
        let q = (0..<count).map { _ in (0..<actions).map { _ in rounded(rng.uniform(-2, 2)) } }
        let spread = huberDelta.map { 2 * $0 } ?? 2
        let a = (0..<count).map { _ in rng.int(below: actions) }
        let y = (0..<count).map { k in rounded(q[k][a[k]] + rng.uniform(-spread, spread)) }
        return HW5.LossQuery(qValues: q, actions: a, targets: y, huberDelta: huberDelta)
    }

    static func describe(_ query: HW5.LossQuery) -> String {
        "B = \(query.targets.count), |A| = \(query.qValues.first?.count ?? 0), actions \(Show.ints(query.actions)), targets \(Show.vector(query.targets, limit: 6)), "
            + (query.huberDelta.map { "Huber δ = \(Show.number($0))" } ?? "squared loss")
    }

    // MARK: Dueling

    static func duelingQuery(_ rng: inout SeededGenerator, aggregation: HW5.Aggregation) -> HW5.DuelingQuery {
        let count = 2 + rng.int(below: 5), actions = 2 + rng.int(below: 4)
        return HW5.DuelingQuery(
            values: (0..<count).map { _ in rounded(rng.uniform(-3, 3)) },
            advantages: (0..<count).map { _ in
                var row = (0..<actions).map { _ in rounded(rng.uniform(-2, 2), 1000) }
                row[ActionSelection.greedyAction(row)] += 0.01  // a unique maximum (finite differences of the max form)
                return row
            },
            aggregation: aggregation,
            outputGradient: (0..<count).map { _ in (0..<actions).map { _ in rounded(rng.uniform(-1, 1)) } })
    }

    static func describe(_ query: HW5.DuelingQuery) -> String {
        "\(query.aggregation) aggregation, V = \(Show.vector(query.values, limit: 4)), A row 0 = \(Show.vector(query.advantages.first ?? [])), ∂L/∂Q row 0 = \(Show.vector(query.outputGradient.first ?? []))"
    }

    // MARK: Replay

    /// A transition identified by its reward `id` (1, 2, 3, …; never 0).
    static func numbered(_ id: Int) -> HW5.Transition {
        HW5.Transition(state: [Double(id)], action: id % 2, reward: Double(id), nextState: [Double(id + 1)],
                       terminated: false, truncated: false)
    }
}
