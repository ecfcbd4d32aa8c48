import Testing
@testable import RLCore

@Suite struct MDPEnvironmentEnvTests {
    @Test func randomWalkTrueValues() {
        let env = MDPEnvironment.randomWalk()
        let m = env.model
        #expect(m.stateCount == 7)
        #expect(m.isTerminal == [true, false, false, false, false, false, true])
        #expect(env.actionCount == 1)
        for s in 0..<7 { #expect(m.actionCount(s) == 1) }
        #expect(env.startDistribution == [0, 0, 0, 1, 0, 0, 0])
        #expect(m.outcomes[5][0] == [Outcome(next: 4, probability: 0.5, reward: 0),
                                     Outcome(next: 6, probability: 0.5, reward: 1)])
        #expect(m.outcomes[1][0] == [Outcome(next: 0, probability: 0.5, reward: 0),
                                     Outcome(next: 2, probability: 0.5, reward: 0)])
        var v = Array(repeating: 0.0, count: 7)
        for _ in 0..<5000 { v = EnvTestMath.randomPolicySweep(m, v) }
        #expect(EnvTestMath.maxAbsDiff(v, MDPEnvironment.randomWalkTrueValues) < 1e-12)
        for k in 1...5 { #expect(abs(v[k] - Double(k) / 6) < 1e-12) }
        // RMS error of the book's initial V = 0.5.
        var sq = 0.0
        for k in 1...5 { sq += (0.5 - Double(k) / 6) * (0.5 - Double(k) / 6) }
        #expect(abs((sq / 5).squareRoot() - (1.0 / 18).squareRoot()) < 1e-15)
    }

    @Test func randomWalkEpisodes() {
        var env = MDPEnvironment.randomWalk()
        var rightEnds = 0
        for seed: UInt64 in 0..<200 {
            var s = env.reset(seed: seed)
            #expect(s == 3)
            var total = 0.0
            while true {
                let r = env.step(0)
                #expect(abs(r.observation - s) == 1)
                s = r.observation
                total += r.reward
                #expect(!r.truncated)
                if r.isDone {
                    #expect(r.terminated && (s == 0 || s == 6))
                    break
                }
            }
            #expect(total == (s == 6 ? 1 : 0))
            if s == 6 { rightEnds += 1 }
        }
        // P(right end from C) = 1/2.
        #expect(rightEnds > 70 && rightEnds < 130)
    }

    @Test func shortCorridor() {
        let env = MDPEnvironment.shortCorridor()
        let m = env.model
        #expect(m.isTerminal == [false, false, false, true])
        #expect(env.startDistribution == [1, 0, 0, 0])
        #expect(env.actionCount == 2)
        let (left, right) = (0, 1)
        #expect(m.outcomes[0][left] == [Outcome(next: 0, probability: 1, reward: -1)])
        #expect(m.outcomes[0][right] == [Outcome(next: 1, probability: 1, reward: -1)])
        #expect(m.outcomes[1][left] == [Outcome(next: 2, probability: 1, reward: -1)])  // reversed
        #expect(m.outcomes[1][right] == [Outcome(next: 0, probability: 1, reward: -1)])  // reversed
        #expect(m.outcomes[2][left] == [Outcome(next: 1, probability: 1, reward: -1)])
        #expect(m.outcomes[2][right] == [Outcome(next: 3, probability: 1, reward: -1)])

        // Value of the start state when every state uses the same P(right) = p.
        func startValue(_ p: Double) -> Double {
            var v = [0.0, 0, 0, 0]
            for _ in 0..<200_000 {
                var next = v
                var delta = 0.0
                for s in 0..<3 {
                    var x = 0.0
                    for (a, w) in [(left, 1 - p), (right, p)] {
                        for o in m.outcomes[s][a] { x += w * o.probability * (o.reward + v[o.next]) }
                    }
                    delta = max(delta, abs(x - v[s]))
                    next[s] = x
                }
                v = next
                if delta < 1e-12 { break }
            }
            return v[0]
        }
        let pStar = MDPEnvironment.shortCorridorOptimalRightProbability
        #expect(abs(pStar - 0.5857864376269049) < 1e-15)
        let vStar = startValue(pStar)
        #expect(abs(vStar - MDPEnvironment.shortCorridorOptimalValue) < 1e-6)
        #expect(abs(vStar - -11.65685424949238) < 1e-6)
        #expect(startValue(pStar - 0.02) < vStar)
        #expect(startValue(pStar + 0.02) < vStar)
    }

    @Test func invalidStartDistributions() throws {
        let m = MDPEnvironment.randomWalk().model
        #expect(throws: MDPError.self) { _ = try MDPEnvironment(model: m, startDistribution: [1]) }
        #expect(throws: MDPError.self) { _ = try MDPEnvironment(model: m, startState: 0) }  // terminal
        #expect(throws: MDPError.self) { _ = try MDPEnvironment(model: m, startState: 7) }
        #expect(throws: MDPError.self) {
            _ = try MDPEnvironment(model: m, startDistribution: [0, 0.5, 0.4, 0, 0, 0, 0])
        }
        let ok = try MDPEnvironment(model: m, startDistribution: [0, 0.5, 0, 0, 0, 0.5, 0], maxEpisodeSteps: 3)
        var env = ok
        var seen: [Int] = []
        for seed: UInt64 in 0..<40 { seen.append(env.reset(seed: seed)) }
        #expect(seen.allSatisfy { $0 == 1 || $0 == 5 })
        #expect(seen.contains(1) && seen.contains(5))
    }

    @Test func samplingMatchesCategorical() {
        // The documented random stream: reset draws categorical(start), each step one categorical.
        var env = GridWorld.frozenLake4x4()
        var rng = SeededGenerator(seed: 99)
        var s = env.reset(seed: 99)
        #expect(s == rng.categorical(env.startDistribution))
        let actions = [1, 2, 2, 1, 0, 3, 1, 2, 1, 1, 2, 2, 3, 0]
        for a in actions {
            let r = env.step(a)
            let list = env.model.outcomes[s][a]
            let expected = list[rng.categorical(list.map(\.probability))]
            #expect(r.observation == expected.next && r.reward == expected.reward)
            s = r.observation
            if r.isDone { break }
        }
    }

    @Test func timeLimitTruncatesWithoutTermination() throws {
        let m = MDPEnvironment.randomWalk().model
        var env = try MDPEnvironment(model: m, startState: 2, maxEpisodeSteps: 2)
        var truncations = 0, terminations = 0
        for seed: UInt64 in 0..<100 {
            _ = env.reset(seed: seed)
            let first = env.step(0)
            #expect(!first.isDone)  // from B, one step cannot reach an end
            let second = env.step(0)
            #expect(second.isDone)
            #expect(!(second.terminated && second.truncated))
            if second.terminated { terminations += 1 } else { truncations += 1 }
            #expect(env.needsReset)
        }
        #expect(terminations > 0 && truncations > 0)
    }
}
