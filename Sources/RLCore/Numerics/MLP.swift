/// A fully connected feed-forward network (multi-layer perceptron) with a flat parameter vector.
///
/// ## Shapes
/// `layerSizes = [n₀, n₁, …, n_L]`: input size n₀, output size n_L, and L = `layerCount` affine
/// layers. Layer l (0-based, l = 0..<L) maps a vector a_l of size n_l to
///
///     z_{l+1} = W_l a_l + b_l          W_l is n_{l+1} × n_l, b_l has n_{l+1} entries
///     a_{l+1} = σ_l(z_{l+1})           σ_l = hiddenActivation for l < L−1, outputActivation for l = L−1
///
/// with a₀ = x the input and a_L the output.
///
/// ## Parameter order
/// ``parameters`` is one flat `[Double]` of length ``parameterCount`` = Σ_l (n_{l+1}·n_l + n_{l+1}),
/// laid out layer by layer, starting at the input side. Within layer l: first the weights W_l in
/// row-major order — W_l[o][i] (output unit o, input unit i) at index `weightRange(layer: l).lowerBound
/// + o·n_l + i` — then the biases b_l[o] at `biasRange(layer: l).lowerBound + o`. This is the same order
/// as PyTorch's `[p for layer in net for p in (layer.weight.flatten(), layer.bias)]`.
/// Gradients (``backward(_:outputGradient:)``, ``gradient(inputs:outputGradients:)``) use the same order,
/// so an optimizer can update `parameters` with them directly.
///
/// ## Initialisation
/// PyTorch's default for `nn.Linear`: every weight and bias of layer l is uniform in
/// [−1/√n_l, 1/√n_l) (n_l = fan-in). The numbers come from `SeededGenerator(seed: seed)`, one
/// `uniform(-k, k)` call per parameter, in flat parameter order (layer 0 weights row by row, layer 0
/// biases, layer 1 weights, …). Same seed and sizes ⇒ bit-identical network.
///
/// ## Training step
/// ```swift
/// var net = MLP(layerSizes: [4, 64, 64, 2], seed: 0)
/// var adam = Adam(learningRate: 1e-3)
/// let (y, cache) = net.forwardCached(x)
/// let dLdy = zip(y, target).map { 2 * ($0 - $1) }          // L = ‖y − target‖²
/// let (dLdθ, _) = net.backward(cache, outputGradient: dLdy)
/// adam.step(parameters: &net.parameters, gradient: dLdθ)  // in place, no copy
/// ```
public struct MLP: Sendable, Equatable, Codable {
    /// `[n₀, n₁, …, n_L]`: input size, hidden sizes, output size.
    public let layerSizes: [Int]
    /// σ for every layer except the last.
    public let hiddenActivation: Activation
    /// σ for the last layer (`.identity` for logits, values, Gaussian means …).
    public let outputActivation: Activation
    /// All weights and biases, in the documented flat order (see the type's documentation).
    /// Setting it requires exactly ``parameterCount`` values.
    public var parameters: [Double] {
        didSet {
            precondition(parameters.count == parameterCount,
                         "MLP.parameters: expected \(parameterCount) values, got \(parameters.count)")
            if isKnownUniquelyReferenced(&memo) { memo.empty() } else { memo = ForwardMemo() }
        }
    }
    /// Recent passes with the current parameters (see ``ForwardMemo``); never compared or encoded.
    private var memo = ForwardMemo()

    /// Start of W_l in `parameters`, per layer.
    private let weightOffsets: [Int]
    /// Start of b_l in `parameters`, per layer.
    private let biasOffsets: [Int]
    /// Start of a_l in a cache's activation buffer, for l = 0...L, plus the total at the end.
    private let activationOffsets: [Int]
    /// max_l n_l, the scratch size backpropagation needs.
    private let maxWidth: Int

