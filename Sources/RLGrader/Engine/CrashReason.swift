/// The Swift runtime's reason for a crash, read from the crash log: "Index out of range",
/// "Unexpectedly found nil while unwrapping an Optional value", "arithmetic overflow", a
/// `fatalError` or `precondition` message.
enum CrashReason {
    static func from(log: String) -> String? {
        for raw in log.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if let range = line.range(of: "Swift runtime failure: ") {
                var reason = String(line[range.upperBound...])
                if let at = reason.range(of: " at ") { reason = String(reason[..<at.lowerBound]) }
                if let inRunner = reason.range(of: " in runner") { reason = String(reason[..<inRunner.lowerBound]) }
                return capitalised(reason)
            }
            for marker in ["Fatal error: ", "Precondition failed: ", "Assertion failed: "] {
                if let range = line.range(of: marker) {
                    let message = String(line[range.upperBound...])
                    // A student's precondition in the -O runner stops through fatalError
                    // (PreconditionMessages): "Fatal error: Precondition failed: …".
                    if marker == "Fatal error: ", message.hasPrefix("Precondition failed") { return message }
                    return String(marker.dropLast(2)) + (message.isEmpty ? "" : ": " + message)
                }
            }
        }
        // Under -O an array's bounds check traps without a message; its frame still names it.
        if log.contains("Array.subscript") || log.contains("ContiguousArray.subscript") { return "Index out of range" }
        if log.contains("Dictionary.subscript") { return "Dictionary key not found" }
        return nil
    }

    static func capitalised(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// Feedback whose summary says `crashed with SIGILL (signal 4)` gets the runtime's reason:
    /// `crashed (Index out of range; SIGILL, signal 4)`.
    static func naming(_ feedback: Feedback) -> Feedback {
        guard let details = feedback.details, details.hasPrefix("Crash log:"),
              let reason = from(log: details),
              let range = feedback.summary.range(of: "crashed with ")
        else { return feedback }
        var feedback = feedback
        let rest = feedback.summary[range.upperBound...]
        guard let end = rest.range(of: ")") else { return feedback }
        let signal = rest[..<end.lowerBound].replacingOccurrences(of: " (", with: ", ")
        feedback.summary = feedback.summary[..<range.lowerBound] + "crashed (\(reason); \(signal))" + rest[end.upperBound...]
        return feedback
    }
}
