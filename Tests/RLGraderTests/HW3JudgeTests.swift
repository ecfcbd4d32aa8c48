import Testing
import RLCore
import RLHomework
@testable import RLGrader

/// Fast tests of hw3's trusted side: greedy routes, table validation, sample averages, the
/// ε-greedy groups, and the hand-computed fixtures re-derived from the formulas.
@Suite("HW3 judge and fixtures")
struct HW3JudgeTests {
    static let close = Tolerance(absolute: 1e-12, relative: 1e-12)

    /// Q* of a deterministic grid world with γ = 1 (its greedy policy is optimal).
    static func qStar(_ model: TabularMDP) -> [[Double]] {
        MDPJudge.q(model, MDPJudge.optimalValues(model))
    }

    // MARK: Greedy routes

    @Test("Q* of the windy gridworld gives the 15-step route")
    func windyOptimalRoute() {
        let model = GridWorld.windyGridworld().model
        let route = HW3Judge.greedyRoute(Self.qStar(model), model: model, start: 30, cap: 100)
        #expect(route.reachedGoal && !route.loops)
        #expect(route.steps == 15 && route.totalReward == -15)
        #expect(route.states.first == 30 && route.states.last == 37)
    }

    @Test("An all-zero Q loops at the top wall and is detected without hanging")
    func windyLoopDetected() {
        let model = GridWorld.windyGridworld().model
        let zero = Array(repeating: Array(repeating: 0.0, count: 4), count: 70)
        let route = HW3Judge.greedyRoute(zero, model: model, start: 30, cap: 100)
        #expect(route.loops && !route.reachedGoal)
        #expect(route.states == [30, 20, 10, 0, 0])       // up, up, up, then bumps into the top edge
        #expect(route.steps == 4)
    }

    @Test("The cap ends a route that neither loops nor arrives")
    func capRespected() {
        let model = GridWorld.windyGridworld().model
        let route = HW3Judge.greedyRoute(Self.qStar(model), model: model, start: 30, cap: 5)
        #expect(route.steps == 5 && !route.reachedGoal && !route.loops)
    }

    @Test("Cliff walking: Q* walks the 13-step edge; stepping into the cliff is a fall and a loop")
    func cliffRoutes() {
        let model = GridWorld.cliffWalking().model
        let optimal = HW3Judge.greedyRoute(Self.qStar(model), model: model, start: 36, cap: 100)
        #expect(optimal.reachedGoal && optimal.steps == 13 && optimal.totalReward == -13 && optimal.falls == 0)
        #expect(optimal.states.dropFirst().dropLast().allSatisfy { $0 / 12 == 2 })   // all along row 2

        var right = Array(repeating: [0.0, 1.0, 0.0, 0.0], count: 48)   // always "right"
        right[36] = [0, 1, 0, 0]
        let fall = HW3Judge.greedyRoute(right, model: model, start: 36, cap: 100)
        #expect(fall.falls == 1 && fall.loops && !fall.reachedGoal && fall.states == [36, 36])

        // The safe route of SARSA: up to row 0, along it, down at the end (17 steps).
        var safe = Array(repeating: [0.0, 0.0, 0.0, 0.0], count: 48)
        for s in 0..<48 {
            let (r, c) = (s / 12, s % 12)
            let action = c == 11 ? 2 : (r == 0 ? 1 : 0)
            safe[s][action] = 1
        }
        let detour = HW3Judge.greedyRoute(safe, model: model, start: 36, cap: 100)
        #expect(detour.reachedGoal && detour.steps == 17 && detour.falls == 0)
        #expect(HW3Judge.drawing(detour, map: GridWorld.cliffWalkingMap).split(separator: "\n").first == "************")
    }

    // MARK: Tables

    @Test("Table validation names the first problem")
    func tableProblems() {
        let model = GridWorld.cliffWalking().model
        let good = Array(repeating: Array(repeating: 0.0, count: 4), count: 48)
        #expect(HW3Judge.tableProblem(good, model: model) == nil)
        #expect(HW3Judge.tableProblem(Array(good.prefix(47)), model: model)?.contains("47 rows") == true)
        var short = good
        short[5] = [0, 0, 0]
        #expect(HW3Judge.tableProblem(short, model: model)?.contains("row 5") == true)
        var nan = good
        nan[7][2] = .nan
        #expect(HW3Judge.tableProblem(nan, model: model)?.contains("Q(7, 2)") == true)
        #expect(HW3Judge.valuesProblem([0, .infinity], count: 2)?.contains("V(1)") == true)
        #expect(HW3Judge.valuesProblem([0], count: 2) != nil)
    }

    // MARK: Monte-Carlo

    @Test("Returns are computed backwards; first- and every-visit averages differ on revisits")
    func sampleAverages() {
        let episode = MonteCarloFirstVisit.revisit
        #expect(Self.close.firstMismatch(HW3Judge.returns(episode, gamma: 0.5), [1.875, 1.75, 3.5, 3]) == nil)
        let first = HW3Judge.sampleAverages([episode], initialValues: [0, 0, 0, 9], gamma: 1, firstVisit: true)
        let every = HW3Judge.sampleAverages([episode], initialValues: [0, 0, 0, 9], gamma: 1, firstVisit: false)
        #expect(first == [6, 5, 3, 9] && every == [5.5, 5, 3, 9])
    }

