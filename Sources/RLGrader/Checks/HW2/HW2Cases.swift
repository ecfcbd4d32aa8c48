import RLCore
import RLHomework

/// One MDP a hw2 check sends, with a description a student can reproduce it from.
struct HW2Case: Sendable {
    var mdp: TabularMDP
    /// e.g. "random MDP: RandomMDP.generate(seed: 1234, stateCount: 12, …), terminal rows scrambled".
    var label: String
    /// The grid world behind `mdp` when it is one (for the report's pictures; never judged).
    var world: GridWorld? = nil
}

extension HW2Case {
    /// The case of a grid world: its exact MDP, remembering the grid.
    init(world: GridWorld, label: String) {
        self.init(mdp: world.model, label: label, world: world)
    }
}

/// The inputs of the hw2 checks: seeded random MDPs, the textbook grid worlds and hand-made edge cases.
/// Everything here is trusted parent code, deterministic given the seeds.
enum HW2Cases {
    /// A seeded random MDP (`RandomMDP.generate`) whose terminal states' rows are replaced by jumps to
    /// random non-terminal states with rewards in [−5, 5], so a solution that backs up a terminal
    /// state, or bootstraps past one, gets visibly wrong values.
    ///
    /// The MDP's own seed is `SeededGenerator.childSeed(seed, label)`, printed in the label.
    static func random(
        seed: UInt64, label: String, states: ClosedRange<Int> = 8...20, actions: ClosedRange<Int> = 2...4,
        gammas: [Double] = [0.5, 0.8, 0.9, 0.95], terminals: ClosedRange<Int> = 1...2,
        rewardRange: ClosedRange<Double> = -1...1
    ) -> HW2Case {
        let mdpSeed = SeededGenerator.childSeed(seed, label)
        var rng = SeededGenerator(seed: mdpSeed).child("shape")
        let n = states.lowerBound + rng.int(below: states.count)
        let m = actions.lowerBound + rng.int(below: actions.count)
        let gamma = gammas[rng.int(below: gammas.count)]
        let t = min(n - 1, terminals.lowerBound + rng.int(below: terminals.count))
        let branching = min(n, 3)
        let base = try! RandomMDP.generate(
            seed: mdpSeed, stateCount: n, actionCount: m, branching: branching, rewardRange: rewardRange,
            gamma: gamma, terminalCount: t)
        let mdp = scrambleTerminalRows(base, rng: SeededGenerator(seed: mdpSeed).child("terminal-rows"))
        let range = "\(Show.number(rewardRange.lowerBound))...\(Show.number(rewardRange.upperBound))"
        return HW2Case(mdp: mdp, label:
            "random MDP RandomMDP.generate(seed: \(mdpSeed), stateCount: \(n), actionCount: \(m), branching: \(branching), "
            + "rewardRange: \(range), gamma: \(Show.number(gamma)), terminalCount: \(t)) with the rows of its terminal "
            + "states \(Show.ints(terminalStates(mdp))) replaced by jumps to non-terminal states")
    }

    /// Replaces every terminal state's rows by a jump to a random non-terminal state with a reward in
    /// [−5, 5] (a correct solution never uses these rows).
    static func scrambleTerminalRows(_ mdp: TabularMDP, rng: SeededGenerator) -> TabularMDP {
        var rng = rng
        let live = (0..<mdp.stateCount).filter { !mdp.isTerminal[$0] }
        guard !live.isEmpty else { return mdp }
        var outcomes = mdp.outcomes
        for s in 0..<mdp.stateCount where mdp.isTerminal[s] {
            outcomes[s] = (0..<mdp.actionCount(s)).map { _ in
                [Outcome(next: live[rng.int(below: live.count)], probability: 1, reward: (rng.uniform(-5, 5) * 100).rounded() / 100)]
            }
        }
        return try! TabularMDP(outcomes: outcomes, isTerminal: mdp.isTerminal, gamma: mdp.gamma)
    }

    static func terminalStates(_ mdp: TabularMDP) -> [Int] { (0..<mdp.stateCount).filter { mdp.isTerminal[$0] } }

    /// A random stochastic policy: each row is normalised uniforms in [0.05, 1).
    static func randomPolicy(_ mdp: TabularMDP, rng: SeededGenerator) -> [[Double]] {
        var rng = rng
        return (0..<mdp.stateCount).map { s in
            let w = (0..<mdp.actionCount(s)).map { _ in rng.uniform(0.05, 1) }
            let total = w.reduce(0, +)
            return w.map { $0 / total }
        }
    }

    /// A random deterministic policy.
    static func randomActions(_ mdp: TabularMDP, rng: SeededGenerator) -> [Int] {
        var rng = rng
        return (0..<mdp.stateCount).map { s in rng.int(below: mdp.actionCount(s)) }
    }

