import Foundation

/// A submission as given on the command line: a folder, a `.zip` upload, or a folder holding only
/// a `.zip` (unpacked into a private temporary folder first, so all are graded the same way).
public enum SubmissionUpload {
    /// The folder to grade for `path` (`path` itself, or where its zip was unpacked).
    public static func folder(for path: String) throws(GraderError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .usage("\(path) does not exist")
        }
        if isDirectory.boolValue {
            // A folder holding only a zip upload (as some exports do) is the zip.
            let zips = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                .filter { $0.lowercased().hasSuffix(".zip") && !$0.hasPrefix("._") }.sorted()
            guard GradedFiles.list(in: path).files.isEmpty, zips.count == 1 else { return path }
            return try folder(for: path + "/" + zips[0])
        }
        guard path.lowercased().hasSuffix(".zip") else {
            throw .usage("\(path) is a file: pass the folder of the submission, or its .zip")
        }
        let bytes = FileManager.default.contents(atPath: path).map { Array($0) } ?? []
        let folder = NSTemporaryDirectory() + "rlgrade-upload-\(getpid())-" + StableHashHex.hex(String(decoding: bytes, as: UTF8.self) + path).prefix(12)
        try? FileManager.default.removeItem(atPath: folder)
        do { try ZipReader.unpack(path, into: folder) } catch { throw .usage("cannot read the upload: \(error.description)") }
        return folder
    }
}
