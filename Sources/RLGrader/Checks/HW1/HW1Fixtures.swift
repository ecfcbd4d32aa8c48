import RLCore
import RLHomework

/// The inputs of hw1's checks (trusted, parent side): seeded random MDPs with the twists the
/// homework's conventions are about (terminal rows that are not self-loops, states with one action,
/// a disconnected state), random stochastic policies, start distributions, the built-in gridworlds,
/// and the exact occupancy measure.
enum HW1Fixtures {
    /// One MDP + policy (+ start distribution) with a description a student can act on.
    struct Case: Sendable {
        var mdp: TabularMDP
        var policy: [[Double]]
        var start: [Double]
        var label: String

        var policyInput: HW1.PolicyOnMDP { HW1.PolicyOnMDP(mdp: mdp, policy: policy) }
        var occupancyInput: HW1.OccupancyQuery { HW1.OccupancyQuery(mdp: mdp, policy: policy, start: start) }
    }

    /// How a random MDP is twisted after `RandomMDP.generate`.
    struct Twists: Sendable {
        /// Terminal rows lead back to state 0 with reward +3 (a correct evaluation ignores them).
        var rewireTerminals = false
        /// Some non-terminal states keep only action 0.
        var oneActionStates = false
        /// Append a state no other state leads to (μ = 0 there).
        var disconnectedState = false
    }

    static func grader(_ error: any Error) -> GraderError { .internal("hw1 fixture: \(error)") }

    /// A random MDP from `rng`, described by the `RandomMDP.generate` call that rebuilds it.
    static func randomMDP(
        _ rng: inout SeededGenerator, states: ClosedRange<Int>, actions: ClosedRange<Int>, gamma: Double,
        terminals: Int, twists: Twists = Twists()
    ) throws -> (TabularMDP, String) {
        let seed = UInt64(rng.int(below: 1_000_000))
        let n = states.lowerBound + rng.int(below: states.count)
        let a = actions.lowerBound + rng.int(below: actions.count)
        let base: TabularMDP
        do {
            base = try RandomMDP.generate(seed: seed, stateCount: n, actionCount: a, branching: 3, gamma: gamma,
                                          terminalCount: terminals)
        } catch { throw grader(error) }
        var label = "RandomMDP.generate(seed: \(seed), stateCount: \(n), actionCount: \(a), branching: 3, "
            + "gamma: \(Show.number(gamma)), terminalCount: \(terminals))"
        var outcomes = base.outcomes
        var terminal = base.isTerminal
        if twists.rewireTerminals && terminals > 0 {
            for s in outcomes.indices where terminal[s] {
                outcomes[s] = outcomes[s].map { _ in [Outcome(next: 0, probability: 1, reward: 3)] }
            }
            label += ", then every terminal state's rows rewired to lead to state 0 with reward +3"
        }
        if twists.oneActionStates && a > 1 {
            var trimmed: [Int] = []
            for s in outcomes.indices where !terminal[s] && rng.int(below: 3) == 0 {
                outcomes[s] = [outcomes[s][0]]
                trimmed.append(s)
            }
            if !trimmed.isEmpty { label += ", then states \(Show.ints(trimmed)) keep only action 0" }
        }
        if twists.disconnectedState {
            let s = outcomes.count
            let exit = terminal.firstIndex(of: true)
            let row = exit.map { [Outcome(next: $0, probability: 1, reward: 2)] }
                ?? [Outcome(next: s, probability: 1, reward: 1)]
            outcomes.append(Array(repeating: row, count: a))
            terminal.append(false)
            label += exit == nil
                ? ", plus a disconnected state \(s) (no state leads to it) whose actions loop on it with reward 1"
                : ", plus a disconnected state \(s) (no state leads to it) whose actions go to terminal state \(exit!) with reward 2"
        }
        do { return (try TabularMDP(outcomes: outcomes, isTerminal: terminal, gamma: gamma), label) } catch {
            throw grader(error)
        }
    }

    /// A random stochastic policy: a mix of deterministic, uniform and random rows, some with zeros.
    /// With γ = 1, action 0 always has probability ≥ 1/3 (so the random MDPs' terminal states are
    /// reached from everywhere and V^π is finite).
    static func randomPolicy(_ mdp: TabularMDP, _ rng: inout SeededGenerator) -> [[Double]] {
        let proper = mdp.gamma == 1
        return (0..<mdp.stateCount).map { s in
            let count = mdp.actionCount(s)
            if mdp.isTerminal[s] || count == 1 { return uniform(count) }
            switch rng.int(below: 4) {
            case 0:
                let a = proper ? 0 : rng.int(below: count)
                return (0..<count).map { $0 == a ? 1.0 : 0.0 }
            case 1:
                return uniform(count)
            default:
                var w = (0..<count).map { _ in rng.int(below: 4) == 0 ? 0 : rng.uniform() + 0.05 }
                if proper { w[0] = max(w[0], 0.5 * w.reduce(0, +) + 0.05) }
                if w.reduce(0, +) == 0 { w[0] = 1 }
                let total = w.reduce(0, +)
                return w.map { $0 / total }
            }
        }
    }

