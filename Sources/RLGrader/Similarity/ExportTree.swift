import Foundation

/// The folder layout both exports share: `base/` (the starter files) and `submissions/<student>/`
/// (each student's files, nested paths flattened with `__`), plus `students.csv` mapping the folder
/// names back to student ids (ids are made safe for file names: `a/b c` → `a_b_c`).
enum ExportTree {
    /// Writes the tree under `folder` and returns the base file names (sorted).
    static func write(to folder: String, base: [SourceText], submissions: [SubmissionSources]) throws(GraderError) -> [String] {
        var baseNames: [String] = []
        for file in base {
            let name = flatten(file.path)
            baseNames.append(name)
            try ReportWriter.write(file.text, to: folder + "/base/" + name)
        }
        var csv = ["folder,student_id"]
        for (name, submission) in zip(folderNames(submissions.map(\.student)), submissions) {
            csv.append([name, submission.student].map(Gradebook.field).joined(separator: ","))
            for file in submission.files {
                try ReportWriter.write(file.text, to: folder + "/submissions/" + name + "/" + flatten(file.path))
            }
        }
        try ReportWriter.write(csv.joined(separator: "\n") + "\n", to: folder + "/students.csv")
        return baseNames.sorted()
    }

    /// Writes an executable shell script.
    static func writeScript(_ text: String, to path: String) throws(GraderError) {
        try ReportWriter.write(text, to: path)
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    /// File-name-safe, distinct folder names for `students` (in order; a clash gets `-2`, `-3`, …).
    static func folderNames(_ students: [String]) -> [String] {
        var used = Set<String>()
        return students.map { student in
            var safe = String(student.unicodeScalars.map { c -> Character in
                c.isASCII && (CharacterSet.alphanumerics.contains(c) || "._@+-".unicodeScalars.contains(c)) ? Character(c) : "_"
            })
            if safe.isEmpty || safe.hasPrefix(".") { safe = "student" + safe }
            var name = safe
            var n = 2
            while used.contains(name) {
                name = "\(safe)-\(n)"
                n += 1
            }
            used.insert(name)
            return name
        }
    }

    static func flatten(_ path: String) -> String {
        path.replacingOccurrences(of: "/", with: "__").replacingOccurrences(of: "#", with: "-")
    }

    /// `text` quoted for a POSIX shell.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
