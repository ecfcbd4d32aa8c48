import Foundation
import Testing
import RLCore
import RLHomework
@testable import RLGrader

/// Fast tests of hw5's trusted side: the parent's targets, loss, Dueling aggregation and their finite
/// differences, the replay simulation, the schedules, the hand-made fixtures' expected numbers, and the
/// learner rule's setup and evaluation.
@Suite("HW5 judge and fixtures")
struct HW5JudgeTests {
    static let close = Tolerance(absolute: 1e-12, relative: 1e-12)

    // MARK: Targets

    @Test("The hand-made target fixtures give the numbers worked out by hand")
    func targetFixtures() {
        let groups = HW5Fixtures.targetCases.map { group in
            HW5Judge.dqnTargets(HW5.TargetBatch(online: HW5Fixtures.fixtureOnline, target: HW5Fixtures.fixtureTarget,
                                                transitions: group.cases.map(\.transition), gamma: group.gamma))
        }
        // γ = 0.9: max Q_θ⁻([3, 1]) = 4; terminated → r; truncated, max Q_θ⁻([−1, 5]) = 5; max Q_θ⁻([0, −2]) = 4.
        #expect(Self.close.firstMismatch(groups[0], [1 + 0.9 * 4, -1, 1 + 0.9 * 5, 0.5 + 0.9 * 4]) == nil)
        // γ = 0.5: max Q_θ⁻([6, 2]) = 6 → 3; terminated and truncated → r.
        #expect(Self.close.firstMismatch(groups[1], [3, 2]) == nil)
        // The online network's max differs from the target's on the first case (3 vs 4).
        #expect(HW5Fixtures.fixtureOnline.forward([3, 1]).max()! == 3)
    }