    /// The equiprobable random policy π(a|s) = 1/|A(s)|.
    static func uniformPolicy(_ mdp: TabularMDP) -> [[Double]] {
        (0..<mdp.stateCount).map { s in Array(repeating: 1 / Double(mdp.actionCount(s)), count: mdp.actionCount(s)) }
    }

    /// One-hot rows of a deterministic policy.
    static func rows(_ actions: [Int], _ mdp: TabularMDP) -> [[Double]] {
        (0..<mdp.stateCount).map { s in (0..<mdp.actionCount(s)).map { $0 == actions[s] ? 1.0 : 0.0 } }
    }

    // MARK: The textbook grid worlds

    static let gridworld4x4 = HW2Case(
        world: GridWorld.suttonBarto4x4(),
        label: "the 4x4 gridworld (GridWorld.suttonBarto4x4(): terminals 0 and 15, reward −1 per step, γ = 1)")

    /// A proper deterministic policy of the 4x4 gridworld that is far from optimal: go left to
    /// column 0, then up to the terminal corner 0 (actions 0 up, 1 right, 2 down, 3 left).
    static let gridworld4x4Detour: [Int] = (0..<16).map { s in s % 4 == 0 ? 0 : 3 }

    static let frozenLake4x4 = HW2Case(
        world: GridWorld.frozenLake4x4(),
        label: "FrozenLake 4x4 (GridWorld.frozenLake4x4(): slippery, γ = 0.99)")

    /// FrozenLake 4x4 with its outcomes listed unmerged (``UnmergedOutcomes``): the same MDP.
    static let frozenLake4x4Unmerged = HW2Case(
        mdp: UnmergedOutcomes.split(GridWorld.frozenLake4x4().model),
        label: "FrozenLake 4x4 (GridWorld.frozenLake4x4(): slippery, γ = 0.99) with " + UnmergedOutcomes.description)

    static let frozenLake8x8 = HW2Case(
        world: GridWorld.frozenLake8x8(),
        label: "FrozenLake 8x8 (GridWorld.frozenLake8x8(): slippery, γ = 0.99)")

    static let cliffWalking = HW2Case(
        world: GridWorld.cliffWalking(),
        label: "CliffWalking (GridWorld.cliffWalking(): 4x12, reward −1 per step, −100 for the cliff, γ = 1)")

    /// A proper policy of CliffWalking: up to the top row, right to the last column, down to the goal.
    static var cliffWalkingDetour: [Int] {
        let world = GridWorld.cliffWalking()
        return (0..<world.model.stateCount).map { s in
            let (row, col) = world.position(of: s)
            if col == world.cols - 1 { return 2 }
            return row == 0 ? 1 : 0
        }
    }

    // MARK: Feedback helpers

    /// "state 5: expected −1.75, observed −2".
    static func stateDiff(_ s: Int, expected: Double, observed: Double) -> String {
        "state \(s): \(Show.number(observed)) (expected \(Show.number(expected)))"
    }

    /// The first problem with the shape of a value vector, if any.
    static func shapeProblem(_ values: [Double], _ mdp: TabularMDP, what: String = "values") -> String? {
        if values.count != mdp.stateCount { return "\(what) has \(values.count) entries; the MDP has \(mdp.stateCount) states" }
        if let s = values.firstIndex(where: { !$0.isFinite }) { return "\(what)[\(s)] is \(Show.number(values[s]))" }
        return nil
    }

    /// The first problem with a deterministic policy, if any.
    static func policyProblem(_ actions: [Int], _ mdp: TabularMDP) -> String? {
        if actions.count != mdp.stateCount { return "the policy has \(actions.count) entries; the MDP has \(mdp.stateCount) states" }
        for s in 0..<mdp.stateCount where actions[s] < 0 || actions[s] >= mdp.actionCount(s) {
            return "state \(s): action \(actions[s]) is not in 0..<\(mdp.actionCount(s))"
        }
        return nil
    }

    /// The largest |a(s) − b(s)| and where it is (first such state).
    static func worst(_ a: [Double], _ b: [Double]) -> (state: Int, gap: Double) {
        var state = 0, gap = -1.0
        for s in a.indices {
            let d = abs(a[s] - b[s])
            if d > gap || !d.isFinite { state = s; gap = d.isFinite ? d : .infinity }
            if !d.isFinite { break }
        }
        return (state, gap)
    }

    /// Non-terminal states where `actions[s]` is not a maximiser of Q_V(s,·) within `tolerance(q)`.
    static func nonGreedyState(_ mdp: TabularMDP, _ actions: [Int], values: [Double]) -> (state: Int, q: [Double])? {
        let q = MDPJudge.q(mdp, values)
        for s in 0..<mdp.stateCount where !mdp.isTerminal[s] {
            let scale = q[s].map(abs).max() ?? 0
            let best = ActionSelection.maximizingActions(q[s], tolerance: 1e-9 * max(1, scale))
            if !best.contains(actions[s]) { return (s, q[s]) }
        }
        return nil
    }
}
