import Foundation
import Testing
@testable import RLCore

@Suite struct NumericsCategoricalTests {
    let logits = [0.3, -1.2, 2.0, 0.0, -0.5]
    let otherLogits = [1.0, 0.2, -0.4, 0.7, -2.0]

    @Test func probabilitiesAreNormalisedAndStable() {
        let c = Categorical(logits: logits)
        #expect(abs(c.probabilities.reduce(0, +) - 1) < 1e-15)
        let z = logits.map { exp($0) }.reduce(0, +)
        #expect(NumericsCheck.relativeError(c.probabilities, logits.map { exp($0) / z }) < 1e-15)
        #expect(abs(c.logProb(2) - log(exp(2.0) / z)) < 1e-14)
        let extreme = Categorical(logits: [1000, 0, -1000])
        #expect(extreme.probabilities[0] == 1)
        #expect(extreme.logProbabilities[1] == -1000)
        #expect(extreme.entropy >= 0 && extreme.entropy.isFinite)
        #expect(Categorical(logits: [1, 1 + 1e-300, 3]).mode == 2)
    }

    @Test func uniformEntropyIsLogN() {
        for n in [1, 2, 5, 10] {
            let c = Categorical(logits: Array(repeating: 0.7, count: n))
            #expect(abs(c.entropy - log(Double(n))) < 1e-14)
        }
    }

    @Test func klProperties() {
        let p = Categorical(logits: logits), q = Categorical(logits: otherLogits)
        #expect(p.kl(to: p) == 0)
        #expect(p.kl(to: q) > 0)
        var direct = 0.0
        for i in 0..<5 { direct += p.probabilities[i] * log(p.probabilities[i] / q.probabilities[i]) }
        #expect(abs(p.kl(to: q) - direct) < 1e-14)
        #expect(p.klGradient(to: p).allSatisfy { abs($0) < 1e-15 })
    }

    @Test func maskedActions() {
        let c = Categorical(logits: [0, -.infinity, 0])
        #expect(c.probabilities == [0.5, 0, 0.5])
        #expect(abs(c.entropy - log(2.0)) < 1e-15)
        #expect(c.entropyGradient().allSatisfy { $0.isFinite })
        var rng = SeededGenerator(seed: 1)
        for _ in 0..<1000 { #expect(c.sample(using: &rng) != 1) }
        let fromProbabilities = Categorical(probabilities: [0.25, 0, 0.75])
        #expect(NumericsCheck.relativeError(fromProbabilities.probabilities, [0.25, 0, 0.75]) < 1e-15)
        #expect(fromProbabilities.probabilities[1] == 0)
    }

    @Test func sampleFrequencies() {
        let c = Categorical(logits: [0, log(3.0)])  // p = [0.25, 0.75]
        var rng = SeededGenerator(seed: 5)
        var ones = 0
        for _ in 0..<20000 where c.sample(using: &rng) == 1 { ones += 1 }
        #expect(abs(Double(ones) / 20000 - 0.75) < 0.015)
    }

    @Test func gradientsMatchFiniteDifferences() {
        let q = Categorical(logits: otherLogits)
        let p = Categorical(logits: logits)
        for a in 0..<logits.count {
            let numeric = NumericsCheck.finiteDifference(at: logits) { Categorical(logits: $0).logProb(a) }
            #expect(NumericsCheck.relativeError(p.logProbGradient(a), numeric) < 1e-6)
        }
        let numericEntropy = NumericsCheck.finiteDifference(at: logits) { Categorical(logits: $0).entropy }
        #expect(NumericsCheck.relativeError(p.entropyGradient(), numericEntropy) < 1e-6)
        let numericKL = NumericsCheck.finiteDifference(at: logits) { Categorical(logits: $0).kl(to: q) }
        #expect(NumericsCheck.relativeError(p.klGradient(to: q), numericKL) < 1e-6)
        #expect(abs(p.logProbGradient(1).reduce(0, +)) < 1e-15)
    }
}

@Suite struct NumericsDiagonalGaussianTests {
    let mean = [0.5, -1.0, 2.0]
    let logStd = [0.1, -0.7, 0.4]
    let x = [0.2, -0.3, 3.1]

