/// What the grader is doing, for live progress (never part of a report).
public enum GradingEvent: Sendable {
    /// Compiling the submission started.
    case compiling
    /// Compiling finished (`ok` or why not).
    case compiled(status: String)
    /// A check started; it is stopped after `timeLimitSeconds`.
    case checkStarted(id: String, timeLimitSeconds: Double)
    /// A check finished.
    case checkFinished(CheckResult)
}
