/// Two submissions that share fingerprints, with the share seen from each side (as MOSS shows it).
public struct SimilarPair: Sendable, Equatable {
    /// Indices into the run's submissions, `first < second` in student-id order.
    public var first: Int
    public var second: Int
    /// Retained fingerprints both have.
    public var shared: Int
    /// Retained fingerprints of each side.
    public var firstTotal: Int
    public var secondTotal: Int

    /// shared / firstTotal, in percent: how much of the first submission's own code is in the second.
    public var firstPercent: Double { firstTotal == 0 ? 0 : 100 * Double(shared) / Double(firstTotal) }
    /// shared / secondTotal, in percent.
    public var secondPercent: Double { secondTotal == 0 ? 0 : 100 * Double(shared) / Double(secondTotal) }
}

/// Ranks every pair of submissions by the fingerprints they share.
public enum SimilarityRanking {
    /// The pairs sharing at least `minShared` retained fingerprints, most shared first; ties by the
    /// larger percentage, then by the student ids (submissions are in id order), so the order is total.
    public static func rank(_ index: FingerprintIndex, minShared: Int) -> [SimilarPair] {
        var pairs: [SimilarPair] = []
        for a in 0..<index.count {
            for b in (a + 1)..<max(a + 1, index.count) {
                let shared = index.sharedCount(a, b)
                guard shared >= max(1, minShared) else { continue }
                pairs.append(SimilarPair(
                    first: a, second: b, shared: shared,
                    firstTotal: index.retained[a].count, secondTotal: index.retained[b].count))
            }
        }
        return pairs.sorted { x, y in
            if x.shared != y.shared { return x.shared > y.shared }
            let mx = max(x.firstPercent, x.secondPercent), my = max(y.firstPercent, y.secondPercent)
            if mx != my { return mx > my }
            return (x.first, x.second) < (y.first, y.second)
        }
    }
}