    static func uniform(_ count: Int) -> [Double] { Array(repeating: 1.0 / Double(count), count: count) }

    /// The uniform random policy of an MDP.
    static func uniformPolicy(_ mdp: TabularMDP) -> [[Double]] { (0..<mdp.stateCount).map { uniform(mdp.actionCount($0)) } }

    /// A random start distribution on the first `count` states (about a third of them 0, at least
    /// one positive), 0 beyond.
    static func randomStart(_ n: Int, over count: Int, _ rng: inout SeededGenerator) -> [Double] {
        var w = (0..<n).map { s in s < count && rng.int(below: 3) != 0 ? rng.uniform() + 0.05 : 0 }
        if w.reduce(0, +) == 0 { w[0] = 1 }
        let total = w.reduce(0, +)
        return w.map { $0 / total }
    }

    /// A seeded random case: MDP, policy and start distribution (on non-terminal, connected states).
    static func randomCase(
        _ rng: inout SeededGenerator, states: ClosedRange<Int>, actions: ClosedRange<Int> = 2...4,
        gamma: Double, terminals: Int, twists: Twists = Twists()
    ) throws -> Case {
        let (mdp, label) = try randomMDP(&rng, states: states, actions: actions, gamma: gamma, terminals: terminals,
                                         twists: twists)
        let policy = randomPolicy(mdp, &rng)
        let live = mdp.isTerminal.firstIndex(of: true) ?? mdp.stateCount
        let connected = twists.disconnectedState ? min(live, mdp.stateCount - 1) : live
        let start = randomStart(mdp.stateCount, over: connected, &rng)
        return Case(mdp: mdp, policy: policy, start: start, label: label + "; a random policy")
    }

    /// An MDP with the same transitions and another γ.
    static func withGamma(_ mdp: TabularMDP, _ gamma: Double) throws -> TabularMDP {
        do { return try TabularMDP(outcomes: mdp.outcomes, isTerminal: mdp.isTerminal, gamma: gamma) } catch {
            throw grader(error)
        }
    }

    /// The built-in gridworlds under their uniform random policy and their own start distributions.
    static func gridworlds() throws -> [Case] {
        let sb = GridWorld.suttonBarto4x4()
        let lake = GridWorld.frozenLake8x8()
        let cliff = GridWorld.cliffWalking()
        let windy = GridWorld.windyGridworld()
        return [
            Case(mdp: sb.model, policy: uniformPolicy(sb.model), start: sb.startDistribution,
                 label: "GridWorld.suttonBarto4x4() (γ = 1), equiprobable random policy"),
            Case(mdp: lake.model, policy: uniformPolicy(lake.model), start: lake.startDistribution,
                 label: "GridWorld.frozenLake8x8() (slippery, γ = 0.99), equiprobable random policy"),
            Case(mdp: try withGamma(cliff.model, 0.9), policy: uniformPolicy(cliff.model), start: cliff.startDistribution,
                 label: "GridWorld.cliffWalking() with γ = 0.9, equiprobable random policy"),
            Case(mdp: windy.model, policy: uniformPolicy(windy.model), start: windy.startDistribution,
                 label: "GridWorld.windyGridworld() (γ = 1), equiprobable random policy"),
        ]
    }

    /// The exact occupancy measure ρ^π(s,a) = d(s) π(a|s) with (I − γ P_πᵀ) d = μ over the
    /// non-terminal states, and ρ = 0 on terminal states (trusted; used to build inputs and judge).
    static func occupancy(_ mdp: TabularMDP, policy: [[Double]], start: [Double]) throws -> [[Double]] {
        let n = mdp.stateCount
        let live = (0..<n).filter { !mdp.isTerminal[$0] }
        var index = Array(repeating: -1, count: n)
        for (k, s) in live.enumerated() { index[s] = k }
        var a = Matrix(rows: live.count, cols: live.count)
        for k in live.indices { a[k, k] = 1 }
        for (k, s) in live.enumerated() {
            for (act, p) in policy[s].enumerated() where p > 0 {
                for o in mdp.outcomes[s][act] where index[o.next] >= 0 {
                    a[index[o.next], k] -= mdp.gamma * p * o.probability
                }
            }
        }
        let d: [Double]
        do { d = try a.solve(live.map { start[$0] }) } catch { throw grader(error) }
        return (0..<n).map { s in policy[s].map { index[s] >= 0 ? d[index[s]] * $0 : 0 } }
    }

    /// A matrix row by row, for feedback on small inputs.
    static func rows(_ m: [[Double]], limit: Int = 8) -> String {
        m.prefix(limit).map { Show.vector($0, limit: 6) }.joined(separator: " / ")
            + (m.count > limit ? " / … (\(m.count) rows)" : "")
    }

