import Foundation
import RLHomework

/// One input a check sent to the student's code, kept for `--reproduce`: which exercise, its wire
/// JSON, how the feedback described it, and whether the call failed (crash, throw, time-out).
public struct RecordedInput: Sendable, Equatable {
    /// The Swift name of the exercise type, e.g. `HW2.ValueIteration`.
    public var exerciseType: String
    /// The Swift name of its input type, e.g. `HW2.ValueIterationInput`.
    public var inputType: String
    /// The protocol requirement, e.g. `valueIteration(mdp:theta:)`.
    public var function: String
    /// The input as the check's feedback describes it ("random MDP, seed 7"), when known.
    public var description: String?
    /// The input as pretty JSON (the wire format, which the runner decodes).
    public var json: String
    public var failed: Bool

    init<E: Exercise>(exercise: E.Type, function: String, description: String?, json: String, failed: Bool) {
        exerciseType = Self.swiftName(String(reflecting: E.self))
        inputType = Self.swiftName(String(reflecting: E.Input.self))
        self.function = function
        self.description = description
        self.json = json
        self.failed = failed
    }

    /// `RLHomework.HW2.ValueIteration` → `HW2.ValueIteration`.
    static func swiftName(_ reflected: String) -> String {
        reflected.replacingOccurrences(of: "RLHomework.", with: "").replacingOccurrences(of: "RLCore.", with: "")
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = WireCoding.encoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The input a failing check is about: the one its feedback names, else the first whose call
    /// failed, else the first.
    static func failing(_ inputs: [RecordedInput], feedback: Feedback) -> RecordedInput? {
        if let named = feedback.input, let match = inputs.first(where: { $0.description == named }) { return match }
        if let named = feedback.input, let match = inputs.first(where: { $0.description.map(named.contains) ?? false }) { return match }
        return inputs.first(where: \.failed) ?? inputs.first
    }
}
