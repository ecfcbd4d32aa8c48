import Foundation
import Testing
import RLCore
import RLHomework
@testable import RLGrader

/// Fast tests of hw4's trusted side: the parent's exact policy gradient, returns, GAE, A2C loss and
/// finite differences, the hand-made fixtures' expected numbers, and the seeded fixtures.
@Suite("HW4 judge and fixtures")
struct HW4JudgeTests {
    static let close = Tolerance(absolute: 1e-12, relative: 1e-12)

    // MARK: Policy gradient

    /// J(θ) = Σ_s μ(s) V^π(s), exactly.
    static func objective(_ p: HW4ReinforceProblem, theta: [Double]) throws -> Double {
        let v = try MDPJudge.evaluate(p.mdp, policy: HW4Judge.policy(features: p.features, theta: theta))
        return MDPJudge.startValue(v, start: p.start)
    }

    @Test("The exact ∇J(θ) of the policy gradient theorem equals finite differences of J(θ)", arguments: [1, 2, 3, 7] as [UInt64])
    func exactGradientMatchesFiniteDifferences(seed: UInt64) throws {
        let p = try HW4ReinforceProblem(seed: seed, label: "test", batchCount: 1, episodesPerBatch: 1)
        let h = 1e-6
        for j in p.theta.indices {
            var plus = p.theta, minus = p.theta
            plus[j] += h
            minus[j] -= h
            let numeric = (try Self.objective(p, theta: plus) - Self.objective(p, theta: minus)) / (2 * h)
            #expect(abs(numeric - p.exactGradient[j]) < 1e-7, "component \(j): \(numeric) vs \(p.exactGradient[j])")
        }
        // Terminal states' parameters do not matter.
        #expect(p.exactGradient[8...].allSatisfy { $0 == 0 })
    }

    @Test("The occupancy measure reproduces J: Σ_s η(s) Σ_a π(a|s) r(s,a) = Σ_s μ(s) V^π(s)")
    func occupancyGivesTheObjective() throws {
        let p = try HW4ReinforceProblem(seed: 5, label: "test", batchCount: 1, episodesPerBatch: 1)
        let pi = HW4Judge.policy(features: p.features, theta: p.theta)
        let eta = try HW4Judge.occupancy(mdp: p.mdp, start: p.start, policy: pi)
        var total = 0.0
        for s in 0..<p.mdp.stateCount where !p.mdp.isTerminal[s] {
            for a in 0..<p.mdp.actionCount(s) { total += eta[s] * pi[s][a] * p.mdp.expectedReward(s, a) }
        }
        #expect(abs(total - (try Self.objective(p, theta: p.theta))) < 1e-10)
        #expect(eta.allSatisfy { $0 >= 0 } && eta[4] == 0 && eta[5] == 0)
        #expect(Self.close.firstMismatch(p.values, try MDPJudge.evaluate(p.mdp, policy: pi)) == nil)
    }

    @Test("The REINFORCE problems are deterministic and their episodes end in a terminal state")
    func reinforceProblemIsDeterministic() throws {
        let a = try HW4ReinforceProblem(seed: 2, label: "x", batchCount: 3, episodesPerBatch: 4)
        let b = try HW4ReinforceProblem(seed: 2, label: "x", batchCount: 3, episodesPerBatch: 4)
        #expect(a.batches == b.batches && a.theta == b.theta && a.exactGradient == b.exactGradient)
        for episode in a.batches.joined() {
            #expect(!episode.states.isEmpty && episode.states.count == episode.actions.count && episode.actions.count == episode.rewards.count)
            #expect(episode.states.allSatisfy { !a.mdp.isTerminal[$0] })
            #expect(episode.rewards.allSatisfy { $0 >= -2 && $0 <= -0.5 })
        }
    }

