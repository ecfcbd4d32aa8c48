import Foundation

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

/// One student's sources for the similarity detector.
public struct SubmissionSources: Sendable, Equatable {
    public var student: String
    /// The folder the files were read from.
    public var folder: String
    /// Sorted by path.
    public var files: [SourceText]
    /// What was left out and why (symbolic links, oversized files), for the summary.
    public var skipped: [String]

    public init(student: String, folder: String, files: [SourceText], skipped: [String] = []) {
        self.student = student
        self.folder = folder
        self.files = files
        self.skipped = skipped
    }
}

/// Reads a discovered submission's `.swift` files without ever following a symbolic link.
///
/// Every path is checked with `lstat` semantics (`attributesOfItem` describes a link itself): a
/// symbolic link anywhere — the student's folder, a folder on the way to the sources, or a file — is
/// skipped and noted, so a submission cannot make rlgrade read files outside it. When the folder is a
/// whole checkout of the course (it holds `Assignments/hwN/`), only that homework's folder is read;
/// otherwise every `.swift` file below the folder, except in hidden folders, `__MACOSX` and the
/// course's own folders (`Sources`, `Tests`, `ReferenceSolutions`, `Grading`, `Assignments`), and
/// except a top-level `Package.swift`.
public enum SubmissionSourceReader {
    /// Files larger than this are skipped (no homework file is near it).
    public static let maximumFileBytes = 1 << 20
    /// At most this many files per submission.
    public static let maximumFiles = 400
    static let courseFolders: Set<String> = ["Sources", "Tests", "ReferenceSolutions", "Grading", "Assignments", "__MACOSX", "node_modules"]

    /// Reads `submission`, which `SubmissionDiscovery` found under `root`.
    public static func read(_ submission: DiscoveredSubmission, root: String, homeworkID: String) -> SubmissionSources {
        var result = SubmissionSources(student: submission.student, folder: submission.folder, files: [])
        // Every folder from the submissions root down to the submission's folder must be a real folder.
        if let link = firstLink(from: root, to: submission.folder) {
            result.skipped.append("\(link) is a symbolic link (not followed)")
            return result
        }
        var folder = submission.folder
        let checkout = folder + "/Assignments/" + homeworkID
        if kind(checkout) == .directory { folder = checkout }
        result.folder = folder
        collect(folder: folder, relative: "", depth: 0, into: &result)
        result.files.sort { $0.path < $1.path }
        return result
    }

    /// Reads the top-level `.swift` files of a trusted folder (the starter), not following links.
    public static func readFlat(folder: String) -> [SourceText] {
        var result = SubmissionSources(student: "", folder: folder, files: [])
        for name in entries(folder) where name.hasSuffix(".swift") && kind(folder + "/" + name) == .file {
            readFile(folder + "/" + name, as: name, into: &result)
        }
        return result.files.sorted { $0.path < $1.path }
    }

    enum Kind { case file, directory, link, other, missing }

    /// The item's own type (a link is a link, not its target).
    static func kind(_ path: String) -> Kind {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let type = attributes[.type] as? FileAttributeType
        else { return .missing }
        switch type {
        case .typeRegular: return .file
        case .typeDirectory: return .directory
        case .typeSymbolicLink: return .link
        default: return .other
        }
    }

    static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// The first path from `root` (exclusive) down to `folder` (inclusive) that is a symbolic link.
    static func firstLink(from root: String, to folder: String) -> String? {
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        guard folder.hasPrefix(base + "/") else { return kind(folder) == .link ? folder : nil }
        var path = base
        for part in folder.dropFirst(base.count + 1).split(separator: "/") {
            path += "/" + part
            if kind(path) == .link { return path }
        }
        return nil
    }

    static func collect(folder: String, relative: String, depth: Int, into result: inout SubmissionSources) {
        for name in entries(folder) {
            guard !name.hasPrefix("."), result.files.count < maximumFiles else { continue }
            let path = folder + "/" + name
            let shown = relative.isEmpty ? name : relative + "/" + name
            switch kind(path) {
            case .link:
                result.skipped.append("\(shown) is a symbolic link (not followed)")
            case .directory:
                if depth < 8, !courseFolders.contains(name) { collect(folder: path, relative: shown, depth: depth + 1, into: &result) }
            case .file:
                if name.hasSuffix(".swift"), !(depth == 0 && name == "Package.swift") { readFile(path, as: shown, into: &result) }
            case .other, .missing:
                continue
            }
        }
    }

    static func readFile(_ path: String, as shown: String, into result: inout SubmissionSources) {
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumFileBytes else {
            result.skipped.append("\(shown) is larger than \(maximumFileBytes / 1024) KiB (not compared)")
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            result.skipped.append("\(shown) cannot be read")
            return
        }
        result.files.append(SourceText(path: shown, text: String(decoding: data, as: UTF8.self)))
    }
}