    /// Builds a network with PyTorch-style seeded initialisation (see the type's documentation).
    ///
    /// - Parameters:
    ///   - layerSizes: `[inputSize, hidden…, outputSize]`, at least two entries, all positive.
    ///   - hiddenActivation: σ after every layer but the last (default tanh).
    ///   - outputActivation: σ after the last layer (default identity).
    ///   - seed: seeds the `SeededGenerator` the initial parameters are drawn from.
    public init(layerSizes: [Int], hiddenActivation: Activation = .tanh,
                outputActivation: Activation = .identity, seed: UInt64) {
        self.init(layerSizes: layerSizes, hiddenActivation: hiddenActivation,
                  outputActivation: outputActivation, parameters: nil)
        var rng = SeededGenerator(seed: seed)
        var initial = parameters
        for l in 0..<layerCount {
            let bound = 1 / Double(layerSizes[l]).squareRoot()
            for i in weightRange(layer: l) { initial[i] = rng.uniform(-bound, bound) }
            for i in biasRange(layer: l) { initial[i] = rng.uniform(-bound, bound) }
        }
        parameters = initial
    }

    /// Builds a network with the given flat `parameters` (``parameterCount`` of them, documented order).
    public init(layerSizes: [Int], hiddenActivation: Activation = .tanh,
                outputActivation: Activation = .identity, parameters: [Double]) {
        self.init(layerSizes: layerSizes, hiddenActivation: hiddenActivation,
                  outputActivation: outputActivation, parameters: Optional(parameters))
    }

    private init(layerSizes: [Int], hiddenActivation: Activation, outputActivation: Activation,
                 parameters: [Double]?) {
        precondition(layerSizes.count >= 2, "MLP needs at least an input and an output size, got \(layerSizes)")
        precondition(layerSizes.allSatisfy { $0 > 0 }, "MLP layer sizes must be positive, got \(layerSizes)")
        self.layerSizes = layerSizes
        self.hiddenActivation = hiddenActivation
        self.outputActivation = outputActivation
        var w: [Int] = [], b: [Int] = [], offset = 0
        for l in 0..<(layerSizes.count - 1) {
            w.append(offset)
            offset += layerSizes[l] * layerSizes[l + 1]
            b.append(offset)
            offset += layerSizes[l + 1]
        }
        var a: [Int] = [], total = 0
        for n in layerSizes { a.append(total); total += n }
        a.append(total)
        self.weightOffsets = w
        self.biasOffsets = b
        self.activationOffsets = a
        self.maxWidth = layerSizes.max()!
        if let parameters {
            precondition(parameters.count == offset,
                         "MLP(parameters:): \(layerSizes) needs \(offset) parameters, got \(parameters.count)")
            self.parameters = parameters
        } else {
            self.parameters = Array(repeating: 0, count: offset)
        }
    }

    // MARK: Shape

    /// Number of affine layers L (= `layerSizes.count − 1`).
    public var layerCount: Int { layerSizes.count - 1 }
    /// n₀, the length of an input vector.
    public var inputSize: Int { layerSizes[0] }
    /// n_L, the length of an output vector.
    public var outputSize: Int { layerSizes[layerSizes.count - 1] }
    /// Total number of weights and biases, Σ_l (n_{l+1}·n_l + n_{l+1}).
    public var parameterCount: Int { biasOffsets[layerCount - 1] + outputSize }

    /// Where W_l (row-major, n_{l+1} × n_l) lives in ``parameters``.
    public func weightRange(layer l: Int) -> Range<Int> {
        precondition(l >= 0 && l < layerCount, "MLP layer \(l) out of range 0..<\(layerCount)")
        return weightOffsets[l]..<biasOffsets[l]
    }

    /// Where b_l (n_{l+1} entries) lives in ``parameters``.
    public func biasRange(layer l: Int) -> Range<Int> {
        precondition(l >= 0 && l < layerCount, "MLP layer \(l) out of range 0..<\(layerCount)")
        return biasOffsets[l]..<(biasOffsets[l] + layerSizes[l + 1])
    }

