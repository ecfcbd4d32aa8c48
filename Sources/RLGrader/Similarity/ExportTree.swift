import Foundation

/// The folder layout both exports share: `base/` (the starter files) and `submissions/<student>/`
/// (each student's files, nested paths flattened with `__`), plus `students.csv` mapping the folder
/// names back to student ids (ids are made safe for file names: `a/b c` → `a_b_c`).
enum ExportTree {
    /// Writes the tree under `folder` and returns the base file names (sorted).
    static func write(to folder: String, base: [SourceText], submissions: [ComparedSubmission]) throws(GraderError) -> [String] {
        try writeFolder(folder + "/base", base)
        var csv = ["folder,student_id"]
        for (name, submission) in zip(folderNames(submissions.map(\.student)), submissions) {
            csv.append([name, submission.student].map(Gradebook.field).joined(separator: ","))
            try writeFolder(folder + "/submissions/" + name, submission.files)
        }
        try ReportWriter.write(csv.joined(separator: "\n") + "\n", to: folder + "/students.csv")
        return base.map { flatten($0.path) }.sorted()
    }

    /// Creates `folder` and writes `files` into it, flattened (a fresh folder: plain writes, one
    /// directory creation, no sync to disk, which keeps a class of hundreds quick to export).
    static func writeFolder(_ folder: String, _ files: [SourceText]) throws(GraderError) {
        let fm = FileManager.default
        do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw .configuration("cannot create \(folder): \(error)")
        }
        for file in files {
            // A plain stream: Foundation's Data.write syncs every file to disk, which a copy does not need.
            let path = folder + "/" + flatten(file.path)
            guard let stream = OutputStream(toFileAtPath: path, append: false) else { throw .configuration("cannot write \(path)") }
            stream.open()
            let bytes = Array(file.text.utf8)
            var written = 0
            while written < bytes.count {
                let n = bytes[written...].withUnsafeBufferPointer { stream.write($0.baseAddress!, maxLength: $0.count) }
                guard n > 0 else { break }
                written += n
            }
            stream.close()
            guard written == bytes.count else { throw .configuration("cannot write \(path): \(stream.streamError.map { "\($0)" } ?? "short write")") }
        }
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
