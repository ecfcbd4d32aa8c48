import Foundation

/// Who a gradebook row is about, from a Gradescope export: each graded student id (the first
/// submitter) → every member of the submission (a group gets one row per member, all with the
/// same points), and when it was submitted. Saved as `roster.json` in a batch's output so
/// `rlgrade merge` can rebuild the same gradebook.
public struct GradebookRoster: Codable, Sendable, Equatable {
    public struct Member: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var email: String
    }

    public var members: [String: [Member]]
    public var submittedAt: [String: String]
    /// The rubric's due date, when it has one (then the gradebook has a `late_hours` column).
    public var due: String?

    public init(members: [String: [Member]] = [:], submittedAt: [String: String] = [:], due: String? = nil) {
        self.members = members
        self.submittedAt = submittedAt
        self.due = due
    }

    /// The roster of the students in `students`, from `export`.
    public static func from(_ export: GradescopeExport, students: [String], due: String?) -> GradebookRoster {
        var roster = GradebookRoster(due: due)
        for student in students {
            guard let submission = export.submission(of: student) else { continue }
            roster.members[student] = submission.submitters.map { Member(id: $0.id, name: $0.name, email: $0.email) }
            if let at = submission.createdAt { roster.submittedAt[student] = at }
        }
        return roster
    }

    /// Several shards' rosters as one.
    public static func merged(_ rosters: [GradebookRoster]) -> GradebookRoster? {
        guard !rosters.isEmpty else { return nil }
        var result = GradebookRoster(due: rosters.first?.due)
        for r in rosters {
            result.members.merge(r.members) { a, _ in a }
            result.submittedAt.merge(r.submittedAt) { a, _ in a }
        }
        return result
    }

    static let fileName = "roster.json"

    func write(to folder: String) throws(GraderError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { throw .internal("cannot encode the roster") }
        try ReportWriter.write(String(decoding: data, as: UTF8.self) + "\n", to: folder + "/" + Self.fileName)
    }

    static func read(from folder: String) -> GradebookRoster? {
        FileManager.default.contents(atPath: folder + "/" + fileName).flatMap { try? JSONDecoder().decode(GradebookRoster.self, from: $0) }
    }
}
