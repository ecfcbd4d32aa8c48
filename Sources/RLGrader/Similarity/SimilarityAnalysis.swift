/// The similarity of a class of submissions, computed in memory (no files written).
public struct SimilarityAnalysis: Sendable {
    /// The submissions, in student-id order; pairs index into this.
    public let submissions: [ComparedSubmission]
    public let index: FingerprintIndex
    /// Ranked, most shared first (see `SimilarityRanking`).
    public let pairs: [SimilarPair]
    public let fingerprinter: Fingerprinter

    /// Fingerprints every submission (`jobs` at a time), removes the base code's k-grams and the
    /// common idioms (`options.maxShare`), and ranks the pairs.
    public init(submissions: [ComparedSubmission], base: BaseCode, options: SimilarityOptions) {
        let sorted = submissions.sorted { $0.student < $1.student }
        let fingerprinter = Fingerprinter(k: options.k, window: options.window)
        let results = LockedBox([[UInt64]](repeating: [], count: sorted.count))
        parallelFor(sorted.count, width: options.jobs) { i in
            let hashes = fingerprinter.fingerprints(of: sorted[i].files).hashes
            results.withLock { $0[i] = hashes }
        }
        self.submissions = sorted
        self.fingerprinter = fingerprinter
        index = FingerprintIndex(
            submissions: results.snapshot, base: fingerprinter.allKgrams(of: base.all),
            idiomLimit: options.idiomLimit(submissions: sorted.count))
        pairs = SimilarityRanking.rank(index, minShared: options.minShared)
    }

    /// The matching regions of a ranked pair, for its page.
    public func matches(_ pair: SimilarPair) -> PairMatches {
        MatchRegions.find(
            first: submissions[pair.first].files, second: submissions[pair.second].files,
            shared: index.sharedHashes(pair.first, pair.second), k: fingerprinter.k)
    }

    /// The ranked pair of two students, if they share anything.
    public func pair(_ a: String, _ b: String) -> (rank: Int, pair: SimilarPair)? {
        for (i, p) in pairs.enumerated() {
            let names = (submissions[p.first].student, submissions[p.second].student)
            if names == (a, b) || names == (b, a) { return (i + 1, p) }
        }
        return nil
    }
}
