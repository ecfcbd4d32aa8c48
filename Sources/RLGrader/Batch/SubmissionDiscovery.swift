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
    public static func discover(_ root: String) throws(GraderError) -> [DiscoveredSubmission] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .configuration("\(root) is not a folder of submissions")
        }
        let names = ((try? fm.contentsOfDirectory(atPath: root)) ?? []).filter { name in
            var dir: ObjCBool = false
            return !name.hasPrefix(".") && fm.fileExists(atPath: root + "/" + name, isDirectory: &dir) && dir.boolValue
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
            let folder = swiftFolder(root + "/" + name) ?? root + "/" + name
            let files = SourceFiles.swiftFiles(in: folder).filter { !$0.contains("/") }
            result.append(DiscoveredSubmission(
                student: student, folder: folder, contentHash: SourceFiles.hash(folder: folder, files: files)))
        }
        return result.sorted { $0.student < $1.student }
    }

    /// The shallowest folder (sorted order) that holds `.swift` files directly.
    static func swiftFolder(_ start: String) -> String? {
        let fm = FileManager.default
        var queue = [start]
        while !queue.isEmpty {
            let folder = queue.removeFirst()
            let entries = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") && $0 != "__MACOSX" }.sorted()
            if entries.contains(where: { $0.hasSuffix(".swift") }) { return folder }
            for e in entries {
                var dir: ObjCBool = false
                if fm.fileExists(atPath: folder + "/" + e, isDirectory: &dir), dir.boolValue { queue.append(folder + "/" + e) }
            }
        }
        return nil
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