    @Test("Double DQN targets equal DQN targets exactly where the argmaxes agree, and are smaller elsewhere", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func doubleMatchesDQNWhereArgmaxesAgree(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let batch = HW5Fixtures.targetBatch(&rng)
        let plain = HW5Judge.dqnTargets(batch), double = HW5Judge.doubleDQNTargets(batch)
        let differ = HW5Judge.argmaxesDiffer(batch)
        for k in batch.transitions.indices {
            if batch.transitions[k].terminated || !differ[k] { #expect(plain[k] == double[k]) } else { #expect(double[k] < plain[k]) }
        }
        #expect(differ.contains(true), "the fixtures must exercise differing argmaxes")
    }

    @Test("Random target batches are deterministic and contain terminated and truncated transitions")
    func targetBatchesAreDeterministic() {
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9)
        let x = HW5Fixtures.targetBatch(&a), y = HW5Fixtures.targetBatch(&b)
        #expect(x == y)
        var rng = SeededGenerator(seed: 1)
        let many = HW5Fixtures.transitions(&rng, count: 200, inputs: 3, actions: 2)
        #expect(many.contains(where: \.terminated) && many.contains(where: \.truncated))
        #expect(!many.contains { $0.terminated && $0.truncated })
    }

    // MARK: Loss

    @Test("The loss gradient equals finite differences of the loss (squared and Huber)", arguments: [nil, 1.0, 0.5] as [Double?])
    func lossGradientMatchesFiniteDifferences(delta: Double?) {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<5 {
            let query = HW5Fixtures.lossQuery(&rng, huberDelta: delta)
            let analytic = HW5Judge.lossGradient(query), numeric = HW5Judge.finiteDifferenceLossGradient(query)
            for k in analytic.indices {
                #expect(Tolerance(absolute: 1e-7).firstMismatch(analytic[k], numeric[k]) == nil)
                for a in analytic[k].indices where a != query.actions[k] { #expect(analytic[k][a] == 0) }
            }
        }
    }

    @Test("Huber: ½u² inside δ, δ(|u| − ½δ) outside, continuous at ±δ")
    func huberPointLoss() {
        #expect(HW5Judge.pointLoss(0.5, delta: 1) == 0.125)
        #expect(HW5Judge.pointLoss(-3, delta: 1) == 2.5)
        #expect(HW5Judge.pointLoss(3, delta: nil) == 4.5)
        #expect(abs(HW5Judge.pointLoss(1 + 1e-12, delta: 1) - 0.5) < 1e-11)
        let query = HW5.LossQuery(qValues: [[0, 10], [1, 2]], actions: [1, 0], targets: [0, 1.5], huberDelta: 1)
        // u = [−10, 0.5]: clipped to [−1, 0.5]; gradient −clip/B.
        #expect(HW5Judge.lossGradient(query) == [[0, 0.5], [-0.25, 0]])
        #expect(HW5Judge.loss(query, qValues: query.qValues) == (9.5 + 0.125) / 2)
    }

    // MARK: Dueling

    @Test("Dueling: hand values, identifiability, and the backward formulas equal finite differences")
    func dueling() {
        #expect(HW5Judge.dueling(values: [1], advantages: [[1, 2, 6]], aggregation: .mean) == [[-1, 0, 4]])
        #expect(HW5Judge.dueling(values: [1], advantages: [[1, 2, 6]], aggregation: .max) == [[-4, -3, 1]])
        var rng = SeededGenerator(seed: 4)
        for aggregation in HW5.Aggregation.allCases {
            let query = HW5Fixtures.duelingQuery(&rng, aggregation: aggregation)
            let numeric = HW5Judge.finiteDifferenceDueling(query)
            for k in query.values.indices {
                let g = query.outputGradient[k], total = g.reduce(0, +)
                #expect(abs(numeric.valueGradient[k] - total) < 1e-7)
                let best = ActionSelection.greedyAction(query.advantages[k])
                let analytic = g.indices.map { j in
                    g[j] - (aggregation == .mean ? total / Double(g.count) : (j == best ? total : 0))
                }
                #expect(Tolerance(absolute: 1e-7).firstMismatch(numeric.advantageGradient[k], analytic) == nil)
                // A unique maximum, so the max form's finite differences are well defined.
                #expect(query.advantages[k].filter { $0 == query.advantages[k].max()! }.count == 1)
            }
        }
    }

    // MARK: Replay and schedules

    @Test("The replay simulation keeps the last N pushes and lists what is stored before every sample")
    func replaySimulation() {
        var operations = HW5ReplayScripts.pushes(from: 1, count: 3, sampleEvery: 1)
        operations += HW5ReplayScripts.pushes(from: 4, count: 4)
        let script = HW5.ReplayScript(capacity: 4, seed: 0, operations: operations)
        let stored = HW5ReplayScripts.storedIDs(script)
        #expect(stored.beforeSamples == [[1], [1, 2], [1, 2, 3]])
        #expect(stored.final == [4, 5, 6, 7])
        #expect(HW5Judge.identity(HW5Fixtures.numbered(7)) == 7)
    }

    @Test("ε schedule and target histories follow the documented rules")
    func schedules() {
        let schedule = HW5.EpsilonSchedule(start: 1, end: 0.1, decaySteps: 10)
        #expect(HW5Judge.epsilon(schedule, step: 0) == 1)
        #expect(abs(HW5Judge.epsilon(schedule, step: 5) - 0.55) < 1e-15)
        #expect(abs(HW5Judge.epsilon(schedule, step: 10) - 0.1) < 1e-15 && HW5Judge.epsilon(schedule, step: 99) == HW5Judge.epsilon(schedule, step: 10))
        let online: [[Double]] = [[1], [2], [3], [4], [5]]
        #expect(HW5Judge.targetHistory(HW5.TargetScheduleQuery(initialTarget: [0], onlineParameters: online, rule: .hard(period: 2)))
            == [[0], [2], [2], [4], [4]])
        let soft = HW5Judge.targetHistory(HW5.TargetScheduleQuery(initialTarget: [0], onlineParameters: [[1], [1]], rule: .soft(tau: 0.5)))
        #expect(soft == [[0.5], [0.75]])
    }

    // MARK: The learner rule

    @Test("Learner setups: deterministic per seed, a non-identity relabelling, different across checks")
    func learnerSetups() {
        let a = HW5DQNLearner.setup([:], checkID: "hw5.convergence.dqn", seed: 1, double: false)
        let b = HW5DQNLearner.setup([:], checkID: "hw5.convergence.dqn", seed: 1, double: false)
        let c = HW5DQNLearner.setup([:], checkID: "hw5.convergence.dqn", seed: 2, double: false)
        #expect(a == b && a.seed != c.seed)
        #expect(!a.relabelling.isIdentity)
        #expect(a.environmentSteps == 20_000 && a.layerSizes == [4, 64, 2])
        let probe = HW5DQNLearner.setup([:], checkID: "hw5.convergence.dqn", seed: 1, double: false, steps: 400)
        #expect(probe.environmentSteps == 400)
    }

    @Test("The evaluation plays the relabelled CartPole: a controller that inverts the relabelling balances, the plain one does not")
    func evaluationUsesTheRelabelling() {
        /// Push right when θ + 0.5 θ̇ > 0, written for what a learner sees under relabelling `r`.
        func controller(_ r: Relabelling) -> [Double] {
            var net = MLP(layerSizes: [4, 64, 2], seed: 0)
            net.parameters = [Double](repeating: 0, count: net.parameterCount)
            let gains = [0.0, 0.0, 1.0, 0.5]
            for i in 0..<4 { net.parameters[i] = 10 * gains[r.observationPermutation[i]] * r.observationSigns[i] }
            let right = r.chosenAction(forTrueAction: 1), w1 = net.weightRange(layer: 1).lowerBound
            net.parameters[w1 + right * 64] = 1
            net.parameters[w1 + (1 - right) * 64] = -1
            return net.parameters
        }
        var plainMeans: [Double] = []
        for seed in 1...6 as ClosedRange<UInt64> {
            let setup = HW5DQNLearner.setup([:], checkID: "hw5.convergence.dqn", seed: seed, double: false)
            let inverted = HW5DQNLearner.evaluate(controller(setup.relabelling), setup: setup, seed: 7, episodes: 5)
            #expect(HW5DQNLearner.mean(inverted) == 500)
            #expect(HW5DQNLearner.evaluate(controller(setup.relabelling), setup: setup, seed: 7, episodes: 5) == inverted)
            let plain = controller(.identity(observationSize: 4, actionCount: 2))
            plainMeans.append(HW5DQNLearner.mean(HW5DQNLearner.evaluate(plain, setup: setup, seed: 7, episodes: 5)))
        }
        // CartPole is mirror-symmetric, so a few relabellings leave a hand-written controller working;
        // most do not (and the budget probe catches a controller that inverts the relabelling).
        #expect(plainMeans.filter { $0 < 100 }.count >= 4, "plain controller on relabelled CartPoles: \(plainMeans)")
    }

    @Test("Invalid learner results: wrong size, non-finite, over budget")
    func invalidResults() {
        let setup = HW5DQNLearner.setup([:], checkID: "hw5.convergence.dqn", seed: 1, double: false, steps: 100)
        let count = MLP(layerSizes: [4, 64, 2], seed: 0).parameterCount
        #expect(HW5DQNLearner.invalid(HW5.DQNResult(parameters: [1], episodeReturns: []), setup) != nil)
        #expect(HW5DQNLearner.invalid(HW5.DQNResult(parameters: [Double](repeating: .nan, count: count), episodeReturns: []), setup) != nil)
        #expect(HW5DQNLearner.invalid(HW5.DQNResult(parameters: [Double](repeating: 0, count: count), episodeReturns: [60, 60]), setup) != nil)
        #expect(HW5DQNLearner.invalid(HW5.DQNResult(parameters: [Double](repeating: 0, count: count), episodeReturns: [60, 40]), setup) == nil)
        #expect(LearnerJudge.downsample((0..<1000).map(Double.init)).count == 100)
    }
}
