import RLCore
import Testing
@testable import RLGrader

/// The judge's kernels over `mdp.flat` give bit-identical numbers to the nested `mdp.outcomes`
/// loops they replaced (kept below, verbatim, as the reference).
@Suite struct FlatBellmanTests {
    /// The judge as it was before `mdp.flat` (MDPJudge at 24cc60b), computing over `mdp.outcomes`.
    enum Nested {
        static func continuation(_ mdp: TabularMDP, _ next: Int, _ v: [Double]) -> Double {
            mdp.isTerminal[next] ? 0 : v[next]
        }

        static func q(_ mdp: TabularMDP, _ v: [Double]) -> [[Double]] {
            (0..<mdp.stateCount).map { s in
                (0..<mdp.actionCount(s)).map { a in
                    if mdp.isTerminal[s] { return 0 }
                    var total = 0.0
                    for o in mdp.outcomes[s][a] {
                        total += o.probability * (o.reward + mdp.gamma * continuation(mdp, o.next, v))
                    }
                    return total
                }
            }
        }

        static func expectationBackup(_ mdp: TabularMDP, policy: [[Double]], _ v: [Double]) -> [Double] {
            let qv = q(mdp, v)
            return (0..<mdp.stateCount).map { s in
                mdp.isTerminal[s] ? 0 : zip(policy[s], qv[s]).reduce(0) { $0 + $1.0 * $1.1 }
            }
        }

        static func optimalityBackup(_ mdp: TabularMDP, _ v: [Double]) -> [Double] {
            q(mdp, v).enumerated().map { s, row in mdp.isTerminal[s] ? 0 : row.max()! }
        }

        static func evaluate(_ mdp: TabularMDP, policy: [[Double]]) throws -> [Double] {
            let n = mdp.stateCount
            let live = (0..<n).filter { !mdp.isTerminal[$0] }
            if live.count <= 600 {
                var index = Array(repeating: -1, count: n)
                for (k, s) in live.enumerated() { index[s] = k }
                var a = Matrix(rows: live.count, cols: live.count)
                var b = Array(repeating: 0.0, count: live.count)
                for (k, s) in live.enumerated() {
                    a[k, k] += 1
                    for (act, pa) in policy[s].enumerated() where pa > 0 {
                        for o in mdp.outcomes[s][act] {
                            b[k] += pa * o.probability * o.reward
                            if index[o.next] >= 0 { a[k, index[o.next]] -= mdp.gamma * pa * o.probability }
                        }
                    }
                }
                let solution = try a.solve(b)
                var v = Array(repeating: 0.0, count: n)
                for (k, s) in live.enumerated() { v[s] = solution[k] }
                return v
            }
            var v = Array(repeating: 0.0, count: n)
            for _ in 0..<1_000_000 {
                let next = expectationBackup(mdp, policy: policy, v)
                let change = MDPJudge.maxDifference(next, v)
                v = next
                if change < 1e-13 { return v }
            }
            return v
        }

        static func optimalValues(_ mdp: TabularMDP) -> [Double] {
            var v = Array(repeating: 0.0, count: mdp.stateCount)
            for _ in 0..<1_000_000 {
                let next = optimalityBackup(mdp, v)
                let change = MDPJudge.maxDifference(next, v)
                v = next
                if change < 1e-12 { break }
            }
            for _ in 0..<50 {
                let greedy = q(mdp, v).map { row in
                    let best = ActionSelection.greedyAction(row)
                    return row.indices.map { $0 == best ? 1.0 : 0.0 }
                }
                guard let exact = try? evaluate(mdp, policy: greedy) else { break }
                if MDPJudge.maxDifference(exact, v) < 1e-15 { v = exact; break }
                v = exact
            }
            return v
        }
    }