    /// W_l as an n_{l+1} × n_l matrix (a copy).
    public func weights(layer l: Int) -> Matrix {
        Matrix(rows: layerSizes[l + 1], cols: layerSizes[l], elements: Array(parameters[weightRange(layer: l)]))
    }

    /// b_l (a copy).
    public func biases(layer l: Int) -> [Double] { Array(parameters[biasRange(layer: l)]) }

    // MARK: Forward

    /// The activations a₀ = x, a₁, …, a_L saved by ``MLP/forwardCached(_:)`` for ``MLP/backward(_:outputGradient:)``.
    public struct Cache: Sendable {
        /// The sizes of the network that made this cache.
        public let layerSizes: [Int]
        let offsets: [Int]
        /// a₀, a₁, …, a_L concatenated.
        let values: [Double]

        /// a_l for l = 0 (the input) … L (the output).
        public func activations(layer l: Int) -> [Double] {
            precondition(l >= 0 && l < layerSizes.count, "Cache layer \(l) out of range 0...\(layerSizes.count - 1)")
            return Array(values[offsets[l]..<offsets[l + 1]])
        }

        /// The input x = a₀.
        public var input: [Double] { activations(layer: 0) }
        /// The output a_L.
        public var output: [Double] { activations(layer: layerSizes.count - 1) }
    }

    /// The output a_L for input `x` (length ``inputSize``; the result has ``outputSize`` entries).
    ///
    /// A repeated input (with unchanged parameters) is answered from the network's memo of recent
    /// passes: the same numbers, bit for bit (see ``ForwardMemo``).
    public func forward(_ x: [Double]) -> [Double] {
        precondition(x.count == inputSize, "MLP.forward: input has \(x.count) entries, expected \(inputSize)")
        let values = activations(x)
        return Array(values[activationOffsets[layerSizes.count - 1]...])
    }

    /// The output for `x` plus the activations backpropagation needs (a repeated input is answered
    /// from the memo, as ``forward(_:)``).
    public func forwardCached(_ x: [Double]) -> (output: [Double], cache: Cache) {
        precondition(x.count == inputSize, "MLP.forwardCached: input has \(x.count) entries, expected \(inputSize)")
        let values = activations(x)
        let outOffset = activationOffsets[layerSizes.count - 1]
        return (Array(values[outOffset...]), Cache(layerSizes: layerSizes, offsets: activationOffsets, values: values))
    }

    /// a₀ = x, a₁, …, a_L: from the memo, or computed (and kept).
    private func activations(_ x: [Double]) -> [Double] {
        if let known = memo.activations(x) { return known }
        let total = activationOffsets[layerSizes.count]
        let values = [Double](unsafeUninitializedCapacity: total) { buffer, count in
            let v = buffer.baseAddress!
            x.withUnsafeBufferPointer { v.initialize(from: $0.baseAddress!, count: inputSize) }
            (v + inputSize).initialize(repeating: 0, count: total - inputSize)
            parameters.withUnsafeBufferPointer { forwardCore($0.baseAddress!, v) }
            count = total
        }
        memo.keep(x, values)
        return values
    }

    /// Fills a₁ … a_L in `values`, given a₀ in its first n₀ entries.
    @inline(__always)
    private func forwardCore(_ params: UnsafePointer<Double>, _ values: UnsafeMutablePointer<Double>) {
        let last = layerCount - 1
        for l in 0...last {
            let nIn = layerSizes[l], nOut = layerSizes[l + 1]
            let x = UnsafePointer(values + activationOffsets[l])
            let y = values + activationOffsets[l + 1]
            let w = params + weightOffsets[l], b = params + biasOffsets[l]
            for o in 0..<nOut {
                y[o] = b[o] + VectorMath.unsafeDot(w + o &* nIn, x, nIn)
            }
            (l == last ? outputActivation : hiddenActivation).apply(y, count: nOut)
        }
    }

    // MARK: Backward

