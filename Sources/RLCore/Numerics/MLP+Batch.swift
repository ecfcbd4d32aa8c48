/// Minibatch forward and backward passes of an ``MLP``: B inputs at once, as the rows of a matrix.
///
/// ## Shapes
/// `inputs` is B × n₀ (row k is the k-th input x_k), the output is B × n_L (row k is the network's
/// output for x_k), and `outputGradients` is B × n_L (row k is dL/dy_k). The parameter gradient is
/// the sum Σ_k dL/dθ over the rows (divide by B yourself for a mean), in the flat parameter order of
/// ``MLP/parameters``; the input gradients are B × n₀ (row k is dL/dx_k).
///
/// ## Exactness
/// Every row is computed with the same arithmetic, in the same order, as the one-sample
/// ``MLP/forward(_:)`` and ``MLP/backward(_:outputGradient:)``, and the parameter gradient adds the
/// rows' contributions in row order: the results are bit-for-bit those of calling the one-sample
/// functions row by row and summing their parameter gradients for k = 0, 1, …, B−1. Batching only
/// saves time (one pass over the weights per layer, no allocation per row).
///
/// ```swift
/// let net = MLP(layerSizes: [4, 64, 64, 2], seed: 0)
/// let states = Matrix(rows: batch.map(\.state))                 // B × 4
/// let (q, cache) = net.forwardCached(batch: states)              // B × 2
/// var dLdq = Matrix(rows: q.rows, cols: q.cols)                  // zero except the taken action
/// for k in 0..<q.rows { dLdq[k, actions[k]] = (q[k, actions[k]] - targets[k]) / Double(q.rows) }
/// let (dLdθ, _) = net.backward(batch: cache, outputGradients: dLdq)
/// ```
extension MLP {
    /// The activations a₀ (the inputs), a₁, …, a_L of every row, saved by ``MLP/forwardCached(batch:)``
    /// for ``MLP/backward(batch:outputGradients:)``.
    public struct BatchCache: Sendable {
        /// The sizes of the network that made this cache.
        public let layerSizes: [Int]
        /// B, the number of rows.
        public let batchSize: Int
        /// Start of layer l's B × n_l block in `values`, for l = 0...L, plus the total at the end.
        let offsets: [Int]
        /// a₀ (B × n₀), a₁ (B × n₁), …, a_L (B × n_L), each block row-major, concatenated.
        let values: [Double]

        /// a_l of every row as a B × n_l matrix, for l = 0 (the inputs) … L (the outputs).
        public func activations(layer l: Int) -> Matrix {
            precondition(l >= 0 && l < layerSizes.count,
                         "BatchCache layer \(l) out of range 0...\(layerSizes.count - 1)")
            return Matrix(rows: batchSize, cols: layerSizes[l], elements: Array(values[offsets[l]..<offsets[l + 1]]))
        }

        /// The inputs a₀ (B × n₀).
        public var inputs: Matrix { activations(layer: 0) }
        /// The outputs a_L (B × n_L).
        public var outputs: Matrix { activations(layer: layerSizes.count - 1) }
    }

    /// The outputs for the B inputs in the rows of `inputs` (B × ``inputSize``); the result is
    /// B × ``outputSize``, row k being ``forward(_:)`` of row k (bit for bit).
    public func forward(batch inputs: Matrix) -> Matrix {
        forwardCached(batch: inputs).output
    }

