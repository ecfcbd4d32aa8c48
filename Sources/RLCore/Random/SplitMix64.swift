/// SplitMix64, the generator used to expand one 64-bit seed into the state of ``SeededGenerator``.
///
/// It is also a good 64-bit mixing function: ``SplitMix64/mix(_:)`` scrambles any integer into a
/// well-distributed one, which ``SeededGenerator/child(_:)`` uses to derive named streams.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The running state; advances by the golden-ratio increment on every call.
    public private(set) var state: UInt64

    /// Creates a generator whose first output depends only on `seed`.
    public init(seed: UInt64) { state = seed }

    /// Returns the next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective scramble of the 64 bits of `z`.
    public static func mix(_ z: UInt64) -> UInt64 {
        var z = z
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
