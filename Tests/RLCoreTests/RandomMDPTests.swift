import Testing
@testable import RLCore

@Suite struct RandomMDPTests {
    @Test func sameSeedSameMDP() throws {
        let a = try RandomMDP.generate(seed: 7, stateCount: 30, actionCount: 3, branching: 4, gamma: 0.9, terminalCount: 2)
        let b = try RandomMDP.generate(seed: 7, stateCount: 30, actionCount: 3, branching: 4, gamma: 0.9, terminalCount: 2)
        #expect(a == b)
    }

    @Test func differentSeedsDiffer() throws {
        let a = try RandomMDP.generate(seed: 7, stateCount: 30, actionCount: 3, branching: 4, gamma: 0.9)
        let b = try RandomMDP.generate(seed: 8, stateCount: 30, actionCount: 3, branching: 4, gamma: 0.9)
        #expect(a.outcomes != b.outcomes)
    }

    @Test func goldenFirstRow() throws {
        // Frozen from the implementation: guards against accidental changes of the generator.
        let mdp = try RandomMDP.generate(seed: 1, stateCount: 10, actionCount: 2, branching: 3, gamma: 0.9)
        #expect(mdp.outcomes[0][0].map(\.next) == [0, 2, 6])
    }

    @Test func shapesAndRanges() throws {
        let n = 40, k = 5, terminals = 3
        let mdp = try RandomMDP.generate(
            seed: 3, stateCount: n, actionCount: 4, branching: k, rewardRange: 2...5, gamma: 0.95,
            terminalCount: terminals)
        #expect(mdp.stateCount == n)
        #expect(mdp.gamma == 0.95)
        #expect(mdp.isTerminal == (0..<n).map { $0 >= n - terminals })
        for s in 0..<n {
            #expect(mdp.actionCount(s) == 4)
            for a in 0..<4 {
                let list = mdp.outcomes[s][a]
                if mdp.isTerminal[s] {
                    #expect(list == [Outcome(next: s, probability: 1, reward: 0)])
                    continue
                }
                #expect(list.count == k)
                let nexts = list.map(\.next)
                #expect(nexts == nexts.sorted() && Set(nexts).count == k)
                #expect(nexts.allSatisfy { $0 >= 0 && $0 < n })
                #expect(list.allSatisfy { $0.probability >= 0.05 / (1.05 * Double(k)) })
                #expect(list.allSatisfy { $0.reward >= 2 && $0.reward <= 5 })
                #expect(abs(list.reduce(0) { $0 + $1.probability } - 1) < 1e-12)
            }
            if !mdp.isTerminal[s] {
                #expect(mdp.outcomes[s][0].contains { mdp.isTerminal[$0.next] })
            }
        }
    }

    @Test func branchingIsCappedAtStateCount() throws {
        let mdp = try RandomMDP.generate(seed: 4, stateCount: 3, actionCount: 2, branching: 10, gamma: 0.5)
        for row in mdp.outcomes {
            for list in row { #expect(list.map(\.next) == [0, 1, 2]) }
        }
        let single = try RandomMDP.generate(seed: 4, stateCount: 1, actionCount: 1, branching: 1, gamma: 0.5)
        #expect(single.outcomes == [[[Outcome(next: 0, probability: 1, reward: single.outcomes[0][0][0].reward)]]])
    }

    @Test func gammaOneWithTerminalsConstructs() throws {
        for seed: UInt64 in 0..<20 {
            let mdp = try RandomMDP.generate(seed: seed, stateCount: 50, actionCount: 2, branching: 1, gamma: 1, terminalCount: 1)
            #expect(mdp.gamma == 1)
            #expect(mdp.firstStateWithoutReachableTerminal() == nil)
        }
        let allTerminal = try RandomMDP.generate(seed: 1, stateCount: 4, actionCount: 2, branching: 2, gamma: 1, terminalCount: 4)
        #expect(allTerminal.isTerminal == [true, true, true, true])
    }

    @Test func structureDoesNotDependOnGamma() throws {
        let a = try RandomMDP.generate(seed: 5, stateCount: 25, actionCount: 3, branching: 3, gamma: 0.9, terminalCount: 2)
        let b = try RandomMDP.generate(seed: 5, stateCount: 25, actionCount: 3, branching: 3, gamma: 1, terminalCount: 2)
        #expect(a.outcomes == b.outcomes)
        #expect(a.isTerminal == b.isTerminal)
    }

    @Test func invalidArgumentsThrow() {
        #expect(throws: MDPError.noReachableTerminal(state: 0)) {
            try RandomMDP.generate(seed: 1, stateCount: 5, actionCount: 2, branching: 2, gamma: 1)
        }
        #expect(throws: MDPError.gammaOutOfRange(1.5)) {
            try RandomMDP.generate(seed: 1, stateCount: 5, actionCount: 2, branching: 2, gamma: 1.5)
        }
        #expect(throws: MDPError.noStates) {
            try RandomMDP.generate(seed: 1, stateCount: 0, actionCount: 2, branching: 2, gamma: 0.5)
        }
        #expect(throws: MDPError.noActions(state: 0)) {
            try RandomMDP.generate(seed: 1, stateCount: 3, actionCount: 0, branching: 2, gamma: 0.5)
        }
    }

    /// A medium MDP is generated with the requested shape (its speed is a figure of `rlgrade bench`,
    /// never a timed assertion: a busy machine would fail it).
    @Test func mediumMDPHasTheRequestedShape() throws {
        let mdp = try RandomMDP.generate(seed: 9, stateCount: 1_000, actionCount: 4, branching: 5, gamma: 1, terminalCount: 5)
        #expect(mdp.stateCount == 1_000)
    }
}
