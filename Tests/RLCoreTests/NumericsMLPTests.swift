import Foundation
import Testing
@testable import RLCore

@Suite struct NumericsMLPTests {
    /// L(θ, x) = Σ_k c_k y_k(θ, x): its gradient w.r.t. the output is exactly c.
    private func checkGradients(_ net: MLP, input: [Double], weights c: [Double], tolerance: Double = 1e-6) {
        let (output, cache) = net.forwardCached(input)
        #expect(output == net.forward(input))
        let (gradient, inputGradient) = net.backward(cache, outputGradient: c)
        #expect(gradient.count == net.parameterCount)
        #expect(inputGradient.count == net.inputSize)

        let numericParameters = NumericsCheck.finiteDifference(at: net.parameters) { theta in
            var probe = net
            probe.parameters = theta
            return VectorMath.dot(probe.forward(input), c)
        }
        let parameterError = NumericsCheck.relativeError(gradient, numericParameters)
        #expect(parameterError < tolerance, "dL/dθ relative error \(parameterError)")

        let numericInput = NumericsCheck.finiteDifference(at: input) { x in VectorMath.dot(net.forward(x), c) }
        let inputError = NumericsCheck.relativeError(inputGradient, numericInput)
        #expect(inputError < tolerance, "dL/dx relative error \(inputError)")
    }

    @Test func shapesAndParameterOrder() {
        let net = MLP(layerSizes: [4, 64, 64, 2], seed: 1)
        #expect(net.parameterCount == 4 * 64 + 64 + 64 * 64 + 64 + 64 * 2 + 2)
        #expect(net.parameters.count == 4610)
        #expect(net.layerCount == 3 && net.inputSize == 4 && net.outputSize == 2)
        #expect(net.weightRange(layer: 0) == 0..<256)
        #expect(net.biasRange(layer: 0) == 256..<320)
        #expect(net.weightRange(layer: 1) == 320..<4416)
        #expect(net.biasRange(layer: 2) == 4608..<4610)
        #expect(net.weights(layer: 1)[2, 3] == net.parameters[320 + 2 * 64 + 3])
    }

    @Test func seededInitialisationFollowsTheDocumentedOrder() {
        let net = MLP(layerSizes: [4, 8, 3], seed: 99)
        var rng = SeededGenerator(seed: 99)
        let expected = (0..<net.parameterCount).map { i in
            let bound = i < net.biasRange(layer: 0).upperBound ? 1 / 2.0 : 1 / 8.0.squareRoot()
            return rng.uniform(-bound, bound)
        }
        #expect(net.parameters == expected)
        #expect(net.parameters[net.weightRange(layer: 0)].allSatisfy { abs($0) <= 0.5 })
        #expect(net.parameters[net.weightRange(layer: 1)].allSatisfy { abs($0) <= 1 / 8.0.squareRoot() })
    }

    @Test func sameSeedSameNetworkDifferentSeedDifferent() {
        let a = MLP(layerSizes: [3, 16, 2], seed: 7)
        let b = MLP(layerSizes: [3, 16, 2], seed: 7)
        let c = MLP(layerSizes: [3, 16, 2], seed: 8)
        #expect(a == b)
        #expect(a.parameters == b.parameters)
        #expect(a.parameters != c.parameters)
        #expect(a.forward([0.1, 0.2, 0.3]) == b.forward([0.1, 0.2, 0.3]))
    }