    /// An MDP with irregular rows: 1–3 actions per state, 1–11 outcomes per pair (past the
    /// kernel's unrolled sizes), repeated next states, zero probabilities, −0 rewards, terminals.
    static func irregular(seed: UInt64, states n: Int = 25, gamma: Double = 0.9) throws -> TabularMDP {
        var rng = SeededGenerator(seed: seed)
        var outcomes: [[[Outcome]]] = []
        for _ in 0..<n {
            var row: [[Outcome]] = []
            for _ in 0..<(1 + rng.int(below: 3)) {
                let k = 1 + rng.int(below: 11)
                var weights = (0..<k).map { _ in rng.int(below: 4) == 0 ? 0 : rng.uniform() + 0.1 }
                if weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }
                let total = weights.reduce(0, +)
                row.append((0..<k).map { i in
                    Outcome(next: rng.int(below: n), probability: weights[i] / total,
                            reward: rng.int(below: 5) == 0 ? -0.0 : rng.uniform(-2, 2))
                })
            }
            outcomes.append(row)
        }
        let terminal = (0..<n).map { $0 % 9 == 4 }
        return try TabularMDP(outcomes: outcomes, isTerminal: terminal, gamma: gamma)
    }

    /// Uniform rows (`actions` actions × `branching` outcomes everywhere: the kernel's fast path,
    /// with the branching unrolled up to 8) with terminal flags.
    static func uniformWithTerminals(actions: Int = 4, branching: Int = 5) throws -> TabularMDP {
        let base = try RandomMDP.generate(seed: 9, stateCount: 50, actionCount: actions, branching: branching, gamma: 0.9)
        return try TabularMDP(outcomes: base.outcomes, isTerminal: (0..<50).map { $0 % 7 == 3 }, gamma: 0.9)
    }

    static func examples() throws -> [(String, TabularMDP)] {
        [
            ("uniform 4 × 5 with terminals", try uniformWithTerminals()),
            ("uniform 2 × 3 with terminals", try uniformWithTerminals(actions: 2, branching: 3)),
            ("uniform 8 × 2 with terminals", try uniformWithTerminals(actions: 8, branching: 2)),
            ("uniform 3 × 5 with terminals", try uniformWithTerminals(actions: 3, branching: 5)),
            ("uniform 4 × 9 (branching past the unrolled sizes)", try uniformWithTerminals(actions: 4, branching: 9)),
            ("irregular 1", try irregular(seed: 1)), ("irregular 2", try irregular(seed: 2)),
            ("random, γ = 1, terminals", try RandomMDP.generate(seed: 4, stateCount: 60, actionCount: 3, branching: 5, gamma: 1, terminalCount: 3)),
            ("random, branching 1", try RandomMDP.generate(seed: 5, stateCount: 40, actionCount: 2, branching: 1, gamma: 0.8)),
            ("random, branching 12", try RandomMDP.generate(seed: 6, stateCount: 40, actionCount: 4, branching: 12, gamma: 0.95)),
            ("FrozenLake 8x8", GridWorld.frozenLake8x8().model), ("Sutton–Barto 4x4", GridWorld.suttonBarto4x4().model),
            ("cliff walking", GridWorld.cliffWalking().model),
        ]
    }

    /// Value vectors: random, zero, and hostile ones (NaN, ±∞, −0) as a student might return.
    static func values(for mdp: TabularMDP) -> [[Double]] {
        var rng = SeededGenerator(seed: 11)
        let n = mdp.stateCount
        let random = (0..<n).map { _ in rng.uniform(-10, 10) }
        var hostile = random
        hostile[0] = .nan
        hostile[min(1, n - 1)] = .infinity
        hostile[min(2, n - 1)] = -.infinity
        hostile[min(3, n - 1)] = -0.0
        return [random, Array(repeating: 0, count: n), Array(repeating: -0.0, count: n), hostile]
    }

    /// Bit patterns, every NaN as one: IEEE 754 does not fix the sign or payload of a NaN result,
    /// and the optimizer may commute `a + b` (x86 then propagates the other operand's NaN), so -O and
    /// -Onone builds of the same loop can differ there and nowhere else. Reports print every NaN alike.
    static func bits(_ v: [Double]) -> [UInt64] { v.map { $0.isNaN ? Double.nan.bitPattern : $0.bitPattern } }
    static func bits(_ m: [[Double]]) -> [[UInt64]] { m.map(bits) }

    static func randomPolicy(_ mdp: TabularMDP, seed: UInt64) -> [[Double]] {
        var rng = SeededGenerator(seed: seed)
        return (0..<mdp.stateCount).map { s in
            let w = (0..<mdp.actionCount(s)).map { _ in rng.uniform() + 0.01 }
            let total = w.reduce(0, +)
            return w.map { $0 / total }
        }
    }

    @Test func theExamplesCoverBothPaths() throws {
        let uniform = try Self.uniformWithTerminals()
        #expect(uniform.flat.branching == 5 && uniform.flat.actionsPerState == 4 && uniform.isTerminal.contains(true))
        #expect(try Self.irregular(seed: 1).flat.branching == nil)
    }

    @Test func backupsAreBitIdentical() throws {
        for (name, mdp) in try Self.examples() {
            for v in Self.values(for: mdp) {
                #expect(Self.bits(MDPJudge.q(mdp, v)) == Self.bits(Nested.q(mdp, v)), "q on \(name)")
                #expect(Self.bits(MDPJudge.optimalityBackup(mdp, v)) == Self.bits(Nested.optimalityBackup(mdp, v)), "T* on \(name)")
                let pi = Self.randomPolicy(mdp, seed: 3)
                #expect(Self.bits(MDPJudge.expectationBackup(mdp, policy: pi, v)) == Self.bits(Nested.expectationBackup(mdp, policy: pi, v)),
                        "T^π on \(name)")
                #expect(Self.bits(MDPJudge.greedyPolicy(mdp, v)) == Self.bits(Nested.q(mdp, v).map { row in
                    row.indices.map { $0 == ActionSelection.greedyAction(row) ? 1.0 : 0.0 }
                }), "greedy on \(name)")
            }
        }
    }

    @Test func exactValuesAreBitIdentical() throws {
        for (name, mdp) in try Self.examples() where !(mdp.gamma == 1 && name.hasPrefix("irregular")) {
            let pi = Self.randomPolicy(mdp, seed: 5)
            #expect(Self.bits(try MDPJudge.evaluate(mdp, policy: pi)) == Self.bits(try Nested.evaluate(mdp, policy: pi)), "V^π on \(name)")
            #expect(Self.bits(MDPJudge.optimalValues(mdp)) == Self.bits(Nested.optimalValues(mdp)), "V* on \(name)")
        }
    }

    @Test func theIterativePathPast600StatesIsBitIdentical() throws {
        let mdp = try RandomMDP.generate(seed: 8, stateCount: 700, actionCount: 3, branching: 4, gamma: 0.5)
        let pi = Self.randomPolicy(mdp, seed: 2)
        #expect(Self.bits(try MDPJudge.evaluate(mdp, policy: pi)) == Self.bits(try Nested.evaluate(mdp, policy: pi)))
        #expect(Self.bits(MDPJudge.optimalValues(mdp)) == Self.bits(Nested.optimalValues(mdp)))
    }
}
