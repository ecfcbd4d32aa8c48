import Foundation

/// Which files of a submission folder are graded — the rule `rlgrade pack` zips and the notices of
/// `rlgrade hwN` explain. It is the builder's own rule (``SubmissionSources``), so what is packed
/// is what is graded.
public enum GradedFiles {
    /// The folder the files are read from, and the graded files relative to it (sorted).
    public static func list(in folder: String, homeworkID: String = "") -> (folder: String, files: [String]) {
        guard let sources = try? SubmissionSources.collect(folder, homeworkID: homeworkID) else { return (folder, []) }
        return (sources.base, sources.files.map(\.relativePath))
    }

    /// What is not graded and why (`"Link.swift: a symbolic link (not followed; …)"`), relative to
    /// the graded folder.
    public static func skipped(in folder: String, homeworkID: String = "") -> [String] {
        (try? SubmissionSources.collect(folder, homeworkID: homeworkID).skipped) ?? []
    }
}