    @Test("Averaging the exact score-weighted estimator over many sampled batches approaches ∇J (sanity of the statistics)")
    func monteCarloEstimateIsUnbiased() throws {
        let p = try HW4ReinforceProblem(seed: 3, label: "stat", batchCount: 150, episodesPerBatch: 10)
        let estimates = p.batches.map { batch -> [Double] in
            var g = [Double](repeating: 0, count: p.theta.count)
            for e in batch {
                let returns = HW4Judge.rewardToGo(e.rewards, gamma: 1)
                for t in e.states.indices {
                    let score = HW4Judge.score(features: p.features[e.states[t]], theta: p.theta, action: e.actions[t])
                    VectorMath.axpy(returns[t] / Double(batch.count), score, &g)
                }
            }
            return g
        }
        let (mean, se, _) = HW4Judge.meanAndStandardError(estimates)
        #expect(HW4ReinforceProblem.worstDeviation(mean: mean, standardError: se, exact: p.exactGradient, z: 5) == nil)
        // A baseline indexed by the action is caught.
        let biased = p.batches.map { batch -> [Double] in
            var g = [Double](repeating: 0, count: p.theta.count)
            for e in batch {
                let returns = HW4Judge.rewardToGo(e.rewards, gamma: 1)
                for t in e.states.indices {
                    let score = HW4Judge.score(features: p.features[e.states[t]], theta: p.theta, action: e.actions[t])
                    VectorMath.axpy((returns[t] - p.values[e.actions[t]]) / Double(batch.count), score, &g)
                }
            }
            return g
        }
        let b = HW4Judge.meanAndStandardError(biased)
        #expect(HW4ReinforceProblem.worstDeviation(mean: b.mean, standardError: b.standardError, exact: p.exactGradient, z: 5) != nil)
    }

    // MARK: Softmax and score

    @Test("The judge's score equals finite differences of its log-softmax, and averages to zero")
    func scoreProperties() {
        var rng = SeededGenerator(seed: 9)
        for _ in 0..<20 {
            let q = HW4Fixtures.softmaxQuery(&rng)
            let analytic = HW4Judge.score(features: q.features, theta: q.theta, action: q.action)
            let numeric = HW4Judge.finiteDifferenceScore(features: q.features, theta: q.theta, action: q.action)
            #expect(Tolerance(absolute: 1e-8).firstMismatch(analytic, numeric) == nil)
            let p = HW4Judge.probabilities(features: q.features, theta: q.theta)
            var mean = [Double](repeating: 0, count: q.theta.count)
            for a in q.features.indices { VectorMath.axpy(p[a], HW4Judge.score(features: q.features, theta: q.theta, action: a), &mean) }
            #expect(mean.allSatisfy { abs($0) < 1e-12 })
        }
        let extreme = HW4Judge.probabilities(features: [[1], [2], [3]], theta: [1000])
        #expect(extreme == [0, 0, 1])
    }

    // MARK: Returns and GAE

    @Test("The hand-made n-step fixtures agree with the judge's explicit sums")
    func nStepFixtures() {
        for (query, expected, _) in HW4NStepFixtures.cases {
            let judged = HW4Judge.nStepReturns(query.rollout, gamma: query.gamma, n: query.n)
            #expect(Tolerance(absolute: 1e-12).firstMismatch(judged, expected) == nil, "\(query) → \(judged)")
        }
    }

    @Test("The hand-made reward-to-go fixtures agree with the judge")
    func rewardToGoFixtures() {
        for (query, expected, _) in HW4RewardToGoFixtures.cases {
            #expect(Tolerance(absolute: 1e-12).firstMismatch(HW4Judge.rewardToGo(query.rewards, gamma: query.gamma), expected) == nil)
        }
    }

    /// GAE by the backward recursion, for comparison with the judge's explicit sums.
    static func recursiveGAE(_ r: HW4.Rollout, gamma: Double, lambda: Double) -> [Double] {
        var a = [Double](repeating: 0, count: r.count), next = 0.0
        for t in (0..<r.count).reversed() {
            let delta = r.rewards[t] + (r.terminated[t] ? 0 : gamma * r.nextValues[t]) - r.values[t]
            next = delta + (r.terminated[t] || r.truncated[t] ? 0 : gamma * lambda * next)
            a[t] = next
        }
        return a
    }

