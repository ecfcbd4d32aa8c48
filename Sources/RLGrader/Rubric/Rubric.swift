/// One line of a rubric: which check, for how many points, seen by whom, on which seeds, within
/// which tolerance and limits.
public struct RubricEntry: Sendable, Equatable {
    public var id: String
    public var points: Double
    public var visibility: Visibility
    public var seeds: [UInt64]
    /// The numeric tolerance of the check (each check documents its meaning and default).
    public var tolerance: Double?
    public var timeLimitSeconds: Double
    public var memoryLimitMiB: UInt64
    /// Extra numeric parameters (episode budgets, thresholds), sorted by name.
    public var parameters: [String: Double]
    /// The line of the entry in the rubric file.
    public var line: Int
    /// Extra credit (`"extra_credit": true`): its points add to the score but not to the maximum.
    public var extraCredit = false

    /// The child-process limits of this check.
    public var limits: ChildLimits {
        ChildLimits(wallSeconds: timeLimitSeconds, addressSpaceBytes: memoryLimitMiB << 20)
    }
}

/// A homework's rubric, `Grading/hwN.json`.
public struct Rubric: Sendable {
    public var homework: String
    public var title: String
    public var entries: [RubricEntry]
    /// The file it was loaded from (for messages).
    public var path: String
    /// Limits of compiling a submission (`defaults.compile_time_limit_seconds`, `compile_memory_limit_mib`).
    public var compileLimits = CompileLimits()
    /// Gradescope visibility of hidden checks: `hidden` (default) or `after_published`.
    public var gradescopeHidden: String = "hidden"
    /// The due date (ISO 8601, e.g. `2026-10-01T23:59:00Z`), for the gradebook's lateness column.
    public var due: String?

    /// The maximum score: every entry's points except extra credit's.
    public var maxPoints: Double { entries.filter { !$0.extraCredit }.reduce(0) { $0 + $1.points } }

    public func entry(_ id: String) -> RubricEntry? { entries.first { $0.id == id } }
}

/// How long and how much memory the compiler may use on one submission (a type-checker bomb
/// becomes `compile-timeout`, not a stuck batch).
public struct CompileLimits: Sendable, Equatable {
    public var seconds: Double = 60
    public var memoryMiB: UInt64 = 4096
    public init() {}
}
