/// A 64-bit FNV-1a hash of UTF-8 text, identical on every run and platform.
///
/// Swift's `hashValue` is randomised per process, so anything that must be reproducible (stream
/// labels, cache keys) hashes with this instead.
public enum StableHash {
    /// The FNV-1a hash of the UTF-8 bytes of `text`.
    public static func fnv1a(_ text: String) -> UInt64 {
        fnv1a(bytes: Array(text.utf8))
    }

    /// The FNV-1a hash of `bytes`.
    public static func fnv1a<Bytes: Sequence>(bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
