/// What the engine found when a stochastic exercise (``RLHomework/Exercise/isStochastic``) gave two
/// different outputs for the same input, run in two separate processes.
///
/// The same submission and the same seed must give the same report: a grade that a regrade can
/// change is not a grade. Such a check therefore scores **0**, its feedback quotes both outputs and
/// says where the randomness must come from, and the report and the gradebook name the exercise.
public struct UnseededRandomness: Codable, Sendable, Equatable {
    /// The exercise's wire name, e.g. `hw3.sarsa`.
    public var exercise: String
    /// The protocol requirement, as students know it.
    public var function: String
    /// The first run's output (wire JSON).
    public var firstOutput: String
    /// The second run's output (wire JSON).
    public var secondOutput: String

    /// The feedback of a check that found it.
    var feedback: Feedback {
        Feedback(
            "Unseeded randomness: \(function) returned different results for the same input in two runs, so this check cannot be graded (0 points).",
            expected: "the same output every time for the same input (all randomness from the generator the input seeds)",
            observed: "first run \(Self.quote(firstOutput)); second run \(Self.quote(secondOutput))",
            input: "the first input of this check, run twice in two separate processes",
            hint: "Draw every random number from `SeededGenerator(seed: …)` built from the seed in the input (or the generator passed to you). Never use `Double.random(in:)`, `Int.random(in:)`, `shuffled()`, `randomElement()` or `SystemRandomNumberGenerator` without that generator.")
    }

    /// At most 300 characters of an output, cut in the middle.
    static func quote(_ text: String) -> String {
        guard text.count > 300 else { return text }
        return String(text.prefix(200)) + " … " + String(text.suffix(80))
    }
}