    /// The outputs for the rows of `inputs` (B × ``inputSize``) plus the activations
    /// ``backward(batch:outputGradients:)`` needs.
    public func forwardCached(batch inputs: Matrix) -> (output: Matrix, cache: BatchCache) {
        precondition(inputs.cols == inputSize,
                     "MLP.forward(batch:): inputs are \(inputs.rows)×\(inputs.cols), expected B×\(inputSize)")
        let batch = inputs.rows
        var offsets: [Int] = [], total = 0
        for n in layerSizes { offsets.append(total); total += batch * n }
        offsets.append(total)
        let shape = layerShape()
        let values = [Double](unsafeUninitializedCapacity: total) { buffer, count in
            let v = buffer.baseAddress!
            v.initialize(repeating: 0, count: total)
            inputs.elements.withUnsafeBufferPointer { x in
                if batch > 0 { v.update(from: x.baseAddress!, count: batch * inputSize) }
            }
            parameters.withUnsafeBufferPointer { p in
                for l in 0..<layerCount {
                    let nIn = layerSizes[l], nOut = layerSizes[l + 1]
                    let x = UnsafePointer(v + offsets[l]), y = v + offsets[l + 1]
                    let w = p.baseAddress! + shape.weights[l], b = p.baseAddress! + shape.biases[l]
                    var r = 0
                    while r &+ 2 <= batch {  // two rows per pass over the weights
                        let x0 = x + r &* nIn, y0 = y + r &* nOut
                        for o in 0..<nOut {
                            let (d0, d1) = Self.dot2(w + o &* nIn, x0, x0 + nIn, nIn)
                            y0[o] = b[o] + d0
                            y0[nOut &+ o] = b[o] + d1
                        }
                        r &+= 2
                    }
                    if r < batch {
                        let xr = x + r &* nIn, yr = y + r &* nOut
                        for o in 0..<nOut { yr[o] = b[o] + VectorMath.unsafeDot(w + o &* nIn, xr, nIn) }
                    }
                    (l == layerCount - 1 ? outputActivation : hiddenActivation).apply(y, count: batch &* nOut)
                }
            }
            count = total
        }
        let output = Matrix(rows: batch, cols: outputSize, elements: Array(values[offsets[layerCount]...]))
        return (output, BatchCache(layerSizes: layerSizes, batchSize: batch, offsets: offsets, values: values))
    }

