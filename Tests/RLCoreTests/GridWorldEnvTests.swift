import Testing
@testable import RLCore

/// Test helpers written out here (not homework code): sweeps and value iteration over a model.
enum EnvTestMath {
    /// One synchronous sweep of iterative policy evaluation for the equiprobable random policy.
    static func randomPolicySweep(_ m: TabularMDP, _ v: [Double]) -> [Double] {
        var next = Array(repeating: 0.0, count: m.stateCount)
        for s in 0..<m.stateCount where !m.isTerminal[s] {
            let actions = m.actionCount(s)
            var total = 0.0
            for a in 0..<actions {
                var q = 0.0
                for o in m.outcomes[s][a] {
                    q += o.probability * (o.reward + (m.isTerminal[o.next] ? 0 : m.gamma * v[o.next]))
                }
                total += q / Double(actions)
            }
            next[s] = total
        }
        return next
    }

    /// Value iteration to a fixed point (max change below `tolerance`).
    static func valueIteration(_ m: TabularMDP, tolerance: Double = 1e-13, maxSweeps: Int = 100_000) -> [Double] {
        var v = Array(repeating: 0.0, count: m.stateCount)
        for _ in 0..<maxSweeps {
            var delta = 0.0
            for s in 0..<m.stateCount where !m.isTerminal[s] {
                var best = -Double.infinity
                for a in 0..<m.actionCount(s) {
                    var q = 0.0
                    for o in m.outcomes[s][a] {
                        q += o.probability * (o.reward + (m.isTerminal[o.next] ? 0 : m.gamma * v[o.next]))
                    }
                    best = max(best, q)
                }
                delta = max(delta, abs(best - v[s]))
                v[s] = best
            }
            if delta < tolerance { break }
        }
        return v
    }

    /// Shortest number of steps from `start` to any terminal state in a deterministic model (BFS).
    static func shortestPath(_ m: TabularMDP, from start: Int) -> Int? {
        var dist = Array(repeating: -1, count: m.stateCount)
        dist[start] = 0
        var queue = [start]
        var head = 0
        while head < queue.count {
            let s = queue[head]
            head += 1
            if m.isTerminal[s] { return dist[s] }
            for a in 0..<m.actionCount(s) {
                for o in m.outcomes[s][a] where o.probability > 0 && dist[o.next] < 0 {
                    dist[o.next] = dist[s] + 1
                    queue.append(o.next)
                }
            }
        }
        return nil
    }

    static func maxAbsDiff(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count)
        var d = 0.0
        for i in a.indices { d = max(d, abs(a[i] - b[i])) }
        return d
    }
}

@Suite struct GridWorldEnvTests {
    // MARK: Sutton & Barto 4x4 (Example 4.1)