    @Test func logProbMatchesClosedForm() {
        let g = DiagonalGaussian(mean: mean, logStd: logStd)
        var expected = 0.0
        for i in 0..<3 {
            let s = exp(logStd[i])
            expected += log(exp(-pow(x[i] - mean[i], 2) / (2 * s * s)) / (s * (2 * Double.pi).squareRoot()))
        }
        #expect(abs(g.logProb(x) - expected) < 1e-13)
        let standard = DiagonalGaussian(mean: [0], logStd: [0])
        #expect(abs(standard.logProb([0]) + 0.5 * log(2 * Double.pi)) < 1e-15)
    }

    @Test func entropyAndKLClosedForms() {
        let g = DiagonalGaussian(mean: mean, logStd: logStd)
        let expectedH = logStd.reduce(0, +) + 1.5 * (1 + log(2 * Double.pi))
        #expect(abs(g.entropy - expectedH) < 1e-14)
        #expect(g.kl(to: g) == 0)
        // 1-D: KL(N(0,1) ‖ N(1, 2²)) = log 2 + (1 + 1)/8 − ½
        let p = DiagonalGaussian(mean: [0], logStd: [0]), q = DiagonalGaussian(mean: [1], logStd: [log(2.0)])
        #expect(abs(p.kl(to: q) - (log(2.0) + 0.25 - 0.5)) < 1e-15)
    }

    @Test func sampleMoments() {
        let g = DiagonalGaussian(mean: [1, -2], logStd: [log(0.5), log(2.0)])
        var rng = SeededGenerator(seed: 8)
        let n = 20000
        var sum = [0.0, 0], sumSq = [0.0, 0]
        for _ in 0..<n {
            let s = g.sample(using: &rng)
            for i in 0..<2 { sum[i] += s[i]; sumSq[i] += s[i] * s[i] }
        }
        let m = sum.map { $0 / Double(n) }
        let sd = (0..<2).map { (sumSq[$0] / Double(n) - m[$0] * m[$0]).squareRoot() }
        #expect(abs(m[0] - 1) < 0.02 && abs(m[1] + 2) < 0.08)
        #expect(abs(sd[0] - 0.5) < 0.02 && abs(sd[1] - 2) < 0.08)
    }

    @Test func gradientsMatchFiniteDifferences() {
        let g = DiagonalGaussian(mean: mean, logStd: logStd)
        let q = DiagonalGaussian(mean: [0.0, 0.4, 1.0], logStd: [0.3, 0.2, -0.5])
        let d = mean.count

        let (gm, gs) = g.logProbGradient(x)
        let numMean = NumericsCheck.finiteDifference(at: mean) { DiagonalGaussian(mean: $0, logStd: logStd).logProb(x) }
        let numStd = NumericsCheck.finiteDifference(at: logStd) { DiagonalGaussian(mean: mean, logStd: $0).logProb(x) }
        #expect(NumericsCheck.relativeError(gm, numMean) < 1e-6)
        #expect(NumericsCheck.relativeError(gs, numStd) < 1e-6)

        let numEntropy = NumericsCheck.finiteDifference(at: logStd) { DiagonalGaussian(mean: mean, logStd: $0).entropy }
        #expect(NumericsCheck.relativeError(g.entropyGradient(), numEntropy) < 1e-6)
        #expect(NumericsCheck.finiteDifference(at: mean) { DiagonalGaussian(mean: $0, logStd: logStd).entropy }
            .allSatisfy { abs($0) < 1e-8 })

        let (km, ks) = g.klGradient(to: q)
        let numKLMean = NumericsCheck.finiteDifference(at: mean) { DiagonalGaussian(mean: $0, logStd: logStd).kl(to: q) }
        let numKLStd = NumericsCheck.finiteDifference(at: logStd) { DiagonalGaussian(mean: mean, logStd: $0).kl(to: q) }
        #expect(NumericsCheck.relativeError(km, numKLMean) < 1e-6)
        #expect(NumericsCheck.relativeError(ks, numKLStd) < 1e-6)
        #expect(km.count == d && ks.count == d)
    }
}