    @Test("GAE: explicit sums equal the recursion; λ = 0 is δ; λ = 1 is G − V", arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func gaeLimits(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let r = HW4Fixtures.rollout(&rng, length: 25)
        let tolerance = Tolerance(absolute: 1e-12, relative: 1e-12)
        for lambda in [0.0, 0.5, 0.95, 1.0] {
            #expect(tolerance.firstMismatch(HW4Judge.gae(r, gamma: 0.9, lambda: lambda), Self.recursiveGAE(r, gamma: 0.9, lambda: lambda)) == nil)
        }
        #expect(tolerance.firstMismatch(HW4Judge.gae(r, gamma: 0.9, lambda: 0), HW4Judge.tdErrors(r, gamma: 0.9)) == nil)
        let mc = zip(HW4Judge.nStepReturns(r, gamma: 0.9, n: .max), r.values).map { $0 - $1 }
        #expect(tolerance.firstMismatch(HW4Judge.gae(r, gamma: 0.9, lambda: 1), mc) == nil)
        // n = 1 is the TD target.
        let td = zip(HW4Judge.tdErrors(r, gamma: 0.9), r.values).map { $0 + $1 }
        #expect(tolerance.firstMismatch(HW4Judge.nStepReturns(r, gamma: 0.9, n: 1), td) == nil)
    }

    @Test("Random rollouts are consistent: nextValues[t] == values[t+1] inside an episode, never both flags")
    func rolloutFixtures() {
        var rng = SeededGenerator(seed: 4)
        var ends = 0
        for _ in 0..<50 {
            let r = HW4Fixtures.rollout(&rng, length: 20)
            for t in 0..<r.count {
                #expect(!(r.terminated[t] && r.truncated[t]))
                if !r.terminated[t] && !r.truncated[t] && t < r.count - 1 { #expect(r.nextValues[t] == r.values[t + 1]) }
                if r.terminated[t] || r.truncated[t] { ends += 1 }
            }
        }
        #expect(ends > 100)  // the fixtures exercise episode ends
    }

    @Test("The episode-boundary mistakes the GAE check names give different answers from the truth")
    func gaeMistakesAreDistinguishable() {
        for (query, _) in HW4GAEEpisodeBoundaries.cases.prefix(3) {
            let truth = HW4Judge.gae(query.rollout, gamma: query.gamma, lambda: query.lambda)
            let tolerance = Tolerance(absolute: 1e-9)
            #expect(tolerance.firstMismatch(HW4GAEEpisodeBoundaries.mistaken(query, ignoreDone: true), truth) != nil)
            // Bootstrapping from values[t+1] only matters where a step bootstraps at an episode end: a truncation.
            if query.rollout.truncated.contains(true) {
                #expect(tolerance.firstMismatch(HW4GAEEpisodeBoundaries.mistaken(query, shiftedValues: true), truth) != nil)
            }
        }
        let truncated = HW4GAEEpisodeBoundaries.cases[1].0
        #expect(Tolerance(absolute: 1e-9).firstMismatch(
            HW4GAEEpisodeBoundaries.mistaken(truncated, truncationTerminates: true),
            HW4Judge.gae(truncated.rollout, gamma: truncated.gamma, lambda: truncated.lambda)) != nil)
    }

    // MARK: A2C loss