    @Test func suttonBartoLayout() {
        let env = GridWorld.suttonBarto4x4()
        let m = env.model
        #expect(m.stateCount == 16)
        #expect(env.rows == 4 && env.cols == 4)
        #expect(m.gamma == 1)
        #expect(env.actionCount == 4)
        #expect((0..<16).filter { m.isTerminal[$0] } == [0, 15])
        // Every transition from a non-terminal state is deterministic with reward −1.
        for s in 1..<15 {
            for a in 0..<4 {
                #expect(m.outcomes[s][a].count == 1)
                #expect(m.outcomes[s][a][0].probability == 1)
                #expect(m.outcomes[s][a][0].reward == -1)
            }
        }
        // Actions: 0 up, 1 right, 2 down, 3 left; off-grid moves stay.
        #expect(m.outcomes[5][0][0].next == 1)
        #expect(m.outcomes[5][1][0].next == 6)
        #expect(m.outcomes[5][2][0].next == 9)
        #expect(m.outcomes[5][3][0].next == 4)
        #expect(m.outcomes[1][0][0].next == 1)
        #expect(m.outcomes[3][1][0].next == 3)
        #expect(m.outcomes[14][1][0].next == 15)
        // Start: uniform over the 14 non-terminal states.
        #expect(env.startDistribution[0] == 0 && env.startDistribution[15] == 0)
        for s in 1..<15 { #expect(env.startDistribution[s] == 1.0 / 14) }
    }

    @Test func suttonBartoRandomPolicySweeps() {
        let m = GridWorld.suttonBarto4x4().model
        var v = Array(repeating: 0.0, count: 16)
        v = EnvTestMath.randomPolicySweep(m, v)
        let k1: [Double] = [0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0]
        #expect(v == k1)
        v = EnvTestMath.randomPolicySweep(m, v)
        // Exact values (the book prints −1.75 as −1.7).
        let k2: [Double] = [
            0, -1.75, -2, -2,
            -1.75, -2, -2, -2,
            -2, -2, -2, -1.75,
            -2, -2, -1.75, 0,
        ]
        #expect(v == k2)
        // Hand check of two cells: V3(1) = −1 + (V2(1) + V2(2) + V2(5) + V2(0)) / 4 = −1 − 5.75/4.
        let k3: [Double] = [
            0, -2.4375, -2.9375, -3,
            -2.4375, -2.875, -3, -2.9375,
            -2.9375, -3, -2.875, -2.4375,
            -3, -2.9375, -2.4375, 0,
        ]
        v = EnvTestMath.randomPolicySweep(m, v)
        #expect(v == k3)
        #expect(v[1] == -1 - 5.75 / 4)
        #expect(v[5] == -1 + (-1.75 - 2 - 2 - 1.75) / 4)
        for _ in 0..<2000 { v = EnvTestMath.randomPolicySweep(m, v) }
        let converged: [Double] = [
            0, -14, -20, -22,
            -14, -18, -20, -20,
            -20, -20, -18, -14,
            -22, -20, -14, 0,
        ]
        #expect(EnvTestMath.maxAbsDiff(v, converged) < 1e-6)
    }

    // MARK: Generic map features

    @Test func numberingWallsAndRendering() throws {
        let env = try GridWorld(map: ["S.#", ".#G"], stepReward: -1, goalReward: 10, gamma: 0.9)
        let m = env.model
        #expect(env.rows == 2 && env.cols == 3)
        #expect(m.stateCount == 6)
        #expect(env.state(row: 1, col: 2) == 5)
        #expect(env.position(of: 4).row == 1 && env.position(of: 4).col == 1)
        #expect(env.cell(row: 0, col: 2) == .wall)
        #expect(env.startDistribution == [1, 0, 0, 0, 0, 0])
        // Wall states: unreachable, self-loops with reward 0, flagged terminal (value 0).
        for wall in [2, 4] {
            #expect(m.isTerminal[wall])
            for a in 0..<4 { #expect(m.outcomes[wall][a] == [Outcome(next: wall, probability: 1, reward: 0)]) }
        }
        #expect(m.isTerminal[5])
        #expect(!m.isTerminal[0] && !m.isTerminal[1] && !m.isTerminal[3])
        // Moving into a wall (state 1, right → wall 2) or off the grid leaves the state unchanged.
        #expect(m.outcomes[1][1] == [Outcome(next: 1, probability: 1, reward: -1)])
        #expect(m.outcomes[0][0] == [Outcome(next: 0, probability: 1, reward: -1)])
        // No state can reach the goal except through... nothing: state 1's down is a wall; 5 is only
        // reachable from 2 (wall) and 4 (wall). So the goal is unreachable — which is fine at γ < 1.
        #expect(env.render(agentAt: 0) == "A.#\n.#G")
        // At γ = 1 an unreachable goal is rejected.
        #expect(throws: GridWorld.BuildError.self) {
            _ = try GridWorld(map: ["S.#", ".#G"], gamma: 1)
        }
    }

    @Test func buildErrors() {
        #expect(throws: GridWorld.BuildError.emptyMap) { _ = try GridWorld(map: []) }
        #expect(throws: GridWorld.BuildError.raggedRow(row: 1, expected: 3, got: 2)) {
            _ = try GridWorld(map: ["S.G", ".."])
        }
        #expect(throws: GridWorld.BuildError.unknownCharacter(row: 0, col: 1, character: "x")) {
            _ = try GridWorld(map: ["SxG"])
        }
        #expect(throws: GridWorld.BuildError.noStartCell) { _ = try GridWorld(map: ["G#H"]) }
        #expect(throws: GridWorld.BuildError.slipProbabilityOutOfRange(0.6)) {
            _ = try GridWorld(map: ["S.G"], slip: .perpendicular(0.6))
        }
        #expect(throws: GridWorld.BuildError.windCount(expected: 3, got: 2)) {
            _ = try GridWorld(map: ["S.G"], wind: [0, 1])
        }
        #expect(throws: GridWorld.BuildError.invalidMaxEpisodeSteps(0)) {
            _ = try GridWorld(map: ["S.G"], maxEpisodeSteps: 0)
        }
    }

    @Test func perpendicularSlipProbabilities() throws {
        // 3x3 open grid, slip p = 0.1 from the centre: intended 0.8, perpendiculars 0.1 each.
        let env = try GridWorld(map: ["...", ".S.", "..G"], slip: .perpendicular(0.1), gamma: 0.9)
        let m = env.model
        let up = 0
        #expect(abs(m.probability(4, up, 1) - 0.8) < 1e-15)
        #expect(m.probability(4, up, 5) == 0.1)
        #expect(m.probability(4, up, 3) == 0.1)
        #expect(m.probability(4, up, 7) == 0)
    }

    @Test func severalStartsCliffAndWindWithWalls() throws {
        // Two S cells: uniform start; the cliff sends back to the start distribution.
        let env = try GridWorld(map: ["S.C", "S.G"], stepReward: -1, cliffReward: -50)
        let m = env.model
        #expect(env.startDistribution == [0.5, 0, 0, 0.5, 0, 0])
        #expect(m.outcomes[1][1] == [Outcome(next: 0, probability: 0.5, reward: -50),
                                     Outcome(next: 3, probability: 0.5, reward: -50)])
        #expect(!m.isTerminal[2])
        // Wind: move + wind, clamped; landing on a wall means staying put.
        let windy = try GridWorld(map: ["#..", "S.G"], wind: [1, 0, 0])
        let w = windy.model
        #expect(w.outcomes[3][1][0].next == 1)  // right from (1,0) with wind 1 → (0,1)
        #expect(w.outcomes[3][0][0].next == 3)  // up: clamped to (0,0), a wall → stays
        #expect(w.outcomes[4][1][0].next == 5)  // column 1 has no wind
    }

    // MARK: FrozenLake

    @Test func frozenLakeLayout() {
        let env = GridWorld.frozenLake4x4()
        let m = env.model
        #expect(m.stateCount == 16)
        #expect(m.gamma == 0.99)
        #expect(env.maxEpisodeSteps == 100)
        #expect((0..<16).filter { m.isTerminal[$0] } == [5, 7, 11, 12, 15])
        #expect(env.startDistribution[0] == 1)
        let big = GridWorld.frozenLake8x8()
        #expect(big.model.stateCount == 64)
        #expect(big.maxEpisodeSteps == 200)
        #expect((0..<64).filter { big.cells[$0] == .hole } == [19, 29, 35, 41, 42, 46, 49, 52, 54, 59])
        #expect(big.model.isTerminal[63])
    }

    @Test func frozenLakeSlipperyRowsAreThirds() {
        let m = GridWorld.frozenLake4x4().model
        let third = 1.0 / 3.0
        let (left, down, right, up) = (0, 1, 2, 3)
        // State 6 = (1,2): every direction leads to a different cell.
        #expect(abs(m.probability(6, left, 2) - third) < 1e-15)   // up
        #expect(abs(m.probability(6, left, 5) - third) < 1e-15)   // left (hole)
        #expect(abs(m.probability(6, left, 10) - third) < 1e-15)  // down
        #expect(abs(m.probability(6, down, 5) - third) < 1e-15)
        #expect(abs(m.probability(6, down, 10) - third) < 1e-15)
        #expect(abs(m.probability(6, down, 7) - third) < 1e-15)
        #expect(abs(m.probability(6, right, 10) - third) < 1e-15)
        #expect(abs(m.probability(6, right, 7) - third) < 1e-15)
        #expect(abs(m.probability(6, right, 2) - third) < 1e-15)
        #expect(abs(m.probability(6, up, 7) - third) < 1e-15)
        #expect(abs(m.probability(6, up, 2) - third) < 1e-15)
        #expect(abs(m.probability(6, up, 5) - third) < 1e-15)
        // State 0, LEFT: up and left both stay (merged, 2/3), down → 4.
        #expect(abs(m.probability(0, left, 0) - 2 * third) < 1e-15)
        #expect(abs(m.probability(0, left, 4) - third) < 1e-15)
        // Every outcome of every non-terminal row is a multiple of 1/3; reward 1 only into the goal.
        for s in 0..<16 where !m.isTerminal[s] {
            for a in 0..<4 {
                for o in m.outcomes[s][a] {
                    let k = (o.probability * 3).rounded()
                    #expect(k >= 1 && k <= 2 && abs(o.probability - k * third) < 1e-15)
                    #expect(o.reward == (o.next == 15 ? 1 : 0))
                }
            }
        }
        // Entering the goal from 14 (RIGHT): 1/3 right → goal, 1/3 down (stay), 1/3 up → 10.
        #expect(abs(m.probability(14, right, 15) - third) < 1e-15)
        #expect(abs(m.expectedReward(14, right) - third) < 1e-15)
    }

    @Test func frozenLakeOptimalValue() {
        let v = EnvTestMath.valueIteration(GridWorld.frozenLake4x4().model)
        #expect(abs(v[0] - 0.542026) < 1e-6)
        // Not slippery: the shortest path has 6 steps, so V*(0) = 0.99^5.
        let d = EnvTestMath.valueIteration(GridWorld.frozenLake4x4(isSlippery: false).model)
        #expect(abs(d[0] - 0.99 * 0.99 * 0.99 * 0.99 * 0.99) < 1e-12)
    }

    @Test func frozenLakeTruncatesAt100() {
        var env = GridWorld.frozenLake4x4(isSlippery: false)
        _ = env.reset(seed: 1)
        for t in 1...100 {
            let r = env.step(0)  // LEFT from the start: stays forever
            #expect(r.observation == 0 && r.reward == 0 && !r.terminated)
            #expect(r.truncated == (t == 100))
        }
        #expect(env.needsReset)
    }

    @Test func sameSeedSameEpisodeAndNeverBoth() {
        func episode(_ seed: UInt64) -> [StepResult<Int>] {
            var env = GridWorld.frozenLake8x8()
            var results: [StepResult<Int>] = []
            _ = env.reset(seed: seed)
            var t = 0
            while true {
                let r = env.step(t % 4)
                results.append(r)
                t += 1
                if r.isDone { break }
            }
            return results
        }
        #expect(episode(42) == episode(42))
        var differs = false
        for seed: UInt64 in 0..<50 {
            let e = episode(seed)
            for r in e { #expect(!(r.terminated && r.truncated)) }
            for r in e.dropLast() { #expect(!r.isDone) }
            #expect(e.last!.isDone)
            if e.last!.truncated { #expect(e.count == 200) }
            if e != episode(42) { differs = true }
        }
        #expect(differs)
    }

    // MARK: CliffWalking

    @Test func cliffWalkingOptimalReturn() {
        let env = GridWorld.cliffWalking()
        let m = env.model
        #expect(m.stateCount == 48)
        #expect(m.gamma == 1)
        #expect(env.startDistribution[36] == 1)
        #expect((0..<48).filter { m.isTerminal[$0] } == [47])
        #expect((0..<48).filter { env.cells[$0] == .cliff } == Array(37...46))
        let v = EnvTestMath.valueIteration(m)
        #expect(v[36] == -13)
    }

    @Test func cliffSendsBackToStartWithoutTerminating() {
        var env = GridWorld.cliffWalking()
        #expect(env.reset(seed: 3) == 36)
        let r = env.step(1)  // right, into (3,1): the cliff
        #expect(r == StepResult(observation: 36, reward: -100, terminated: false, truncated: false))
        _ = env.step(0)  // up to (2,0)
        for _ in 0..<5 { _ = env.step(1) }  // to (2,5)
        #expect(env.state == env.state(row: 2, col: 5))
        let fall = env.step(2)  // down into (3,5)
        #expect(fall.observation == 36 && fall.reward == -100 && !fall.isDone)
        // The model says the same.
        #expect(env.model.outcomes[26][2] == [Outcome(next: 36, probability: 1, reward: -100)])
        // And the goal is terminal with reward −1 on entering.
        #expect(env.model.outcomes[35][2] == [Outcome(next: 47, probability: 1, reward: -1)])
    }

    // MARK: Windy gridworld

    @Test func windyGridworld() {
        let env = GridWorld.windyGridworld()
        let m = env.model
        #expect(m.stateCount == 70)
        #expect(env.startDistribution[30] == 1)
        #expect((0..<70).filter { m.isTerminal[$0] } == [37])
        for s in 0..<70 {
            for a in 0..<4 { #expect(m.outcomes[s][a].count == 1 && m.outcomes[s][a][0].probability == 1) }
        }
        // From (3,6) (wind 2) moving right → (1,7); from (0,6) moving right → clamped (0,7).
        #expect(m.outcomes[env.state(row: 3, col: 6)][1][0].next == env.state(row: 1, col: 7))
        #expect(m.outcomes[env.state(row: 0, col: 6)][1][0].next == env.state(row: 0, col: 7))
        // From (3,2) (wind 0) moving right → (3,3): the wind of the column before the move.
        #expect(m.outcomes[env.state(row: 3, col: 2)][1][0].next == env.state(row: 3, col: 3))
        // From (3,3) (wind 1) moving down → (3,3).
        #expect(m.outcomes[33][2][0].next == 33)
        #expect(EnvTestMath.shortestPath(m, from: 30) == 15)
        #expect(EnvTestMath.valueIteration(m)[30] == -15)
    }
}
