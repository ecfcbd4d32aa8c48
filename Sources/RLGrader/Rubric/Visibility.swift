/// Who sees a check and when (Gradescope's visibility, in the course's words).
public enum Visibility: String, Codable, Sendable, CaseIterable {
    /// Students see and run it with `rlgrade hwN`.
    case `public`
    /// Only the TAs' grading runs it; students never see it.
    case hidden
    /// Run only in grading; its result is shown once grades are released.
    case afterDue = "after_due"

    /// Gradescope's name for this visibility: `visible`; `hidden` (students never see the test);
    /// `after_due_date`. A rubric may show hidden checks once grades are published instead
    /// (`"gradescope_hidden": "after_published"`); their inputs are then left out of the output.
    public var gradescope: String {
        switch self {
        case .public: return "visible"
        case .hidden: return "hidden"
        case .afterDue: return "after_due_date"
        }
    }
}
