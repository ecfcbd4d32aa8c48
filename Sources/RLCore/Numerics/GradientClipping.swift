/// Gradient clipping, to keep single updates from being huge.
public enum GradientClipping {
    /// Rescales `g` so its Euclidean norm is at most about `maxNorm`; returns the norm *before*
    /// clipping. PyTorch's `clip_grad_norm_` semantics:
    ///
    ///     norm = ‖g‖₂;  c = maxNorm / (norm + 1e-6);  if c < 1 { g ← c · g }
    ///
    /// (so g is left untouched when norm ≤ maxNorm − 1e-6, and the clipped norm is slightly below
    /// maxNorm). As in PyTorch, a non-finite norm is returned as is and `g` is scaled anyway (by 0
    /// for +∞, making ±∞ entries NaN; by NaN for NaN), so check the returned norm.
    @discardableResult
    public static func clipNorm(_ g: inout [Double], maxNorm: Double) -> Double {
        precondition(maxNorm >= 0, "clipNorm: maxNorm must be ≥ 0, got \(maxNorm)")
        let norm = VectorMath.norm2(g)
        let coefficient = maxNorm / (norm + 1e-6)
        if !(coefficient >= 1) {  // also scales (to NaN) when the norm is not finite
            let n = g.count
            g.withUnsafeMutableBufferPointer { p in
                for i in 0..<n { p[i] *= coefficient }
            }
        }
        return norm
    }

    /// Clamps every entry of `g` to [−maxAbs, maxAbs] (PyTorch's `clip_grad_value_`).
    public static func clipValue(_ g: inout [Double], maxAbs: Double) {
        precondition(maxAbs >= 0, "clipValue: maxAbs must be ≥ 0, got \(maxAbs)")
        for i in g.indices { g[i] = min(max(g[i], -maxAbs), maxAbs) }
    }
}
