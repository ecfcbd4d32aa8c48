/// The settings of one `rlgrade similarity` run (all have defaults a TA rarely changes).
public struct SimilarityOptions: Sendable, Equatable {
    /// The homework (`hw2`): its starter files `Assignments/hwN/*.swift` and handout snippets are the base code.
    public var homeworkID: String
    /// The folder of submissions (same layouts as `rlgrade batch`).
    public var submissionsFolder: String
    /// Where `index.html`, `similarity.csv`, `pairs/`, `moss/` and `jplag/` go.
    public var outFolder: String
    /// k: tokens per k-gram. A common run shorter than k tokens is never reported.
    public var k: Int = 12
    /// w: the winnowing window. Every common run of at least w + k − 1 tokens is reported.
    public var window: Int = 8
    /// Fingerprints that more than this fraction of the submissions share are common idioms and are
    /// ignored — but never fewer than `minimumIdiomLimit` submissions may share one, so in a small
    /// class a group copying together is not mistaken for an idiom.
    public var maxShare: Double = 0.1
    /// The idiom limit of a small class (MOSS's default `-m 10`).
    public var minimumIdiomLimit: Int = 10
    /// HTML pages for this many top pairs.
    public var pages: Int = 50
    /// Pairs sharing fewer fingerprints are left out of `similarity.csv` and the pages.
    public var minShared: Int = 1
    /// Also write `moss/` and `jplag/` folders for the courses' own tools.
    public var export: Bool = true
    /// Parallel workers for reading and fingerprinting.
    public var jobs: Int = 2

    public init(homeworkID: String, submissionsFolder: String, outFolder: String) {
        self.homeworkID = homeworkID
        self.submissionsFolder = submissionsFolder
        self.outFolder = outFolder
    }

    /// The largest number of submissions a fingerprint may occur in and still count:
    /// max(minimumIdiomLimit, ⌊maxShare · count⌋).
    public func idiomLimit(submissions count: Int) -> Int {
        max(minimumIdiomLimit, Int((maxShare * Double(count)).rounded(.down)))
    }
}