    /// Backpropagation over a minibatch: given row k of `outputGradients` (B × ``outputSize``) =
    /// dL/dy_k for the forward pass recorded in `cache`, returns Σ_k dL/dθ (``parameterCount``
    /// entries, flat parameter order, rows added in order k = 0, 1, …) and dL/dx_k in row k of
    /// `inputGradients` (B × ``inputSize``).
    ///
    /// Per row, as in ``backward(_:outputGradient:)``: δ_L = g ⊙ σ′_{L−1}, dL/dW_l = δ_{l+1} a_lᵀ,
    /// dL/db_l = δ_{l+1}, dL/da_l = W_lᵀ δ_{l+1}, δ_l = dL/da_l ⊙ σ′_{l−1}.
    public func backward(batch cache: BatchCache, outputGradients: Matrix)
        -> (parameterGradient: [Double], inputGradients: Matrix)
    {
        precondition(cache.layerSizes == layerSizes,
                     "MLP.backward(batch:): the cache comes from a \(cache.layerSizes) network, this one is \(layerSizes)")
        precondition(outputGradients.rows == cache.batchSize && outputGradients.cols == outputSize,
                     "MLP.backward(batch:): output gradients are \(outputGradients.rows)×\(outputGradients.cols), expected \(cache.batchSize)×\(outputSize)")
        let batch = cache.batchSize
        let shape = layerShape()
        let width = layerSizes.max()!
        var gradient = [Double](repeating: 0, count: parameterCount)
        var inputGradients = Matrix(rows: batch, cols: inputSize)
        if batch == 0 { return (gradient, inputGradients) }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * batch * width) { scratch in
            var delta = scratch.baseAddress!
            var next = delta + batch * width
            parameters.withUnsafeBufferPointer { pb in
            cache.values.withUnsafeBufferPointer { vb in
            gradient.withUnsafeMutableBufferPointer { gbuf in
            inputGradients.withUnsafeMutableElements { ig in
                let p = pb.baseAddress!, v = vb.baseAddress!, grad = gbuf.baseAddress!
                let last = layerCount - 1
                let nOutput = outputSize
                outputGradients.elements.withUnsafeBufferPointer { delta.update(from: $0.baseAddress!, count: batch * nOutput) }
                outputActivation.multiplyDerivative(delta, outputs: v + cache.offsets[last + 1], count: batch * nOutput)
                for l in stride(from: last, through: 0, by: -1) {
                    let nIn = layerSizes[l], nOut = layerSizes[l + 1]
                    let x = v + cache.offsets[l]
                    let w = p + shape.weights[l]
                    let gw = grad + shape.weights[l], gb = grad + shape.biases[l]
                    // dL/db_l += δ_r and dL/dW_l += δ_r a_rᵀ, rows r in order for every entry.
                    for r in 0..<batch {
                        let dr = delta + r &* nOut
                        for o in 0..<nOut { gb[o] += dr[o] }
                    }
                    for o in 0..<nOut {
                        let row = gw + o &* nIn
                        var r = 0
                        while r &+ 4 <= batch {  // four rows per pass over the gradient row, same order
                            let d0 = delta[r &* nOut &+ o], d1 = delta[(r &+ 1) &* nOut &+ o]
                            let d2 = delta[(r &+ 2) &* nOut &+ o], d3 = delta[(r &+ 3) &* nOut &+ o]
                            if d0 != 0 && d1 != 0 && d2 != 0 && d3 != 0 {
                                let x0 = x + r &* nIn, x1 = x0 + nIn, x2 = x1 + nIn, x3 = x2 + nIn
                                for i in 0..<nIn { row[i] = (((row[i] + d0 * x0[i]) + d1 * x1[i]) + d2 * x2[i]) + d3 * x3[i] }
                            } else {
                                for k in r..<(r &+ 4) { Self.addScaled(delta[k &* nOut &+ o], x + k &* nIn, into: row, nIn) }
                            }
                            r &+= 4
                        }
                        while r < batch {
                            Self.addScaled(delta[r &* nOut &+ o], x + r &* nIn, into: row, nIn)
                            r &+= 1
                        }
                    }
                    // dL/da_l = W_lᵀ δ for every row (into the next δ, or the input gradients).
                    let target = l > 0 ? next : ig.baseAddress!
                    for r in 0..<batch {
                        let dr = delta + r &* nOut, tr = target + r &* nIn
                        tr.update(repeating: 0, count: nIn)
                        var o = 0
                        while o &+ 4 <= nOut {  // four weight rows per pass over the target row, same order
                            let d0 = dr[o], d1 = dr[o &+ 1], d2 = dr[o &+ 2], d3 = dr[o &+ 3]
                            if d0 != 0 && d1 != 0 && d2 != 0 && d3 != 0 {
                                let w0 = w + o &* nIn, w1 = w0 + nIn, w2 = w1 + nIn, w3 = w2 + nIn
                                for i in 0..<nIn { tr[i] = (((tr[i] + d0 * w0[i]) + d1 * w1[i]) + d2 * w2[i]) + d3 * w3[i] }
                            } else {
                                for k in o..<(o &+ 4) { Self.addScaled(dr[k], w + k &* nIn, into: tr, nIn) }
                            }
                            o &+= 4
                        }
                        while o < nOut {
                            Self.addScaled(dr[o], w + o &* nIn, into: tr, nIn)
                            o &+= 1
                        }
                    }
                    if l > 0 {
                        hiddenActivation.multiplyDerivative(next, outputs: x, count: batch &* nIn)
                        swap(&delta, &next)
                    }
                }
            }
            }
            }
            }
        }
        return (gradient, inputGradients)
    }

    /// (w·x, w·z), each summed exactly as `VectorMath.unsafeDot` sums one dot product.
    @inline(__always)
    private static func dot2(_ w: UnsafePointer<Double>, _ x: UnsafePointer<Double>, _ z: UnsafePointer<Double>,
                             _ n: Int) -> (Double, Double) {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        var t0 = 0.0, t1 = 0.0, t2 = 0.0, t3 = 0.0
        var i = 0
        while i &+ 4 <= n {
            let w0 = w[i], w1 = w[i &+ 1], w2 = w[i &+ 2], w3 = w[i &+ 3]
            s0 += w0 * x[i]; s1 += w1 * x[i &+ 1]; s2 += w2 * x[i &+ 2]; s3 += w3 * x[i &+ 3]
            t0 += w0 * z[i]; t1 += w1 * z[i &+ 1]; t2 += w2 * z[i &+ 2]; t3 += w3 * z[i &+ 3]
            i &+= 4
        }
        while i < n {
            s0 += w[i] * x[i]
            t0 += w[i] * z[i]
            i &+= 1
        }
        return ((s0 + s1) + (s2 + s3), (t0 + t1) + (t2 + t3))
    }

    /// y[i] += d · x[i] for i < n, skipped when d = 0 (as the one-sample backward does).
    @inline(__always)
    private static func addScaled(_ d: Double, _ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>, _ n: Int) {
        if d == 0 { return }
        for i in 0..<n { y[i] += d * x[i] }
    }

    /// Where W_l and b_l start in ``parameters``, for every layer.
    private func layerShape() -> (weights: [Int], biases: [Int]) {
        ((0..<layerCount).map { weightRange(layer: $0).lowerBound }, (0..<layerCount).map { biasRange(layer: $0).lowerBound })
    }
}