    /// Straightforward Monte-Carlo, for re-deriving the fixtures (only used where the update order
    /// within an episode cannot matter).
    static func monteCarlo(_ input: HW3.MonteCarloInput) -> [Double] {
        guard let alpha = input.alpha else {
            return HW3Judge.sampleAverages(input.episodes, initialValues: input.initialValues, gamma: input.gamma,
                                           firstVisit: input.firstVisit)
        }
        var v = input.initialValues
        for episode in input.episodes {
            let g = HW3Judge.returns(episode, gamma: input.gamma)
            var seen = Set<Int>()
            for t in g.indices where seen.insert(episode.states[t]).inserted || !input.firstVisit {
                v[episode.states[t]] += alpha * (g[t] - v[episode.states[t]])
            }
        }
        return v
    }

    @Test("The hand-computed Monte-Carlo fixtures match the definitions")
    func monteCarloFixtures() {
        let tolerance = Tolerance(absolute: 1e-12, relative: 1e-12)
        for c in MonteCarloFixtures.cases {
            #expect(tolerance.firstMismatch(Self.monteCarlo(c.input), c.expected) == nil, "\(c.why)")
            // No repeated state inside an episode: the order of the updates cannot matter.
            for e in c.input.episodes { #expect(Set(e.states).count == e.states.count) }
        }
        for (input, expected, why) in MonteCarloFirstVisit.cases {
            #expect(tolerance.firstMismatch(Self.monteCarlo(input), expected) == nil, "\(why)")
            #expect(input.alpha == nil || input.firstVisit)   // constant α only with first-visit here
        }
    }

    // MARK: TD and control fixtures

    @Test("The hand-computed TD(0) fixtures match the formula")
    func tdFixtures() {
        func update(_ v: [Double], _ t: HW3.Transition, _ alpha: Double, _ gamma: Double) -> [Double] {
            var v = v
            let target = t.terminated ? t.reward : t.reward + gamma * v[t.nextState]
            v[t.state] += alpha * (target - v[t.state])
            return v
        }
        let tolerance = Tolerance(absolute: 1e-12, relative: 1e-12)
        for (input, expected, why) in TDZeroUpdate.cases {
            #expect(tolerance.firstMismatch(update(input.values, input.transition, input.alpha, input.gamma), expected) == nil, "\(why)")
        }
        for (input, expected, why) in TDZeroEpisodes.cases {
            var v = input.initialValues
            for e in input.episodes { for t in e.transitions { v = update(v, t, input.alpha, input.gamma) } }
            #expect(tolerance.firstMismatch(v, expected) == nil, "\(why)")
        }
        // A truncated episode's last transition is not terminal.
        let truncated = HW3.Episode(states: [0, 1, 2], rewards: [1, 1], terminated: false)
        #expect(truncated.transitions.allSatisfy { !$0.terminated })
    }

    @Test("The hand-computed SARSA, Q-learning and Expected SARSA fixtures match the formulas")
    func controlFixtures() {
        func apply(_ c: ControlUpdateFixtures.Case, target: (HW3.ControlUpdateInput, [Double]) -> Double) -> [[Double]] {
            let i = c.input, t = i.transition
            var q = i.q
            let bootstrap = t.terminated ? 0 : i.gamma * target(i, q[t.nextState])
            q[t.state][t.action] += i.alpha * (t.reward + bootstrap - q[t.state][t.action])
            return q
        }
        func same(_ a: [[Double]], _ b: [[Double]]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { Tolerance(absolute: 1e-12, relative: 1e-12).firstMismatch($0, $1) == nil }
        }
        for c in SarsaUpdate.cases {
            #expect(same(apply(c) { i, row in row[i.nextAction] }, c.expected), "\(c.why)")
            // Each non-terminal case has a′ differing from the greedy action or a distinctive γ.
        }
        #expect(SarsaUpdate.cases.contains { c in
            let row = c.input.q[c.input.transition.nextState]
            return !c.input.transition.terminated && row[c.input.nextAction] < row.max()!
        })
        for c in QLearningUpdate.cases {
            #expect(same(apply(c) { _, row in row.max()! }, c.expected), "\(c.why)")
        }
        for c in ExpectedSarsaUpdate.cases {
            let expected = apply(c) { i, row in
                ActionSelection.epsilonGreedyProbabilities(row, epsilon: i.epsilon).enumerated().reduce(0) { $0 + $1.element * row[$1.offset] }
            }
            #expect(same(expected, c.expected), "\(c.why)")
        }
    }

    // MARK: ε-greedy

    @Test("ε-greedy groups: tied maxima share 1 − ε + k·ε/|A|, the rest ε/|A|")
    func epsilonGreedyGroups() {
        let tied = EpsilonGreedyDistribution.groups([2, 2, 1], epsilon: 0.3)
        #expect(tied.count == 2 && tied[0].actions == [0, 1] && tied[1].actions == [2])
        #expect(Self.close.isClose(tied[0].probability, 0.9) && Self.close.isClose(tied[1].probability, 0.1))
        let greedy = EpsilonGreedyDistribution.groups([5, 3], epsilon: 0)
        #expect(greedy[0].probability == 1 && greedy[1].probability == 0)
        for row in EpsilonGreedyDistribution.rows {
            let total = EpsilonGreedyDistribution.groups(row.q, epsilon: row.epsilon).reduce(0) { $0 + $1.probability }
            #expect(Self.close.isClose(total, 1))
        }
    }

    @Test("The reference ε-greedy rule and the variant 'explore without greedy' are told apart at 20,000 draws")
    func epsilonGreedySeparation() {
        // The closest call: Q = [0, 1, 0.5, −1], ε = 0.1. A non-greedy action has p = 0.025; the
        // wrong rule gives 0.1/3. The allowed band is 5 standard deviations + 1 draw.
        let n = 20_000.0, p = 0.025, wrong = 0.1 / 3
        let band = 5 * (n * p * (1 - p)).squareRoot() + 1
        #expect(abs(n * wrong - n * p) > 1.4 * band)
    }

    // MARK: Random walk

    @Test("Random-walk episodes are reproducible and the initial RMS error is √(1/18)")
    func randomWalk() {
        let root = SeededGenerator(seed: 3).child("test")
        let a = RandomWalkRMSError.episodes(root: root, count: 20)
        let b = RandomWalkRMSError.episodes(root: root, count: 20)
        #expect(a == b)
        for e in a {
            #expect(e.terminated && e.states.first == 3 && [0, 6].contains(e.states.last!))
            #expect(e.rewards.reduce(0, +) == (e.states.last == 6 ? 1 : 0))
        }
        #expect(Self.close.isClose(RandomWalkRMSError.rmsError(Array(repeating: 0.5, count: 7)), (1.0 / 18).squareRoot()))
        #expect(RandomWalkRMSError.rmsError(MDPEnvironment.randomWalkTrueValues) == 0)
        #expect(RandomWalkRMSError.rmsError([0.5]) == .infinity)
    }

    // MARK: Environments

    @Test("Environment descriptions build the course's environments with their time limits")
    func environmentSpecs() throws {
        var windy = try HW3.EnvironmentSpec.windyGridworld(maxEpisodeSteps: 3).makeEnvironment()
        #expect(windy.reset(seed: 1) == 30 && windy.model == GridWorld.windyGridworld().model)
        _ = windy.step(3)
        _ = windy.step(3)
        let third = windy.step(3)
        #expect(third.truncated && !third.terminated)
        let cliff = HW3.EnvironmentSpec.cliffWalking(maxEpisodeSteps: nil)
        #expect(cliff.model == GridWorld.cliffWalking().model && cliff.maxEpisodeSteps == nil)
        let mdp = try QLearningConvergence.environment(seed: 11, id: "hw3.q-learning.convergence", states: 6, actions: 2, gamma: 0.9, limit: 20)
        #expect(mdp.model.stateCount == 6 && mdp.model.isTerminal.allSatisfy { !$0 } && mdp.maxEpisodeSteps == 20)
        let settings = HW3.ControlSettings(episodes: 1, alpha: 1, alphaExponent: 0.5, epsilon: 0.1, seed: 0)
        #expect(Self.close.isClose(settings.stepSize(update: 4), 0.5) && settings.stepSize(update: 1) == 1)
    }

    // MARK: Step-size schedule

    @Test("The step-size chains tell every wrong way of counting n from the right one")
    func stepSizeChainsDiscriminate() {
        typealias C = ControlStepSizeSchedule
        for counting in C.Counting.allCases.dropFirst() {
            let differs = C.chains.contains { chain in
                let right = C.replay(chain, counting: .perPairOverTheRun), wrong = C.replay(chain, counting: counting)
                return zip(right, wrong).contains { abs($0[0] - $1[0]) > 1e-6 }
            }
            #expect(differs, "\(counting) gives the same Q as the handout's schedule on every chain")
        }
        // By hand: the path 0 → 1 → 2 (terminal), r = 1 then 3, γ = 1, α₀ = 1, ω = 1 (sample means).
        // Episode 1: Q(0) = 1 + Q(1) = 1, Q(1) = 3. Episode 2: Q(0) += ½ (1 + 3 − 1) = 2.5, Q(1) = 3.
        let chain = C.Chain(name: "t", next: [1, 2, 2], reward: [1, 3, 0], terminal: [false, false, true], gamma: 1, limit: nil,
                            settings: .init(episodes: 2, alpha: 1, alphaExponent: 1, epsilon: 0.1, seed: 0))
        #expect(C.replay(chain, counting: .perPairOverTheRun) == [[2.5], [3], [0]])
    }
}
