import Testing
@testable import RLCore

@Suite struct NumericsOptimizerTests {
    @Test func sgdStep() {
        var sgd = SGD(learningRate: 0.1)
        var p = [1.0, -2.0, 0.5]
        sgd.step(parameters: &p, gradient: [1, -1, 0])
        #expect(p == [1 - 0.1, -2 + 0.1, 0.5])
    }

    @Test func sgdMomentumMatchesPyTorch() {
        var sgd = SGD(learningRate: 0.1, momentum: 0.9)
        var p = [1.0]
        sgd.step(parameters: &p, gradient: [2])   // b = 2
        #expect(p == [1 - 0.1 * 2])
        sgd.step(parameters: &p, gradient: [1])   // b = 0.9·2 + 1 = 2.8
        #expect(abs(p[0] - (1 - 0.2 - 0.28)) < 1e-15)
    }

    @Test func adamFirstStepIsLearningRateTimesSign() {
        var adam = Adam(learningRate: 0.01)
        var p = [1.0, 1.0, 1.0]
        let g = [0.3, -5.0, 0]
        adam.step(parameters: &p, gradient: g)
        // m̂ = g, v̂ = g² ⇒ Δ = lr·g/(|g| + ε)
        let expected = zip([1.0, 1, 1], g).map { $0 - 0.01 * $1 / (abs($1) + 1e-8) }
        #expect(NumericsCheck.relativeError(p, expected) < 1e-15)
        #expect(abs(p[0] - 0.99) < 1e-9 && abs(p[1] - 1.01) < 1e-9 && p[2] == 1)
        #expect(adam.stepCount == 1)
    }

    @Test func adamSecondStepMatchesHandComputation() {
        var adam = Adam(learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
        var p = [0.0]
        adam.step(parameters: &p, gradient: [1])
        adam.step(parameters: &p, gradient: [3])
        let m = 0.9 * 0.1 + 0.1 * 3                        // 0.39
        let v = 0.999 * 0.001 + 0.001 * 9                   // 0.009999
        let mHat = m / (1 - 0.81), vHat = v / (1 - 0.999 * 0.999)
        let expected = -0.1 * 1 / (1 + 1e-8) - 0.1 * mHat / (vHat.squareRoot() + 1e-8)
        #expect(abs(p[0] - expected) < 1e-12)
        #expect(abs(adam.firstMoment[0] - m) < 1e-15)
    }

    @Test func adamMinimisesAQuadratic() {
        var adam = Adam(learningRate: 0.05)
        var p = [3.0, -2.0]
        for _ in 0..<2000 { adam.step(parameters: &p, gradient: [2 * (p[0] - 1), 2 * (p[1] + 1)]) }
        #expect(abs(p[0] - 1) < 1e-3 && abs(p[1] + 1) < 1e-3)
    }

    @Test func clipNorm() {
        var g = [3.0, 4.0]
        let norm = GradientClipping.clipNorm(&g, maxNorm: 1)
        #expect(norm == 5)
        let coefficient: Double = 1 / (5 + 1e-6)
        #expect(g == [3 * coefficient, 4 * coefficient])
        #expect(VectorMath.norm2(g) < 1)
        var small = [0.3, 0.4]
        #expect(GradientClipping.clipNorm(&small, maxNorm: 1) == 0.5)
        #expect(small == [0.3, 0.4])
        var values = [-3.0, 0.5, 2]
        GradientClipping.clipValue(&values, maxAbs: 1)
        #expect(values == [-1, 0.5, 1])
    }
}
