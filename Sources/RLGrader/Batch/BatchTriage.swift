import Foundation

/// The submissions a batch grades, with the mistakes a TA makes caught before any grading: a
/// folder with no submissions, one student's folder given as the batch, an `--out` inside the
/// submissions folder, an unknown `--student`; `.zip` uploads are unpacked (into `--out`).
enum BatchTriage {
    static func submissions(_ options: BatchOptions, homework: String) throws(GraderError) -> [DiscoveredSubmission] {
        let root = options.submissionsFolder
        let fm = FileManager.default
        let direct = ((try? fm.contentsOfDirectory(atPath: root)) ?? []).filter { $0.hasSuffix(".swift") && !$0.hasPrefix("._") }
        if !direct.isEmpty {
            throw .usage("\(root) holds .swift files itself: it looks like one submission, not a folder of them; did you mean `rlgrade grade \(homework) --submission \(root)`?")
        }
        let out = options.outFolder
        var found = try SubmissionDiscovery.discover(root).filter { s in
            // The batch's own output is never a student.
            !(s.folder == out || s.folder.hasPrefix(out + "/"))
        }
        found = found.map { unpackingZip($0, into: out + "/unpacked") }
        guard !found.isEmpty else {
            throw .usage("no submissions in \(root): expected one subfolder per student (or a Gradescope export with submission_metadata.yml); for one submission use `rlgrade grade \(homework) --submission PATH`")
        }
        if let student = options.student, !found.contains(where: { $0.student == student }) {
            let near = found.map(\.student).filter { $0.hasPrefix(String(student.prefix(2))) }.prefix(5)
            throw .usage("--student \(student): no such submission in \(root)\(near.isEmpty ? "" : "; similar: " + near.joined(separator: ", "))")
        }
        return found
    }

    /// A student folder whose only content is a `.zip` upload is graded from the unpacked zip; its
    /// hash is the zip's, so a changed upload is graded again.
    static func unpackingZip(_ submission: DiscoveredSubmission, into folder: String) -> DiscoveredSubmission {
        let fm = FileManager.default
        guard GradedFiles.list(in: submission.folder).files.isEmpty,
              let zip = ((try? fm.contentsOfDirectory(atPath: submission.folder)) ?? []).sorted().first(where: { $0.lowercased().hasSuffix(".zip") && !$0.hasPrefix("._") }),
              let data = fm.contents(atPath: submission.folder + "/" + zip)
        else { return submission }
        let target = folder + "/" + BatchRecord.fileName(submission.student)
        try? fm.removeItem(atPath: target)
        var result = submission
        if (try? ZipReader.unpack(submission.folder + "/" + zip, into: target)) != nil { result.folder = target }
        result.contentHash = StableHashHex.hex("zip\u{1}" + zip + "\u{2}" + data.base64EncodedString())
        return result
    }
}