    /// Backpropagation: given g = dL/d(output) for the forward pass recorded in `cache`, returns
    /// dL/dθ (``parameterCount`` entries, flat parameter order) and dL/dx (``inputSize`` entries).
    ///
    /// With δ_L = g ⊙ σ′_{L−1}, and going down the layers:
    /// dL/dW_l = δ_{l+1} a_lᵀ, dL/db_l = δ_{l+1}, dL/da_l = W_lᵀ δ_{l+1}, δ_l = dL/da_l ⊙ σ′_{l−1}.
    public func backward(_ cache: Cache, outputGradient: [Double]) -> (parameterGradient: [Double], inputGradient: [Double]) {
        checkCache(cache, outputGradient)
        var gradient = [Double](repeating: 0, count: parameterCount)
        var inputGradient = [Double](repeating: 0, count: inputSize)
        gradient.withUnsafeMutableBufferPointer { g in
            inputGradient.withUnsafeMutableBufferPointer { ig in
                cache.values.withUnsafeBufferPointer { v in
                    outputGradient.withUnsafeBufferPointer { og in
                        backwardCore(v.baseAddress!, og.baseAddress!, g.baseAddress!, ig.baseAddress)
                    }
                }
            }
        }
        return (gradient, inputGradient)
    }

    /// Adds dL/dθ for the forward pass in `cache` to `gradient` (which must have ``parameterCount``
    /// entries), without allocating. Use it to sum gradients over a batch.
    public func accumulateGradient(_ cache: Cache, outputGradient: [Double], into gradient: inout [Double]) {
        checkCache(cache, outputGradient)
        precondition(gradient.count == parameterCount,
                     "MLP.accumulateGradient: gradient has \(gradient.count) entries, expected \(parameterCount)")
        gradient.withUnsafeMutableBufferPointer { g in
            cache.values.withUnsafeBufferPointer { v in
                outputGradient.withUnsafeBufferPointer { og in
                    backwardCore(v.baseAddress!, og.baseAddress!, g.baseAddress!, nil)
                }
            }
        }
    }

    /// Σ_k dL_k/dθ over a batch: for each input `inputs[k]`, runs the network forward and
    /// backpropagates `outputGradients[k]` = dL_k/d(output). The result has ``parameterCount``
    /// entries in flat parameter order. (Divide by the batch size yourself for a mean.)
    public func gradient(inputs: [[Double]], outputGradients: [[Double]]) -> [Double] {
        precondition(inputs.count == outputGradients.count,
                     "MLP.gradient: \(inputs.count) inputs but \(outputGradients.count) output gradients")
        var gradient = [Double](repeating: 0, count: parameterCount)
        let total = activationOffsets[layerSizes.count]
        withUnsafeTemporaryAllocation(of: Double.self, capacity: total) { buffer in
            let values = buffer.baseAddress!
            values.initialize(repeating: 0, count: total)
            parameters.withUnsafeBufferPointer { p in
                gradient.withUnsafeMutableBufferPointer { g in
                    for (x, og) in zip(inputs, outputGradients) {
                        precondition(x.count == inputSize, "MLP.gradient: input has \(x.count) entries, expected \(inputSize)")
                        precondition(og.count == outputSize,
                                     "MLP.gradient: output gradient has \(og.count) entries, expected \(outputSize)")
                        x.withUnsafeBufferPointer { values.update(from: $0.baseAddress!, count: inputSize) }
                        forwardCore(p.baseAddress!, values)
                        og.withUnsafeBufferPointer { ogp in
                            backwardCore(UnsafePointer(values), ogp.baseAddress!, g.baseAddress!, nil)
                        }
                    }
                }
            }
        }
        return gradient
    }

    private func checkCache(_ cache: Cache, _ outputGradient: [Double]) {
        precondition(cache.layerSizes == layerSizes,
                     "MLP.backward: the cache comes from a \(cache.layerSizes) network, this one is \(layerSizes)")
        precondition(outputGradient.count == outputSize,
                     "MLP.backward: output gradient has \(outputGradient.count) entries, expected \(outputSize)")
    }

