import Foundation
import Testing
import RLCore
import RLHomework
@testable import RLGrader

/// Fast tests of hw6's trusted side: the clip table's expected values, the exact Fisher matrix, the
/// dense K-FAC solve, the line-search fixtures, the A3C replay, the β rule's exact boundaries and the
/// learner judge's helpers.
@Suite("HW6 judge and fixtures")
struct HW6JudgeTests {
    static let close = Tolerance(absolute: 1e-12, relative: 1e-12)

    // MARK: PPO-clip

    @Test("The clip table: zero gradient exactly for A > 0, ℓ > 1+ε and A < 0, ℓ < 1−ε")
    func clipTable() {
        for c in HW6ClipTable.cases {
            let term = HW6Judge.clipTerm(logProb: log(c.ratio) - 0.7, oldLogProb: -0.7, advantage: c.advantage, epsilon: c.epsilon)
            let clipped = min(max(c.ratio, 1 - c.epsilon), 1 + c.epsilon)
            #expect(Self.close.isClose(term.objective, min(c.ratio * c.advantage, clipped * c.advantage)))
            if c.flat { #expect(term.gradient == 0) } else { #expect(Self.close.isClose(term.gradient, c.ratio * c.advantage)) }
        }
        // A > 0 with ℓ < 1−ε is not clipped; A < 0 with ℓ > 1+ε neither.
        #expect(HW6Judge.clipTerm(logProb: log(0.5), oldLogProb: 0, advantage: 1, epsilon: 0.2).gradient != 0)
        #expect(HW6Judge.clipTerm(logProb: log(1.6), oldLogProb: 0, advantage: -1, epsilon: 0.2).gradient != 0)
        #expect(HW6ClipTable.cases.contains { $0.flat } && HW6ClipTable.cases.contains { !$0.flat && abs($0.ratio - 1) > $0.epsilon })
    }

    @Test("The clip gradient is the derivative of L^CLIP away from the kinks", arguments: [1, 2, 3] as [UInt64])
    func clipGradientMatchesFiniteDifferences(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let b = HW6Fixtures.clipBatch(&rng)
        let g = HW6Judge.clip(b).gradient
        for t in b.logProbs.indices {
            var plus = b, minus = b
            plus.logProbs[t] += 1e-6
            minus.logProbs[t] -= 1e-6
            let numeric = (HW6Judge.clip(plus).objective - HW6Judge.clip(minus).objective) / 2e-6
            #expect(abs(numeric - g[t]) < 1e-7)
        }
        let ratios = HW6Judge.clip(b).ratios
        #expect(ratios.allSatisfy { abs($0 - 1 - b.epsilon) > 0.009 && abs($0 - 1 + b.epsilon) > 0.009 })
    }

    @Test("The approximate KL is never negative; both estimators vanish at ℓ = 1")
    func klEstimators() {
        var rng = SeededGenerator(seed: 9)
        for _ in 0..<20 { #expect(HW6Judge.clip(HW6Fixtures.clipBatch(&rng)).approxKL >= 0) }
        let same = HW6Judge.clip(HW6.ClipBatch(logProbs: [-1, -2], oldLogProbs: [-1, -2], advantages: [1, -1], epsilon: 0.2))
        #expect(same.approxKL == 0 && same.naiveKL == 0 && same.clipFraction == 0)
    }

    @Test("The PPO loss's finite differences agree with the analytic gradient of the reference formulas")
    func ppoLossFiniteDifferences() {
        var rng = SeededGenerator(seed: 4)
        let b = HW6Fixtures.ppoBatch(&rng, clipValues: false, c1: 0.5, c2: 0)
        let fd = HW6Judge.ppoFiniteDifferences(b)
        for t in b.values.indices {
            #expect(abs(fd.values[t] - 0.5 * 2 * (b.values[t] - b.targets[t]) / Double(b.values.count)) < 1e-8)
        }
    }

    // MARK: PPO-penalty

    @Test("The β rule's boundary targets are exact in floating point")
    func betaBoundariesAreExact() {
        for target in [0.0234375, 0.75, 0.01171875] {
            let low = target / 1.5
            #expect(low * 1.5 == target && (target * 1.5) / 1.5 == target)
            let q = HW6.KLCoefficientQuery(beta: 1, kl: low, target: target)
            #expect(HW6KLPenaltyBetaRule.expected(q) == 1)
            #expect(HW6KLPenaltyBetaRule.expected(.init(beta: 1, kl: low.nextDown, target: target)) == 0.5)
            #expect(HW6KLPenaltyBetaRule.expected(.init(beta: 1, kl: (target * 1.5).nextUp, target: target)) == 2)
        }
    }

    // MARK: Natural gradient

    @Test("The exact Fisher matrix equals the Hessian of the mean KL at θ_old (finite differences)")
    func fisherIsTheKLHessian() {
        var rng = SeededGenerator(seed: 3)
        let policy = HW6Fixtures.policy(&rng, inputs: 2, hidden: 3, actions: 3)
        let states = HW6Fixtures.states(&rng, count: 3, size: 2)
        let f = HW6Judge.fisher(policy, states: states, damping: 0)
        let old = states.map { Categorical(logits: policy.forward($0)) }
        func kl(_ theta: [Double]) -> Double {
            let net = MLP(layerSizes: policy.layerSizes, parameters: theta)
            return zip(old, states).reduce(0) { $0 + $1.0.kl(to: Categorical(logits: net.forward($1.1))) } / Double(states.count)
        }
        let h = 1e-4, theta = policy.parameters
        for (i, j) in [(0, 0), (1, 4), (7, 7), (3, 12)] {
            var pp = theta, pm = theta, mp = theta, mm = theta
            pp[i] += h; pp[j] += h
            pm[i] += h; pm[j] -= h
            mp[i] -= h; mp[j] += h
            mm[i] -= h; mm[j] -= h
            let numeric = (kl(pp) - kl(pm) - kl(mp) + kl(mm)) / (4 * h * h)
            #expect(abs(numeric - f[i, j]) < 1e-5, "F[\(i), \(j)] = \(f[i, j]), Hessian ≈ \(numeric)")
        }
    }

    @Test("The dense K-FAC solve equals S⁻¹ G A⁻¹")
    func kfacDense() throws {
        let layer = HW6.KFACLayer(inputs: [[1, 0.5], [0, 1], [-1, 2]], outputGradients: [[0.5, 1, 0], [1, 0, 1], [0, 1, 1]],
                                  gradient: Matrix(rows: [[1, 2], [0, -1], [3, 1]]), damping: 0.1)
        let dense = try HW6Judge.kfacDense(layer)
        let a = Matrix(rows: 2, cols: 2) { i, j in layer.inputs.reduce(0) { $0 + $1[i] * $1[j] } / 3 + (i == j ? 0.1 : 0) }
        let s = Matrix(rows: 3, cols: 3) { i, j in layer.outputGradients.reduce(0) { $0 + $1[i] * $1[j] } / 3 + (i == j ? 0.1 : 0) }
        // S ΔW A must give back G.
        let back = s * dense * a
        #expect(Tolerance(absolute: 1e-10).firstMismatch(back.elements, layer.gradient.elements) == nil)
    }

    @Test("The SPD fixtures are symmetric positive definite with the asked spectrum")
    func spdFixtures() throws {
        var rng = SeededGenerator(seed: 2)
        let m = HW6Fixtures.spd(&rng, size: 6, lo: 0.5, hi: 4)
        for i in 0..<6 { for j in 0..<6 { #expect(m[i, j] == m[j, i]) } }
        var v = [Double](repeating: 1, count: 6)
        for _ in 0..<200 { v = m.multiply(v); let n = VectorMath.norm2(v); v = v.map { $0 / n } }
        let top = VectorMath.dot(v, m.multiply(v))
        #expect(top <= 4 + 1e-9 && top >= 0.5)
    }

    @Test("The line-search fixtures give both outcomes: some fraction accepted, and none")
    func lineSearchFixtures() {
        var rng = SeededGenerator(seed: 1)
        let forward = HW6LineSearchFixtures.problem(&rng, length: 2, sign: 1, maxBacktracks: 12)
        let backward = HW6LineSearchFixtures.problem(&rng, length: 0.3, sign: -1, maxBacktracks: 10)
        let a = HW6Judge.lineSearch(forward), b = HW6Judge.lineSearch(backward)
        #expect(a.accepted != nil && a.accepted! > 0)
        #expect(a.candidates[0].kl > forward.maxKL)
        #expect(b.accepted == nil)
        #expect(HW6LineSearchFixtures.mismatch(HW6.LineSearchResult(parameters: backward.policy.parameters, acceptedBacktrack: nil), backward) == nil)
        #expect(HW6LineSearchFixtures.mismatch(HW6.LineSearchResult(parameters: b.candidates.last!.parameters, acceptedBacktrack: nil), backward) != nil)
    }

    // MARK: A3C

    @Test("A3C replay: the hand-made stale schedule by hand")
    func a3cByHand() {
        // θ = [1]; both pull; g0 = 1·(1 − 0) = 1, g1 = 2·(1 − 1) = 0; push 0: θ = 0.5; push 1: θ = 0.5;
        // worker 0 pulls 0.5, g0 = 0.5, push: θ = 0.25.
        let p = HW6.A3CProblem(initialParameters: [1], curvatures: [[1], [2]], centres: [[0], [1]], learningRate: 0.5,
                               events: [.init(worker: 0, kind: .pull), .init(worker: 1, kind: .pull), .init(worker: 0, kind: .compute),
                                        .init(worker: 1, kind: .compute), .init(worker: 0, kind: .push), .init(worker: 1, kind: .push),
                                        .init(worker: 0, kind: .pull), .init(worker: 0, kind: .compute), .init(worker: 0, kind: .push)])
        #expect(HW6Judge.a3c(p) == [0.25])
        var rng = SeededGenerator(seed: 5)
        let events = HW6A3CScheduleCheck.schedule(&rng, workers: 3, rounds: 2)
        #expect(events.count == 18)
        for w in 0..<3 {
            #expect(events.filter { $0.worker == w }.map(\.kind) == [.pull, .compute, .push, .pull, .compute, .push])
        }
    }

    // MARK: Gaussian

    @Test("The Gaussian terms agree with RLCore's DiagonalGaussian")
    func gaussianAgreesWithRLCore() {
        var rng = SeededGenerator(seed: 6)
        for d in [1, 2, 3] {
            let q = HW6Fixtures.gaussianQuery(&rng, dimension: d)
            let e = HW6Judge.gaussian(q)
            let pi = DiagonalGaussian(mean: q.mean, logStd: q.logStd), old = DiagonalGaussian(mean: q.oldMean, logStd: q.oldLogStd)
            let t = Tolerance(absolute: 1e-12, relative: 1e-12)
            #expect(t.isClose(e.logProb, pi.logProb(q.action)) && t.isClose(e.entropy, pi.entropy) && t.isClose(e.kl, old.kl(to: pi)))
        }
    }

    // MARK: Learners

    @Test("Learning curves must improve; a hand-written CartPole controller fails on relabelled CartPoles")
    func learnerHelpers() {
        #expect(HW6LearnerJudge<HW6.PPOCartPole>.curveImproves((0..<100).map(Double.init)))
        #expect(!HW6LearnerJudge<HW6.PPOCartPole>.curveImproves(Array(repeating: 500, count: 100)))
        #expect(!HW6LearnerJudge<HW6.PPOCartPole>.curveImproves([1, 2, 3]))
        #expect(HW6LearnerJudge<HW6.PPOCartPole>.network([4, 64, 2], [1, 2]) == nil)
        // A controller for the plain CartPole: push towards the side the pole leans to.
        var actor = MLP(layerSizes: [4, 1, 2], parameters: [0.25, 0.5, 5, 2.5, 0, -3, 3, 0, 0])
        let plain = HW6LearnerJudge<HW6.PPOCartPole>.cartPoleReturns(actor, relabelling: .identity(observationSize: 4, actionCount: 2), seed: 1, episodes: 5)
        #expect(plain.allSatisfy { $0 >= 475 })
        var fooled = 0
        for seed in 0..<20 as Range<UInt64> {
            let r = Relabelling.random(seed: seed, observationSize: 4, actionCount: 2)
            let mean = HW6LearnerJudge<HW6.PPOCartPole>.cartPoleReturns(actor, relabelling: r, seed: 1, episodes: 5).reduce(0, +) / 5
            if mean >= 475 { fooled += 1 }
        }
        #expect(fooled <= 2, "\(fooled) of 20 relabellings let the hand-written controller balance")
        actor.parameters[2] = 0
        #expect(actor.parameterCount == 9)
    }
}