    /// The analytic A2C gradient (frozen targets), written independently of the reference.
    static func analyticGradients(_ batch: HW4.A2CBatch) -> (actor: [Double], critic: [Double]) {
        let (advantages, targets) = HW4Judge.frozenEstimates(batch)
        let count = Double(batch.segments.reduce(0) { $0 + $1.count })
        var states: [[Double]] = [], logitGradients: [[Double]] = [], valueGradients: [[Double]] = []
        for (k, segment) in batch.segments.enumerated() {
            for t in 0..<segment.count {
                let pi = Categorical(logits: batch.actor.forward(segment.states[t]))
                let dLog = pi.logProbGradient(segment.actions[t]), dH = pi.entropyGradient()
                states.append(segment.states[t])
                logitGradients.append(dLog.indices.map { (-advantages[k][t] * dLog[$0] - batch.entropyCoefficient * dH[$0]) / count })
                let v = batch.critic.forward(segment.states[t])[0]
                valueGradients.append([batch.valueCoefficient * 2 * (v - targets[k][t]) / count])
            }
        }
        return (batch.actor.gradient(inputs: states, outputGradients: logitGradients),
                batch.critic.gradient(inputs: states, outputGradients: valueGradients))
    }

    @Test("The judge's finite-difference A2C gradient equals the analytic one", arguments: [1, 2, 3, 4] as [UInt64])
    func a2cFiniteDifferences(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let batch = HW4Fixtures.a2cBatch(&rng, c1: 0.7, c2: 0.3)
        let numeric = HW4Judge.finiteDifferenceGradients(batch)
        let analytic = Self.analyticGradients(batch)
        let tolerance = Tolerance(absolute: 1e-8, relative: 1e-6)
        #expect(tolerance.firstMismatch(numeric.actor, analytic.actor) == nil)
        #expect(tolerance.firstMismatch(numeric.critic, analytic.critic) == nil)
    }

    @Test("The A2C losses on a hand-checkable batch: one step, uniform policy, known values")
    func a2cLossesByHand() {
        // Actor with zero weights: logits [0, 0], π uniform, H = log 2. Critic outputs its bias 0.5.
        let actor = MLP(layerSizes: [1, 2], parameters: [0, 0, 0, 0])
        let critic = MLP(layerSizes: [1, 1], parameters: [0, 0.5])
        let segment = HW4.Segment(states: [[1]], actions: [1], rewards: [2], nextStates: [[0]], terminated: [true], truncated: [false])
        let batch = HW4.A2CBatch(actor: actor, critic: critic, segments: [segment], gamma: 0.9, lambda: 0.95,
                                 valueCoefficient: 0.5, entropyCoefficient: 0.01)
        let (a, r) = HW4Judge.frozenEstimates(batch)
        #expect(a == [[1.5]] && r == [[2]])  // δ = 2 − 0.5 (terminated), target 2
        let l = HW4Judge.losses(batch, actor: actor, critic: critic, advantages: a, targets: r)
        let log2 = 0.6931471805599453  // log 2
        #expect(Self.close.isClose(l.policy, 1.5 * log2))        // −log(½) · 1.5
        #expect(Self.close.isClose(l.value, 2.25))               // (2 − 0.5)²
        #expect(Self.close.isClose(l.entropy, -log2))
        #expect(Self.close.isClose(l.total, 1.5 * log2 + 0.5 * 2.25 - 0.01 * log2))
    }

    // MARK: Learners

    @Test("CartPole evaluation: a policy that always pushes right falls within about 10 steps")
    func cartPoleEvaluation() {
        let alwaysRight = MLP(layerSizes: [4, 2], parameters: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
        let identity = Relabelling.identity(observationSize: 4, actionCount: 2)
        let returns = HW4ConvergenceCartPole.evaluate(alwaysRight, relabelling: identity, seed: 3, episodes: 20)
        #expect(returns.count == 20 && returns.allSatisfy { $0 >= 7 && $0 <= 12 })
        #expect(returns == HW4ConvergenceCartPole.evaluate(alwaysRight, relabelling: identity, seed: 3, episodes: 20))
    }

    @Test("CartPole evaluation goes through the relabelling: with the actions swapped, 'always 1' pushes left")
    func cartPoleRelabelledEvaluation() {
        let alwaysOne = MLP(layerSizes: [4, 2], parameters: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
        let swapped = Relabelling(observationPermutation: [0, 1, 2, 3], observationSigns: [1, 1, 1, 1],
                                  actionPermutation: [1, 0], actionSign: 1)
        let alwaysLeft = MLP(layerSizes: [4, 2], parameters: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0])
        #expect(HW4ConvergenceCartPole.evaluate(alwaysOne, relabelling: swapped, seed: 3, episodes: 5)
            == HW4ConvergenceCartPole.evaluate(alwaysLeft, relabelling: .identity(observationSize: 4, actionCount: 2), seed: 3, episodes: 5))
    }

