/// Feedback for a student who is stuck: what was expected, what was observed, on which input, and a hint.
public struct Feedback: Codable, Sendable, Equatable {
    /// One line: the first thing the student reads.
    public var summary: String
    public var expected: String?
    public var observed: String?
    /// The input it happened on (seed, MDP, episode…), small enough to reproduce by hand.
    public var input: String?
    public var hint: String?
    /// Extra detail (a crash log, a compiler message).
    public var details: String?

    public init(
        _ summary: String, expected: String? = nil, observed: String? = nil, input: String? = nil,
        hint: String? = nil, details: String? = nil
    ) {
        self.summary = summary
        self.expected = expected
        self.observed = observed
        self.input = input
        self.hint = hint
        self.details = details
    }

    /// The feedback as indented lines (for the terminal and Markdown).
    public var lines: [String] {
        var out = [summary]
        if let input { out.append("On input: \(input)") }
        if let expected { out.append("Expected: \(expected)") }
        if let observed { out.append("Observed: \(observed)") }
        if let hint { out.append("Hint: \(hint)") }
        if let details { out.append(details) }
        return out
    }
}
