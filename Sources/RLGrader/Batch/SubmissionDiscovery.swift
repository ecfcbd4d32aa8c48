import Foundation

/// One student's submission found in a batch folder.
public struct DiscoveredSubmission: Sendable, Equatable {
    /// The student id (folder name, or the id from Gradescope's metadata).
    public var student: String
    /// The folder that holds the submission's `.swift` files (may be nested inside the student's folder).
    public var folder: String
    /// A stable hash of the `.swift` files' names and contents.
    public var contentHash: String
}

/// Finds the submissions of a batch: each subfolder is one student; a Gradescope "export
/// submissions" download (`submission_metadata.yml` + `submission_NNN/`) is read through its metadata.
public enum SubmissionDiscovery {
    ///
    /// Each student's files are read the way the builder reads them (``SubmissionSources``: links
    /// never followed), so the content hash is of exactly what will be graded.
    public static func discover(_ root: String, homeworkID: String = "") throws(GraderError) -> [DiscoveredSubmission] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .configuration("\(root) is not a folder of submissions")
        }
        // Student folders are real folders: a link in the submissions folder is not followed.
        let names = ((try? fm.contentsOfDirectory(atPath: root)) ?? []).filter { name in
            !name.hasPrefix(".") && SubmissionSources.kind(root + "/" + name) == .directory
        }.sorted()
        let metadata = (try? String(contentsOfFile: root + "/submission_metadata.yml", encoding: .utf8)).map(gradescopeStudents) ?? [:]
        var result: [DiscoveredSubmission] = []
        var seen = Set<String>()
        for name in names {
            let student = metadata[name] ?? name
            guard !seen.contains(student) else {
                throw .configuration("\(root): two submissions belong to \(student); keep one folder per student")
            }
            seen.insert(student)
            let folder = root + "/" + name
            let hash = (try? SubmissionSources.collect(folder, homeworkID: homeworkID).contentHash) ?? "unreadable"
            result.append(DiscoveredSubmission(student: student, folder: folder, contentHash: hash))
        }
        return result.sorted { $0.student < $1.student }
    }

    /// Maps `submission_NNN` folders to the first submitter's `:sid:` (else `:email:`, else `:name:`)
    /// in Gradescope's `submission_metadata.yml`.
    static func gradescopeStudents(_ yaml: String) -> [String: String] {
        var map: [String: String] = [:]
        var current: String?
        var fields: [String: String] = [:]
        func flush() {
            if let current, let id = fields[":sid:"] ?? fields[":email:"] ?? fields[":name:"], !id.isEmpty { map[current] = id }
            fields = [:]
        }
        for raw in yaml.split(separator: "\n") {
            let line = String(raw)
            if !line.hasPrefix(" "), line.hasSuffix(":"), line.hasPrefix("submission_") {
                flush()
                current = String(line.dropLast())
                continue
            }
            let t = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "- ", with: "")
            for key in [":sid:", ":email:", ":name:"] where t.hasPrefix(key) && fields[key] == nil {
                fields[key] = t.dropFirst(key.count).trimmingCharacters(in: CharacterSet(charactersIn: " '\""))
            }
        }
        flush()
        return map
    }
}