    @Test("The learner judge's ramp and curve test")
    func learnerJudgeParts() {
        let up = LearnerJudge.Ramp(zeroAt: 100, fullAt: 195)
        #expect(up.credit(90) == 0 && up.credit(195) == 1 && up.credit(300) == 1 && abs(up.credit(147.5) - 0.5) < 1e-12)
        let down = LearnerJudge.Ramp(zeroAt: 0.15, fullAt: 0.05)
        #expect(down.credit(0.2) == 0 && down.credit(0.01) == 1 && abs(down.credit(0.1) - 0.5) < 1e-12)
        #expect(down.credit(.nan) == 0)
        let rising = (0..<500).map { Double($0) }
        #expect(LearnerJudge.improves(rising, by: 10).ok)
        #expect(!LearnerJudge.improves(Array(repeating: 7, count: 500), by: 0.5).ok)
        #expect(!LearnerJudge.improves([1, 2, 3], by: 0).ok)
    }

    @Test("Short corridor: the true P(right) goes through the relabelling")
    func shortCorridorRelabelled() {
        let swap = Relabelling(observationPermutation: [], observationSigns: [], actionPermutation: [1, 0], actionSign: 1)
        let keep = Relabelling(observationPermutation: [], observationSigns: [], actionPermutation: [0, 1], actionSign: 1)
        let theta = [0.3, -0.2]
        let a = HW4ConvergenceShortCorridor.trueRightProbability(theta: theta, relabelling: keep)
        let b = HW4ConvergenceShortCorridor.trueRightProbability(theta: theta, relabelling: swap)
        #expect(abs(a + b - 1) < 1e-12 && a > 0.5)
    }

    @Test("Short corridor: the grader's features give P(right) from θ as the book's x(s,right) = [1, 0]")
    func shortCorridorFeatures() {
        let p = HW4Judge.probabilities(features: HW4ConvergenceShortCorridor.features, theta: [0, 1.5])[1]
        #expect(abs(p - 1 / (1 + exp(1.5))) < 1e-12)
    }

    @Test("Tabular TD(0) and MC replays: the book's first random-walk episode changes only V(A) or V(E)")
    func tabularReplays() {
        for seed in UInt64(1)...10 {
            let episode = HW4Fixtures.randomWalkEpisodes(seed: seed, count: 1, maxSteps: nil)
            let input = HW4.LinearPrediction(features: HW4Fixtures.oneHot(7), episodes: episode, alpha: 0.1, gamma: 1,
                                             initialWeights: [0, 0.5, 0.5, 0.5, 0.5, 0.5, 0])
            let v = HW4LinearTDTabular.tabularTD0(input)
            let changed = (1...5).filter { v[$0] != 0.5 }
            #expect(changed == [1] && Self.close.isClose(v[1], 0.45) || changed == [5] && Self.close.isClose(v[5], 0.55))
            let mc = HW4GradientMCTabular.tabularMC(input)
            #expect(mc[0] == 0 && mc[6] == 0)
        }
    }

    @Test("Learning curves are averaged into at most 100 buckets")
    func downsample() {
        #expect(HW4Judge.downsample([1, 2, 3]) == [1, 2, 3])
        let long = (0..<1000).map(Double.init)
        let d = HW4Judge.downsample(long)
        #expect(d.count == 100 && d[0] == 4.5 && d[99] == 994.5)
        #expect(HW4Judge.downsample((0..<1050).map(Double.init)).count <= 100)
    }
}
