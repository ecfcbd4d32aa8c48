/// The course's seeded random number generator: xoshiro256** seeded through SplitMix64.
///
/// Every source of randomness in RLCore, in the homeworks and in the grader is one of these, so the
/// same seed always gives the same numbers, on every run and every platform (the core is integer-only).
///
/// Use ``child(_:)`` to give each environment, episode or check its own independent stream: the child
/// depends only on the parent's *seed* and the label, never on how many numbers the parent has drawn.
///
/// ```swift
/// var rng = SeededGenerator(seed: 42)
/// var envRNG = rng.child("env")          // same stream whatever rng did before
/// let u = rng.uniform()                  // in [0, 1)
/// let a = rng.categorical([0.2, 0.8])    // 0 or 1
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The seed this generator was created from; children derive from it.
    public let seed: UInt64
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The spare normal deviate of the Box–Muller pair, if one is pending.
    private var spareNormal: Double?

    /// Creates a generator whose whole stream is determined by `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        var expander = SplitMix64(seed: seed)
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
        spareNormal = nil
    }

    /// Returns the next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    @inline(__always)
    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// The seed of the child stream named `label` under `seed`.
    public static func childSeed(_ seed: UInt64, _ label: String) -> UInt64 {
        SplitMix64.mix(seed ^ SplitMix64.mix(StableHash.fnv1a(label) &+ 0x9E37_79B9_7F4A_7C15))
    }

    /// A new, independent generator for the stream named `label`.
    ///
    /// It depends only on this generator's ``seed`` and `label`: drawing numbers from this generator
    /// does not change its children. Children of children work the same way
    /// (`rng.child("episode").child("3")`).
    public func child(_ label: String) -> SeededGenerator {
        SeededGenerator(seed: SeededGenerator.childSeed(seed, label))
    }

    /// A child stream named by an index, e.g. one per episode.
    public func child(_ index: Int) -> SeededGenerator { child(String(index)) }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// A uniform integer in 0..<upperBound, without modulo bias (Lemire's method).
    public mutating func int(below upperBound: Int) -> Int {
        precondition(upperBound > 0, "upperBound must be positive")
        let bound = UInt64(upperBound)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
        }
        return Int(product.high)
    }

    /// A standard normal deviate N(0, 1) (Box–Muller; pairs are cached).
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        var u1 = uniform()
        while u1 <= 0 { u1 = uniform() }
        let u2 = uniform()
        let radius = (-2.0 * Elementary.log(u1)).squareRoot()
        let angle = 2.0 * Double.pi * u2
        spareNormal = radius * Elementary.sin(angle)
        return radius * Elementary.cos(angle)
    }

    /// A normal deviate with the given mean and standard deviation.
    public mutating func normal(mean: Double, std: Double) -> Double { mean + std * normal() }

    /// An index drawn with probability proportional to `weights` (non-negative, positive sum).
    ///
    /// Inverse-CDF sampling in index order, so the result is reproducible. The last index with
    /// positive weight absorbs round-off.
    public mutating func categorical(_ weights: [Double]) -> Int {
        precondition(!weights.isEmpty, "categorical needs at least one weight")
        var total = 0.0
        for w in weights { total += w }
        precondition(total > 0 && total.isFinite, "categorical weights must have a positive, finite sum")
        let target = uniform() * total
        var cumulative = 0.0
        var lastPositive = 0
        for (i, w) in weights.enumerated() where w > 0 {
            cumulative += w
            lastPositive = i
            if target < cumulative { return i }
        }
        return lastPositive
    }

    /// Shuffles `array` in place (Fisher–Yates, from the back).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = int(below: i + 1)
            if i != j { array.swapAt(i, j) }
        }
    }

    /// A shuffled copy of `array`.
    public mutating func shuffled<T>(_ array: [T]) -> [T] {
        var copy = array
        shuffle(&copy)
        return copy
    }
}