    /// The largest |x| in a table (0 when empty).
    static func maxAbs(_ m: [[Double]]) -> Double { m.joined().reduce(0) { max($0, abs($1)) } }

    /// nil when `m` has one row per state and `mdp.actionCount(s)` entries in row s, all finite;
    /// otherwise what is wrong.
    static func shapeProblem(_ m: [[Double]], _ mdp: TabularMDP, what: String) -> String? {
        guard m.count == mdp.stateCount else {
            return "\(what) has \(m.count) rows; expected one per state (\(mdp.stateCount))"
        }
        for s in m.indices {
            guard m[s].count == mdp.actionCount(s) else {
                return "\(what)[\(s)] has \(m[s].count) entries; state \(s) has \(mdp.actionCount(s)) actions"
            }
            if let a = m[s].firstIndex(where: { !$0.isFinite }) { return "\(what)[\(s)][\(a)] is \(Show.number(m[s][a]))" }
        }
        return nil
    }

    /// nil when `v` has one finite entry per state; otherwise what is wrong.
    static func vectorProblem(_ v: [Double], _ mdp: TabularMDP, what: String) -> String? {
        guard v.count == mdp.stateCount else {
            return "\(what) has \(v.count) entries; expected one per state (\(mdp.stateCount))"
        }
        if let s = v.firstIndex(where: { !$0.isFinite }) { return "\(what)[\(s)] is \(Show.number(v[s]))" }
        return nil
    }
}

extension HW1Fixtures {
    /// The first (s, a) where two tables differ beyond `tolerance` (shapes must already match).
    static func firstMismatch(_ observed: [[Double]], _ expected: [[Double]], _ tolerance: Tolerance) -> (Int, Int)? {
        for s in expected.indices {
            if let a = tolerance.firstMismatch(observed[s], expected[s]) { return (s, a) }
        }
        return nil
    }

    /// A small MDP written out in full: `s0: a0 → s1 (p 0.5, r 1), s2 (p 0.5, r 3); a1 → …`.
    static func describeSmall(_ mdp: TabularMDP) -> String {
        let states = (0..<mdp.stateCount).map { s -> String in
            let actions = mdp.outcomes[s].enumerated().map { a, list in
                "a\(a) → " + list.map { o in
                    o.probability == 1 ? "s\(o.next) (r \(Show.number(o.reward)))"
                        : "s\(o.next) (p \(Show.number(o.probability)), r \(Show.number(o.reward)))"
                }.joined(separator: ", ")
            }.joined(separator: "; ")
            return "s\(s)\(mdp.isTerminal[s] ? " [terminal]" : ""): \(actions)"
        }
        return states.joined(separator: " | ") + " | γ = \(Show.number(mdp.gamma))"
    }

    /// Why V^π is not a fixed point at state s, for hints.
    static func valueHint(_ mdp: TabularMDP, state s: Int) -> String {
        if mdp.isTerminal[s] {
            return "State \(s) is terminal: V^π(\(s)) must be 0, and its rows in mdp.outcomes must be ignored "
                + "(do not put terminal states in the linear system; a transition into one contributes only its reward)."
        }
        return "V^π must satisfy V(s) = Σ_a π(a|s) [r(s,a) + γ Σ_{s'} P(s'|s,a) V(s')] with V(terminal) = 0: solve "
            + "(I − γ P_π) V = R_π over the non-terminal states (γ multiplies P_π; P_π(s,s') = Σ_a π(a|s) P(s'|s,a))."
    }
}

extension HW1Fixtures {
    /// `context.call`, with a hint for a thrown error (a singular linear system) that says what
    /// usually causes it in this homework.
    static func call<E: Exercise>(
        _ context: CheckContext, _ exercise: E.Type, _ inputs: [E.Input], describe: (Int) -> String
    ) throws -> [E.Output] {
        var outputs: [E.Output] = []
        for (i, result) in try context.callAllowingFailures(exercise, inputs).enumerated() {
            switch result {
            case .success(let output): outputs.append(output)
            case .failure(let failure):
                var feedback = failure.feedback(function: E.function, input: describe(i))
                if case .threw = failure, let hint = threwHint[E.name] { feedback.hint = hint }
                throw CheckFailure(feedback)
            }
        }
        return outputs
    }

    static let threwHint: [String: String] = [
        HW1.StateValues.name: systemHint("(I − γ P_π) V = R_π"),
        HW1.ActionValues.name: systemHint("(I − γ P_π) V = R_π"),
        HW1.OccupancyMeasure.name: systemHint("(I − γ P_πᵀ) d = μ"),
    ]

    static func systemHint(_ system: String) -> String {
        "Over the NON-TERMINAL states, \(system) is non-singular for every input the grader sends (γ < 1, or γ = 1 "
            + "with a terminal state reached from everywhere). A singular matrix usually means the terminal states were "
            + "put in the system (their rows are ignored: they may loop forever, and with γ = 1 a self-loop makes the "
            + "matrix singular), or γ was left out of the matrix."
    }
}
