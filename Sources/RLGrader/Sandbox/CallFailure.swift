/// Why the student's runner gave no usable answer for one input.
public enum CallFailure: Error, Sendable, Equatable {
    /// The function still throws `NotImplemented` (the starter's TODO).
    case notImplemented(String)
    /// The function threw an error.
    case threw(String)
    /// The process was killed by a signal while working on this input.
    case crashed(signal: Int32, log: String)
    /// The process exited (status) without answering this input.
    case exitedEarly(status: Int32, log: String)
    /// The check's wall-clock limit ran out.
    case timedOut(seconds: Double)
    /// The CPU-time limit ran out (SIGXCPU).
    case cpuLimit(seconds: Int)
    /// An allocation failed at the memory limit.
    case memoryLimit(mib: UInt64, log: String)
    /// The code printed more than the output limit.
    case outputFlood(bytes: Int)
    /// The answers were larger than the answer limit.
    case answerTooLarge(bytes: Int, limit: Int)
    /// The runner's answer could not be decoded (it was tampered with, or the types disagree).
    case malformed(String)

    /// Feedback naming the cause, for the function `exercise` on `input`.
    public func feedback(function: String, input: String?) -> Feedback {
        switch self {
        case .notImplemented:
            return Feedback(
                "\(function) is not implemented yet.", input: input,
                hint: "Replace the `throw NotImplemented(...)` in your starter code with your implementation of \(function).")
        case .threw(let message):
            return Feedback("\(function) threw an error: \(message)", input: input,
                            hint: "Your function must return a value for every valid input.")
        case .crashed(let signal, let log):
            return Feedback(
                "Your code crashed with \(SignalNames.name(signal)) while running \(function).", input: input,
                hint: SignalNames.hint(signal), details: log.isEmpty ? nil : "Crash log:\n" + log)
        case .exitedEarly(let status, let log):
            return Feedback(
                "Your program exited (status \(status)) before answering \(function).", input: input,
                hint: "Do not call exit() in your solution.", details: log.isEmpty ? nil : log)
        case .timedOut(let seconds):
            return Feedback(
                "\(function) ran past this check's time limit of \(formatSeconds(seconds)) and was stopped.",
                input: input,
                hint: "Look for a loop that never ends: a convergence test that is never met (compare the largest change with θ), or an episode loop that ignores `terminated`/`truncated`.")
        case .cpuLimit(let seconds):
            return Feedback("\(function) used more than \(seconds) s of CPU time and was stopped.", input: input,
                            hint: "Look for an endless loop or far more work than the task needs.")
        case .memoryLimit(let mib, let log):
            return Feedback(
                "\(function) tried to use more than the memory limit of \(mib) MiB.", input: input,
                hint: "Look for arrays that grow without bound (e.g. appending inside an endless loop).",
                details: log.isEmpty ? nil : log)
        case .outputFlood(let bytes):
            return Feedback(
                "Your code printed \(bytes) bytes, past the output limit, and was stopped.", input: input,
                hint: "Remove debugging print statements from loops.")
        case .answerTooLarge(let bytes, let limit):
            return Feedback(
                "\(function) returned more than \(limit >> 20) MiB of answers (at least \(bytes >> 20) MiB), past the answer limit, and was stopped.",
                input: input, hint: "Return only what the function's documentation asks for; no check needs answers this large.")
        case .malformed(let why):
            return Feedback(
                "The answer of \(function) could not be read by the grader: \(why)", input: input,
                hint: "Do not write to file descriptor 3 or change the generated runner.")
        }
    }
}

func formatSeconds(_ s: Double) -> String {
    s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
}

/// Names and hints for the signals a Swift program dies of.
enum SignalNames {
    static func name(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL",
            11: "SIGSEGV", 13: "SIGPIPE", 15: "SIGTERM", 24: "SIGXCPU", 25: "SIGXFSZ",
        ]
        return "\(names[signal] ?? "signal \(signal)") (signal \(signal))"
    }

    static func hint(_ signal: Int32) -> String {
        switch signal {
        case 4, 5:
            return "This is a Swift runtime trap: fatalError, an index out of range, an arithmetic overflow, or force-unwrapping nil. The crash log below names the line."
        case 11, 7:
            return "A segmentation fault in Swift usually means unbounded recursion (a stack overflow)."
        case 6:
            return "The program aborted; see the log below."
        case 25:
            return "Your code wrote a file larger than allowed; solutions should not write files."
        default:
            return "See the log below."
        }
    }
}