    @Test func parameterRoundTrip() throws {
        var net = MLP(layerSizes: [2, 5, 1], seed: 3)
        var rng = SeededGenerator(seed: 4)
        let theta = NumericsCheck.randomVector(net.parameterCount, &rng)
        net.parameters = theta
        #expect(net.parameters == theta)
        let rebuilt = MLP(layerSizes: [2, 5, 1], parameters: theta)
        #expect(rebuilt == net)
        let decoded = try JSONDecoder().decode(MLP.self, from: JSONEncoder().encode(net))
        #expect(decoded == net)
        let bad = Data(#"{"layerSizes":[2,1],"hiddenActivation":"tanh","outputActivation":"identity","parameters":[1]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(MLP.self, from: bad) }
    }

    @Test func forwardMatchesHandComputation() {
        // 2-2-1: W0 = [[1, 2], [3, 4]], b0 = [0.5, -1], W1 = [[1, -1]], b1 = [0.25]
        let theta = [1.0, 2, 3, 4, 0.5, -1, 1, -1, 0.25]
        let x = [0.1, -0.2]
        let z = [1 * 0.1 + 2 * -0.2 + 0.5, 3 * 0.1 + 4 * -0.2 - 1]
        let tanhNet = MLP(layerSizes: [2, 2, 1], parameters: theta)
        #expect(abs(tanhNet.forward(x)[0] - (tanh(z[0]) - tanh(z[1]) + 0.25)) < 1e-15)
        let reluNet = MLP(layerSizes: [2, 2, 1], hiddenActivation: .relu, outputActivation: .tanh, parameters: theta)
        #expect(abs(reluNet.forward(x)[0] - tanh(max(z[0], 0) - max(z[1], 0) + 0.25)) < 1e-15)
        let cache = reluNet.forwardCached(x).cache
        #expect(cache.input == x)
        #expect(cache.activations(layer: 1) == [z[0], 0])
    }

    @Test func tanhGradientsMatchFiniteDifferences() {
        var rng = SeededGenerator(seed: 11)
        let net = MLP(layerSizes: [3, 7, 5, 2], seed: 5)
        for _ in 0..<3 {
            checkGradients(net, input: NumericsCheck.randomVector(3, &rng, -2, 2),
                           weights: NumericsCheck.randomVector(2, &rng))
        }
        let tanhOut = MLP(layerSizes: [4, 6, 3], hiddenActivation: .tanh, outputActivation: .tanh, seed: 6)
        checkGradients(tanhOut, input: NumericsCheck.randomVector(4, &rng), weights: NumericsCheck.randomVector(3, &rng))
        let linear = MLP(layerSizes: [3, 2], seed: 9)
        checkGradients(linear, input: NumericsCheck.randomVector(3, &rng), weights: NumericsCheck.randomVector(2, &rng))
    }

    @Test func largeTanhNetworkGradientMatchesFiniteDifferences() {
        var rng = SeededGenerator(seed: 12)
        let net = MLP(layerSizes: [4, 64, 64, 2], seed: 0)
        checkGradients(net, input: NumericsCheck.randomVector(4, &rng), weights: NumericsCheck.randomVector(2, &rng))
    }

    @Test func reluGradientsMatchFiniteDifferences() {
        // Seeded inputs: no pre-activation lies within h of the kink at 0.
        var rng = SeededGenerator(seed: 13)
        let net = MLP(layerSizes: [3, 8, 8, 2], hiddenActivation: .relu, seed: 21)
        for _ in 0..<3 {
            let x = NumericsCheck.randomVector(3, &rng, -2, 2)
            let cache = net.forwardCached(x).cache
            for l in 1...2 { #expect(cache.activations(layer: l).allSatisfy { $0 == 0 || $0 > 1e-4 }) }
            checkGradients(net, input: x, weights: NumericsCheck.randomVector(2, &rng))
        }
    }

    @Test func batchGradientIsTheSumOfSingleGradients() {
        var rng = SeededGenerator(seed: 14)
        let net = MLP(layerSizes: [3, 10, 2], seed: 2)
        let inputs = (0..<5).map { _ in NumericsCheck.randomVector(3, &rng) }
        let outputGradients = (0..<5).map { _ in NumericsCheck.randomVector(2, &rng) }
        var sum = [Double](repeating: 0, count: net.parameterCount)
        var accumulated = sum
        for (x, g) in zip(inputs, outputGradients) {
            let cache = net.forwardCached(x).cache
            VectorMath.axpy(1, net.backward(cache, outputGradient: g).parameterGradient, &sum)
            net.accumulateGradient(cache, outputGradient: g, into: &accumulated)
        }
        let batch = net.gradient(inputs: inputs, outputGradients: outputGradients)
        #expect(NumericsCheck.relativeError(batch, sum) < 1e-14)
        #expect(NumericsCheck.relativeError(accumulated, sum) < 1e-14)
        #expect(net.gradient(inputs: [], outputGradients: []) == Array(repeating: 0, count: net.parameterCount))
    }

    @Test func trainingReducesTheLoss() {
        // Fit y = sin(x) on a few points with Adam: the loss must fall a lot.
        var net = MLP(layerSizes: [1, 16, 1], seed: 1)
        var adam = Adam(learningRate: 0.01)
        let xs = stride(from: -2.0, through: 2.0, by: 0.5).map { [$0] }
        func loss(_ net: MLP) -> Double { xs.reduce(0) { $0 + pow(net.forward($1)[0] - sin($1[0]), 2) } }
        let before = loss(net)
        for _ in 0..<500 {
            let grads = xs.map { [2 * (net.forward($0)[0] - sin($0[0]))] }
            adam.step(parameters: &net.parameters, gradient: net.gradient(inputs: xs, outputGradients: grads))
        }
        #expect(loss(net) < before / 20)
    }
}
