import Foundation
import Testing
@testable import RLCore

/// `mdp.flat` holds exactly `mdp.outcomes`, in order, and its loops give bit-identical numbers.
@Suite struct FlatTransitionsTests {
    /// An MDP with irregular rows: 1–3 actions per state, 1–11 outcomes per pair, repeated next
    /// states, zero probabilities, −0 rewards, a terminal state in the middle.
    static func irregular(seed: UInt64) throws -> TabularMDP {
        var rng = SeededGenerator(seed: seed)
        let n = 25
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
        var terminal = Array(repeating: false, count: n)
        terminal[12] = true
        return try TabularMDP(outcomes: outcomes, isTerminal: terminal, gamma: 0.9)
    }

    static func examples() throws -> [TabularMDP] {
        [
            try irregular(seed: 1), try irregular(seed: 2),
            try RandomMDP.generate(seed: 4, stateCount: 50, actionCount: 3, branching: 5, gamma: 1, terminalCount: 2),
            GridWorld.frozenLake8x8().model, GridWorld.suttonBarto4x4().model,
        ]
    }

    @Test func holdsTheOutcomesInOrder() throws {
        for mdp in try Self.examples() {
            let f = mdp.flat
            #expect(f.stateCount == mdp.stateCount)
            #expect(f.firstPair.first == 0 && f.firstPair.last == f.pairCount)
            #expect(f.firstOutcome.first == 0 && f.firstOutcome.last == f.outcomeCount)
            var rebuilt: [[[Outcome]]] = []
            for s in 0..<f.stateCount {
                #expect(f.pairs(of: s).count == mdp.actionCount(s))
                rebuilt.append((0..<mdp.actionCount(s)).map { a in
                    f.outcomes(s, a).map { Outcome(next: Int(f.next[$0]), probability: f.probability[$0], reward: f.reward[$0]) }
                })
            }
            #expect(rebuilt == mdp.outcomes)
            for s in 0..<mdp.stateCount {
                for a in 0..<mdp.actionCount(s) {
                    #expect(f.expectedReward[f.pair(s, a)].bitPattern == mdp.expectedReward(s, a).bitPattern)
                }
            }
        }
    }

    @Test func uniformShapesAreNamed() throws {
        let random = try RandomMDP.generate(seed: 4, stateCount: 50, actionCount: 3, branching: 5, gamma: 0.9)
        #expect(random.flat.branching == 5 && random.flat.actionsPerState == 3)
        for p in 0..<random.flat.pairCount { #expect(random.flat.outcomes(ofPair: p) == p * 5 ..< p * 5 + 5) }
        let irregular = try Self.irregular(seed: 1)
        #expect(irregular.flat.branching == nil && irregular.flat.actionsPerState == nil)
    }

    @Test func theDocumentedBackupIsBitIdenticalToTheNestedLoop() throws {
        for mdp in try Self.examples() {
            var rng = SeededGenerator(seed: 9)
            let v = (0..<mdp.stateCount).map { _ in rng.uniform(-5, 5) }
            let f = mdp.flat
            for s in 0..<mdp.stateCount {
                for a in 0..<mdp.actionCount(s) {
                    var nested = 0.0
                    for o in mdp.outcomes[s][a] {
                        nested += o.probability * (o.reward + mdp.gamma * (mdp.isTerminal[o.next] ? 0 : v[o.next]))
                    }
                    let p = f.firstPair[s] + a
                    var q = 0.0
                    for k in f.firstOutcome[p] ..< f.firstOutcome[p + 1] {
                        let next = Int(f.next[k])
                        q += f.probability[k] * (f.reward[k] + mdp.gamma * (mdp.isTerminal[next] ? 0 : v[next]))
                    }
                    #expect(q.bitPattern == nested.bitPattern)
                }
            }
        }
    }

    @Test func decodedMDPsCarryTheView() throws {
        let mdp = try Self.irregular(seed: 3)
        let data = try JSONEncoder().encode(mdp)
        let decoded = try JSONDecoder().decode(TabularMDP.self, from: data)
        #expect(decoded.flat == mdp.flat)
    }
}
