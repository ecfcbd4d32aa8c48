/// Small helpers for vectors stored as `[Double]`.
///
/// All binary operations require both vectors to have the same length (a precondition, so a shape
/// mistake stops the program with a message instead of silently truncating).
///
/// ```swift
/// let x = [1.0, 2.0, 2.0]
/// VectorMath.dot(x, x)          // 9
/// VectorMath.norm2(x)           // 3
/// var y = [0.0, 0.0, 0.0]
/// VectorMath.axpy(2, x, &y)     // y = [2, 4, 4]
/// ```
public enum VectorMath {
    /// The dot product x·y = Σᵢ xᵢ yᵢ.
    public static func dot(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "dot: lengths differ (\(x.count) vs \(y.count))")
        return x.withUnsafeBufferPointer { xp in
            y.withUnsafeBufferPointer { yp in
                unsafeDot(xp.baseAddress, yp.baseAddress, x.count)
            }
        }
    }

    /// y ← a·x + y (BLAS "axpy"), in place.
    public static func axpy(_ a: Double, _ x: [Double], _ y: inout [Double]) {
        precondition(x.count == y.count, "axpy: lengths differ (\(x.count) vs \(y.count))")
        let n = x.count
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                for i in 0..<n { yp[i] += a * xp[i] }
            }
        }
    }

    /// The Euclidean norm ‖x‖₂ = √(Σᵢ xᵢ²), computed with scaling so it neither overflows nor
    /// underflows for very large or very small entries.
    public static func norm2(_ x: [Double]) -> Double {
        let scale = maxAbs(x)
        guard scale > 0, scale.isFinite else { return scale }  // 0, +∞ or NaN
        var sum = 0.0
        if scale > 1e150 || scale < 1e-150 {
            let inv = 1 / scale
            for v in x { let s = v * inv; sum += s * s }
            return scale * sum.squareRoot()
        }
        for v in x { sum += v * v }
        return sum.squareRoot()
    }

    /// The squared Euclidean norm Σᵢ xᵢ² (no scaling).
    public static func normSquared(_ x: [Double]) -> Double {
        var sum = 0.0
        for v in x { sum += v * v }
        return sum
    }

    /// The ∞-norm maxᵢ |xᵢ| (0 for an empty vector; NaN if any entry is NaN).
    public static func maxAbs(_ x: [Double]) -> Double {
        var m = 0.0
        for v in x {
            if v.isNaN { return .nan }
            m = Swift.max(m, Swift.abs(v))
        }
        return m
    }

    /// x + y, element-wise.
    public static func add(_ x: [Double], _ y: [Double]) -> [Double] {
        precondition(x.count == y.count, "add: lengths differ (\(x.count) vs \(y.count))")
        return zip(x, y).map { $0 + $1 }
    }

    /// x − y, element-wise.
    public static func sub(_ x: [Double], _ y: [Double]) -> [Double] {
        precondition(x.count == y.count, "sub: lengths differ (\(x.count) vs \(y.count))")
        return zip(x, y).map { $0 - $1 }
    }

    /// a·x, element-wise.
    public static func scale(_ a: Double, _ x: [Double]) -> [Double] {
        x.map { a * $0 }
    }

    /// x ⊙ y, the element-wise (Hadamard) product.
    public static func hadamard(_ x: [Double], _ y: [Double]) -> [Double] {
        precondition(x.count == y.count, "hadamard: lengths differ (\(x.count) vs \(y.count))")
        return zip(x, y).map { $0 * $1 }
    }

    /// Σᵢ xᵢ.
    public static func sum(_ x: [Double]) -> Double {
        var s = 0.0
        for v in x { s += v }
        return s
    }

    /// log(Σᵢ exp(xᵢ)), computed stably as m + log Σᵢ exp(xᵢ − m) with m = maxᵢ xᵢ.
    ///
    /// Returns −∞ for an empty vector or when every entry is −∞.
    public static func logSumExp(_ x: [Double]) -> Double {
        var m = -Double.infinity
        for v in x {
            if v.isNaN { return .nan }
            m = Swift.max(m, v)
        }
        guard m.isFinite else { return m }  // −∞ (all masked) or +∞
        var s = 0.0
        for v in x { s += Elementary.exp(v - m) }
        return m + Elementary.log(s)
    }

    /// Dot product of two raw buffers of length `n`, with four partial sums (fixed summation order,
    /// so results are reproducible).
    @inline(__always)
    static func unsafeDot(_ x: UnsafePointer<Double>?, _ y: UnsafePointer<Double>?, _ n: Int) -> Double {
        guard n > 0, let x, let y else { return 0 }
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        var i = 0
        while i &+ 4 <= n {
            s0 += x[i] * y[i]
            s1 += x[i &+ 1] * y[i &+ 1]
            s2 += x[i &+ 2] * y[i &+ 2]
            s3 += x[i &+ 3] * y[i &+ 3]
            i &+= 4
        }
        while i < n {
            s0 += x[i] * y[i]
            i &+= 1
        }
        return (s0 + s1) + (s2 + s3)
    }
}
