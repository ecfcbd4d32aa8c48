import Foundation
import RLHomework

/// Recorded reference outputs, `Grading/golden/hwN.json`: answer key → output JSON.
///
/// The key is a stable hash of the exercise name and the canonical (sorted-keys) JSON of the input,
/// so an answer is found exactly when the check sends the same input.
public struct GoldenFile: Codable, Sendable, Equatable {
    public var format = "rlgrade-golden/1"
    public var homework: String
    public var answers: [String: String]
    /// The reference's learning curves of the public learner checks: check id → series name →
    /// values (the `learning-curve-*` series of its report), so that a report can draw the
    /// reference's band where there is no reference (a student release). Absent when there are none.
    public var referenceCurves: [String: [String: [Double]]]?

    public init(homework: String, answers: [String: String], referenceCurves: [String: [String: [Double]]]? = nil) {
        self.homework = homework
        self.answers = answers
        self.referenceCurves = referenceCurves
    }

    static func key<E: Exercise>(_ exercise: E.Type, _ input: E.Input) throws -> String {
        StableHashHex.hex(E.name + "\u{1}" + (try WireCoding.encode(input)))
    }

    /// Loads a golden file; a missing file is an empty recording.
    public static func load(path: String, homework: String) throws(GraderError) -> GoldenFile {
        guard FileManager.default.fileExists(atPath: path) else { return GoldenFile(homework: homework, answers: [:]) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try JSONDecoder().decode(GoldenFile.self, from: data)
        } catch {
            throw .configuration("\(path): not a valid golden file (\(error)); regenerate it with `rlgrade record \(homework)`")
        }
    }

    /// The file's bytes: pretty, sorted keys, so diffs stay readable and output is deterministic.
    public func encoded() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try e.encode(self)
        data.append(0x0A)
        return data
    }
}
