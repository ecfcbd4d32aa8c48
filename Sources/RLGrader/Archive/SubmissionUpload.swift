import Foundation

/// A submission as given on the command line: a folder, or a `.zip` upload (unpacked into a
/// private temporary folder first, so both are graded the same way).
public enum SubmissionUpload {
    /// The folder to grade for `path` (`path` itself, or where its zip was unpacked).
    public static func folder(for path: String) throws(GraderError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .usage("\(path) does not exist")
        }
        if isDirectory.boolValue { return path }
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
