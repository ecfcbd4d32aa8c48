/// k-gram hashing and winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for
/// document fingerprinting", SIGMOD 2003 — the algorithm behind MOSS).
///
/// A document of n tokens t₀ … t_{n−1} has n − k + 1 k-grams gᵢ = tᵢ … t_{i+k−1}, each hashed to
/// hᵢ. Winnowing slides a window over w consecutive hashes h_j … h_{j+w−1} and selects its minimum
/// (the rightmost one when several are equal); a selected k-gram is recorded once, even when it stays
/// the minimum of later windows. Two guarantees follow, and the tests check both:
/// - every common run of at least t = w + k − 1 tokens yields at least one common fingerprint
///   (every window inside it is the same in both documents, so is its minimum);
/// - no common run shorter than k tokens yields one (fingerprints are whole k-grams).
/// On random text about 2 / (w + 1) of the k-grams are selected.
public enum Winnowing {
    /// A selected k-gram: its hash and the index of its first token.
    public struct Fingerprint: Sendable, Equatable {
        public var hash: UInt64
        public var position: Int
    }

    /// The hash of every k-gram of `codes` (token codes, see `SwiftToken.code`), in order:
    /// `codes.count − k + 1` hashes, none when there are fewer than k tokens.
    ///
    /// A Karp–Rabin rolling hash modulo 2⁶⁴, hᵢ = Σ_{j<k} c_{i+j}·B^{k−1−j} with an odd base B, then
    /// a SplitMix64 finaliser so that the minimum of a window is well spread. Deterministic: it
    /// depends only on the codes (never on Swift's per-process `Hasher`).
    public static func kgramHashes(_ codes: [UInt64], k: Int) -> [UInt64] {
        precondition(k >= 1, "k-grams need k ≥ 1")
        guard codes.count >= k else { return [] }
        let base: UInt64 = 0x100_0000_01B3  // the FNV prime; odd
        var top: UInt64 = 1  // B^(k−1)
        for _ in 1..<max(k, 1) { top &*= base }
        var rolling: UInt64 = 0
        for j in 0..<k { rolling = rolling &* base &+ codes[j] }
        var hashes = [UInt64]()
        hashes.reserveCapacity(codes.count - k + 1)
        hashes.append(finalise(rolling))
        for i in 1..<(codes.count - k + 1) {
            rolling = (rolling &- codes[i - 1] &* top) &* base &+ codes[i + k - 1]
            hashes.append(finalise(rolling))
        }
        return hashes
    }

    /// Robust winnowing of `hashes` with windows of `w` hashes. A document with fewer than `w`
    /// hashes (but at least one) is one window. Positions are increasing.
    public static func select(_ hashes: [UInt64], window w: Int) -> [Fingerprint] {
        precondition(w >= 1, "winnowing needs a window w ≥ 1")
        guard !hashes.isEmpty else { return [] }
        let w = min(w, hashes.count)
        var selected: [Fingerprint] = []
        var minimum = -1
        for end in (w - 1)..<hashes.count {
            let start = end - w + 1
            if minimum < start {
                // The old minimum left the window: scan it, keeping the rightmost minimum.
                minimum = start
                for j in start...end where hashes[j] <= hashes[minimum] { minimum = j }
                selected.append(Fingerprint(hash: hashes[minimum], position: minimum))
            } else if hashes[end] <= hashes[minimum] {
                minimum = end
                selected.append(Fingerprint(hash: hashes[minimum], position: minimum))
            }
        }
        return selected
    }

    /// The fingerprints of a token sequence: `select(kgramHashes(codes, k: k), window: w)`.
    public static func fingerprints(_ codes: [UInt64], k: Int, window w: Int) -> [Fingerprint] {
        select(kgramHashes(codes, k: k), window: w)
    }

    /// SplitMix64's output function (a bijection of UInt64).
    static func finalise(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
