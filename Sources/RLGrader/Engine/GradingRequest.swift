/// What to grade and how.
public struct GradingRequest: Sendable {
    public var homework: HomeworkDescriptor
    public var rubric: Rubric
    /// The folder of Swift files.
    public var submissionFolder: String
    /// The name reports show (folder name or student id).
    public var submissionName: String
    /// Files replacing some of the submission's (mutants and variants of the reference).
    public var overlayFolder: String?
    /// True for a TA's grading run (every check); false for a student's run (public checks only).
    public var includeNonPublic: Bool
    /// Only these check ids (empty: all selected by visibility).
    public var only: [String]
    /// Replaces every check's seeds with this one (exploration; reports say so).
    public var seedOverride: UInt64?
    /// Checks run at once (1 in batch mode, where submissions run in parallel instead).
    public var concurrency: Int
    /// Told what the grader is doing (live progress); never changes the report.
    public var progress: (@Sendable (GradingEvent) -> Void)?
    /// Keep the inputs sent to the student's code, so a failing one can be rebuilt (`--reproduce`).
    public var recordsInputs = false

    public init(
        homework: HomeworkDescriptor, rubric: Rubric, submissionFolder: String, submissionName: String,
        overlayFolder: String? = nil, includeNonPublic: Bool, only: [String] = [], seedOverride: UInt64? = nil,
        concurrency: Int = 2
    ) {
        self.homework = homework
        self.rubric = rubric
        self.submissionFolder = submissionFolder
        self.submissionName = submissionName
        self.overlayFolder = overlayFolder
        self.includeNonPublic = includeNonPublic
        self.only = only
        self.seedOverride = seedOverride
        self.concurrency = concurrency
    }

    /// The rubric entries this request grades, in rubric order.
    public func selectedEntries() throws(GraderError) -> [RubricEntry] {
        for id in only where rubric.entry(id) == nil {
            throw .usage("--only \(id): no such check in \(rubric.path); see `rlgrade list \(homework.id)`")
        }
        return rubric.entries.filter { entry in
            (includeNonPublic || entry.visibility == .public) && (only.isEmpty || only.contains(entry.id))
        }
    }
}
