/// One Swift file the similarity detector compares.
public struct SourceText: Sendable, Equatable {
    /// The path shown to the TA, relative to the submission's folder (`PolicyEvaluation.swift`).
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// One student's files as the similarity detector compares them.
public struct ComparedSubmission: Sendable, Equatable {
    public var student: String
    /// Sorted by path.
    public var files: [SourceText]
    /// What was left out and why (symbolic links, too much source), for the overview page.
    public var skipped: [String]

    public init(student: String, files: [SourceText], skipped: [String] = []) {
        self.student = student
        self.files = files
        self.skipped = skipped
    }

    /// Reads a student's folder exactly as grading does (``SubmissionSources/collect(_:homeworkID:)``:
    /// links never followed, a whole checkout read from `Assignments/hwN/` only, `Package.swift`,
    /// `._*` files and the course's own folders left out), so similarity compares what is graded.
    public static func read(student: String, folder: String, homeworkID: String) -> ComparedSubmission {
        do {
            let sources = try SubmissionSources.collect(folder, homeworkID: homeworkID)
            return ComparedSubmission(student: student, files: texts(sources), skipped: sources.skipped)
        } catch {
            return ComparedSubmission(student: student, files: [], skipped: ["\(error)"])
        }
    }

    /// The `.swift` files of a trusted folder such as a starter or a reference (none if it is missing).
    public static func files(in folder: String, homeworkID: String) -> [SourceText] {
        (try? SubmissionSources.collect(folder, homeworkID: homeworkID)).map(texts) ?? []
    }

    static func texts(_ sources: SubmissionSources) -> [SourceText] {
        sources.files.map { SourceText(path: $0.relativePath, text: String(decoding: $0.contents, as: UTF8.self)) }
    }
}
