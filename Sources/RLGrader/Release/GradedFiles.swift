import Foundation

/// Which files of a submission folder are graded — the rule `rlgrade pack` zips and the notices of
/// `rlgrade hwN` explain. It asks the submission builder's own discovery (the top-level `.swift`
/// files, or those of the shallowest subfolder holding some), so what is packed is what is graded.
public enum GradedFiles {
    /// The folder the files are read from, and the graded files relative to it (sorted).
    public static func list(in folder: String) -> (folder: String, files: [String]) {
        func topLevel(_ f: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: f)) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        }
        var root = folder
        if topLevel(root).isEmpty, let nested = SubmissionDiscovery.swiftFolder(folder) { root = nested }
        return (root, topLevel(root))
    }

    /// Every `.swift` file under `folder` that is not graded (relative to `folder`).
    public static func skipped(in folder: String) -> [String] {
        let graded = list(in: folder)
        let prefix = graded.folder == folder ? "" : String(graded.folder.dropFirst(folder.count + 1)) + "/"
        let gradedSet = Set(graded.files.map { prefix + $0 })
        return SourceFiles.swiftFiles(in: folder).filter { !gradedSet.contains($0) && !$0.hasPrefix(".build/") }
    }
}
