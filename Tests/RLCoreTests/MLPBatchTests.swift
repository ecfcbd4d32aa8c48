import Testing
@testable import RLCore

@Suite struct MLPBatchTests {
    private func randomMatrix(_ rows: Int, _ cols: Int, _ rng: inout SeededGenerator) -> Matrix {
        Matrix(rows: rows, cols: cols, elements: NumericsCheck.randomVector(rows * cols, &rng))
    }

    /// Forward, parameter gradient and input gradients of the batch equal the one-sample functions
    /// row by row, the parameter gradients summed in row order — bit for bit.
    private func checkMatchesPerSample(_ net: MLP, batch: Int, seed: UInt64, sparseGradient: Bool = false) {
        var rng = SeededGenerator(seed: seed)
        let inputs = randomMatrix(batch, net.inputSize, &rng)
        var outputGradients = randomMatrix(batch, net.outputSize, &rng)
        if sparseGradient {  // DQN-style: only one output per row gets gradient
            for r in 0..<batch {
                let keep = rng.int(below: net.outputSize)
                for c in 0..<net.outputSize where c != keep { outputGradients[r, c] = 0 }
            }
        }
        let (output, cache) = net.forwardCached(batch: inputs)
        #expect(output == net.forward(batch: inputs))
        #expect(output.rows == batch && output.cols == net.outputSize)
        #expect(cache.inputs == inputs)
        #expect(cache.outputs == output)
        let (gradient, inputGradients) = net.backward(batch: cache, outputGradients: outputGradients)

        var summed = [Double](repeating: 0, count: net.parameterCount)
        for r in 0..<batch {
            let (y, rowCache) = net.forwardCached(inputs.row(r))
            #expect(output.row(r) == y, "row \(r) output")
            #expect(net.forward(inputs.row(r)) == y)
            for l in 0..<net.layerSizes.count {
                #expect(cache.activations(layer: l).row(r) == rowCache.activations(layer: l), "row \(r) layer \(l)")
            }
            let (g, dx) = net.backward(rowCache, outputGradient: outputGradients.row(r))
            for i in summed.indices { summed[i] += g[i] }
            #expect(inputGradients.row(r) == dx, "row \(r) input gradient")
        }
        #expect(gradient == summed)
        #expect(gradient == net.gradient(inputs: inputs.rowArrays, outputGradients: outputGradients.rowArrays))
    }

    @Test func tanhNetworkMatchesPerSampleBitForBit() {
        checkMatchesPerSample(MLP(layerSizes: [4, 64, 64, 2], seed: 1), batch: 64, seed: 2)
        checkMatchesPerSample(MLP(layerSizes: [4, 64, 64, 2], seed: 1), batch: 64, seed: 3, sparseGradient: true)
    }

    @Test func reluAndOddSizesMatchPerSampleBitForBit() {
        checkMatchesPerSample(MLP(layerSizes: [3, 7, 5], hiddenActivation: .relu, seed: 4), batch: 13, seed: 5)
        checkMatchesPerSample(MLP(layerSizes: [6, 1], seed: 6), batch: 3, seed: 7)
        checkMatchesPerSample(
            MLP(layerSizes: [2, 9, 9, 9, 3], hiddenActivation: .relu, outputActivation: .tanh, seed: 8),
            batch: 17, seed: 9, sparseGradient: true)
        checkMatchesPerSample(MLP(layerSizes: [5, 8, 4], seed: 10), batch: 1, seed: 11)
    }

    @Test func emptyBatch() {
        let net = MLP(layerSizes: [4, 8, 2], seed: 1)
        let (output, cache) = net.forwardCached(batch: Matrix(rows: 0, cols: 4))
        #expect(output.rows == 0 && output.cols == 2)
        let (gradient, inputGradients) = net.backward(batch: cache, outputGradients: Matrix(rows: 0, cols: 2))
        #expect(gradient == [Double](repeating: 0, count: net.parameterCount))
        #expect(inputGradients.rows == 0 && inputGradients.cols == 4)
    }

    @Test func gradientMatchesFiniteDifferences() {
        let net = MLP(layerSizes: [3, 6, 2], seed: 12)
        var rng = SeededGenerator(seed: 13)
        let inputs = randomMatrix(5, 3, &rng)
        let c = randomMatrix(5, 2, &rng)
        // L(θ) = Σ_k c_k · y_k(θ): dL/dy_k = c_k.
        let (_, cache) = net.forwardCached(batch: inputs)
        let (gradient, _) = net.backward(batch: cache, outputGradients: c)
        let numeric = NumericsCheck.finiteDifference(at: net.parameters) { theta in
            var probe = net
            probe.parameters = theta
            return VectorMath.dot(probe.forward(batch: inputs).elements, c.elements)
        }
        #expect(NumericsCheck.relativeError(gradient, numeric) < 1e-6)
    }
}
