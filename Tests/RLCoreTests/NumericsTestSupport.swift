@testable import RLCore

/// Helpers shared by the Numerics test suites.
enum NumericsCheck {
    /// max_i |a_i − b_i| / max(1e-8, max_i |a_i| + max_i |b_i|): a scale-aware relative error of two vectors.
    static func relativeError(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count, "relativeError: lengths differ")
        var diff = 0.0
        for (x, y) in zip(a, b) { diff = max(diff, abs(x - y)) }
        return diff / max(1e-8, VectorMath.maxAbs(a) + VectorMath.maxAbs(b))
    }

    static func relativeError(_ a: Double, _ b: Double) -> Double { relativeError([a], [b]) }

    /// Central finite differences (f(x + h eᵢ) − f(x − h eᵢ)) / 2h for every i.
    static func finiteDifference(at x: [Double], h: Double = 1e-6, _ f: ([Double]) -> Double) -> [Double] {
        var grad = [Double](repeating: 0, count: x.count)
        var probe = x
        for i in x.indices {
            probe[i] = x[i] + h
            let plus = f(probe)
            probe[i] = x[i] - h
            let minus = f(probe)
            probe[i] = x[i]
            grad[i] = (plus - minus) / (2 * h)
        }
        return grad
    }

    /// A vector of `n` seeded uniform values in [lo, hi).
    static func randomVector(_ n: Int, _ rng: inout SeededGenerator, _ lo: Double = -1, _ hi: Double = 1) -> [Double] {
        (0..<n).map { _ in rng.uniform(lo, hi) }
    }
}