    /// Adds dL/dθ to `grad`; writes dL/dx to `inputGrad` when it is not nil.
    @inline(__always)
    private func backwardCore(_ values: UnsafePointer<Double>, _ outputGradient: UnsafePointer<Double>,
                              _ grad: UnsafeMutablePointer<Double>, _ inputGrad: UnsafeMutablePointer<Double>?) {
        let last = layerCount - 1
        parameters.withUnsafeBufferPointer { pb in
            let params = pb.baseAddress!
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * maxWidth) { scratch in
                var delta = scratch.baseAddress!
                var next = delta + maxWidth
                let nOutput = layerSizes[last + 1]
                delta.update(from: outputGradient, count: nOutput)
                outputActivation.multiplyDerivative(delta, outputs: values + activationOffsets[last + 1], count: nOutput)
                for l in stride(from: last, through: 0, by: -1) {
                    let nIn = layerSizes[l], nOut = layerSizes[l + 1]
                    let x = values + activationOffsets[l]
                    let w = params + weightOffsets[l]
                    let gw = grad + weightOffsets[l], gb = grad + biasOffsets[l]
                    // dL/dW_l += δ aᵀ, dL/db_l += δ
                    for o in 0..<nOut {
                        let d = delta[o]
                        gb[o] += d
                        if d == 0 { continue }
                        let row = gw + o &* nIn
                        for i in 0..<nIn { row[i] += d * x[i] }
                    }
                    // dL/da_l = W_lᵀ δ
                    guard let target = l > 0 ? next : inputGrad else { continue }
                    target.update(repeating: 0, count: nIn)
                    for o in 0..<nOut {
                        let d = delta[o]
                        if d == 0 { continue }
                        let row = w + o &* nIn
                        for i in 0..<nIn { target[i] += d * row[i] }
                    }
                    if l > 0 {
                        hiddenActivation.multiplyDerivative(next, outputs: x, count: nIn)
                        swap(&delta, &next)
                    }
                }
            }
        }
    }

    // MARK: Equatable, Codable

    public static func == (lhs: MLP, rhs: MLP) -> Bool {
        lhs.layerSizes == rhs.layerSizes && lhs.hiddenActivation == rhs.hiddenActivation
            && lhs.outputActivation == rhs.outputActivation && lhs.parameters == rhs.parameters
    }

    private enum CodingKeys: String, CodingKey { case layerSizes, hiddenActivation, outputActivation, parameters }

    /// Decodes `{"layerSizes": [...], "hiddenActivation": "tanh", "outputActivation": "identity",
    /// "parameters": [...]}`, checking the sizes.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let sizes = try c.decode([Int].self, forKey: .layerSizes)
        let hidden = try c.decode(Activation.self, forKey: .hiddenActivation)
        let output = try c.decode(Activation.self, forKey: .outputActivation)
        let parameters = try c.decode([Double].self, forKey: .parameters)
        guard sizes.count >= 2, sizes.allSatisfy({ $0 > 0 && $0 < 1 << 24 }) else {
            throw DecodingError.dataCorruptedError(forKey: .layerSizes, in: c,
                                                   debugDescription: "invalid MLP layer sizes \(sizes)")
        }
        var expected = 0
        for l in 0..<(sizes.count - 1) { expected += sizes[l] * sizes[l + 1] + sizes[l + 1] }
        guard parameters.count == expected else {
            throw DecodingError.dataCorruptedError(
                forKey: .parameters, in: c,
                debugDescription: "an MLP with sizes \(sizes) has \(expected) parameters, got \(parameters.count)")
        }
        self.init(layerSizes: sizes, hiddenActivation: hidden, outputActivation: output, parameters: parameters)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(layerSizes, forKey: .layerSizes)
        try c.encode(hiddenActivation, forKey: .hiddenActivation)
        try c.encode(outputActivation, forKey: .outputActivation)
        try c.encode(parameters, forKey: .parameters)
    }
}
