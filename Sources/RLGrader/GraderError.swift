/// Errors of the grader itself or of its configuration — never a student's failure.
///
/// A student's failure (compile error, crash, wrong value) is a *result* in the report. These errors
/// stop the command: configuration errors exit with 2, internal errors with 3.
public enum GraderError: Error, CustomStringConvertible, Sendable {
    /// The user's command line is wrong (exit 2).
    case usage(String)
    /// A rubric, golden file or folder is wrong or missing (exit 2).
    case configuration(String)
    /// rlgrade itself failed (exit 3).
    case `internal`(String)

    public var description: String {
        switch self {
        case .usage(let m), .configuration(let m): return m
        case .internal(let m): return "internal error: \(m)"
        }
    }

    /// The process exit code for this error.
    public var exitCode: Int32 {
        switch self {
        case .usage, .configuration: return 2
        case .internal: return 3
        }
    }
}
