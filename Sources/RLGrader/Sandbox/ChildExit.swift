/// How a child process ended, as the parent observed it.
public enum ChildExit: Sendable, Equatable, Codable {
    /// It exited by itself with this status.
    case exited(Int32)
    /// It was killed by a signal (a trap, a crash, a resource limit).
    case signaled(Int32)
    /// It ran past its wall-clock limit and was killed.
    case timedOut(seconds: Double)
    /// It wrote more than the output limit and was killed.
    case outputLimitExceeded(bytes: Int)
    /// It sent more answer bytes than the answer limit and was killed (nothing past the limit was kept).
    case answerLimitExceeded(bytes: Int, limit: Int)
}
